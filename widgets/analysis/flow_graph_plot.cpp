// FlowGraphPlot: nodes and edges painted with QPainter, so figures keep them as vector shapes.
#include "analysis/flow_graph_plot.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

FlowGraphPlot::FlowGraphPlot(QWidget* parent) : QWidget(parent) {
    setMouseTracking(false);
}

void FlowGraphPlot::setGraph(LayeredFlow graph, int position, const QStringList& tokens, const QString& title) {
    graph_ = std::move(graph);
    position_ = position;
    tokens_ = tokens;
    title_ = title;
    message_.clear();
    const int count = static_cast<int>(graph_.nodes.cols), layers = static_cast<int>(graph_.nodes.rows);
    shown_.clear();
    rowOf_.assign(static_cast<size_t>(count), -1);
    if (count <= kMaxRows) {
        for (int k = 0; k < count; ++k) shown_.push_back(k);
    } else {
        std::vector<std::pair<float, int>> carried;
        for (int k = 0; k < count; ++k) {
            float most = 0;
            for (int l = 0; l < layers; ++l) most = std::max(most, graph_.nodes(l, k));
            carried.push_back({k == position ? 2.0f : most, k});
        }
        std::partial_sort(carried.begin(), carried.begin() + kMaxRows, carried.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        for (int i = 0; i < kMaxRows; ++i) shown_.push_back(carried[static_cast<size_t>(i)].second);
        std::sort(shown_.begin(), shown_.end());
    }
    for (size_t row = 0; row < shown_.size(); ++row) rowOf_[static_cast<size_t>(shown_[row])] = static_cast<int>(row);
    update();
}

void FlowGraphPlot::setMessage(const QString& message) {
    graph_ = {};
    shown_.clear();
    rowOf_.clear();
    message_ = message;
    update();
}

void FlowGraphPlot::setEdgeThreshold(double fraction) {
    threshold_ = std::clamp(fraction, 0.0, 1.0);
    update();
}

int FlowGraphPlot::drawnEdges() const {
    if (graph_.edges.empty()) return 0;
    const double cut = threshold_ * graph_.edges.front().weight;
    int count = 0;
    for (const FlowEdge& e : graph_.edges) {
        if (e.weight < cut || count == kMaxDrawnEdges) break;
        ++count;
    }
    return count;
}

FlowGraphPlot::Geometry FlowGraphPlot::geometry(const QSize& size, const Theme& theme) const {
    Geometry g;
    const int layers = static_cast<int>(graph_.nodes.rows), tokens = static_cast<int>(shown_.size());
    const QFontMetrics metrics(styleFont(11, false, theme));
    const double titleHeight = metrics.height() + 8;
    const double footer = metrics.height() + 16;  // the layer numbers, below the largest disc
    const double available = size.height() - titleHeight - footer - 8;
    g.rowGap = tokens > 1 ? available / (tokens - 1) : 0;
    g.labels = tokens > 0 && (tokens == 1 || g.rowGap >= metrics.height() * 0.8);
    int labelWidth = 0;
    if (g.labels)
        for (int k : shown_)
            labelWidth = std::max(labelWidth, std::min(metrics.horizontalAdvance(tokens_.value(k)), 90));
    const double left = 8 + labelWidth + 8, right = 8 + labelWidth + 20;
    g.area = QRectF(left, titleHeight + 4, std::max(10.0, size.width() - left - right), std::max(0.0, available));
    g.columnGap = layers > 1 ? g.area.width() / (layers - 1) : 0;
    return g;
}

QPointF FlowGraphPlot::centreIn(const Geometry& g, int layer, int token) const {
    return {g.area.left() + layer * g.columnGap, g.area.top() + rowOf_[static_cast<size_t>(token)] * g.rowGap};
}

QPointF FlowGraphPlot::nodeCentre(int layer, int token) const {
    return centreIn(geometry(size(), screenTheme()), layer, token);
}

int FlowGraphPlot::tokenAt(const QPoint& point) const {
    const int rows = static_cast<int>(shown_.size());
    if (rows == 0) return -1;
    const Geometry g = geometry(size(), screenTheme());
    const int row = static_cast<int>(std::lround(g.rowGap > 0 ? (point.y() - g.area.top()) / g.rowGap : 0));
    return row >= 0 && row < rows ? shown_[static_cast<size_t>(row)] : -1;
}

void FlowGraphPlot::paint(QPainter& painter, const QSize& size, const Theme& theme) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
    const QFont font = styleFont(11, false, theme);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    if (graph_.nodes.empty()) {
        drawPlaceholderMessage(painter, QRect(QPoint(0, 0), size), message_, theme);
        painter.restore();
        return;
    }
    const Geometry g = geometry(size, theme);
    QString title = title_;
    if (static_cast<int>(shown_.size()) < graph_.nodes.cols)
        title += tr(" · %1 of %2 tokens, those that carry the most").arg(shown_.size()).arg(graph_.nodes.cols);
    drawText(painter, QRectF(0, 2, size.width(), metrics.height() + 4), Qt::AlignCenter, title, theme.text);
    const int layers = static_cast<int>(graph_.nodes.rows);
    auto shown = [this](int token) { return rowOf_[static_cast<size_t>(token)] >= 0; };

    // Edges under the nodes, the lightest first so heavy ones stay on top.
    const int drawn = drawnEdges();
    const double heaviest = graph_.edges.empty() ? 1.0 : std::max(1e-12, double(graph_.edges.front().weight));
    const double widest = std::clamp(g.rowGap * 0.8, 1.5, 6.0) * theme.lineScale;
    QColor edgeColor = theme.accent;
    for (int i = drawn - 1; i >= 0; --i) {
        const FlowEdge& e = graph_.edges[static_cast<size_t>(i)];
        if (!shown(e.from) || !shown(e.to)) continue;
        const double share = e.weight / heaviest;
        edgeColor.setAlphaF(static_cast<float>(std::clamp(0.15 + 0.75 * share, 0.0, 1.0)));
        painter.setPen(QPen(edgeColor, std::max(0.4, widest * share), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centreIn(g, e.layer - 1, e.from), centreIn(g, e.layer, e.to));
    }

    // Nodes: disc area proportional to the share of the position's information held.
    const double biggest = std::clamp(std::min(g.rowGap, g.columnGap) * 0.45, 2.0, 9.0);
    const Colormap& map = Colormap::viridis();
    for (int l = 0; l < layers; ++l)
        for (int k : shown_) {
            const double value = std::clamp(double(graph_.nodes(l, k)), 0.0, 1.0);
            if (!(value > 1e-4)) continue;
            const double radius = std::max(1.2, biggest * std::sqrt(value));
            painter.setPen(QPen(theme.grid, 0.6));
            painter.setBrush(QColor(map.at(static_cast<float>(value))));
            painter.drawEllipse(centreIn(g, l, k), radius, radius);
        }
    if (position_ >= 0 && position_ < static_cast<int>(rowOf_.size()) && shown(position_)) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(theme.accent, 2 * theme.lineScale));
        painter.drawEllipse(centreIn(g, layers - 1, position_), biggest + 3, biggest + 3);
    }

    // Token labels on both sides, layer numbers underneath.
    if (g.labels) {
        for (int k : shown_) {
            const QPointF left = centreIn(g, 0, k), right = centreIn(g, layers - 1, k);
            const QString text = elideLabel(tokens_.value(k), font, 90);
            const QColor color = k == position_ ? theme.text : theme.mutedText;
            drawText(painter, QRectF(0, left.y() - metrics.height() / 2.0, left.x() - 8, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, text, color);
            drawText(painter,
                     QRectF(right.x() + biggest + 6, right.y() - metrics.height() / 2.0, 100, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text, color);
        }
    }
    const double footerY = g.area.bottom() + biggest + 4;
    const int step = std::max(1, static_cast<int>(std::ceil(metrics.horizontalAdvance(QStringLiteral("emb  ")) /
                                                            std::max(1.0, g.columnGap))));
    for (int l = 0; l < layers; l += step) {
        const QString label = l == 0 ? tr("input") : tr("L%1").arg(l - 1);
        const QPointF c(g.area.left() + l * g.columnGap, g.area.top());
        drawText(painter, QRectF(c.x() - 30, footerY, 60, metrics.height()), Qt::AlignCenter, label, theme.mutedText);
    }
    painter.restore();
}

FigurePanel FlowGraphPlot::figurePanel(const QString& name) const {
    const int tokens = std::max<int>(1, static_cast<int>(shown_.size()));
    const int layers = std::max<int>(1, static_cast<int>(graph_.nodes.rows));
    const QSizeF size(std::clamp(layers * 60.0 + 220, 420.0, 1400.0), std::clamp(tokens * 18.0 + 60, 240.0, 1400.0));
    const QSize whole = size.toSize();
    return {name, size, [this, whole](QPainter& painter, const Theme& theme) { paint(painter, whole, theme); }};
}

void FlowGraphPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size(), screenTheme());
}

void FlowGraphPlot::mousePressEvent(QMouseEvent* event) {
    const int token = tokenAt(event->position().toPoint());
    if (token >= 0) emit tokenClicked(token);
}

}  // namespace attnscope::widgets
