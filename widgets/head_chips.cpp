// Head visibility chips for the head view.
#include "head_chips.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "style.h"

namespace attnscope::widgets {

namespace {
constexpr int kGap = 4;
// A chip's size at the normal font size, grown with the screen theme's fonts (presenter mode).
int chipWidth() {
    return static_cast<int>(std::lround(30 * screenTheme().fontScale));
}
int chipHeight() {
    return static_cast<int>(std::lround(20 * screenTheme().fontScale));
}
}  // namespace

HeadChips::HeadChips(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Click a head to show or hide it; double-click to show it alone"));
}

void HeadChips::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::visibleHeadsChanged, this, qOverload<>(&QWidget::update));
        connect(selection_, &SelectionModel::modelShapeChanged, this, [this] {
            updateGeometry();
            update();
        });
    }
    updateGeometry();
    update();
}

int HeadChips::columns(int width) const {
    return std::max(1, (width + kGap) / (chipWidth() + kGap));
}

int HeadChips::heightForWidth(int width) const {
    const int rows = headCount() == 0 ? 1 : (headCount() + columns(width) - 1) / columns(width);
    return rows * (chipHeight() + kGap) - kGap;
}

QSize HeadChips::sizeHint() const {
    const int perRow = std::min(std::max(1, headCount()), 16);
    return {perRow * (chipWidth() + kGap) - kGap, heightForWidth(perRow * (chipWidth() + kGap) - kGap)};
}

QSize HeadChips::minimumSizeHint() const {
    return {chipWidth(), chipHeight()};
}

QRect HeadChips::chipRect(int head) const {
    const int perRow = columns(width());
    return {(head % perRow) * (chipWidth() + kGap), (head / perRow) * (chipHeight() + kGap), chipWidth(), chipHeight()};
}

int HeadChips::chipAt(const QPoint& position) const {
    for (int h = 0; h < headCount(); ++h)
        if (chipRect(h).contains(position)) return h;
    return -1;
}

void HeadChips::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(styleFont(11, true));
    for (int h = 0; h < headCount(); ++h) {
        const QRectF chip = QRectF(chipRect(h)).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor color = headColor(h);
        const bool visible = selection_->headVisible(h);
        painter.setPen(QPen(color.darker(115), 1.0));
        painter.setBrush(visible ? color : screenTheme().background);
        painter.drawRoundedRect(chip, 4, 4);
        // White text on dark chips, dark text on light ones (perceived luminance, ITU-R BT.601 weights).
        const double luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue();
        const QColor text = !visible ? screenTheme().mutedText : luminance < 150 ? Qt::white : screenTheme().text;
        drawText(painter, chip, Qt::AlignCenter, QString::number(h), text);
    }
}

void HeadChips::mousePressEvent(QMouseEvent* event) {
    const int head = chipAt(event->position().toPoint());
    if (head < 0 || !selection_ || event->button() != Qt::LeftButton) return;
    selection_->setHeadVisible(head, !selection_->headVisible(head));
}

void HeadChips::mouseDoubleClickEvent(QMouseEvent* event) {
    const int head = chipAt(event->position().toPoint());
    if (head < 0 || !selection_) return;
    // The first click of the double-click already toggled the head; showing it alone overrides that.
    selection_->setAllHeadsVisible(false);
    selection_->setHeadVisible(head, true);
}

}  // namespace attnscope::widgets
