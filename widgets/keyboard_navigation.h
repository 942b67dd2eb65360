// Keyboard operation shared by the views: which index a navigation key moves to, and the focus frame a view draws
// while it has the keyboard, so every view answers the same keys the same way.
#pragma once

#include <QRectF>
#include <Qt>
#include <optional>

class QPainter;

namespace attnscope::widgets {

struct Theme;

// The index `key` moves to from `current` among `count` items laid out along one axis: `previous`/`next` keys step
// by one (Up/Down or Left/Right, as the caller says), PageUp/PageDown by `page`, Home/End to the ends. From none
// (current < 0) a step goes to the first item. Nothing when `key` is not one of them or there are no items.
std::optional<int> steppedIndex(int current, int count, int key, int previousKey, int nextKey, int page = 10);

// Whether focus arrived from the keyboard (Tab, a shortcut): the focus frame is for keyboard users, so a click or
// the window's first focus does not draw it.
bool isKeyboardFocus(Qt::FocusReason reason);

// The frame around a view (or its current item) while it has keyboard focus: the theme's accent, dashed.
void paintFocusFrame(QPainter& painter, const QRectF& rect, const Theme& theme);

}  // namespace attnscope::widgets
