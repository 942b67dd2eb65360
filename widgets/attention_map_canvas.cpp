// Drawing, zooming, panning and tooltips of the attention map.
#include "attention_map_canvas.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "capture_view.h"
#include "keyboard_navigation.h"
#include "style.h"

namespace attnscope::widgets {

namespace {

constexpr double kMaxCellSize = 48.0;
constexpr int kAxisFontSize = 12;

// The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `x`.
int tidyStep(double x) {
    for (int base = 1;; base *= 10)
        for (int m : {1, 2, 5})
            if (m * base >= x) return m * base;
}

QString superscript(int exponent) {
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = exponent < 0 ? QStringLiteral("⁻") : QString();
    for (QChar c : QString::number(std::abs(exponent))) text += digits[c.digitValue()];
    return text;
}

}  // namespace

AttentionMapCanvas::AttentionMapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 280);
    setFocusPolicy(Qt::StrongFocus);
    focusFrame_ = new FocusFrame(this);
    setAccessibleName(tr("Attention map"));
    setAccessibleDescription(
        tr("Attention weights of the selected head, queries down and keys across. Up and Down "
           "select a query row, plus and minus zoom, 0 fits the map."));
    connect(&tiles_, &AttentionTiles::tileReady, this, qOverload<>(&QWidget::update));
}

void AttentionMapCanvas::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) connect(selection_, &SelectionModel::tokenChanged, this, qOverload<>(&QWidget::update));
    update();
}

void AttentionMapCanvas::setSource(const AttentionMapSource& source, const QStringList& labels, const QString& title,
                                   const QStringList& keyLabels) {
    const int previousCount = tokenCount(), previousKeys = keyCount();
    tiles_.setSource(source);
    labels_ = labels;
    keyLabels_ = keyLabels;
    title_ = title;
    measureLabels();
    if (tokenCount() != previousCount || keyCount() != previousKeys || fitted_) fit();
    hovered_ = {-1, -1};
    update();
}

void AttentionMapCanvas::measureLabels() {
    // Every size here grows with the screen theme's fonts (presenter mode), so labels stay whole.
    scale_ = screenTheme().fontScale;
    const QFontMetrics metrics(styleFont(kAxisFontSize));
    auto band = [&](const QStringList& labels) {
        int widest = 0;
        for (const QString& label : labels) widest = std::max(widest, metrics.horizontalAdvance(label));
        return std::clamp(widest + 12, static_cast<int>(48 * scale_), static_cast<int>(120 * scale_));
    };
    labelBand_ = band(labels_);
    // Cross-attention's keys are other tokens, with their own band; its longer captions ("keys (source) →") fit the
    // corner whole.
    keyBand_ = keyLabels_.isEmpty() ? labelBand_ : band(keyLabels_);
    if (cross()) {
        const QFontMetrics captions(styleFont(11));
        labelBand_ = std::max(
            {labelBand_, captions.horizontalAdvance(keyCaption()) + 6, captions.horizontalAdvance(queryCaption()) + 6});
    }
}

bool AttentionMapCanvas::cross() const {
    const auto& capture = tiles_.source().capture;
    return capture && capture->kind() == AttentionKind::Cross;
}

QString AttentionMapCanvas::keyCaption() const {
    return cross() ? tr("keys (source) →") : tr("keys →");
}

QString AttentionMapCanvas::queryCaption() const {
    return cross() ? tr("queries (target) ↓") : tr("queries ↓");
}

void AttentionMapCanvas::changeEvent(QEvent* event) {
    if (event->type() == QEvent::StyleChange) {
        measureLabels();
        if (fitted_) fit();
    }
    QWidget::changeEvent(event);
}

QRectF AttentionMapCanvas::mapArea() const {
    const double left = labelBand_ + 8;
    const double top = kTitleHeight * scale_ + keyBand_ + 4;
    return {left, top, std::max(1.0, width() - left - kColorBarWidth * scale_), std::max(1.0, height() - top - 10)};
}

double AttentionMapCanvas::fitCellSize() const {
    if (tokenCount() == 0 || keyCount() == 0) return 1.0;
    const QRectF area = mapArea();
    return std::min(kMaxCellSize * scale_, std::min(area.width() / keyCount(), area.height() / tokenCount()));
}

void AttentionMapCanvas::fit() {
    cell_ = fitCellSize();
    offset_ = {};
    fitted_ = true;
    update();
}

void AttentionMapCanvas::zoomBy(double factor, const QPointF& anchor) {
    if (tokenCount() == 0 || keyCount() == 0) return;
    const QRectF area = mapArea();
    const QPointF tokens = offset_ + (anchor - area.topLeft()) / cell_;
    cell_ = std::clamp(cell_ * factor, fitCellSize(), std::max(fitCellSize(), kMaxCellSize * scale_));
    offset_ = tokens - (anchor - area.topLeft()) / cell_;
    fitted_ = cell_ <= fitCellSize();
    clampView();
    update();
}

void AttentionMapCanvas::clampView() {
    const QRectF area = mapArea();
    offset_.setX(std::clamp(offset_.x(), 0.0, std::max(0.0, keyCount() - area.width() / cell_)));
    offset_.setY(std::clamp(offset_.y(), 0.0, std::max(0.0, tokenCount() - area.height() / cell_)));
}

QPointF AttentionMapCanvas::cellCenter(int query, int key) const {
    const QRectF area = mapArea();
    return {area.left() + (key + 0.5 - offset_.x()) * cell_, area.top() + (query + 0.5 - offset_.y()) * cell_};
}

std::pair<int, int> AttentionMapCanvas::cellAt(const QPointF& position) const {
    const QRectF area = mapArea();
    if (!area.contains(position)) return {-1, -1};
    const int key = static_cast<int>(std::floor(offset_.x() + (position.x() - area.left()) / cell_));
    const int query = static_cast<int>(std::floor(offset_.y() + (position.y() - area.top()) / cell_));
    if (key < 0 || query < 0 || key >= keyCount() || query >= tokenCount()) return {-1, -1};
    return {query, key};
}

QString AttentionMapCanvas::tooltipText(int query, int key) const {
    if (query < 0 || key < 0 || query >= tokenCount() || key >= keyCount()) return {};
    float value = 0.0f;
    try {
        value = tiles_.value(query, key);
    } catch (const std::exception& error) {
        return QString::fromStdString(error.what());
    }
    const auto& source = tiles_.source();
    const QString what = source.difference() ? tr("Δ weight") : source.layerMean ? tr("Mean weight") : tr("Weight");
    const QString number = !std::isfinite(value)   ? displayNumber(value, 4)
                           : source.difference() ? QString::asprintf("%+.4f", value)
                                                 : QString::number(value, 'f', 4);
    return tr("Query %1  “%2”\nKey %3  “%4”\n%5  %6")
        .arg(query)
        .arg(labels_.value(query))
        .arg(key)
        .arg(keyLabels().value(key))
        .arg(what, number);
}

void AttentionMapCanvas::resizeEvent(QResizeEvent*) {
    if (fitted_)
        fit();
    else
        clampView();
}

void AttentionMapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), screenTheme().background);
    if (tokenCount() == 0 || keyCount() == 0) {
        drawPlaceholderMessage(painter, rect(), tr("Run a text to see its attention map"));
        return;
    }
    painter.setFont(styleFont(14, true));
    drawText(painter, QRectF(12, 0, width() - 24, kTitleHeight * scale_), Qt::AlignLeft | Qt::AlignVCenter, title_,
             screenTheme().text);
    drawHeatmap(painter);
    drawMarkers(painter);
    drawAxes(painter);
    drawColorBar(painter);
    if (!tiles_.error().isEmpty()) {
        // Tiles that failed stay grey; the reason goes where the user looks first.
        painter.setFont(styleFont(12));
        drawText(painter, QRectF(12, 0, width() - 24, kTitleHeight * scale_), Qt::AlignRight | Qt::AlignVCenter,
                 elideLabel(tiles_.error(), styleFont(12), width() / 2), screenTheme().maskMarker);
    }
    if (focusFrame_->shows()) {
        const QRectF area = mapArea();
        const int token = selection_ ? selection_->token() : -1;
        const bool onRow = token >= 0 && !selection_->tokenIsKey() && token < tokenCount();
        const QPointF row = onRow ? cellCenter(token, 0) : QPointF();
        paintFocusFrame(painter,
                        onRow ? QRectF(area.left() - 2, row.y() - cell_ / 2 - 2, area.width() + 4, cell_ + 4)
                                    .intersected(area.adjusted(-3, -3, 3, 3))
                              : area.adjusted(-3, -3, 3, 3),
                        screenTheme());
    }
}

void AttentionMapCanvas::drawHeatmap(QPainter& painter) {
    const QRectF area = mapArea();
    const int n = tokenCount(), m = keyCount();
    // Zoomed out, each pixel max-pools pool x pool weights; pool is a power of two so tiles are reused across zooms.
    int pool = 1;
    while (cell_ * pool < 1.0) pool *= 2;
    const int span = AttentionTiles::kTileSize * pool;
    const double lastKey = std::min<double>(m, offset_.x() + area.width() / cell_);
    const double lastQuery = std::min<double>(n, offset_.y() + area.height() / cell_);
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, cell_ * pool < 2.0);
    for (int ty = static_cast<int>(offset_.y()) / span; ty * span < lastQuery; ++ty)
        for (int tx = static_cast<int>(offset_.x()) / span; tx * span < lastKey; ++tx) {
            const int keys = std::min(m - tx * span, span);
            const int queries = std::min(n - ty * span, span);
            const QRectF target(area.left() + (tx * span - offset_.x()) * cell_,
                                area.top() + (ty * span - offset_.y()) * cell_, keys * cell_, queries * cell_);
            const QImage image = tiles_.tile(pool, tx, ty);
            if (image.isNull())
                painter.fillRect(target, screenTheme().panel);  // rendered in the background; tileReady repaints
            else
                painter.drawImage(target, image);
        }
    // Zoomed in far enough, thin gaps separate the cells.
    if (cell_ >= 16.0) {
        painter.setPen(QPen(QColor(255, 255, 255, 90), 1.0));
        for (int k = static_cast<int>(offset_.x()); k <= lastKey; ++k) {
            const double x = std::round(area.left() + (k - offset_.x()) * cell_) + 0.5;
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.top() + (lastQuery - offset_.y()) * cell_));
        }
        for (int q = static_cast<int>(offset_.y()); q <= lastQuery; ++q) {
            const double y = std::round(area.top() + (q - offset_.y()) * cell_) + 0.5;
            painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + (lastKey - offset_.x()) * cell_, y));
        }
    }
    painter.restore();
}

void AttentionMapCanvas::drawMarkers(QPainter& painter) {
    const QRectF area = mapArea();
    painter.save();
    painter.setClipRect(area);
    painter.setBrush(Qt::NoBrush);
    const int token = selection_ ? selection_->token() : -1;
    const bool tokenIsKey = selection_ && selection_->tokenIsKey();
    if (token >= 0 && token < sideCount(tokenIsKey)) {
        // The selected token's row (as a query) or column (as a key).
        painter.setPen(QPen(Qt::white, 2.0));
        const QPointF c = cellCenter(token, token);
        const QRectF band =
            tokenIsKey ? QRectF(c.x() - cell_ / 2, area.top() - offset_.y() * cell_, cell_, tokenCount() * cell_)
                       : QRectF(area.left() - offset_.x() * cell_, c.y() - cell_ / 2, keyCount() * cell_, cell_);
        painter.drawRect(band);
        painter.setPen(QPen(screenTheme().text, 1.0));
        painter.drawRect(band.adjusted(-1.5, -1.5, 1.5, 1.5));
    }
    if (hovered_.first >= 0 && cell_ >= 4.0) {
        const QPointF c = cellCenter(hovered_.first, hovered_.second);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawRect(QRectF(c.x() - cell_ / 2, c.y() - cell_ / 2, cell_, cell_));
    }
    painter.restore();
}

void AttentionMapCanvas::drawAxes(QPainter& painter) {
    const QRectF area = mapArea();
    const int firstKey = static_cast<int>(offset_.x());
    const int firstQuery = static_cast<int>(offset_.y());
    const int lastKey = std::min(keyCount() - 1, static_cast<int>(offset_.x() + area.width() / cell_));
    const int lastQuery = std::min(tokenCount() - 1, static_cast<int>(offset_.y() + area.height() / cell_));
    const int token = selection_ ? selection_->token() : -1;
    const bool tokenIsKey = selection_ && selection_->tokenIsKey();

    painter.setFont(styleFont(11));
    const QColor muted = screenTheme().mutedText;
    const QRectF corner(0, kTitleHeight * scale_, labelBand_ + 2, keyBand_);
    drawText(painter, corner.adjusted(0, 0, 0, -corner.height() / 2), Qt::AlignRight | Qt::AlignBottom, keyCaption(),
             muted);
    drawText(painter, corner.adjusted(0, corner.height() / 2, 0, 0), Qt::AlignRight | Qt::AlignTop, queryCaption(),
             muted);

    const bool labels = cell_ >= 10.0 && !labels_.isEmpty();
    const QStringList& keyLabels = this->keyLabels();
    if (labels) {
        // A pixel size before the theme's scale: the scaled label still fits its cell.
        const int size = std::clamp(static_cast<int>((cell_ - 2) / scale_), 8, kAxisFontSize);
        for (int side = 0; side < 2; ++side) {
            const bool key = side == 1;
            for (int t = key ? firstKey : firstQuery; t <= (key ? lastKey : lastQuery); ++t) {
                const bool selected = t == token && key == tokenIsKey;
                const QFont font = styleFont(size, selected);
                painter.setFont(font);
                const QString text =
                    elideLabel((key ? keyLabels : labels_).value(t), font, (key ? keyBand_ : labelBand_) - 8);
                const QColor color = selected ? screenTheme().accent : screenTheme().text;
                const QPointF c = cellCenter(t, t);
                if (!key) {
                    drawText(painter, QRectF(0, c.y() - cell_ / 2, labelBand_, cell_),
                             Qt::AlignRight | Qt::AlignVCenter, text, color);
                } else {
                    // Key labels read upwards from the top edge of the map.
                    painter.save();
                    painter.translate(c.x(), area.top() - 6);
                    painter.rotate(-90);
                    drawText(painter, QRectF(0, -cell_ / 2, keyBand_ - 6, cell_), Qt::AlignLeft | Qt::AlignVCenter,
                             text, color);
                    painter.restore();
                }
            }
        }
        return;
    }
    // Too small for labels: token indices at tidy steps.
    const int step = tidyStep(48.0 / cell_);
    painter.setFont(styleFont(11));
    painter.setPen(screenTheme().mutedText);
    for (int t = (firstQuery + step - 1) / step * step; t <= lastQuery; t += step) {
        const QPointF c = cellCenter(t, t);
        painter.drawLine(QPointF(area.left() - 5, c.y()), QPointF(area.left() - 1, c.y()));
        drawText(painter, QRectF(0, c.y() - 8 * scale_, area.left() - 8, 16 * scale_),
                 Qt::AlignRight | Qt::AlignVCenter, QString::number(t), muted);
    }
    for (int t = (firstKey + step - 1) / step * step; t <= lastKey; t += step) {
        const QPointF c = cellCenter(t, t);
        painter.drawLine(QPointF(c.x(), area.top() - 5), QPointF(c.x(), area.top() - 1));
        drawText(painter, QRectF(c.x() - 30 * scale_, area.top() - 8 - 16 * scale_, 60 * scale_, 16 * scale_),
                 Qt::AlignHCenter | Qt::AlignBottom, QString::number(t), muted);
    }
}

void AttentionMapCanvas::drawColorBar(QPainter& painter) {
    const QRectF area = mapArea();
    const auto& source = tiles_.source();
    const QRectF bar(area.right() + 18, area.top() + 16 * scale_, 14 * scale_,
                     std::min(area.height() - 16 * scale_, 240.0 * scale_));
    if (bar.height() < 40) return;
    const bool difference = source.difference();
    for (int y = 0; y < static_cast<int>(bar.height()); ++y) {
        const float t = 1.0f - static_cast<float>(y) / static_cast<float>(bar.height() - 1);
        const QRgb color = difference ? Colormap::divergingRdBu().at(t) : Colormap::viridis().at(t);
        painter.fillRect(QRectF(bar.left(), bar.top() + y, bar.width(), 1), QColor(color));
    }
    painter.setPen(screenTheme().grid);
    painter.drawRect(bar.adjusted(-0.5, -0.5, 0.5, 0.5));

    painter.setFont(styleFont(11));
    drawText(painter, QRectF(bar.left() - 8, area.top() - 4, kColorBarWidth * scale_, 16 * scale_),
             Qt::AlignLeft | Qt::AlignVCenter, difference ? tr("Δ weight") : tr("weight"), screenTheme().mutedText);
    std::vector<std::pair<float, QString>> ticks;
    if (difference) {
        const float r = source.differenceRange;
        for (float v : {-r, -r / 2, 0.0f, r / 2, r})
            ticks.emplace_back(differencePosition(v, r), v == 0.0f ? QStringLiteral("0") : QString::asprintf("%+g", v));
    } else if (source.scale == ColorScale::Log) {
        for (int e = -4; e <= 0; ++e)
            ticks.emplace_back(scalePosition(std::pow(10.0f, static_cast<float>(e)), ColorScale::Log),
                               e == 0 ? QStringLiteral("1") : QStringLiteral("10") + superscript(e));
    } else {
        for (float v : {0.0f, 0.25f, 0.5f, 0.75f, 1.0f}) ticks.emplace_back(v, QString::number(v));
    }
    painter.setPen(screenTheme().text);
    for (const auto& [t, text] : ticks) {
        const double y = bar.bottom() - t * (bar.height() - 1) - 0.5;
        painter.setPen(screenTheme().mutedText);
        painter.drawLine(QPointF(bar.right() + 1, y), QPointF(bar.right() + 5, y));
        drawText(painter, QRectF(bar.right() + 8, y - 8 * scale_, kColorBarWidth * scale_ - 40, 16 * scale_),
                 Qt::AlignLeft | Qt::AlignVCenter, text, screenTheme().text);
    }
}

void AttentionMapCanvas::wheelEvent(QWheelEvent* event) {
    zoomBy(std::pow(1.25, event->angleDelta().y() / 120.0), event->position());
    event->accept();
}

void AttentionMapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    dragging_ = true;
    pressPosition_ = event->position();
    pressOffset_ = offset_;
}

void AttentionMapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_) {
        offset_ = pressOffset_ - (event->position() - pressPosition_) / cell_;
        clampView();
        update();
        return;
    }
    const auto cell = cellAt(event->position());
    if (cell == hovered_) return;
    hovered_ = cell;
    update();
    if (cell.first >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(cell.first, cell.second), this);
    else
        QToolTip::hideText();
}

void AttentionMapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (!dragging_) return;
    dragging_ = false;
    // A press and release without moving is a click: it selects the query token.
    if ((event->position() - pressPosition_).manhattanLength() < 4 && selection_) {
        const auto [query, key] = cellAt(event->position());
        if (query >= 0) selection_->setToken(query, false);
    }
}

void AttentionMapCanvas::mouseDoubleClickEvent(QMouseEvent*) {
    fit();
}

void AttentionMapCanvas::keyPressEvent(QKeyEvent* event) {
    const QRectF area = mapArea();
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1.25, area.center());
            return;
        case Qt::Key_Minus:
            zoomBy(0.8, area.center());
            return;
        case Qt::Key_0:
            fit();
            return;
        default:
            break;
    }
    const int current = selection_ && !selection_->tokenIsKey() ? selection_->token() : -1;
    const int page = std::max(1, static_cast<int>(area.height() / cell_) - 1);
    const auto next = steppedIndex(current, tokenCount(), event->key(), Qt::Key_Up, Qt::Key_Down, page);
    if (!next || !selection_) return QWidget::keyPressEvent(event);
    selection_->setToken(*next, false);
    // Keep the row in view when zoomed in.
    const double rows = area.height() / cell_;
    if (*next < offset_.y()) offset_.setY(*next);
    if (*next + 1 > offset_.y() + rows) offset_.setY(*next + 1 - rows);
    clampView();
    update();
}

void AttentionMapCanvas::leaveEvent(QEvent*) {
    hovered_ = {-1, -1};
    update();
}

}  // namespace attnscope::widgets
