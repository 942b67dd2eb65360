// Writing a capture as safetensors (see attnscope/tools/capture_file.h for the layout).
#include "attnscope/tools/capture_file.h"

#include <nlohmann/json.hpp>

#include "attnscope/tools/safetensors.h"

namespace attnscope {

void writeCaptureFile(const AttentionCapture& capture, const std::string& path,
                      const std::map<std::string, std::string>& metadata) {
    const int layers = capture.layers(), heads = capture.heads(), count = capture.tokenCount();
    safetensors::Writer writer;
    const ModelInput& used = capture.input();
    if (!used.ids.empty()) writer.addInt64("input_ids", {count}, used.ids);
    if (capture.modelInfo().usesTokenTypes) {
        std::vector<int64_t> types = used.typeIds;
        types.resize(static_cast<size_t>(count), 0);
        writer.addInt64("token_type_ids", {count}, types);
    }
    std::vector<float> maps;
    for (int layer = 0; layer < layers; ++layer) {
        maps.clear();
        maps.reserve(static_cast<size_t>(heads) * static_cast<size_t>(count) * static_cast<size_t>(count));
        for (int head = 0; head < heads; ++head) {
            const auto map = capture.attention(layer, head);
            maps.insert(maps.end(), map.values.begin(), map.values.end());
        }
        writer.addFloat("attention." + std::to_string(layer), {heads, count, count}, maps);
    }
    const auto& norms = capture.hiddenNorms();
    writer.addFloat("hidden_norms", {norms.rows, norms.cols}, norms.values);
    if (capture.hasLogits()) {
        const auto& logits = capture.logits();
        writer.addFloat("logits", {logits.rows, logits.cols}, logits.values);
    }
    writer.setMetadata("tokens",
                       nlohmann::json(used.tokens).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    writer.setMetadata("mask", capture.mask().toString());
    writer.setMetadata("architecture", capture.modelInfo().architecture);
    for (const auto& [key, value] : metadata) writer.setMetadata(key, value);
    writer.write(path);
}

}  // namespace attnscope
