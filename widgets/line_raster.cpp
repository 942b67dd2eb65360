// A box-filtered scanline rasteriser for thick straight lines.
#include "line_raster.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace attnscope::widgets {

LineRaster::LineRaster(QImage& target)
    : bits_(target.bits()), stride_(target.bytesPerLine()), width_(target.width()), height_(target.height()) {}

inline void LineRaster::blend(int x, int y, QRgb color, float alpha) {
    const auto a = static_cast<quint32>(alpha * 256.0f + 0.5f);
    if (a == 0) return;
    // Red and blue share one multiply, green takes another: (pixel * (256 - a) + color * a) / 256 per channel.
    auto* pixel = reinterpret_cast<quint32*>(bits_ + y * stride_) + x;
    const quint32 p = *pixel;
    const quint32 rb = (((p & 0xff00ffu) * (256u - a) + (color & 0xff00ffu) * a) >> 8) & 0xff00ffu;
    const quint32 g = (((p & 0x00ff00u) * (256u - a) + (color & 0x00ff00u) * a) >> 8) & 0x00ff00u;
    *pixel = 0xff000000u | rb | g;
}

void LineRaster::draw(QPointF a, QPointF b, QRgb color, float opacity, float width) {
    opacity = std::clamp(opacity, 0.0f, 1.0f);
    // Walk along the major axis one pixel row (or column) at a time; across it, each pixel is covered by the
    // length of its overlap with the line's cross-section, and end rows by their overlap with the line's extent.
    const bool steep = std::abs(b.y() - a.y()) >= std::abs(b.x() - a.x());
    double a0 = steep ? a.y() : a.x(), a1 = steep ? b.y() : b.x();  // major axis
    double c0 = steep ? a.x() : a.y(), c1 = steep ? b.x() : b.y();  // cross axis
    if (a0 > a1) {
        std::swap(a0, a1);
        std::swap(c0, c1);
    }
    const double length = a1 - a0;
    if (length <= 0.0) return;
    const double slope = (c1 - c0) / length;
    const double half = width / 2.0 * std::sqrt(1.0 + slope * slope);
    const int majorLimit = steep ? height_ : width_;
    const int crossLimit = steep ? width_ : height_;
    const int first = std::max(0, static_cast<int>(std::floor(a0)));
    const int last = std::min(majorLimit - 1, static_cast<int>(std::ceil(a1)) - 1);
    for (int m = first; m <= last; ++m) {
        const double extent = std::min(m + 1.0, a1) - std::max(static_cast<double>(m), a0);
        if (extent <= 0.0) continue;
        const double centre = c0 + (std::clamp(m + 0.5, a0, a1) - a0) * slope;
        const double lo = centre - half;
        const double hi = centre + half;
        const int from = std::max(0, static_cast<int>(std::floor(lo)));
        const int to = std::min(crossLimit - 1, static_cast<int>(std::floor(hi)));
        for (int c = from; c <= to; ++c) {
            const double cover = std::min(c + 1.0, hi) - std::max(static_cast<double>(c), lo);
            if (cover <= 0.0) continue;
            const float alpha = static_cast<float>(std::min(1.0, cover) * extent) * opacity;
            if (steep)
                blend(c, m, color, alpha);
            else
                blend(m, c, color, alpha);
        }
    }
}

}  // namespace attnscope::widgets
