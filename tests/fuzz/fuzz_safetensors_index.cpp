// model.safetensors.index.json: the weight map naming each tensor's shard, beside one real shard.
#include <filesystem>

#include "attnscope/error.h"
#include "attnscope/tools/safetensors.h"
#include "fuzz_support.h"
#include "model/checkpoint.h"

namespace {

// A folder holding the shard "model-00001-of-00001.safetensors" (two tensors), made once.
const std::string& folder() {
    static const std::string path = [] {
        const std::string dir = attnscope::fuzz::scratchFolder() + "/sharded";
        std::filesystem::create_directories(dir);
        attnscope::safetensors::Writer writer;
        writer.addFloat("a.weight", {2, 2}, std::vector<float>{1, 2, 3, 4});
        writer.addFloat("b.weight", {3}, std::vector<float>{1, 2, 3});
        writer.write(dir + "/model-00001-of-00001.safetensors");
        return dir;
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string& dir = folder();
    attnscope::fuzz::writeInput(data, size, "sharded/model.safetensors.index.json");
    try {
        const auto checkpoint = attnscope::model::Checkpoint::open(dir);
        (void)checkpoint.find("a.weight");
        (void)checkpoint.find("missing.weight");
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
