// Keyboard operation shared by the views: which index a navigation key moves to, and the focus frame a view draws
// while it has the keyboard, so every view answers the same keys the same way.
#pragma once

#include <QObject>
#include <QRectF>
#include <optional>

class QPainter;
class QWidget;

namespace attnscope::widgets {

struct Theme;

// The index `key` moves to from `current` among `count` items laid out along one axis: `previous`/`next` keys step
// by one (Up/Down or Left/Right, as the caller says), PageUp/PageDown by `page`, Home/End to the ends. From none
// (current < 0) a step goes to the first item. Nothing when `key` is not one of them or there are no items.
std::optional<int> steppedIndex(int current, int count, int key, int previousKey, int nextKey, int page = 10);

// Whether `widget` draws its focus frame: it has focus that came from the keyboard (Tab, a shortcut) or took a key
// since. The frame is for keyboard users, so a click or the window's first focus does not draw it. Made as a child
// of the widget (it watches the widget's focus and key events and repaints it); the widget asks shows() in paint.
class FocusFrame : public QObject {
public:
    explicit FocusFrame(QWidget* widget);
    bool shows() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* widget_;
    bool keyboard_ = false;
};

// The frame around a view (or its current item) while it has keyboard focus: the theme's accent, dashed.
void paintFocusFrame(QPainter& painter, const QRectF& rect, const Theme& theme);

}  // namespace attnscope::widgets
