// Colour scale tables. The control points are published values; the interpolation is ours.
#include "colormap.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace attnscope::widgets {

Colormap::Colormap(std::initializer_list<QRgb> controlPoints) {
    const std::vector<QRgb> points(controlPoints);
    const int segments = static_cast<int>(points.size()) - 1;
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * segments;
        const int s = std::min(static_cast<int>(t), segments - 1);
        const double f = t - s;
        const QRgb a = points[static_cast<size_t>(s)];
        const QRgb b = points[static_cast<size_t>(s + 1)];
        auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
        lut_[static_cast<size_t>(i)] = qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
    }
}

const Colormap& Colormap::viridis() {
    // viridis by Stéfan van der Walt and Nathaniel Smith for matplotlib (CC0), sampled at 17 even steps.
    static const Colormap map{0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
                              0x1fa088, 0x28ae80, 0x3fbc73, 0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725};
    return map;
}

const Colormap& Colormap::divergingRdBu() {
    // RdBu, 11 classes, from ColorBrewer 2.0 by Cynthia Brewer (Apache 2.0), listed from blue (low) to red (high);
    // ColorBrewer marks it safe for colour-blind viewers.
    static const Colormap map{0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
                              0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f};
    return map;
}

float scalePosition(float weight, ColorScale scale) {
    if (scale == ColorScale::Linear) return weight;
    if (!(weight > kLogScaleFloor)) return 0.0f;
    static const float lowest = std::log10(kLogScaleFloor);
    return (std::log10(weight) - lowest) / -lowest;
}

QColor headColor(int head) {
    // Tableau 10 (Tableau Software, 2016 palette), chosen for telling categories apart with colour-vision deficiency.
    static const QRgb palette[10] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                     0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    const int index = ((head % 10) + 10) % 10;
    const QColor base(palette[index]);
    // Heads past the tenth: the palette mixed towards black, then white, then deeper black.
    auto mix = [&base](int towards, double amount) {
        auto channel = [&](int c) { return static_cast<int>(std::lround(c + (towards - c) * amount)); };
        return QColor(channel(base.red()), channel(base.green()), channel(base.blue()));
    };
    switch ((std::abs(head) / 10) % 4) {
        case 1:
            return mix(0, 0.35);
        case 2:
            return mix(255, 0.3);
        case 3:
            return mix(0, 0.6);
        default:
            return base;
    }
}

QColor maskMarkerColor() {
    return QColor(0xc6, 0x28, 0x28);
}

}  // namespace attnscope::widgets
