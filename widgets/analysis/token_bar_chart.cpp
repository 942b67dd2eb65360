// TokenBarChart's axis, bars and labels.
#include "analysis/token_bar_chart.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "analysis/heatmap_plot.h"
#include "style.h"

namespace attnscope::widgets {

namespace {

constexpr int kMargin = 6;
constexpr int kMaxLabel = 64;
// The bars take the accent of the sequential map's middle; the highlighted bar stands out in orange.
const QColor kHighlight(230, 126, 34);

// 1, 2 or 5 times a power of ten, at or above `value`.
double roundUp(double value) {
    if (value <= 0) return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * power >= value * (1 - 1e-9)) return step * power;
    return 10 * power;
}

}  // namespace

TokenBarChart::TokenBarChart(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void TokenBarChart::setValues(std::vector<double> values, const QStringList& labels) {
    values_ = std::move(values);
    labels_ = labels;
    update();
}

void TokenBarChart::setTitle(const QString& title) {
    title_ = title;
    update();
}

void TokenBarChart::setValueAxisTitle(const QString& title) {
    axisTitle_ = title;
    update();
}

void TokenBarChart::setHighlightedBar(int index) {
    highlighted_ = index;
    update();
}

double TokenBarChart::axisMax() const {
    double most = 0;
    for (double v : values_) most = std::max(most, v);
    return roundUp(most);
}

bool TokenBarChart::verticalLabels(const QSize& size, const Theme& theme) const {
    const QFontMetrics metrics(styleFont(10, false, theme));
    const int count = std::max<int>(1, static_cast<int>(values_.size()));
    int widest = 0;
    for (const auto& label : labels_) widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest + 4 > (size.width() - 80) / count;
}

QRect TokenBarChart::plotArea(const QSize& size, const Theme& theme) const {
    const QFontMetrics metrics(styleFont(10, false, theme));
    const int top = kMargin + (title_.isEmpty() ? 0 : QFontMetrics(styleFont(12, true, theme)).height() + 6);
    const int left = kMargin + (axisTitle_.isEmpty() ? 0 : metrics.height() + 2) +
                     metrics.horizontalAdvance(formatPlotValue(-axisMax())) + 6;
    int labelHeight = metrics.height() + 4;
    if (verticalLabels(size, theme)) {
        int widest = 0;
        for (const auto& label : labels_) widest = std::max(widest, metrics.horizontalAdvance(label));
        labelHeight = std::min(widest, kMaxLabel) + 6;
    }
    return QRect(QPoint(left, top), QPoint(size.width() - kMargin - 4, size.height() - kMargin - labelHeight));
}

QRect TokenBarChart::barRect(int index) const {
    return barRectIn(plotArea(size(), screenTheme()), index);
}

QRect TokenBarChart::barRectIn(const QRect& area, int index) const {
    if (index < 0 || index >= static_cast<int>(values_.size())) return {};
    const double slot = double(area.width()) / static_cast<double>(values_.size());
    const double gap = slot >= 6 ? std::max(1.0, slot * 0.18) : 0.0;
    const int x0 = area.left() + static_cast<int>(std::lround(index * slot + gap / 2));
    const int x1 = area.left() + static_cast<int>(std::lround((index + 1) * slot - gap / 2));
    const double fraction = std::clamp(values_[static_cast<size_t>(index)] / axisMax(), 0.0, 1.0);
    const int height = static_cast<int>(std::lround(fraction * area.height()));
    return QRect(x0, area.bottom() + 1 - height, std::max(1, x1 - x0), height);
}

int TokenBarChart::barAt(const QPoint& point) const {
    const QRect area = plotArea(size(), screenTheme());
    if (values_.empty() || point.x() < area.left() || point.x() > area.right() || point.y() > height()) return -1;
    const double slot = double(area.width()) / static_cast<double>(values_.size());
    return std::clamp(static_cast<int>((point.x() - area.left()) / slot), 0, static_cast<int>(values_.size()) - 1);
}

void TokenBarChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size(), screenTheme());
}

void TokenBarChart::paint(QPainter& painter, const QSize& size, const Theme& theme) const {
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
    const QFont font = styleFont(10, false, theme);
    const QFontMetrics metrics(font);
    const QColor textColor = theme.text;
    const QColor barColor = Colormap::viridis().color(0.35);
    if (!title_.isEmpty()) {
        painter.setFont(styleFont(12, true, theme));
        painter.setPen(textColor);
        painter.drawText(QRect(kMargin, kMargin, size.width() - 2 * kMargin, painter.fontMetrics().height() + 2),
                         Qt::AlignLeft | Qt::AlignTop, title_);
    }
    if (values_.empty()) {
        painter.restore();
        return;
    }
    const QRect area = plotArea(size, theme);
    painter.setFont(font);
    // Grid lines and ticks at quarters of the axis.
    const double top = axisMax();
    for (int i = 0; i <= 4; ++i) {
        const double v = top * i / 4;
        const int y = area.bottom() - static_cast<int>(std::lround(double(i) / 4 * area.height()));
        painter.setPen(QPen(i == 0 ? theme.mutedText : theme.grid, 1));
        painter.drawLine(area.left(), y, area.right(), y);
        painter.setPen(textColor);
        painter.drawText(QRect(0, y - metrics.height() / 2, area.left() - 5, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatPlotValue(v));
    }
    for (int i = 0; i < static_cast<int>(values_.size()); ++i)
        painter.fillRect(barRectIn(area, i), i == highlighted_ ? kHighlight : barColor);

    // Labels: every n-th when they would collide.
    const bool vertical = verticalLabels(size, theme);
    const double slot = double(area.width()) / static_cast<double>(values_.size());
    const int step = slot >= metrics.height() ? 1 : static_cast<int>(std::ceil(metrics.height() / slot));
    painter.setPen(textColor);
    for (int i = 0; i < static_cast<int>(values_.size()) && i < labels_.size(); i += step) {
        const int center = area.left() + static_cast<int>(std::lround((i + 0.5) * slot));
        painter.setPen(i == highlighted_ ? kHighlight.darker(130) : textColor);
        if (vertical) {
            painter.save();
            painter.translate(center - metrics.height() / 2.0 + 1, area.bottom() + 4);
            painter.rotate(90);
            painter.drawText(QRect(0, -metrics.height(), kMaxLabel, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(labels_[i], Qt::ElideRight, kMaxLabel));
            painter.restore();
        } else {
            painter.drawText(QRect(center - 40, area.bottom() + 3, 80, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, labels_[i]);
        }
    }
    if (!axisTitle_.isEmpty()) {
        painter.save();
        painter.setPen(textColor);
        painter.translate(kMargin, area.center().y());
        painter.rotate(-90);
        // Within the plot's height, shortened if need be: in large fonts it would run into the title above.
        painter.drawText(QRect(-area.height() / 2, 0, area.height(), metrics.height()), Qt::AlignCenter,
                         metrics.elidedText(axisTitle_, Qt::ElideRight, area.height()));
        painter.restore();
    }
    painter.restore();
}

FigurePanel TokenBarChart::figurePanel(const QString& name, double slot) const {
    const double count = std::max<double>(1, static_cast<double>(values_.size()));
    FigurePanel panel;
    panel.name = name;
    panel.size = QSizeF(std::clamp(90.0 + count * slot, 360.0, 1500.0), 280.0);
    const QSize size = panel.size.toSize();
    panel.paint = [this, size](QPainter& painter, const Theme& theme) { paint(painter, size, theme); };
    return panel;
}

void TokenBarChart::mousePressEvent(QMouseEvent* event) {
    const int index = barAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0) emit barClicked(index);
    QWidget::mousePressEvent(event);
}

bool TokenBarChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            return true;
        }
        const QString label = index < labels_.size() ? labels_[index] : QString::number(index);
        QToolTip::showText(help->globalPos(),
                           QStringLiteral("%1 (%2): %3")
                               .arg(label)
                               .arg(index)
                               .arg(formatPlotValue(values_[static_cast<size_t>(index)])),
                           this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
