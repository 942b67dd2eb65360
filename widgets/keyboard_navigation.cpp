// Index stepping for the navigation keys and the focus frame.
#include "keyboard_navigation.h"

#include <QEvent>
#include <QFocusEvent>
#include <QPainter>
#include <QWidget>
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

FocusFrame::FocusFrame(QWidget* widget) : QObject(widget), widget_(widget) {
    widget->installEventFilter(this);
}

bool FocusFrame::shows() const {
    return keyboard_ && widget_->hasFocus();
}

bool FocusFrame::eventFilter(QObject* watched, QEvent* event) {
    if (watched == widget_) {
        if (event->type() == QEvent::FocusIn) {
            const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
            keyboard_ =
                reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason;
            widget_->update();
        } else if (event->type() == QEvent::FocusOut) {
            widget_->update();
        } else if (event->type() == QEvent::KeyPress && !keyboard_) {
            keyboard_ = true;
            widget_->update();
        }
    }
    return QObject::eventFilter(watched, event);
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
