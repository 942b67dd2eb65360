// SinkView: four panels over one capture, kept in step with the shared selection (layer, head, token, mask).
#include "analysis/sink_view.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "analysis/heatmap_plot.h"
#include "analysis/token_bar_chart.h"
#include "selection_model.h"
#include "style.h"

namespace attnscope::widgets {

namespace {

std::vector<float> valueNorms(const FloatMatrix& values) {
    std::vector<float> norms(static_cast<size_t>(values.rows));
    for (int64_t r = 0; r < values.rows; ++r) {
        double sum = 0;
        for (int64_t c = 0; c < values.cols; ++c) sum += double(values(r, c)) * values(r, c);
        norms[static_cast<size_t>(r)] = static_cast<float>(std::sqrt(sum));
    }
    return norms;
}

std::vector<double> toDoubles(const FloatMatrix& m) {
    return std::vector<double>(m.values.begin(), m.values.end());
}

QStringList numbered(const QString& prefix, int count) {
    QStringList labels;
    for (int i = 0; i < count; ++i) labels << prefix + QString::number(i);
    return labels;
}

QLabel* caption(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    setStyleFont(label, 11);
    return label;
}

}  // namespace

QStringList plotTokenLabels(const std::vector<std::string>& tokens) {
    QStringList labels;
    for (const auto& token : tokens) {
        QString text = QString::fromStdString(token);
        if (text.startsWith(QChar(0x0120)) || text.startsWith(QChar(0x2581))) text.remove(0, 1);
        text.replace(QChar(0x010A), QChar(0x21B5)).replace(QLatin1Char('\n'), QChar(0x21B5));
        labels << (text.trimmed().isEmpty() ? QStringLiteral("␣") : text);
    }
    return labels;
}

SinkView::SinkView(SelectionModel* selection, QWidget* parent) : QWidget(parent), selection_(selection) {
    setStyleFont(this, 11);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    setStyleFont(summary_, 12);
    summary_->setContentsMargins(6, 2, 6, 2);

    sinkMap_ = new HeatmapPlot(this);
    sinkMap_->setTitle(tr("Sink score: mean attention to the first token"));
    sinkMap_->setAxisTitles(tr("layer"), tr("head"));
    sinkMap_->setColorBarTitle(tr("sink"));
    sinkMap_->setRange(0, 1);
    sinkMap_->setShowValues(true);
    sinkMap_->setSquareCells(true);
    sinkMap_->setToolTip(tr("Click a head to select it in every view"));

    scopeBox_ = new QComboBox(this);
    scopeBox_->addItem(tr("Selected layer"));
    scopeBox_->addItem(tr("All layers"));
    received_ = new TokenBarChart(this);
    received_->setValueAxisTitle(tr("attention received (sum)"));

    normMap_ = new HeatmapPlot(this);
    normMap_->setTitle(tr("Hidden-state norm ‖h‖ per token (log scale)"));
    normMap_->setLogScale(true);
    normMap_->setColorBarTitle(tr("‖h‖"));
    massiveList_ = new QListWidget(this);
    setStyleFont(massiveList_, 11);
    massiveList_->setMaximumHeight(84);
    massiveList_->setSelectionMode(QAbstractItemView::NoSelection);

    headCaption_ = caption(QString(), this);
    raw_ = new HeatmapPlot(this);
    weighted_ = new HeatmapPlot(this);
    raw_->setColorBarTitle(tr("attention"));
    weighted_->setColorBarTitle(tr("share"));
    raw_->setAxisTitles(tr("query"), tr("key"));
    weighted_->setAxisTitles(QString(), tr("key"));

    auto* receivedPanel = new QVBoxLayout;
    auto* scopeRow = new QHBoxLayout;
    // The caption wraps rather than widening its column, so the sink map beside it keeps half the width.
    auto* scopeCaption = caption(tr("Attention received by each token, summed over heads and queries:"), this);
    scopeCaption->setWordWrap(true);
    scopeRow->addWidget(scopeCaption, 1);
    scopeRow->addWidget(scopeBox_);
    receivedPanel->addLayout(scopeRow);
    receivedPanel->addWidget(received_, 1);

    auto* normPanel = new QVBoxLayout;
    normPanel->addWidget(normMap_, 1);
    normPanel->addWidget(massiveList_);

    auto* headPanel = new QVBoxLayout;
    headPanel->addWidget(headCaption_);
    auto* pair = new QHBoxLayout;
    pair->addWidget(raw_);
    pair->addWidget(weighted_);
    headPanel->addLayout(pair, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(sinkMap_, 0, 0);
    grid->addLayout(receivedPanel, 0, 1);
    grid->addLayout(normPanel, 1, 0);
    grid->addLayout(headPanel, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addLayout(grid, 1);

    connect(sinkMap_, &HeatmapPlot::cellClicked, selection_, &SelectionModel::selectHead);
    connect(received_, &TokenBarChart::barClicked, this, [this](int token) { selection_->setToken(token, true); });
    connect(scopeBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        setReceivedScope(index == 0 ? ReceivedScope::CurrentLayer : ReceivedScope::AllLayers);
    });
    connect(selection_, &SelectionModel::headSelected, this, [this] {
        showHeadGrid();
        if (scope_ == ReceivedScope::CurrentLayer) showReceived();  // cached per layer
        showSelectedHead();
    });
    connect(selection_, &SelectionModel::maskChanged, this, &SinkView::showHeadGrid);
    connect(selection_, &SelectionModel::tokenChanged, this,
            [this](int token) { received_->setHighlightedBar(token); });
    setCapture(nullptr, {});
}

QString SinkView::figureSubject() const {
    if (!capture_) return {};
    return tr("%1 layers × %2 heads, layer %3 head %4 selected")
        .arg(capture_->layers())
        .arg(capture_->heads())
        .arg(selection_->layer())
        .arg(selection_->head());
}

QString SinkView::figureUnavailableReason() const {
    return capture_ && !scores_.empty() ? QString() : tr("Run a text first.");
}

std::vector<FigurePanel> SinkView::figurePanels() const {
    FigurePanel sinks = sinkMap_->figurePanel(tr("Sink scores"));
    FigurePanel received = received_->figurePanel(tr("Attention received"));
    FigurePanel norms = normMap_->figurePanel(tr("Residual norms"), 22.0);
    FigurePanel head = combinePanels(
        {raw_->figurePanel(tr("Raw attention"), 18.0), weighted_->figurePanel(tr("Value-weighted attention"), 18.0)}, 2,
        false);
    head.name = tr("Raw and value-weighted attention");
    const QString summary = QTextDocumentFragment::fromHtml(summary_->text()).toPlainText();
    sinks = stackPanels({textFigure(summary, sinks.name, std::max(sinks.size.width(), 480.0), 11), sinks});
    sinks.name = tr("Sink scores");
    return {sinks, received, norms, head};
}

void SinkView::setCapture(std::shared_ptr<const AttentionCapture> capture, std::vector<HeadScores> scores) {
    capture_ = std::move(capture);
    scores_ = std::move(scores);
    tokens_ = capture_ ? plotTokenLabels(capture_->input().tokens) : QStringList();
    receivedByLayer_.assign(capture_ ? static_cast<size_t>(capture_->layers()) : 0, {});
    massive_ =
        capture_ ? findMassiveActivations(capture_->hiddenNorms(), massiveFactor_) : std::vector<MassiveActivation>();
    showSummary();
    showHeadGrid();
    showReceived();
    showNorms();
    showSelectedHead();
}

void SinkView::setReceivedScope(ReceivedScope scope) {
    scope_ = scope;
    const QSignalBlocker blocker(scopeBox_);
    scopeBox_->setCurrentIndex(scope == ReceivedScope::CurrentLayer ? 0 : 1);
    showReceived();
}

void SinkView::setMassiveFactor(double factor) {
    massiveFactor_ = factor;
    if (capture_) massive_ = findMassiveActivations(capture_->hiddenNorms(), massiveFactor_);
    showSummary();
    showNorms();
}

void SinkView::showSummary() {
    if (!capture_ || scores_.empty()) {
        summary_->setText(tr("<i>Run a model to see where its attention piles up.</i>"));
        return;
    }
    const RoleThresholds thresholds;
    int sinks = 0;
    double meanSink = 0;
    const HeadScores* strongest = &scores_.front();
    for (const auto& s : scores_) {
        if (s.sink >= thresholds.sink) ++sinks;
        meanSink += s.sink / static_cast<double>(scores_.size());
        if (s.sink > strongest->sink) strongest = &s;
    }
    QString text = tr("<b>%1 of %2 heads</b> put at least half their attention on the first token "
                      "(mean sink score %3). Strongest: <b>L%4 H%5</b>, %6")
                       .arg(sinks)
                       .arg(scores_.size())
                       .arg(formatPlotValue(meanSink))
                       .arg(strongest->layer)
                       .arg(strongest->head)
                       .arg(formatPlotValue(strongest->sink));
    if (strongest->valueSink >= 0)
        text += tr(", of which %1 survives value weighting").arg(formatPlotValue(strongest->valueSink));
    text += QStringLiteral(". ");
    const int registers = capture_->modelInfo().registerTokens;
    if (registers > 0) {
        // Registers are the vision version of a sink: how much of all attention they take, beside the class token.
        const std::vector<double> received = attentionReceived(*capture_, -1);
        double total = 0, toRegisters = 0;
        for (size_t j = 0; j < received.size(); ++j) {
            total += received[j];
            if (j >= 1 && j <= static_cast<size_t>(registers)) toRegisters += received[j];
        }
        if (total > 0 && !received.empty())
            text += tr("The %n register(s) receive <b>%1 %</b> of all attention, the class token %2 %. ", "", registers)
                        .arg(formatPlotValue(100.0 * toRegisters / total))
                        .arg(formatPlotValue(100.0 * received[0] / total));
    }
    text += massive_.empty() ? tr("No massive activations (norm &gt; %1× the layer median).").arg(massiveFactor_)
                             : tr("<b>%n massive activation(s)</b> (norm &gt; %1× the layer median).", "",
                                  static_cast<int>(massive_.size()))
                                   .arg(massiveFactor_);
    summary_->setText(text);
}

void SinkView::showHeadGrid() {
    if (!capture_) {
        sinkMap_->setValues(0, 0, {});
        return;
    }
    const int layers = capture_->layers(), heads = capture_->heads();
    std::vector<double> values(static_cast<size_t>(layers * heads), std::nan(""));
    for (const auto& s : scores_)
        if (s.layer < layers && s.head < heads) values[static_cast<size_t>(s.layer * heads + s.head)] = s.sink;
    sinkMap_->setValues(layers, heads, std::move(values));
    sinkMap_->setRowLabels(numbered(QStringLiteral("L"), layers));
    sinkMap_->setColumnLabels(numbered(QStringLiteral("H"), heads));
    sinkMap_->setOutlinedCell(selection_->layer(), selection_->head());
    QSet<Cell> masked;
    for (const auto& id : selection_->mask().heads()) masked.insert({id.layer, id.head});
    sinkMap_->setCrossedCells(masked);
}

void SinkView::showReceived() {
    if (!capture_) {
        received_->setValues({}, {});
        received_->setTitle(QString());
        return;
    }
    const bool all = scope_ == ReceivedScope::AllLayers;
    const int layer = std::clamp(selection_->layer(), 0, capture_->layers() - 1);
    std::vector<double> values = receivedInLayer(layer);
    if (all) {
        for (int l = 0; l < capture_->layers(); ++l) {
            if (l == layer) continue;
            const auto& other = receivedInLayer(l);
            for (size_t t = 0; t < values.size(); ++t) values[t] += other[t];
        }
    }
    received_->setValues(std::move(values), tokens_);
    received_->setTitle(all ? tr("All %1 layers × %2 heads").arg(capture_->layers()).arg(capture_->heads())
                            : tr("Layer %1, %2 heads").arg(layer).arg(capture_->heads()));
    received_->setHighlightedBar(selection_->token());
}

const std::vector<double>& SinkView::receivedInLayer(int layer) {
    auto& received = receivedByLayer_[static_cast<size_t>(layer)];
    if (received.empty()) received = attentionReceived(*capture_, layer);
    return received;
}

void SinkView::showNorms() {
    massiveList_->clear();
    if (!capture_) {
        normMap_->setValues(0, 0, {});
        return;
    }
    const FloatMatrix& norms = capture_->hiddenNorms();
    double lo = INFINITY, hi = 0;
    for (float v : norms.values)
        if (v > 0) {
            lo = std::min(lo, double(v));
            hi = std::max(hi, double(v));
        }
    normMap_->setValues(static_cast<int>(norms.rows), static_cast<int>(norms.cols), toDoubles(norms));
    normMap_->setRange(std::isfinite(lo) ? lo : 1e-3, std::max(hi, std::isfinite(lo) ? lo * 10 : 1.0));
    QStringList rows{tr("embed")};
    for (int l = 0; l + 1 < norms.rows; ++l) rows << QStringLiteral("L%1").arg(l);
    normMap_->setRowLabels(rows);
    normMap_->setColumnLabels(tokens_);
    QSet<Cell> marked;
    for (const auto& m : massive_) {
        marked.insert({m.row, m.token});
        const QString token = m.token < tokens_.size() ? tokens_[m.token] : QString::number(m.token);
        massiveList_->addItem(tr("%1 · token %2 “%3”: ‖h‖ = %4, %5× the layer median")
                                  .arg(rows.value(m.row), QString::number(m.token), token, formatPlotValue(m.norm),
                                       formatPlotValue(m.ratio)));
    }
    if (massive_.empty())
        massiveList_->addItem(tr("No token's norm exceeds %1× its layer's median.").arg(massiveFactor_));
    normMap_->setMarkedCells(marked);
}

void SinkView::showSelectedHead() {
    if (!capture_) {
        headCaption_->setText(QString());
        raw_->setValues(0, 0, {});
        weighted_->setValues(0, 0, {});
        return;
    }
    const int layer = std::clamp(selection_->layer(), 0, capture_->layers() - 1);
    const int head = std::clamp(selection_->head(), 0, capture_->heads() - 1);
    const FloatMatrix attention = capture_->attention(layer, head);
    const FloatMatrix values = capture_->values(layer, head);
    const int n = static_cast<int>(attention.rows);
    raw_->setValues(n, n, toDoubles(attention));
    raw_->setTitle(tr("Raw attention, L%1 H%2").arg(layer).arg(head));
    raw_->setRowLabels(tokens_);
    raw_->setColumnLabels(tokens_);
    double most = *std::max_element(attention.values.begin(), attention.values.end());
    if (values.empty()) {
        weighted_->setValues(0, 0, {});
        weighted_->setTitle(tr("Value-weighted: values were not kept"));
    } else {
        const FloatMatrix weighted = valueWeightedAttention(attention, valueNorms(values), true);
        most = std::max(most, double(*std::max_element(weighted.values.begin(), weighted.values.end())));
        weighted_->setValues(n, n, toDoubles(weighted));
        weighted_->setTitle(tr("Value-weighted  A·‖v‖, rows renormalised"));
        weighted_->setColumnLabels(tokens_);
    }
    // One colour scale for both, so a sink that fades under value weighting shows as a darker column.
    raw_->setRange(0, most);
    weighted_->setRange(0, most);
    const HeadScores* s = nullptr;
    for (const auto& candidate : scores_)
        if (candidate.layer == layer && candidate.head == head) s = &candidate;
    headCaption_->setText(
        s ? tr("Layer %1, head %2: sink %3, value sink %4, top key %5 (“%6”)")
                .arg(layer)
                .arg(head)
                .arg(formatPlotValue(s->sink), s->valueSink >= 0 ? formatPlotValue(s->valueSink) : QStringLiteral("–"))
                .arg(s->topKey)
                .arg(tokens_.value(s->topKey))
          : tr("Layer %1, head %2").arg(layer).arg(head));
}

}  // namespace attnscope::widgets
