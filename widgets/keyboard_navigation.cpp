// Index stepping for the navigation keys and the focus frame.
#include "keyboard_navigation.h"

#include <QPainter>
#include <algorithm>

#include "style.h"

namespace attnscope::widgets {

std::optional<int> steppedIndex(int current, int count, int key, int previousKey, int nextKey, int page) {
    if (count <= 0) return std::nullopt;
    int target = 0;
    if (key == previousKey)
        target = current < 0 ? 0 : current - 1;
    else if (key == nextKey)
        target = current < 0 ? 0 : current + 1;
    else if (key == Qt::Key_PageUp)
        target = current < 0 ? 0 : current - page;
    else if (key == Qt::Key_PageDown)
        target = current < 0 ? 0 : current + page;
    else if (key == Qt::Key_Home)
        target = 0;
    else if (key == Qt::Key_End)
        target = count - 1;
    else
        return std::nullopt;
    return std::clamp(target, 0, count - 1);
}

bool isKeyboardFocus(Qt::FocusReason reason) {
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
}

void paintFocusFrame(QPainter& painter, const QRectF& rect, const Theme& theme) {
    painter.save();
    QPen pen(theme.accent, theme.line(2.0), Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
    painter.restore();
}

}  // namespace attnscope::widgets
