// Painting the per-position bars.
#include "position_chart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace attnscope::widgets {

namespace {
constexpr int kMinSlot = 18;
constexpr int kMaxSlot = 64;
constexpr int kChartHeight = 56;
constexpr int kTop = 14;  // room for the largest value's text
}  // namespace

PositionChart::PositionChart(QWidget* parent) : QWidget(parent), bar_(QColor(214, 69, 65)) {
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

void PositionChart::setData(QVector<QString> labels, QVector<double> values, const QString& unit) {
    labels_ = std::move(labels);
    values_ = std::move(values);
    labels_.resize(values_.size());
    unit_ = unit;
    if (highlighted_ >= values_.size()) highlighted_ = -1;
    updateGeometry();
    update();
}

void PositionChart::setHighlighted(int position) {
    if (position < -1 || position >= values_.size()) position = -1;
    if (position == highlighted_) return;
    highlighted_ = position;
    update();
}

void PositionChart::setBarColor(const QColor& color) {
    bar_ = color;
    update();
}

int PositionChart::slotWidth() const {
    int widest = kMinSlot;
    for (const auto& label : labels_) widest = std::max(widest, fontMetrics().horizontalAdvance(label) + 6);
    return std::min(widest, kMaxSlot);
}

int PositionChart::labelHeight() const {
    return fontMetrics().height() + 2;
}

QSize PositionChart::sizeHint() const {
    return QSize(static_cast<int>(values_.size()) * slotWidth() + 2, kTop + kChartHeight + labelHeight());
}

QSize PositionChart::minimumSizeHint() const {
    return sizeHint();
}

QRect PositionChart::barSlot(int position) const {
    if (position < 0 || position >= values_.size()) return {};
    return QRect(1 + position * slotWidth(), 0, slotWidth(), height());
}

int PositionChart::positionAt(const QPoint& point) const {
    if (point.x() < 1) return -1;
    const int position = (point.x() - 1) / slotWidth();
    return position < values_.size() ? position : -1;
}

void PositionChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const double top = values_.isEmpty() ? 0.0 : *std::max_element(values_.begin(), values_.end());
    const double scale = top > 0 ? kChartHeight / top : 0.0;
    const int slot = slotWidth();
    const int baseline = kTop + kChartHeight;
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, baseline, width(), baseline);
    for (int i = 0; i < values_.size(); ++i) {
        const QRect column = barSlot(i);
        if (i == highlighted_) painter.fillRect(column, palette().color(QPalette::Highlight).lighter(185));
        const int barHeight = static_cast<int>(values_[i] * scale + 0.5);
        const int barWidth = std::max(4, slot - 8);
        painter.fillRect(QRect(column.center().x() - barWidth / 2, baseline - barHeight, barWidth, barHeight), bar_);
        painter.setPen(i == highlighted_ ? text : palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(column.left(), baseline + 1, slot, labelHeight()), Qt::AlignHCenter | Qt::AlignTop,
                         fontMetrics().elidedText(labels_[i], Qt::ElideRight, slot - 2));
    }
    if (top > 0) {
        const auto peak = static_cast<int>(std::max_element(values_.begin(), values_.end()) - values_.begin());
        painter.setPen(text);
        const QRect column = barSlot(peak);
        painter.drawText(QRect(column.center().x() - 40, 0, 80, kTop), Qt::AlignHCenter | Qt::AlignBottom,
                         QLocale().toString(top, 'f', 3));
    }
}

void PositionChart::mousePressEvent(QMouseEvent* event) {
    const int position = positionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && position >= 0) emit positionClicked(position);
}

bool PositionChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int position = positionAt(help->pos());
        if (position >= 0)
            QToolTip::showText(help->globalPos(),
                               tr("Token %1 “%2”: %3 %4")
                                   .arg(position)
                                   .arg(labels_[position], QLocale().toString(values_[position], 'f', 4), unit_),
                               this, barSlot(position));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
