// Drawing and hovering of the head view's two token columns and the lines between them.
#include "head_view_canvas.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_map>

#include "capture_view.h"
#include "keyboard_navigation.h"
#include "line_raster.h"
#include "style.h"

namespace attnscope::widgets {

namespace {
constexpr double kExitBucket = 3.0;      // pixels of the view's edge that lines leaving through it share
constexpr double kRowBudget = 150000.0;  // pixel rows of lines per frame, a few ms of LineRaster
}  // namespace

HeadViewCanvas::HeadViewCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    focusFrame_ = new FocusFrame(this);
    setAccessibleName(tr("Head view lines"));
    setAccessibleDescription(
        tr("Lines from each query token to the keys it attends to. Up and Down select a token, "
           "Left and Right its query or its key, Escape shows every line again."));
    applyThemeMetrics();
}

void HeadViewCanvas::applyThemeMetrics() {
    const Theme& theme = screenTheme();
    labelFont_ = styleFont(13, false, theme);
    rowHeight_ = static_cast<int>(std::lround(kRowHeight * theme.fontScale));
    topMargin_ = static_cast<int>(std::lround(kTopMargin * theme.fontScale));
    const QFontMetrics metrics(labelFont_);
    int widest = 0;
    for (const QString& label : content_.labels) widest = std::max(widest, metrics.horizontalAdvance(label));
    for (const QString& label : content_.keyLabels) widest = std::max(widest, metrics.horizontalAdvance(label));
    const double scale = theme.fontScale;
    labelWidth_ =
        std::clamp(widest + static_cast<int>(20 * scale), static_cast<int>(56 * scale), static_cast<int>(168 * scale));
    // Labels are elided once here, not in every frame.
    elided_.clear();
    for (const QString& label : content_.labels) elided_ << elideLabel(label, labelFont_, labelWidth_ - 16);
    elidedKeys_.clear();
    for (const QString& label : content_.keyLabels) elidedKeys_ << elideLabel(label, labelFont_, labelWidth_ - 16);
    setMinimumSize(2 * labelWidth_ + 104, topMargin_ + rowCount() * rowHeight_ + kBottomMargin);
    layoutColumns();
    updateGeometry();
    update();
}

void HeadViewCanvas::changeEvent(QEvent* event) {
    if (event->type() == QEvent::StyleChange) applyThemeMetrics();  // the screen theme changed (presenter mode)
    QWidget::changeEvent(event);
}

void HeadViewCanvas::setContent(Content content) {
    content_ = std::move(content);
    applyThemeMetrics();
}

void HeadViewCanvas::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::visibleHeadsChanged, this, qOverload<>(&QWidget::update));
        connect(selection_, &SelectionModel::tokenChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

void HeadViewCanvas::setPairFilter(PairFilter filter) {
    filter_ = filter;
    update();
}

QSize HeadViewCanvas::sizeHint() const {
    return {2 * labelWidth_ + 280, topMargin_ + rowCount() * rowHeight_ + kBottomMargin};
}

void HeadViewCanvas::resizeEvent(QResizeEvent*) {
    layoutColumns();
}

void HeadViewCanvas::layoutColumns() {
    // Lines longer than ~340 px only make the slopes harder to follow, so wide canvases centre the columns.
    const int linesWidth = std::clamp(width() - 2 * labelWidth_ - 24, 80, 340);
    const int contentLeft = std::max(12, (width() - 2 * labelWidth_ - linesWidth) / 2);
    linesLeft_ = contentLeft + labelWidth_;
    linesRight_ = linesLeft_ + linesWidth;
}

QPointF HeadViewCanvas::queryAnchor(int token) const {
    return {static_cast<qreal>(linesLeft_), rowTop(token) + rowHeight_ / 2.0};
}

QPointF HeadViewCanvas::keyAnchor(int token) const {
    return {static_cast<qreal>(linesRight_), rowTop(token) + rowHeight_ / 2.0};
}

QRect HeadViewCanvas::labelRect(int token, bool key) const {
    const int left = key ? linesRight_ + 8 : linesLeft_ - labelWidth_;
    return {left, rowTop(token), labelWidth_ - 8, rowHeight_};
}

bool HeadViewCanvas::queryInFilter(int token) const {
    if (filter_ == PairFilter::All || content_.sentence.empty()) return true;
    const int s = content_.sentence[static_cast<size_t>(token)];
    return (filter_ == PairFilter::AToB || filter_ == PairFilter::AToA) ? s == 0 : s == 1;
}

bool HeadViewCanvas::keyInFilter(int token) const {
    if (filter_ == PairFilter::All || content_.sentence.empty()) return true;
    const int s = content_.sentence[static_cast<size_t>(token)];
    return (filter_ == PairFilter::BToA || filter_ == PairFilter::AToA) ? s == 0 : s == 1;
}

void HeadViewCanvas::forEachLine(int head, int firstRow, int lastRow,
                                 const std::function<void(const AttentionEdge&)>& visit) const {
    const LayerEdges& edges = *content_.edges;
    auto add = [&](const AttentionEdge& e) {
        if (queryInFilter(e.query) && keyInFilter(e.key)) visit(e);
    };
    const int token = selection_ ? selection_->token() : -1;
    if (token >= 0 && token < sideCount(selection_->tokenIsKey())) {
        if (!selection_->tokenIsKey()) {
            for (const AttentionEdge& e : edges.fromQuery(head, token)) add(e);
        } else {
            for (int index : edges.toKey(head, token)) add(edges.edges(head)[static_cast<size_t>(index)]);
        }
        return;
    }
    // Level of detail: only lines with an end among the rows in view.
    for (int q = firstRow; q <= std::min(lastRow, tokenCount() - 1); ++q)
        for (const AttentionEdge& e : edges.fromQuery(head, q)) add(e);
    for (int k = firstRow; k <= std::min(lastRow, keyCount() - 1); ++k)
        for (int index : edges.toKey(head, k)) {
            const AttentionEdge& e = edges.edges(head)[static_cast<size_t>(index)];
            if (e.query < firstRow || e.query > lastRow) add(e);
        }
}

void HeadViewCanvas::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRect visible = visibleRegion().boundingRect();
    paintRegion(painter, event->rect(), visible.isEmpty() ? event->rect() : visible);
    if (focusFrame_->shows()) {
        const bool onToken =
            selection_ && selection_->token() >= 0 && selection_->token() < sideCount(selection_->tokenIsKey());
        paintFocusFrame(painter,
                        onToken ? QRectF(labelRect(selection_->token(), selection_->tokenIsKey())).adjusted(-3, 0, 3, 0)
                                : QRectF(visible.isEmpty() ? rect() : visible),
                        screenTheme());
    }
}

std::vector<HeadViewCanvas::Segment> HeadViewCanvas::segmentsInView(const QRect& visible, int firstRow,
                                                                    int lastRow) const {
    const float scale =
        content_.difference && content_.edges->maxMagnitude() > 0.0f ? 1.0f / content_.edges->maxMagnitude() : 1.0f;
    const Colormap& diverging = Colormap::divergingRdBu();
    const QRgb increase = diverging.at(0.88f);
    const QRgb decrease = diverging.at(0.12f);
    // A line to a row out of view is drawn only to the edge of the view. Lines leaving one visible token through
    // the same few pixels of that edge (less than a line's width apart) look like one line there, so they are
    // drawn as one with the opacity of all of them stacked: a fan of 500 lines into a sink token costs a hundred.
    const double viewTop = visible.top() - 2.0;
    const double viewBottom = visible.bottom() + 2.0;
    auto inView = [&](int row) {
        const double y = rowTop(row) + rowHeight_ / 2.0;
        return y >= viewTop && y <= viewBottom;
    };
    std::vector<Segment> segments;
    std::unordered_map<quint64, size_t> exits;  // bucket -> index into segments
    for (int h = 0; h < content_.edges->heads(); ++h) {
        if (!selection_->headVisible(h)) continue;
        const QRgb color = headColor(h).rgb();
        exits.clear();
        forEachLine(h, firstRow, lastRow, [&](const AttentionEdge& e) {
            const float opacity = std::min(1.0f, std::abs(e.weight) * scale);
            const bool negative = e.weight < 0.0f;
            const QRgb c = !content_.difference ? color : negative ? decrease : increase;
            const bool queryVisible = inView(e.query);
            const bool keyVisible = inView(e.key);
            const QPointF q = queryAnchor(e.query);
            const QPointF k = keyAnchor(e.key);
            if (queryVisible && keyVisible) {
                segments.push_back({q, k, c, opacity});
                return;
            }
            if (!queryVisible && !keyVisible) return;
            const QPointF from = queryVisible ? q : k;
            const QPointF far = queryVisible ? k : q;
            const double edge = far.y() < from.y() ? viewTop : viewBottom;
            const QPointF to = from + (far - from) * ((edge - from.y()) / (far.y() - from.y()));
            const quint64 bucket = (quint64(queryVisible ? e.query : e.key) << 24) | (quint64(queryVisible) << 23) |
                                   (quint64(edge == viewTop) << 22) | (quint64(negative) << 21) |
                                   quint64(std::clamp(static_cast<int>(to.x() / kExitBucket), 0, (1 << 20) - 1));
            auto [it, added] = exits.try_emplace(bucket, segments.size());
            if (added) {
                segments.push_back({from, to, c, opacity});
            } else {
                float& stacked = segments[it->second].opacity;
                stacked = 1.0f - (1.0f - stacked) * (1.0f - opacity);
            }
        });
    }
    // Level of detail, last resort: past a budget of drawn rows (broad heads of long inputs spread faint lines over
    // dozens of rows each), the faintest lines go first. Order is kept so overlaps blend as always.
    double rows = 0.0;
    for (const Segment& s : segments) rows += std::abs(s.to.y() - s.from.y()) + 1.0;
    if (rows <= kRowBudget) return segments;
    std::vector<size_t> order(segments.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return segments[a].opacity > segments[b].opacity; });
    std::vector<bool> keep(segments.size(), false);
    double spent = 0.0;
    for (size_t i : order) {
        spent += std::abs(segments[i].to.y() - segments[i].from.y()) + 1.0;
        if (spent > kRowBudget) break;
        keep[i] = true;
    }
    std::vector<Segment> kept;
    for (size_t i = 0; i < segments.size(); ++i)
        if (keep[i]) kept.push_back(segments[i]);
    return kept;
}

void HeadViewCanvas::paintRegion(QPainter& painter, const QRect& rect, const QRect& visibleRect) const {
    const QRect visible = visibleRect.isNull() ? rect : visibleRect;
    painter.save();
    painter.setClipRect(rect);
    if (!content_.edges || tokenCount() == 0 || !selection_) {
        painter.fillRect(rect, screenTheme().background);
        drawPlaceholderMessage(painter, visible, tr("Run a text to see its attention"));
        painter.restore();
        return;
    }
    const int n = rowCount();
    // Which lines to draw follows the rows in view, not the band being repainted, so partial repaints agree.
    const int firstRow = std::clamp((visible.top() - topMargin_) / rowHeight_, 0, n - 1);
    const int lastRow = std::clamp((visible.bottom() - topMargin_) / rowHeight_, 0, n - 1);

    // The hovered token's weight on each token of the other column, over the visible heads.
    std::vector<float> hoverWeight;
    const int token = selection_->token();
    const bool hovering = token >= 0 && token < sideCount(selection_->tokenIsKey());
    const float scale =
        content_.difference && content_.edges->maxMagnitude() > 0.0f ? 1.0f / content_.edges->maxMagnitude() : 1.0f;
    if (hovering) {
        hoverWeight.assign(static_cast<size_t>(n), 0.0f);
        for (int h = 0; h < content_.edges->heads(); ++h) {
            if (!selection_->headVisible(h)) continue;
            const auto& all = content_.edges->edges(h);
            auto note = [&](const AttentionEdge& e, int other) {
                if (!queryInFilter(e.query) || !keyInFilter(e.key)) return;
                float& w = hoverWeight[static_cast<size_t>(other)];
                w = std::max(w, std::abs(e.weight) * scale);
            };
            if (!selection_->tokenIsKey())
                for (const AttentionEdge& e : content_.edges->fromQuery(h, token)) note(e, e.key);
            else
                for (int index : content_.edges->toKey(h, token)) {
                    const AttentionEdge& e = all[static_cast<size_t>(index)];
                    note(e, e.query);
                }
        }
    }

    // Lines are rasterised into an image of the painted band (see LineRaster), then labels go on top.
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (QSizeF(rect.size()) * ratio).toSize();
    if (linesLayer_.size() != pixels) linesLayer_ = QImage(pixels, QImage::Format_RGB32);
    linesLayer_.setDevicePixelRatio(1.0);
    linesLayer_.fill(screenTheme().background);
    LineRaster raster(linesLayer_);
    const float width = static_cast<float>(screenTheme().line(hovering ? 2.5 : 2.0) * ratio);
    for (const Segment& segment : segmentsInView(visible, firstRow, lastRow))
        raster.draw((segment.from - QPointF(rect.topLeft())) * ratio, (segment.to - QPointF(rect.topLeft())) * ratio,
                    segment.color, segment.opacity, width);
    linesLayer_.setDevicePixelRatio(ratio);
    painter.drawImage(rect.topLeft(), linesLayer_);

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(styleFont(11, true));
    const QColor caption = screenTheme().mutedText;
    const double captionHeight = topMargin_ - 16;
    drawText(painter, QRectF(linesLeft_ - labelWidth_, 8, labelWidth_ - 8, captionHeight),
             Qt::AlignRight | Qt::AlignVCenter, tr("Query"), caption);
    drawText(painter, QRectF(linesRight_ + 8, 8, labelWidth_ - 8, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
             tr("Key"), caption);
    if (content_.difference)
        drawText(painter, QRectF(linesLeft_, 8, linesRight_ - linesLeft_, captionHeight), Qt::AlignCenter,
                 tr("after − before  (red: more, blue: less)"), caption);
    drawLabels(painter, firstRow, lastRow, hoverWeight);
    painter.restore();
}

void HeadViewCanvas::drawLabels(QPainter& painter, int firstRow, int lastRow,
                                const std::vector<float>& hoverWeight) const {
    const int token = selection_->token();
    const bool hovering = !hoverWeight.empty();
    const bool hoverKey = selection_->tokenIsKey();
    painter.setFont(labelFont_);
    QColor faded = screenTheme().mutedText;
    faded.setAlpha(120);
    for (int t = firstRow; t <= lastRow; ++t) {
        for (int side = 0; side < 2; ++side) {
            const bool key = side == 1;
            if (t >= sideCount(key)) continue;  // cross-attention: one column may be shorter
            const QRect box = labelRect(t, key);
            const bool inFilter = key ? keyInFilter(t) : queryInFilter(t);
            QColor color = inFilter ? screenTheme().text : faded;
            if (hovering && key != hoverKey) {
                // The other column: a background as strong as the hovered token's weight on this token.
                const float w = hoverWeight[static_cast<size_t>(t)];
                if (w > 0.0f) {
                    QColor shade = screenTheme().weightShade;
                    shade.setAlphaF(std::min(1.0f, w));
                    painter.fillRect(box.adjusted(0, 2, 0, -2), shade);
                } else {
                    color = faded;
                }
            }
            if (hovering && key == hoverKey && t == token) {
                painter.setPen(QPen(screenTheme().accent, 1.0));
                painter.setBrush(screenTheme().highlight);
                painter.drawRoundedRect(QRectF(box).adjusted(-1.5, 1.5, 1.5, -1.5), 4, 4);
                painter.setBrush(Qt::NoBrush);
            }
            drawText(painter, box.adjusted(4, 0, -4, 0), (key ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                     key && !elidedKeys_.isEmpty() ? elidedKeys_[t] : elided_[t], color);
        }
    }
}

void HeadViewCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (!selection_) return;
    const QPointF p = event->position();
    const int row = static_cast<int>(std::floor((p.y() - topMargin_) / static_cast<double>(rowHeight_)));
    const bool overRow = row >= 0 && row < rowCount();
    if (overRow && row < tokenCount() && p.x() < linesLeft_ + 6)
        selection_->setToken(row, false);
    else if (overRow && row < keyCount() && p.x() > linesRight_ - 6)
        selection_->setToken(row, true);
    else
        selection_->setToken(-1);
}

void HeadViewCanvas::keyPressEvent(QKeyEvent* event) {
    if (!selection_ || tokenCount() == 0) return QWidget::keyPressEvent(event);
    const int token = selection_->token();
    const bool key = selection_->tokenIsKey();
    if (event->key() == Qt::Key_Escape && token >= 0) {
        selection_->setToken(-1);
    } else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        const bool toKey = event->key() == Qt::Key_Right;
        selection_->setToken(std::clamp(token, 0, sideCount(toKey) - 1), toKey);
    } else if (const auto next = steppedIndex(token, sideCount(key), event->key(), Qt::Key_Up, Qt::Key_Down)) {
        selection_->setToken(*next, key);
    } else {
        return QWidget::keyPressEvent(event);
    }
    if (selection_->token() >= 0) {
        const QRect row = labelRect(selection_->token(), selection_->tokenIsKey());
        if (auto* scroll = qobject_cast<QScrollArea*>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
            scroll->ensureVisible(row.center().x(), row.center().y(), 0, rowHeight_);
    }
}

void HeadViewCanvas::leaveEvent(QEvent*) {
    if (selection_) selection_->setToken(-1);
}

}  // namespace attnscope::widgets
