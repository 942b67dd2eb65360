// Colour scales shared by the attention views: a sequential map for weights, a diverging map for differences
// (after - before) and a qualitative palette that gives each head one colour in every view.
#pragma once

#include <QColor>
#include <QImage>
#include <array>
#include <initializer_list>

namespace attnscope::widgets {

// A colour scale sampled into 256 entries, so mapping a value costs one multiply and one lookup.
class Colormap {
public:
    // Control points spread evenly over [0, 1], joined linearly in sRGB.
    explicit Colormap(std::initializer_list<QRgb> controlPoints);

    // t in [0, 1]; values outside are clamped, NaN maps to the bottom colour.
    QRgb at(float t) const {
        if (!(t > 0.0f)) return lut_[0];
        if (t >= 1.0f) return lut_[255];
        return lut_[static_cast<int>(t * 255.0f + 0.5f)];
    }
    QRgb bottom() const { return lut_[0]; }
    QRgb top() const { return lut_[255]; }
    QRgb middle() const { return lut_[128]; }

    // The sequential map for attention weights: viridis (perceptually uniform, readable by colour-blind viewers).
    static const Colormap& viridis();
    // The diverging map for differences: ColorBrewer RdBu, blue below zero, near-white at zero, red above.
    static const Colormap& divergingRdBu();

private:
    std::array<QRgb, 256> lut_{};
};

// How a weight (or a difference) becomes a position on a colour scale.
enum class ColorScale { Linear, Log };

// The lowest weight the log scale shows; smaller weights get the bottom colour.
inline constexpr float kLogScaleFloor = 1e-4f;

// Maps an attention weight in [0, 1] to [0, 1] on the chosen scale.
float scalePosition(float weight, ColorScale scale);
// Maps a signed difference to [0, 1] with 0.5 at zero; `range` is the magnitude shown at the ends.
inline float differencePosition(float delta, float range) {
    return range > 0.0f ? 0.5f + 0.5f * delta / range : 0.5f;
}

// One colour per head from a colour-blind-aware qualitative palette (Tableau 10); heads past the tenth reuse it
// darker, lighter and darker still, so the first 40 heads all differ.
QColor headColor(int head);

// The marker of a masked head (border, hatching, cross) in every view.
QColor maskMarkerColor();

}  // namespace attnscope::widgets
