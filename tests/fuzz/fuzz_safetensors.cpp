// A safetensors file: the 8-byte header size, the JSON header (dtypes, shapes, offsets, metadata) and the data.
#include "attnscope/error.h"
#include "attnscope/tools/safetensors.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = attnscope::fuzz::writeInput(data, size, "model.safetensors");
    try {
        const auto file = attnscope::safetensors::File::open(path);
        // Every view the header promised must lie inside the file: read its first and last byte.
        volatile uint8_t sink = 0;
        for (const auto& name : file->names()) {
            const auto* view = file->find(name);
            if (view && view->byteSize > 0) sink = sink + view->data[0] + view->data[view->byteSize - 1];
        }
        (void)sink;
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
