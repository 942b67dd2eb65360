// Image decoding (stb_image) and a Pillow/torchvision-compatible resampler, so a ViT sees the pixels
// transformers' processor would give it. The resampler follows Pillow's algorithm: per output pixel a window of
// input pixels weighted by the filter stretched by the downscale factor, coefficients in fixed point (22 bits for
// Pillow; for torchvision as many bits as keep the largest weight within int16), 8-bit rounding between passes.
#define STB_IMAGE_IMPLEMENTATION
// PNG, JPEG, BMP, GIF and PGM/PPM only. TGA has no signature, so stb reads any unknown bytes as one (19 bytes claimed
// 35 megapixels and took seconds to decode); PSD, PIC and HDR are not images people feed a ViT.
#define STBI_NO_TGA
#define STBI_NO_PSD
#define STBI_NO_PIC
#define STBI_NO_HDR
#include <stb/stb_image.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "attnscope/image_input.h"

namespace attnscope {

namespace {

constexpr int kPillowPrecisionBits = 32 - 8 - 2;

struct Filter {
    double support;
    double (*weight)(double);
};

double bilinear(double x) {
    x = std::fabs(x);
    return x < 1.0 ? 1.0 - x : 0.0;
}

double bicubic(double x) {
    constexpr double a = -0.5;
    x = std::fabs(x);
    if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

double box(double x) {
    return (x > -0.5 && x <= 0.5) ? 1.0 : 0.0;
}

Filter filterFor(int resample) {
    switch (resample) {
        case 2:
            return {1.0, bilinear};
        case 3:
            return {2.0, bicubic};
        case 4:
            return {0.5, box};
        default:
            throw EngineError(
                "resample " + std::to_string(resample) + " is not supported (2 bilinear, 3 bicubic, 4 box)",
                "preprocessor_config.json");
    }
}

// Per output pixel: the first input pixel, how many follow, and their fixed-point weights (ksize per pixel).
struct Coefficients {
    int ksize = 0;
    int precision = kPillowPrecisionBits;
    std::vector<int> first, count;
    std::vector<int32_t> weights;
};

Coefficients precompute(int inSize, int outSize, const Filter& filter, Resampler resampler) {
    const double scale = static_cast<double>(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = filter.support * filterScale;
    Coefficients c;
    c.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
    c.first.resize(static_cast<size_t>(outSize));
    c.count.resize(static_cast<size_t>(outSize));
    c.weights.assign(static_cast<size_t>(outSize) * static_cast<size_t>(c.ksize), 0);
    std::vector<double> normalized(c.weights.size(), 0.0);
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = (xx + 0.5) * scale;
        const double inverse = 1.0 / filterScale;
        const int xmin = std::max(static_cast<int>(center - support + 0.5), 0);
        const int xmax = std::min(static_cast<int>(center + support + 0.5), inSize) - xmin;
        double* k = &normalized[static_cast<size_t>(xx * c.ksize)];
        double total = 0.0;
        for (int x = 0; x < xmax; ++x) total += (k[x] = filter.weight((x + xmin - center + 0.5) * inverse));
        if (total != 0.0)
            for (int x = 0; x < xmax; ++x) k[x] /= total;
        c.first[static_cast<size_t>(xx)] = xmin;
        c.count[static_cast<size_t>(xx)] = xmax;
    }
    if (resampler == Resampler::Torchvision) {
        // torchvision keeps coefficients in int16: the most bits for which the largest weight still fits.
        const double largest = *std::max_element(normalized.begin(), normalized.end());
        c.precision = 0;
        while (c.precision < 15 && static_cast<int>(0.5 + largest * (1 << (c.precision + 1))) < (1 << 15))
            ++c.precision;
    }
    for (size_t i = 0; i < normalized.size(); ++i) {
        const double w = normalized[i] * (1 << c.precision);
        c.weights[i] = static_cast<int32_t>(w < 0 ? -0.5 + w : 0.5 + w);
    }
    return c;
}

uint8_t clip8(int32_t value, int precision) {
    const int32_t shifted = value >> precision;
    return static_cast<uint8_t>(shifted < 0 ? 0 : shifted > 255 ? 255 : shifted);
}

// One separable pass along x (horizontal) or y (vertical), rows [rowOffset, ...) of the input.
RgbImage resamplePass(const RgbImage& in, int outWidth, int outHeight, const Coefficients& c, bool horizontal,
                      int rowOffset) {
    RgbImage out;
    out.width = outWidth;
    out.height = outHeight;
    out.pixels.resize(static_cast<size_t>(outWidth) * static_cast<size_t>(outHeight) * 3);
    for (int y = 0; y < outHeight; ++y) {
        for (int x = 0; x < outWidth; ++x) {
            const int along = horizontal ? x : y;
            const int first = c.first[static_cast<size_t>(along)];
            const int32_t* k = &c.weights[static_cast<size_t>(along * c.ksize)];
            for (int channel = 0; channel < 3; ++channel) {
                int32_t sum = 1 << (c.precision - 1);
                for (int i = 0; i < c.count[static_cast<size_t>(along)]; ++i) {
                    const int sx = horizontal ? first + i : x;
                    const int sy = horizontal ? y + rowOffset : first + i;
                    sum +=
                        in.pixels[(static_cast<size_t>(sy) * static_cast<size_t>(in.width) + static_cast<size_t>(sx)) *
                                      3 +
                                  static_cast<size_t>(channel)] *
                        k[i];
                }
                out.pixels[(static_cast<size_t>(y) * static_cast<size_t>(outWidth) + static_cast<size_t>(x)) * 3 +
                           static_cast<size_t>(channel)] = clip8(sum, c.precision);
            }
        }
    }
    return out;
}

// config.json's transformers_version starts with "4." (or older): that processor resized with Pillow.
bool writtenByTransformers4(const std::string& directory) {
    try {
        std::ifstream in(std::filesystem::path(directory) / "config.json");
        if (!in) return false;
        const auto config = nlohmann::json::parse(in);
        const std::string version = config.value("transformers_version", std::string());
        return !version.empty() && std::atoi(version.c_str()) < 5;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// A PNG's chunks, walked before stb sees the file: stb allocates what an IDAT chunk claims (up to 1 GB) before it
// reads a byte of it, so every claimed length is checked against the bytes left. stb will not even describe a PNG
// above 1 GB decoded, so the size comes from IHDR here. False when the bytes are not a PNG.
bool checkPng(const std::vector<unsigned char>& file, const std::string& path, int64_t& width, int64_t& height) {
    const uint64_t size = file.size();
    if (size < 8 || std::memcmp(file.data(), "\x89PNG\r\n\x1a\n", 8) != 0) return false;
    auto big = [&](uint64_t at) {
        return (uint64_t(file[at]) << 24) | (uint64_t(file[at + 1]) << 16) | (uint64_t(file[at + 2]) << 8) |
               file[at + 3];
    };
    for (uint64_t at = 8; at + 8 <= size;) {
        const uint64_t length = big(at);
        const std::string type(reinterpret_cast<const char*>(file.data() + at + 4), 4);
        if (at + 12 + length > size)
            throw EngineError("the PNG chunk '" + type + "' at byte " + std::to_string(at) + " claims " +
                                  std::to_string(length) + " bytes; the file has " +
                                  std::to_string(size - std::min(size, at + 12)) + " left (truncated or corrupt)",
                              path);
        if (at == 8 && type == "IHDR" && length >= 8) {
            width = static_cast<int64_t>(big(at + 8));
            height = static_cast<int64_t>(big(at + 12));
        }
        if (type == "IEND") break;
        at += 12 + length;
    }
    return true;
}

// A binary PGM/PPM header's three numbers (width, height, largest value), read before stb reads them: stb's
// reader overflows an int on a long run of digits.
void checkPnmHeader(const std::vector<unsigned char>& file, const std::string& path) {
    if (file.size() < 2 || file[0] != 'P' || (file[1] != '5' && file[1] != '6')) return;
    size_t at = 2;
    for (int number = 0; number < 3; ++number) {
        while (at < file.size() && (std::isspace(file[at]) || file[at] == '#')) {
            if (file[at] == '#')
                while (at < file.size() && file[at] != '\n' && file[at] != '\r') ++at;
            else
                ++at;
        }
        size_t digits = 0;
        while (at < file.size() && std::isdigit(file[at])) ++at, ++digits;
        if (digits > 9)
            throw EngineError("the PGM/PPM header holds a number of " + std::to_string(digits) + " digits", path);
    }
}

// A JPEG's Huffman tables, walked before stb builds them: stb (Debian's 2022 version) writes past a 257-entry array
// when a table's 16 code counts add up to more than 256.
void checkJpegHuffmanTables(const std::vector<unsigned char>& file, const std::string& path) {
    // Walked as stb walks it: a marker is 0xFF (any number of them) and a code; stb steps over other bytes between
    // segments one by one, and reads past the end as zeros.
    const size_t size = file.size();
    size_t at = 0;
    while (at < size && file[at] == 0xFF) ++at;
    if (at == 0 || at >= size || file[at] != 0xD8) return;
    ++at;
    while (at + 1 < size) {
        if (file[at] != 0xFF) {
            ++at;
            continue;
        }
        while (at < size && file[at] == 0xFF) ++at;
        if (at >= size) return;
        const unsigned char marker = file[at++];
        if (marker == 0xD9) return;                                          // end of image
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // markers without a length
        const size_t length = at + 1 < size ? (size_t(file[at]) << 8) | file[at + 1] : 0;
        const size_t end = at + std::max<size_t>(length, 2);
        if (marker == 0xC4) {
            for (size_t table = at + 2; table < std::min(end, size);) {
                size_t codes = 0;
                for (size_t k = 1; k <= 16 && table + k < size; ++k) codes += file[table + k];
                if (codes > 256)
                    throw EngineError("a JPEG Huffman table claims " + std::to_string(codes) +
                                          " codes; at most 256 exist (corrupt file)",
                                      path);
                table += 17 + codes;
            }
        }
        at = end;
        if (marker == 0xDA) {
            // Entropy-coded data up to the next marker that is neither a stuffed 0xFF00 nor a restart.
            while (at + 1 < size &&
                   !(file[at] == 0xFF && file[at + 1] != 0x00 && !(file[at + 1] >= 0xD0 && file[at + 1] <= 0xD7)))
                ++at;
        }
    }
}

// Uncompressed formats must hold the pixels their header claims: stb decodes a truncated file as if the missing
// bytes were zeros, so 60 bytes claiming 33 megapixels would cost a full decode of nothing.
void checkUncompressedSize(const std::vector<unsigned char>& file, int64_t width, int64_t height,
                           const std::string& path) {
    const auto size = static_cast<int64_t>(file.size());
    int64_t needed = 0;
    if (size >= 30 && file[0] == 'B' && file[1] == 'M') {
        const int64_t bits = file[28] | (file[29] << 8);
        const int64_t compression = size >= 34 ? (file[30] | (file[31] << 8)) : 0;
        if (compression != 0 && compression != 3) return;  // run-length BMPs are refused by stb anyway
        needed = ((bits * width + 31) / 32) * 4 * height;
    } else if (size >= 2 && file[0] == 'P' && (file[1] == '5' || file[1] == '6')) {
        needed = width * height * (file[1] == '6' ? 3 : 1);
    }
    if (needed > size)
        throw EngineError("the image header claims " + std::to_string(width) + " x " + std::to_string(height) +
                              " pixels but the file holds only " + std::to_string(size) + " bytes (truncated)",
                          path);
}

// Empty IDAT chunks carry nothing, and stb copies zero bytes to a null buffer for a leading one (undefined
// behaviour): they are taken out. The chunk lengths were checked by checkPng.
void dropEmptyIdatChunks(std::vector<unsigned char>& file) {
    for (size_t at = 8; at + 12 <= file.size();) {
        const uint32_t length =
            (uint32_t(file[at]) << 24) | (uint32_t(file[at + 1]) << 16) | (uint32_t(file[at + 2]) << 8) | file[at + 3];
        const bool end = std::memcmp(file.data() + at + 4, "IEND", 4) == 0;
        if (length == 0 && std::memcmp(file.data() + at + 4, "IDAT", 4) == 0) {
            file.erase(file.begin() + static_cast<std::ptrdiff_t>(at),
                       file.begin() + static_cast<std::ptrdiff_t>(at + 12));
            continue;
        }
        if (end) break;
        at += 12 + length;
    }
}

std::string tooManyPixels(int64_t width, int64_t height) {
    return "the image is " + std::to_string(width) + " x " + std::to_string(height) + " pixels; at most " +
           std::to_string(kMaxImagePixels / 1000000) + " megapixels are read (scale it down first)";
}

}  // namespace

RgbImage readImage(const std::string& path) {
    // Decoded from memory: stb reading past the end of a file claiming more than it holds then costs nothing, where
    // from a FILE it is a system call per byte (minutes for a 60-byte BMP claiming 33 megapixels).
    std::error_code error;
    const auto fileSize = std::filesystem::file_size(path, error);
    if (error) throw EngineError("cannot read the image (" + error.message() + ")", path);
    if (fileSize > kMaxImageFileBytes)
        throw EngineError("the image file is " + std::to_string(fileSize >> 20) + " MB; at most " +
                              std::to_string(kMaxImageFileBytes >> 20) + " MB are read",
                          path);
    std::vector<unsigned char> file(static_cast<size_t>(fileSize));
    std::ifstream in(path, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(file.data()), static_cast<std::streamsize>(file.size())))
        throw EngineError("cannot read the image", path);

    // The size in the image's header is checked before anything is decoded: a few hundred kilobytes of PNG can claim
    // 20000 x 20000 pixels (1.2 GB decoded), and a ViT reads 224 x 224 of them.
    int width = 0, height = 0, channels = 0;
    int64_t pngWidth = 0, pngHeight = 0;
    checkPnmHeader(file, path);
    checkJpegHuffmanTables(file, path);
    // The sides first: IHDR's are 32-bit, and their product can overflow 64 bits.
    const bool png = checkPng(file, path, pngWidth, pngHeight);
    if (png && (pngWidth > kMaxImageSide || pngHeight > kMaxImageSide || pngWidth * pngHeight > kMaxImagePixels))
        throw EngineError(tooManyPixels(pngWidth, pngHeight), path);
    if (png) dropEmptyIdatChunks(file);
    const int length = static_cast<int>(file.size());
    if (!stbi_info_from_memory(file.data(), length, &width, &height, &channels))
        throw EngineError(std::string("cannot decode the image (") + stbi_failure_reason() + ")", path);
    if (width <= 0 || height <= 0 || static_cast<int64_t>(width) * height > kMaxImagePixels)
        throw EngineError(tooManyPixels(width, height), path);
    // Resampling keeps a window of weights per output pixel, as wide as the scale factor: a 2 x 16 million image
    // would need gigabytes of them.
    if (width > kMaxImageSide || height > kMaxImageSide)
        throw EngineError("the image is " + std::to_string(width) + " x " + std::to_string(height) +
                              " pixels; at most " + std::to_string(kMaxImageSide) + " pixels a side are read",
                          path);
    checkUncompressedSize(file, width, height, path);
    // stb converts a 16-bit PGM/PPM with the 8-bit routine and reads past its buffer (stb_image 2.27): refused.
    if (file.size() >= 2 && file[0] == 'P' && (file[1] == '5' || file[1] == '6') &&
        stbi_is_16_bit_from_memory(file.data(), length))
        throw EngineError("16-bit PGM/PPM images are not supported (save it with 8 bits a channel)", path);
    stbi_uc* data = stbi_load_from_memory(file.data(), length, &width, &height, &channels, 3);
    if (!data) throw EngineError(std::string("cannot decode the image (") + stbi_failure_reason() + ")", path);
    RgbImage image;
    image.width = width;
    image.height = height;
    image.pixels.assign(data, data + static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    stbi_image_free(data);
    return image;
}

RgbImage resizeImage(const RgbImage& image, int width, int height, int resample, Resampler resampler) {
    if (width <= 0 || height <= 0) throw EngineError("target size must be positive", "image resize");
    if (image.width == width && image.height == height) return image;
    const Filter filter = filterFor(resample);
    const Coefficients horizontal = precompute(image.width, width, filter, resampler);
    Coefficients vertical = precompute(image.height, height, filter, resampler);
    RgbImage current = image;
    if (image.width != width) {
        // Like Pillow, the horizontal pass only covers the rows the vertical pass will read.
        const int firstRow = vertical.first.front();
        const int lastRow = vertical.first.back() + vertical.count.back();
        for (auto& first : vertical.first) first -= firstRow;
        current = resamplePass(image, width, lastRow - firstRow, horizontal, true, firstRow);
    }
    if (image.height != height) current = resamplePass(current, width, height, vertical, false, 0);
    return current;
}

ImagePreprocessing ImagePreprocessing::fromDirectory(const std::string& directory, int defaultSize) {
    ImagePreprocessing options;
    options.height = options.width = defaultSize;
    const auto path = std::filesystem::path(directory) / "preprocessor_config.json";
    options.resampler = writtenByTransformers4(directory) ? Resampler::Pillow : Resampler::Torchvision;
    if (!std::filesystem::exists(path)) return options;
    nlohmann::json config;
    try {
        std::ifstream in(path);
        config = nlohmann::json::parse(in);
        options.doResize = config.value("do_resize", true);
        const std::string type =
            config.value("image_processor_type", config.value("feature_extractor_type", std::string()));
        // CLIP's and BiT's processors read a bare number as the shorter side; ViT's as a square.
        const bool shortestByDefault = type.rfind("CLIP", 0) == 0 || type.rfind("BitImage", 0) == 0;
        if (config.contains("size")) {
            const auto& size = config["size"];
            if (size.is_number_integer()) {
                (shortestByDefault ? options.shortestEdge : options.height) = size.get<int>();
                if (!shortestByDefault) options.width = options.height;
            } else if (size.contains("height") && size.contains("width")) {
                options.height = size["height"].get<int>();
                options.width = size["width"].get<int>();
            } else if (size.contains("shortest_edge") && !size.contains("longest_edge")) {
                options.shortestEdge = size["shortest_edge"].get<int>();
            } else {
                throw EngineError("size " + size.dump() + " is not supported (height and width, or shortest_edge)",
                                  path.string());
            }
        }
        options.doCenterCrop = config.value("do_center_crop", shortestByDefault);
        if (config.contains("crop_size")) {
            const auto& crop = config["crop_size"];
            if (crop.is_number_integer()) {
                options.cropHeight = options.cropWidth = crop.get<int>();
            } else {
                options.cropHeight = crop.at("height").get<int>();
                options.cropWidth = crop.at("width").get<int>();
            }
        }
        for (const int side : {options.height, options.width, options.cropHeight, options.cropWidth})
            if (side < 1 || side > 8192) throw EngineError("image sizes must be 1 to 8192 pixels", path.string());
        if (options.shortestEdge < 0 || options.shortestEdge > 8192)
            throw EngineError("size.shortest_edge must be 1 to 8192 pixels", path.string());
        options.resample = config.value("resample", shortestByDefault ? 3 : 2);
        if (type.size() > 4 && type.compare(type.size() - 4, 4, "Fast") == 0)
            options.resampler = Resampler::Torchvision;
        options.doRescale = config.value("do_rescale", true);
        options.rescaleFactor = config.value("rescale_factor", 1.0 / 255.0);
        options.doNormalize = config.value("do_normalize", true);
        if (config.contains("image_mean")) options.mean = config["image_mean"].get<std::vector<double>>();
        if (config.contains("image_std")) options.std = config["image_std"].get<std::vector<double>>();
    } catch (const nlohmann::json::exception& e) {
        throw EngineError(std::string("cannot read it (") + e.what() + ")", path.string());
    }
    if (options.mean.size() != 3 || options.std.size() != 3)
        throw EngineError("image_mean and image_std need three values", path.string());
    return options;
}

namespace {

// The shorter side becomes `edge`, the longer one edge * long / short truncated, as transformers computes it.
RgbImage resizeShortestEdge(const RgbImage& image, const ImagePreprocessing& options) {
    const int64_t w = image.width, h = image.height, edge = options.shortestEdge;
    const int64_t width = w <= h ? edge : edge * w / h;
    const int64_t height = w <= h ? edge * h / w : edge;
    return resizeImage(image, static_cast<int>(width), static_cast<int>(height), options.resample, options.resampler);
}

// The centre crop_height x crop_width, offsets truncated; an image smaller than the crop is padded with black first
// (torchvision's rule: the extra pixel of an odd padding goes after).
RgbImage centerCrop(const RgbImage& image, int cropWidth, int cropHeight) {
    RgbImage out;
    out.width = cropWidth;
    out.height = cropHeight;
    out.pixels.assign(static_cast<size_t>(cropWidth) * static_cast<size_t>(cropHeight) * 3, 0);
    const int top = image.height >= cropHeight ? (image.height - cropHeight) / 2 : -((cropHeight - image.height) / 2);
    const int left = image.width >= cropWidth ? (image.width - cropWidth) / 2 : -((cropWidth - image.width) / 2);
    for (int y = 0; y < cropHeight; ++y) {
        const int sy = y + top;
        if (sy < 0 || sy >= image.height) continue;
        for (int x = 0; x < cropWidth; ++x) {
            const int sx = x + left;
            if (sx < 0 || sx >= image.width) continue;
            for (int c = 0; c < 3; ++c)
                out.pixels[(static_cast<size_t>(y) * cropWidth + x) * 3 + c] =
                    image.pixels[(static_cast<size_t>(sy) * image.width + sx) * 3 + c];
        }
    }
    return out;
}

}  // namespace

std::vector<float> preprocessImage(const RgbImage& image, const ImagePreprocessing& options) {
    RgbImage sized = !options.doResize ? image
                     : options.shortestEdge > 0
                         ? resizeShortestEdge(image, options)
                         : resizeImage(image, options.width, options.height, options.resample, options.resampler);
    if (options.doCenterCrop && (sized.width != options.cropWidth || sized.height != options.cropHeight))
        sized = centerCrop(sized, options.cropWidth, options.cropHeight);
    const size_t plane = static_cast<size_t>(sized.width) * static_cast<size_t>(sized.height);
    std::vector<float> out(plane * 3);
    for (size_t channel = 0; channel < 3; ++channel) {
        // As the processor: rescale in double then store float32; normalize in float32.
        const float mean = static_cast<float>(options.mean[channel]);
        const float deviation = static_cast<float>(options.std[channel]);
        for (size_t i = 0; i < plane; ++i) {
            float value = sized.pixels[i * 3 + channel];
            if (options.doRescale) value = static_cast<float>(sized.pixels[i * 3 + channel] * options.rescaleFactor);
            if (options.doNormalize) value = (value - mean) / deviation;
            out[channel * plane + i] = value;
        }
    }
    return out;
}

}  // namespace attnscope
