// Antialiased translucent straight lines blended straight into an image's pixels. The head view draws thousands of
// long translucent lines per frame; QPainter's raster engine spends most of that time handing blend spans to its
// thread pool, while this scanline loop touches each covered pixel once.
#pragma once

#include <QImage>
#include <QPointF>

namespace attnscope::widgets {

class LineRaster {
public:
    // `target` must be Format_RGB32 (opaque); it is detached once here.
    explicit LineRaster(QImage& target);

    // Blends a line `width` pixels wide from `a` to `b` (image pixel coordinates, flat ends) in `color` at
    // `opacity` (0..1). Parts outside the image are skipped.
    void draw(QPointF a, QPointF b, QRgb color, float opacity, float width);

private:
    void blend(int x, int y, QRgb color, float alpha);

    uchar* bits_;
    qsizetype stride_;
    int width_;
    int height_;
};

}  // namespace attnscope::widgets
