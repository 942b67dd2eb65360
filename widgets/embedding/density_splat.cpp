// CPU density rendering of a 2D scatter; see density_splat.h.
//
// The points are kept sorted by y (a radix sort when they change), which any pan or zoom preserves: a frame's
// pixel rows are then non-decreasing along the points. Three passes, each parallel with OpenMP: (1) colour and
// weight accumulated per cell of a grid padded by the splat radius, each thread owning a band of rows and so a
// contiguous run of points (no atomics, the same sums whatever the thread count, memory walked row by row), (2) a
// horizontal Gaussian pass, (3) a vertical pass fused with the tone map (a table over the weight). The Gaussian is
// separable, so blurring the binned grid equals splatting every point with it.
#include "embedding/density_splat.h"

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace attnscope::widgets {
namespace {

constexpr float kTableSteps = 256.0f;  // tone-map table entries per unit of weight

// Order-preserving map of a float to an unsigned integer, for the radix sort.
std::uint32_t sortableBits(float value) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
}

// Point ids in ascending order of `keys`; stable, so equal keys keep id order. Three passes of 11 bits.
std::vector<std::int32_t> radixOrder(const std::vector<std::uint32_t>& keys) {
    const size_t n = keys.size();
    std::vector<std::int32_t> order(n), next(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<std::int32_t>(i);
    for (int shift = 0; shift < 32; shift += 11) {
        std::vector<size_t> start(2049, 0);
        for (size_t i = 0; i < n; ++i) ++start[((keys[i] >> shift) & 2047u) + 1];
        for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
        for (size_t j = 0; j < n; ++j) {
            const std::int32_t id = order[j];
            next[start[(keys[static_cast<size_t>(id)] >> shift) & 2047u]++] = id;
        }
        order.swap(next);
    }
    return order;
}

}  // namespace

QImage toQImage(const DensityImage& image) {
    QImage out(image.width, image.height, QImage::Format_RGBA8888);
    const auto rowBytes = static_cast<size_t>(4 * image.width);
    for (int y = 0; y < image.height; ++y)
        std::copy_n(image.rgba.data() + static_cast<size_t>(image.height - 1 - y) * rowBytes, rowBytes,
                    out.scanLine(y));
    return out;
}

void DensityRenderer::setPoints(const float* xy, int stride, std::int64_t count) {
    const auto n = static_cast<size_t>(std::max<std::int64_t>(count, 0));
    std::vector<std::uint32_t> keys(n);
    for (size_t i = 0; i < n; ++i) keys[i] = sortableBits(xy[i * static_cast<size_t>(stride) + 1]);
    order_ = radixOrder(keys);
    x_.resize(n);
    y_.resize(n);
    for (size_t j = 0; j < n; ++j) {
        const float* point = xy + static_cast<size_t>(order_[j]) * static_cast<size_t>(stride);
        x_[j] = point[0];
        y_[j] = point[1];
    }
    gatherColours();
}

void DensityRenderer::setColours(const std::uint8_t* rgba, std::int64_t count) {
    colours_.assign(rgba, rgba + 4 * std::max<std::int64_t>(count, 0));
    gatherColours();
}

void DensityRenderer::gatherColours() {
    sortedRgb_.assign(4 * order_.size(), 0);
    if (colours_.size() != 4 * order_.size()) return;  // the other half has not arrived yet
    for (size_t j = 0; j < order_.size(); ++j)
        std::memcpy(&sortedRgb_[4 * j], &colours_[4 * static_cast<size_t>(order_[j])], 4);
}

const DensityImage& DensityRenderer::render(const DensityFrame& frame, const DensityStyle& style) {
    const int w = std::max(frame.width, 0);
    const int h = std::max(frame.height, 0);
    const double sigma = std::max(style.sigmaPixels, 0.25);
    const int radius = static_cast<int>(std::ceil(3.0 * sigma));
    const std::int64_t paddedWidth = w + 2 * radius;
    const std::int64_t paddedHeight = h + 2 * radius;
    const std::int64_t cells = paddedWidth * paddedHeight;

    image_.width = w;
    image_.height = h;
    image_.rgba.resize(static_cast<size_t>(4) * w * h);
    if (w == 0 || h == 0) return image_;

    // (1) + (2) Each thread owns a band of the padded grid's rows. A point's row is non-decreasing along the
    // sorted points (a monotone function of y, in float as in the loop below), so a band's points are one run,
    // found by binary search; each thread then walks its run once, accumulating r, g, b (summed colours) and the
    // weight per cell.
    const double originX = frame.centerX - (0.5 * w + radius) / frame.pixelsPerUnit;
    const double originY = frame.centerY - (0.5 * h + radius) / frame.pixelsPerUnit;
    // Float arithmetic from here: the coordinates are floats already, as VTK draws them.
    const auto ox = static_cast<float>(originX), oy = static_cast<float>(originY);
    const auto scale = static_cast<float>(frame.pixelsPerUnit);
    const auto columnLimit = static_cast<float>(paddedWidth);
    // The first sorted point whose row is at least `row` (rows below 0 sort first, rows past the grid last).
    const auto firstPointOfRow = [&](std::int64_t row) {
        const auto found = std::partition_point(y_.begin(), y_.end(),
                                                [&](float y) { return (y - oy) * scale < static_cast<float>(row); });
        return static_cast<std::int64_t>(found - y_.begin());
    };
    accumulated_.assign(static_cast<size_t>(4 * cells), 0.0f);
#pragma omp parallel
    {
        const int threads = omp_get_num_threads();
        const int thread = omp_get_thread_num();
        const std::int64_t firstRow = paddedHeight * thread / threads;
        const std::int64_t lastRow = paddedHeight * (thread + 1) / threads;
        const std::int64_t begin = firstPointOfRow(firstRow);
        const std::int64_t end = firstPointOfRow(lastRow);
        for (std::int64_t j = begin; j < end; ++j) {
            const float px = (x_[static_cast<size_t>(j)] - ox) * scale;
            if (!(px >= 0.0f && px < columnLimit)) continue;
            const auto row = static_cast<std::int64_t>((y_[static_cast<size_t>(j)] - oy) * scale);
            float* out = accumulated_.data() + 4 * (row * paddedWidth + static_cast<std::int64_t>(px));
            const std::uint8_t* color = sortedRgb_.data() + 4 * j;
            out[0] += color[0];
            out[1] += color[1];
            out[2] += color[2];
            out[3] += 1.0f;
        }
    }

    // The kernel peaks at 1, so a lone point's centre carries weight 1 whatever sigma is.
    std::vector<float> kernel(static_cast<size_t>(2 * radius + 1));
    for (int k = -radius; k <= radius; ++k)
        kernel[static_cast<size_t>(k + radius)] = static_cast<float>(std::exp(-0.5 * k * k / (sigma * sigma)));

    // (2) Horizontal pass over every padded row, keeping only the image's columns; empty rows stay empty.
    blurredRows_.resize(static_cast<size_t>(4 * paddedHeight * w));
#pragma omp parallel for schedule(static)
    for (std::int64_t y = 0; y < paddedHeight; ++y) {
        const float* in = accumulated_.data() + 4 * y * paddedWidth;
        float* out = blurredRows_.data() + 4 * y * w;
        for (int x = 0; x < w; ++x) {
            float sum[4] = {0.0f, 0.0f, 0.0f, 0.0f};
            const float* window = in + 4 * x;  // padded column x is image column x - radius
            for (int k = 0; k <= 2 * radius; ++k) {
                const float g = kernel[static_cast<size_t>(k)];
                for (int c = 0; c < 4; ++c) sum[c] += g * window[4 * k + c];
            }
            for (int c = 0; c < 4; ++c) out[4 * x + c] = sum[c];
        }
    }

    // The tone map as a function of the weight alone: coverage (opacity over the background) and shade (darker
    // where dense, on a log scale up to the saturation weight), tabulated once per style.
    const auto tableSize = static_cast<size_t>(std::ceil(style.saturationWeight * kTableSteps)) + 1;
    if (coverageTable_.size() != tableSize || tableStyle_.coverageGain != style.coverageGain ||
        tableStyle_.saturationWeight != style.saturationWeight || tableStyle_.maxDarkening != style.maxDarkening) {
        coverageTable_.resize(tableSize);
        shadeTable_.resize(tableSize);
        const double logSaturation = std::log1p(style.saturationWeight);
        for (size_t i = 0; i < tableSize; ++i) {
            const double weight = i / double(kTableSteps);
            coverageTable_[i] = static_cast<float>(1.0 - std::exp(-style.coverageGain * weight));
            shadeTable_[i] =
                static_cast<float>(1.0 - style.maxDarkening * std::min(1.0, std::log1p(weight) / logSaturation));
        }
        tableStyle_ = style;
    }

    // (3) Vertical pass and tone map.
    const float background[3] = {float(style.background.red()), float(style.background.green()),
                                 float(style.background.blue())};
    const float farCoverage = static_cast<float>(1.0 - std::exp(-style.coverageGain * style.saturationWeight));
    const float farShade = static_cast<float>(1.0 - style.maxDarkening);
#pragma omp parallel for schedule(static)
    for (int y = 0; y < h; ++y) {
        std::uint8_t* out = image_.rgba.data() + static_cast<size_t>(4) * y * w;
        for (int x = 0; x < w; ++x) {
            float sum[4] = {0.0f, 0.0f, 0.0f, 0.0f};
            for (int k = 0; k <= 2 * radius; ++k) {
                const float g = kernel[static_cast<size_t>(k)];
                const float* in = blurredRows_.data() + 4 * ((y + k) * static_cast<std::int64_t>(w) + x);
                for (int c = 0; c < 4; ++c) sum[c] += g * in[c];
            }
            const float weight = sum[3];
            std::uint8_t* pixel = out + 4 * x;
            if (weight < 1e-4f) {
                for (int c = 0; c < 3; ++c) pixel[c] = static_cast<std::uint8_t>(background[c]);
            } else {
                const auto index = static_cast<size_t>(weight * kTableSteps + 0.5f);
                const float coverage = index < tableSize ? coverageTable_[index] : farCoverage;
                const float shade = (index < tableSize ? shadeTable_[index] : farShade) / weight;
                for (int c = 0; c < 3; ++c) {
                    const float value = background[c] + coverage * (shade * sum[c] - background[c]);
                    pixel[c] = static_cast<std::uint8_t>(std::clamp(value, 0.0f, 255.0f) + 0.5f);
                }
            }
            pixel[3] = 255;
        }
    }
    return image_;
}

}  // namespace attnscope::widgets
