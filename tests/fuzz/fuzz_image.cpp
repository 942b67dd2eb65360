// An image for a vision model (PNG, JPEG, BMP, GIF, ...), decoded and resized as a ViT's processor would.
#include "attnscope/error.h"
#include "attnscope/image_input.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = attnscope::fuzz::writeInput(data, size, "image");
    try {
        const auto image = attnscope::readImage(path);
        const auto small = attnscope::resizeImage(image, 16, 16);
        (void)small;
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
