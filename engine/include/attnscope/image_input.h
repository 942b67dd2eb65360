// Image input for vision models: decoding PNG/JPEG, and the preprocessing transformers' ViTImageProcessor applies
// (antialiased resize on 8-bit pixels, rescale, normalize), from preprocessor_config.json.
// transformers 4 resized with Pillow; transformers 5 resizes with torchvision, whose 8-bit kernel follows Pillow's
// algorithm but with 16-bit instead of 22-bit fixed-point coefficients, so about 4% of pixels differ by one level.
// Both are reproduced bit for bit.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <string>
#include <vector>

namespace attnscope {

// 8-bit interleaved RGB.
struct ATTNSCOPE_ENGINE_EXPORT RgbImage {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels;  // height x width x 3
};

// Which library's 8-bit antialiased resampler to reproduce.
enum class Resampler { Pillow, Torchvision };

struct ATTNSCOPE_ENGINE_EXPORT ImagePreprocessing {
    bool doResize = true;
    int height = 224;
    int width = 224;
    // CLIP and BiT (DINOv2) processors: resize so the shorter side is this long (the other side truncated to keep the
    // aspect), then crop the centre; 0: resize to height x width.
    int shortestEdge = 0;
    bool doCenterCrop = false;
    int cropHeight = 224;
    int cropWidth = 224;
    int resample = 2;  // Pillow's codes: 2 bilinear, 3 bicubic, 4 box
    Resampler resampler = Resampler::Torchvision;
    bool doRescale = true;
    double rescaleFactor = 1.0 / 255.0;
    bool doNormalize = true;
    std::vector<double> mean{0.5, 0.5, 0.5};
    std::vector<double> std{0.5, 0.5, 0.5};

    // Reads DIR/preprocessor_config.json; without one, resizes to defaultSize with the defaults above. The
    // resampler is Pillow's when DIR/config.json was written by transformers 4 and the processor is not a
    // "...Fast" one, else torchvision's (what transformers 5 does).
    static ImagePreprocessing fromDirectory(const std::string& directory, int defaultSize);
};

// Decodes a PNG/JPEG/BMP file to RGB (alpha dropped, grey expanded); throws EngineError naming the file.
// Images larger than this many pixels are refused before decoding (about 3 bytes each once decoded).
inline constexpr int64_t kMaxImagePixels = 40'000'000;
// ... and more than this many pixels a side (JPEG's own limit).
inline constexpr int kMaxImageSide = 65535;
// The largest image file read (the file is read whole, then decoded).
inline constexpr uint64_t kMaxImageFileBytes = uint64_t(256) << 20;
ATTNSCOPE_ENGINE_EXPORT RgbImage readImage(const std::string& path);

// Resamples as Pillow's Image.resize (or torchvision's antialiased resize of a uint8 tensor) does: separable
// filter stretched by the downscale factor, fixed-point coefficients, horizontal pass first, 8-bit rounding
// between passes. `resample` uses Pillow's codes.
ATTNSCOPE_ENGINE_EXPORT RgbImage resizeImage(const RgbImage& image, int width, int height, int resample = 2,
                                             Resampler resampler = Resampler::Pillow);

// [3, H, W] float pixels: resized, rescaled and normalized as the processor would.
ATTNSCOPE_ENGINE_EXPORT std::vector<float> preprocessImage(const RgbImage& image, const ImagePreprocessing& options);

}  // namespace attnscope
