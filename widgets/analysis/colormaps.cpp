// Colour stops of the analysis colour scales, interpolated linearly in sRGB between stops chosen by hand.
#include "analysis/colormaps.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace attnscope::widgets {

namespace {

struct Stop {
    double at;
    int r, g, b;
};

// Dark indigo through blue and teal to a light yellow: dark = little, light = much.
constexpr std::array<Stop, 6> kSequential{{{0.0, 22, 14, 52},
                                           {0.2, 59, 46, 122},
                                           {0.4, 44, 100, 150},
                                           {0.6, 33, 150, 140},
                                           {0.8, 120, 196, 92},
                                           {1.0, 246, 232, 84}}};

// Blue (negative) through near-white (zero) to red (positive).
constexpr std::array<Stop, 5> kDiverging{{{0.0, 33, 84, 158},
                                          {0.25, 120, 165, 210},
                                          {0.5, 246, 245, 242},
                                          {0.75, 228, 140, 110},
                                          {1.0, 168, 34, 40}}};

template <size_t N>
QColor interpolate(const std::array<Stop, N>& stops, double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    for (size_t i = 1; i < N; ++i) {
        if (t > stops[i].at && i + 1 < N) continue;
        const Stop& a = stops[i - 1];
        const Stop& b = stops[i];
        const double f = (t - a.at) / (b.at - a.at);
        auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
        return QColor(mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b));
    }
    return QColor(stops[N - 1].r, stops[N - 1].g, stops[N - 1].b);
}

}  // namespace

QColor colormapColor(AnalysisColormap map, double t) {
    return map == AnalysisColormap::Sequential ? interpolate(kSequential, t) : interpolate(kDiverging, t);
}

QFont plotFont(int pixelSize, bool bold) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

}  // namespace attnscope::widgets
