// Density ("splat") rendering of a 2D scatter on the CPU: every point adds its colour into a screen-resolution grid,
// a small Gaussian spreads it, and a tone map turns the accumulated weight into opacity and shade over the
// background. Stays fast at a million points (points kept sorted by y, OpenMP over row bands) and shows how many
// points overlap, which a plain scatter hides. Deterministic: each pixel sums its points in the same order (y, then
// point id), whatever the thread count.
#pragma once

#include <QColor>
#include <QImage>

#include <cstdint>
#include <vector>

namespace attnscope::widgets {

// Where the world lies on the image: the world point (centerX, centerY) at the image's centre, `pixelsPerUnit`
// pixels per world unit, y up (as a 2D VTK camera with parallel projection shows it).
struct DensityFrame {
    int width = 0;
    int height = 0;
    double centerX = 0.0;
    double centerY = 0.0;
    double pixelsPerUnit = 1.0;
};

struct DensityStyle {
    QColor background{0xf7, 0xf8, 0xfa};
    double sigmaPixels = 1.0;        // the splat's standard deviation
    double coverageGain = 1.2;       // opacity = 1 - exp(-gain * weight): a lone point shows at about 70 %
    double saturationWeight = 64.0;  // weight at which the shade stops darkening (log scale up to it)
    double maxDarkening = 0.45;      // how much darker than its colour the densest area is drawn
};

// RGBA (alpha 255), rows bottom-up as VTK's image data stores them.
struct DensityImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

// The same picture as a QImage, rows top-down.
QImage toQImage(const DensityImage& image);

class DensityRenderer {
public:
    // The points to draw: `xy` holds `count` points with `stride` floats between consecutive points (x and y
    // first). They are copied in ascending y order, so that a frame's writes walk the grid row by row and each
    // thread owns a contiguous run of points. Call again when coordinates change; colours are kept.
    void setPoints(const float* xy, int stride, std::int64_t count);
    // 4 bytes per point (alpha ignored), in the order the points were given; before or after setPoints.
    void setColours(const std::uint8_t* rgba, std::int64_t count);
    std::int64_t pointCount() const { return static_cast<std::int64_t>(order_.size()); }

    const DensityImage& render(const DensityFrame& frame, const DensityStyle& style = {});
    const DensityImage& image() const { return image_; }

private:
    void gatherColours();

    std::vector<float> x_, y_;             // sorted by y (ties by point id)
    std::vector<std::int32_t> order_;      // sorted position -> point id
    std::vector<std::uint8_t> colours_;    // as given, 4 per point
    std::vector<std::uint8_t> sortedRgb_;  // 4 per point, in sorted order
    // Scratch kept between frames: a frame at the same size allocates nothing.
    std::vector<float> accumulated_;
    std::vector<float> blurredRows_;
    std::vector<float> coverageTable_, shadeTable_;
    DensityStyle tableStyle_;
    DensityImage image_;
};

}  // namespace attnscope::widgets
