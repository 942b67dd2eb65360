// Helpers shared by the widget tests: a deterministic look (style, font), a selection shaped like a capture,
// rendering a widget to an image, and comparing colours.
#pragma once

#include <QApplication>
#include <QColor>
#include <QImage>
#include <QStyleFactory>
#include <QWidget>
#include <QtTest>
#include <algorithm>
#include <cstdlib>

#include "attnscope/error.h"
#include "fake_capture.h"
#include "selection_model.h"
#include "style.h"

namespace attnscope::testing {

// Fusion and DejaVu Sans everywhere, so widget pixels do not depend on the desktop.
inline void useDeterministicLook() {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(widgets::styleFont(12));
}

inline void shapeSelectionLike(widgets::SelectionModel& selection, const AttentionCapture& capture) {
    selection.setModelShape(capture.layers(), capture.heads());
}

// A capture whose attention cannot be computed, as when the engine fails: views must say so and keep working.
class BrokenCapture : public FakeCapture {
public:
    using FakeCapture::FakeCapture;
    FloatMatrix attention(int, int) const override { throw EngineError("weights unavailable", "broken capture"); }
    FloatMatrix attentionTile(int, int, int, int, int, int) const override {
        throw EngineError("weights unavailable", "broken capture");
    }
};

// Shows `widget` at `size` on the offscreen platform and returns what it paints.
inline QImage renderWidget(QWidget& widget, QSize size) {
    widget.resize(size);
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget)) return {};
    QApplication::processEvents();
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

inline int colorDistance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

inline QColor pixelAt(const QImage& image, QPointF point) {
    return image.pixelColor(static_cast<int>(point.x()), static_cast<int>(point.y()));
}

// The smallest distance to `target` among the 3 x 3 pixels around `point`: a thin antialiased line covers the
// pixel under its centre only partly.
inline int distanceNear(const QImage& image, QPointF point, QColor target) {
    int best = 765;
    for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
            best = std::min(best, colorDistance(image.pixelColor(static_cast<int>(point.x()) + dx,
                                                                 static_cast<int>(point.y()) + dy),
                                                target));
    return best;
}

// The colour `color` painted with `opacity` over white.
inline QColor overWhite(QColor color, double opacity) {
    auto mix = [opacity](int c) { return static_cast<int>(c * opacity + 255 * (1.0 - opacity) + 0.5); };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

}  // namespace attnscope::testing
