// The query-key embedding view: toolbar, canvas with legend, token panel, and the logic that ties them together
// (level-of-detail timing, colouring, search, selection). The VTK scene lives in query_key_scene.cpp.
#include "embedding/query_key_embedding_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "embedding/embedding_legend.h"
#include "embedding/query_key_scene.h"
#include "embedding/token_context_panel.h"
#include "render/vtk_render_widget.h"
#include "style.h"

namespace attnscope::widgets {
namespace {

constexpr double kPickTolerance = 6.0;  // logical pixels
constexpr int kDragSlop = 4;            // as VtkRenderWidget's click slop: more than this is a drag
constexpr int kLegendMargin = 12;
constexpr size_t kMaxEmphasised = 200000;  // search matches redrawn on top; beyond this the dimming alone shows them

// A one-pixel rule between the toolbar, the canvas and the token panel.
QWidget* rule(QWidget* parent) {
    auto* line = new QWidget(parent);
    line->setFixedHeight(1);
    line->setAutoFillBackground(true);
    QPalette colors = line->palette();
    colors.setColor(QPalette::Window, screenTheme().grid);
    line->setPalette(colors);
    return line;
}

}  // namespace

QueryKeyEmbeddingView::QueryKeyEmbeddingView(QWidget* parent) : QWidget(parent) {
    setStyleFont(this, 12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* toolbar = new QWidget(this);
    buildToolbar(toolbar);
    layout->addWidget(toolbar);
    layout->addWidget(rule(this));

    canvas_ = new VtkRenderWidget(this);
    canvas_->installEventFilter(this);
    layout->addWidget(canvas_, 1);
    scene_ = std::make_unique<QueryKeyScene>(*canvas_);
    legend_ = new EmbeddingLegend(canvas_);
    legend_->move(kLegendMargin, kLegendMargin);
    connect(canvas_, &VtkRenderWidget::clicked, this,
            [this](QPointF position, Qt::MouseButton button) { onCanvasClicked(position, button); });

    tokenPanel_ = new TokenContextPanel(this);
    layout->addWidget(rule(this));
    layout->addWidget(tokenPanel_);

    settleTimer_.setSingleShot(true);
    settleTimer_.setInterval(180);
    connect(&settleTimer_, &QTimer::timeout, this, [this] { endInteraction(); });
    refreshLegend();
}

QueryKeyEmbeddingView::~QueryKeyEmbeddingView() {
    // The scene observes the canvas's renderer; it must go while the canvas still exists.
    scene_.reset();
}

void QueryKeyEmbeddingView::buildToolbar(QWidget* toolbar) {
    toolbar->setAutoFillBackground(true);
    QPalette colors = toolbar->palette();
    colors.setColor(QPalette::Window, screenTheme().background);
    toolbar->setPalette(colors);
    auto* row = new QHBoxLayout(toolbar);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(8);

    row->addWidget(new QLabel(tr("Colour by"), toolbar));
    colouringBox_ = new QComboBox(toolbar);
    colouringBox_->addItem(tr("Query / key"), int(PointColouring::TokenType));
    colouringBox_->addItem(tr("Token position"), int(PointColouring::Position));
    colouringBox_->addItem(tr("Input"), int(PointColouring::Input));
    colouringBox_->addItem(tr("Attention of selection"), int(PointColouring::AttentionWeight));
    connect(colouringBox_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { setColouring(PointColouring(colouringBox_->itemData(index).toInt())); });
    row->addWidget(colouringBox_);

    search_ = new QLineEdit(toolbar);
    search_->setPlaceholderText(tr("Find a token…"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(160);
    // A million points are recoloured per change: wait for a pause in the typing.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(search_, &QLineEdit::textEdited, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { setSearchText(search_->text()); });
    connect(search_, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        setSearchText(search_->text());
    });
    row->addWidget(search_);
    row->addStretch(1);

    densityButton_ = new QToolButton(toolbar);
    densityButton_->setText(tr("Density"));
    densityButton_->setToolTip(tr("Draw a density image instead of points (2D)"));
    densityButton_->setCheckable(true);
    connect(densityButton_, &QToolButton::toggled, this, &QueryKeyEmbeddingView::setDensityEnabled);
    row->addWidget(densityButton_);

    dimensionsButton_ = new QToolButton(toolbar);
    dimensionsButton_->setText(tr("3D"));
    dimensionsButton_->setToolTip(tr("Embed in three dimensions"));
    dimensionsButton_->setCheckable(true);
    connect(dimensionsButton_, &QToolButton::clicked, this,
            [this](bool checked) { emit dimensionsRequested(checked ? 3 : 2); });
    row->addWidget(dimensionsButton_);

    auto* fit = new QToolButton(toolbar);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show all points"));
    connect(fit, &QToolButton::clicked, this, [this] {
        cameraTouched_ = false;
        scene_->fitCamera();
    });
    row->addWidget(fit);
}

void QueryKeyEmbeddingView::setPoints(QueryKeyPoints points) {
    points.validate();
    points_ = std::move(points);
    pointIndex_.assign(points_.tokens.size(), {});
    for (size_t i = 0; i < points_.tokens.size(); ++i) pointIndex_[i].assign(2 * points_.tokens[i].size(), -1);
    for (std::int64_t p = 0; p < points_.size(); ++p) {
        const auto i = static_cast<size_t>(p);
        const int length = points_.sequenceLength(points_.input[i]);
        pointIndex_[static_cast<size_t>(points_.input[i])]
                   [static_cast<size_t>(points_.position[i] + (points_.isKey[i] ? length : 0))] =
                       static_cast<std::int32_t>(p);
    }
    selection_ = {};
    selectedPoint_ = -1;
    currentInput_ = std::clamp(currentInput_, 0, std::max(0, points_.inputCount() - 1));

    scene_->setPoints(points_, interactiveBudget_);
    scene_->setDensity(densityEnabled_);
    cameraTouched_ = false;
    densityButton_->setEnabled(points_.dimensions() == 2);
    dimensionsButton_->setChecked(points_.dimensions() == 3);
    tokenPanel_->showHint();
    recolour();
    refreshLegend();
}

void QueryKeyEmbeddingView::updateCoordinates(std::int64_t firstRow, const FloatMatrix& rows) {
    if (rows.cols != points_.coordinates.cols || firstRow < 0 || firstRow + rows.rows > points_.size())
        throw EngineError("rows [" + std::to_string(firstRow) + ", " + std::to_string(firstRow + rows.rows) + ") x " +
                              std::to_string(rows.cols) + " do not fit " + std::to_string(points_.size()) + " x " +
                              std::to_string(points_.coordinates.cols) + " points",
                          "QueryKeyEmbeddingView::updateCoordinates");
    for (size_t i = 0; i < rows.values.size(); ++i)
        if (!std::isfinite(rows.values[i]))
            throw EngineError("coordinate " + std::to_string(i % static_cast<size_t>(rows.cols)) + " of row " +
                                  std::to_string(firstRow + static_cast<std::int64_t>(i) / rows.cols) +
                                  " is not finite",
                              "QueryKeyEmbeddingView::updateCoordinates");
    std::copy(rows.values.begin(), rows.values.end(), points_.coordinates.row(firstRow));
    scene_->updateCoordinates(points_, firstRow, rows.rows);
    // An embedding spreads out as it refines; keep it in view until the user takes the camera.
    if (!cameraTouched_) scene_->fitCamera();
}

void QueryKeyEmbeddingView::setAttentionProvider(std::shared_ptr<const AttentionWeightsProvider> provider) {
    provider_ = std::move(provider);
    if (selectedPoint_ >= 0) select(selectedPoint_, false);
}

void QueryKeyEmbeddingView::setTitle(const QString& title) {
    title_ = title;
    refreshLegend();
}

void QueryKeyEmbeddingView::setColouring(PointColouring colouring) {
    colouring_ = colouring;
    const int index = colouringBox_->findData(int(colouring));
    if (index != colouringBox_->currentIndex()) {
        const QSignalBlocker block(colouringBox_);
        colouringBox_->setCurrentIndex(index);
    }
    recolour();
    refreshLegend();
}

void QueryKeyEmbeddingView::setSearchText(const QString& text) {
    searchText_ = text.trimmed();
    if (search_->text() != text) {
        const QSignalBlocker block(search_);
        search_->setText(text);
    }
    recolour();
    refreshLegend();
}

void QueryKeyEmbeddingView::setDensityEnabled(bool enabled) {
    densityEnabled_ = enabled;
    if (densityButton_->isChecked() != enabled) {
        const QSignalBlocker block(densityButton_);
        densityButton_->setChecked(enabled);
    }
    scene_->setDensity(enabled);
    refreshLegend();
}

void QueryKeyEmbeddingView::setInteractiveBudget(std::int64_t points) {
    interactiveBudget_ = std::max<std::int64_t>(points, 1);
    if (points_.size() > 0) {
        scene_->setPoints(points_, interactiveBudget_);
        scene_->setDensity(densityEnabled_);
        recolour();
        if (selectedPoint_ >= 0) select(selectedPoint_, false);
    }
}

void QueryKeyEmbeddingView::setSettleInterval(int milliseconds) {
    settleTimer_.setInterval(milliseconds);
}

void QueryKeyEmbeddingView::setInteractiveFrameTarget(double milliseconds) {
    scene_->setFrameTimeTarget(milliseconds);
}

void QueryKeyEmbeddingView::setMaxLines(int lines) {
    maxLines_ = std::max(lines, 0);
    if (selectedPoint_ >= 0) select(selectedPoint_, false);
}

void QueryKeyEmbeddingView::setCurrentInput(int input) {
    currentInput_ = input;
}

std::int64_t QueryKeyEmbeddingView::pointId(int input, int position, bool isKey) const {
    if (input < 0 || input >= points_.inputCount()) return -1;
    const int length = points_.sequenceLength(input);
    if (position < 0 || position >= length) return -1;
    return pointIndex_[static_cast<size_t>(input)][static_cast<size_t>(position + (isKey ? length : 0))];
}

std::int64_t QueryKeyEmbeddingView::lineCount() const {
    return scene_->overlay().lineCount();
}

bool QueryKeyEmbeddingView::interacting() const {
    return scene_->interacting();
}

std::int64_t QueryKeyEmbeddingView::renderedPointCount() const {
    return scene_->renderedPointCount();
}

void QueryKeyEmbeddingView::selectToken(int input, int position, bool isKey) {
    const std::int64_t point = pointId(input, position, isKey);
    if (point < 0)
        clearSelection();
    else
        select(point, false);
}

void QueryKeyEmbeddingView::showToken(int position, bool isKey) {
    if (position < 0)
        clearSelection();
    else
        selectToken(currentInput_, position, isKey);
}

void QueryKeyEmbeddingView::clearSelection() {
    selection_ = {};
    selectedPoint_ = -1;
    scene_->overlay().clearSelection();
    tokenPanel_->showHint();
    if (colouring_ == PointColouring::AttentionWeight) recolour();
    refreshLegend();
    canvas_->requestRender();
}

void QueryKeyEmbeddingView::onCanvasClicked(const QPointF& position, Qt::MouseButton button) {
    // A drag that came back to where it started is not a click.
    if (button != Qt::LeftButton || points_.size() == 0 || draggedSincePress_) return;
    const std::int64_t point = scene_->pick(position, kPickTolerance);
    if (point >= 0) {
        select(point, true);
    } else if (selection_.valid()) {
        clearSelection();
        emit selectionCleared();
    }
}

std::vector<float> QueryKeyEmbeddingView::selectionWeights() const {
    if (!provider_ || !selection_.valid()) return {};
    try {
        return selection_.isKey ? provider_->attentionColumn(selection_.input, selection_.position,
                                                             points_.sequenceLength(selection_.input))
                                : provider_->attentionRow(selection_.input, selection_.position);
    } catch (const EngineError&) {
        return {};  // no weights for this input (e.g. not captured): the point is still selected, without lines
    }
}

void QueryKeyEmbeddingView::select(std::int64_t point, bool notify) {
    const auto i = static_cast<size_t>(point);
    selectedPoint_ = point;
    selection_ = {points_.input[i], points_.position[i], points_.isKey[i] != 0};
    currentInput_ = selection_.input;

    // A query's row falls on its input's keys; a key's column on its input's queries.
    const std::vector<float> weights = selectionWeights();
    std::vector<AttentionLine> lines;
    if (!weights.empty()) {
        const float maxWeight = *std::max_element(weights.begin(), weights.end());
        std::vector<int> order(weights.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&weights](int a, int b) {
            return weights[static_cast<size_t>(a)] > weights[static_cast<size_t>(b)];
        });
        for (int position : order) {
            if (static_cast<int>(lines.size()) >= maxLines_) break;
            const float weight = weights[static_cast<size_t>(position)];
            if (!(weight > 0.0f)) break;
            const std::int64_t target = pointId(selection_.input, position, !selection_.isKey);
            if (target >= 0) lines.push_back({target, weight / maxWeight});
        }
    }
    scene_->overlay().setSelection(
        scene_->coordinates(), point, selection_.isKey ? EmbeddingPalette::key() : EmbeddingPalette::query(), lines,
        selection_.isKey ? EmbeddingPalette::linesToQueries() : EmbeddingPalette::linesToKeys(), scene_->pointSize());
    tokenPanel_->showToken(points_, selection_.input, selection_.position, selection_.isKey, weights);
    if (colouring_ == PointColouring::AttentionWeight) recolour();
    refreshLegend();
    canvas_->requestRender();
    if (notify) emit tokenSelected(selection_.input, selection_.position, selection_.isKey);
}

void QueryKeyEmbeddingView::recolour() {
    if (points_.size() == 0) return;
    ColouringRequest request;
    request.colouring = colouring_;
    std::vector<std::int32_t> emphasised;
    matchCount_ = 0;
    if (!searchText_.isEmpty()) {
        request.emphasis = matchTokens(points_, searchText_);
        for (size_t i = 0; i < request.emphasis.size(); ++i) {
            if (!request.emphasis[i]) continue;
            ++matchCount_;
            if (emphasised.size() < kMaxEmphasised) emphasised.push_back(static_cast<std::int32_t>(i));
        }
    }
    if (colouring_ == PointColouring::AttentionWeight && selection_.valid()) {
        request.weights.assign(static_cast<size_t>(points_.size()), -1.0f);
        const std::vector<float> weights = selectionWeights();
        const float maxWeight = weights.empty() ? 0.0f : *std::max_element(weights.begin(), weights.end());
        for (size_t p = 0; p < weights.size() && maxWeight > 0.0f; ++p) {
            const std::int64_t target = pointId(selection_.input, static_cast<int>(p), !selection_.isKey);
            if (target >= 0) request.weights[static_cast<size_t>(target)] = weights[p] / maxWeight;
        }
    }
    scene_->setColours(pointColours(points_, request));
    scene_->setEmphasised(emphasised);
}

void QueryKeyEmbeddingView::refreshLegend() {
    LegendContent content;
    content.title = title_;
    content.colouring = colouring_;
    content.points = points_.size();
    content.inputs = points_.inputCount();
    for (int i = 0; i < std::min(points_.inputCount(), 6); ++i)
        content.inputNames.push_back(points_.inputLabels.empty()
                                         ? tr("input %1").arg(i)
                                         : QString::fromStdString(points_.inputLabels[static_cast<size_t>(i)]));
    if (colouring_ == PointColouring::AttentionWeight && selection_.valid()) {
        const QString token =
            displayToken(
                points_.tokens[static_cast<size_t>(selection_.input)][static_cast<size_t>(selection_.position)])
                .trimmed();
        content.attentionSource = (selection_.isKey ? tr("to key “%1” (input %2, position %3)")
                                                    : tr("from query “%1” (input %2, position %3)"))
                                      .arg(token)
                                      .arg(selection_.input)
                                      .arg(selection_.position);
        content.attentionFromKey = selection_.isKey;
    }
    if (!searchText_.isEmpty())
        content.searchNote = matchCount_ == 1 ? tr("“%1”: 1 match").arg(searchText_)
                                              : tr("“%1”: %2 matches").arg(searchText_, formatCount(matchCount_));
    if (scene_->interacting() && !scene_->densityShown() && scene_->subsampleSize() < points_.size())
        content.drawnWhileMoving = scene_->subsampleSize();
    legend_->setContent(content);
}

bool QueryKeyEmbeddingView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != canvas_) return QWidget::eventFilter(watched, event);
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:  // a second press soon after a click arrives as this
            buttonHeld_ = true;
            draggedSincePress_ = false;
            pressPosition_ = static_cast<QMouseEvent*>(event)->position().toPoint();
            break;
        case QEvent::MouseMove:
            // Switch to the subsample before the canvas forwards the move to VTK, so that frame is already cheap.
            if (buttonHeld_ &&
                (static_cast<QMouseEvent*>(event)->position().toPoint() - pressPosition_).manhattanLength() >=
                    kDragSlop) {
                draggedSincePress_ = true;
                beginInteraction();
            }
            // The subsample may have been resized to keep frames fast; keep the legend's count true.
            if (scene_->interacting() && legend_->content().drawnWhileMoving >= 0 &&
                legend_->content().drawnWhileMoving != scene_->subsampleSize())
                refreshLegend();
            break;
        case QEvent::MouseButtonRelease:
            if (static_cast<QMouseEvent*>(event)->buttons() == Qt::NoButton) buttonHeld_ = false;
            if (scene_->interacting()) settleTimer_.start();
            break;
        case QEvent::Wheel:
            beginInteraction();
            settleTimer_.start();
            break;
        case QEvent::Resize:
            if (!cameraTouched_ && points_.size() > 0) scene_->fitCamera();
            break;
        default:
            break;
    }
    return false;
}

void QueryKeyEmbeddingView::beginInteraction() {
    cameraTouched_ = true;
    settleTimer_.stop();
    if (scene_->interacting()) return;
    scene_->setInteracting(true);
    refreshLegend();
}

void QueryKeyEmbeddingView::endInteraction() {
    if (buttonHeld_) return;  // still dragging, only paused: the release restarts the timer
    scene_->setInteracting(false);
    refreshLegend();
}

}  // namespace attnscope::widgets
