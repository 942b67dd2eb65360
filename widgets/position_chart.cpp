// Painting the per-position bars.
#include "position_chart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "style.h"

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

int PositionChart::slotWidth(const QFont& font) const {
    const QFontMetrics metrics(font);
    int widest = kMinSlot;
    for (const auto& label : labels_) widest = std::max(widest, metrics.horizontalAdvance(label) + 6);
    return std::min(widest, kMaxSlot);
}

int PositionChart::labelHeight(const QFont& font) const {
    return QFontMetrics(font).height() + 2;
}

QSize PositionChart::sizeFor(const QFont& font) const {
    return QSize(static_cast<int>(values_.size()) * slotWidth(font) + 2, kTop + kChartHeight + labelHeight(font));
}

QSize PositionChart::sizeHint() const {
    return sizeFor(font());
}

QSize PositionChart::minimumSizeHint() const {
    return sizeHint();
}

QRect PositionChart::barSlot(int position) const {
    if (position < 0 || position >= values_.size()) return {};
    return QRect(1 + position * slotWidth(font()), 0, slotWidth(font()), height());
}

int PositionChart::positionAt(const QPoint& point) const {
    if (point.x() < 1) return -1;
    const int position = (point.x() - 1) / slotWidth(font());
    return position < values_.size() ? position : -1;
}

void PositionChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, screenTheme(), font());
}

void PositionChart::paint(QPainter& painter, const Theme& theme, const QFont& font) const {
    painter.save();
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const double top = values_.isEmpty() ? 0.0 : *std::max_element(values_.begin(), values_.end());
    const double scale = top > 0 ? kChartHeight / top : 0.0;
    const int slot = slotWidth(font);
    const int baseline = kTop + kChartHeight;
    const int width = sizeFor(font).width();
    auto column = [&](int position) { return QRect(1 + position * slot, 0, slot, baseline + labelHeight(font)); };
    painter.setPen(theme.grid);
    painter.drawLine(0, baseline, width, baseline);
    for (int i = 0; i < values_.size(); ++i) {
        const QRect slotRect = column(i);
        if (i == highlighted_) painter.fillRect(slotRect, theme.highlight);
        const int barHeight = static_cast<int>(values_[i] * scale + 0.5);
        const int barWidth = std::max(4, slot - 8);
        painter.fillRect(QRect(slotRect.center().x() - barWidth / 2, baseline - barHeight, barWidth, barHeight), bar_);
        painter.setPen(i == highlighted_ ? theme.text : theme.mutedText);
        painter.drawText(QRect(slotRect.left(), baseline + 1, slot, labelHeight(font)), Qt::AlignHCenter | Qt::AlignTop,
                         metrics.elidedText(labels_[i], Qt::ElideRight, slot - 2));
    }
    if (top > 0) {
        const auto peak = static_cast<int>(std::max_element(values_.begin(), values_.end()) - values_.begin());
        painter.setPen(theme.text);
        const QRect slotRect = column(peak);
        painter.drawText(QRect(slotRect.center().x() - 40, 0, 80, kTop), Qt::AlignHCenter | Qt::AlignBottom,
                         displayNumber(top, 3));
    }
    painter.restore();
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
                                   .arg(labels_[position], displayNumber(values_[position], 4), unit_),
                               this, barSlot(position));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
