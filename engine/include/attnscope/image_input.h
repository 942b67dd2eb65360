// Image input for vision models: decoding PNG/JPEG, and the preprocessing transformers' ViTImageProcessor applies
// (resize with Pillow's antialiased filters on 8-bit pixels, rescale, normalize), from preprocessor_config.json.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace attnscope {

// 8-bit interleaved RGB.
struct RgbImage {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> pixels;  // height x width x 3
};

struct ImagePreprocessing {
    bool doResize = true;
    int height = 224;
    int width = 224;
    int resample = 2;  // Pillow's codes: 2 bilinear, 3 bicubic, 4 box
    bool doRescale = true;
    double rescaleFactor = 1.0 / 255.0;
    bool doNormalize = true;
    std::vector<double> mean{0.5, 0.5, 0.5};
    std::vector<double> std{0.5, 0.5, 0.5};

    // Reads DIR/preprocessor_config.json; without one, resizes to defaultSize with the defaults above.
    static ImagePreprocessing fromDirectory(const std::string& directory, int defaultSize);
};

// Decodes a PNG/JPEG/BMP file to RGB (alpha dropped, grey expanded); throws EngineError naming the file.
RgbImage readImage(const std::string& path);

// Resamples as Pillow's Image.resize does for 8-bit images (separable antialiased filter, fixed-point
// coefficients, horizontal pass first). `resample` uses Pillow's codes.
RgbImage resizeImage(const RgbImage& image, int width, int height, int resample = 2);

// [3, H, W] float pixels: resized, rescaled and normalized as the processor would.
std::vector<float> preprocessImage(const RgbImage& image, const ImagePreprocessing& options);

}  // namespace attnscope
