// Writing a capture as safetensors (see attnscope/tools/capture_file.h for the layout).
#include "attnscope/tools/capture_file.h"

#include <nlohmann/json.hpp>

#include "attnscope/tools/safetensors.h"

namespace attnscope {

namespace {

// One attention's maps, [heads, queries, keys] per layer, as PREFIX<layer>.
void addMaps(safetensors::Writer& writer, const AttentionCapture& capture, const std::string& prefix) {
    const int heads = capture.heads(), count = capture.tokenCount(), keys = capture.keyTokenCount();
    std::vector<float> maps;
    for (int layer = 0; layer < capture.layers(); ++layer) {
        maps.clear();
        maps.reserve(static_cast<size_t>(heads) * static_cast<size_t>(count) * static_cast<size_t>(keys));
        for (int head = 0; head < heads; ++head) {
            const auto map = capture.attention(layer, head);
            maps.insert(maps.end(), map.values.begin(), map.values.end());
        }
        writer.addFloat(prefix + std::to_string(layer), {heads, count, keys}, maps);
    }
}

std::string tokensJson(const std::vector<std::string>& tokens) {
    return nlohmann::json(tokens).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void writeCaptureFile(const AttentionCapture& capture, const std::string& path,
                      const std::map<std::string, std::string>& metadata) {
    safetensors::Writer writer;
    const auto encoder = capture.part(AttentionKind::Encoder);
    const auto decoder = capture.part(AttentionKind::Decoder);
    const auto cross = capture.part(AttentionKind::Cross);
    if (encoder && decoder && cross) {
        // Encoder-decoder: the three attentions, both stacks' residual norms, the decoder's logits.
        const ModelInput& run = capture.runInput();
        writer.addInt64("input_ids", {static_cast<int64_t>(run.ids.size())}, run.ids);
        writer.addInt64("decoder_input_ids", {static_cast<int64_t>(run.decoderIds.size())}, run.decoderIds);
        addMaps(writer, *encoder, "encoder_attention.");
        addMaps(writer, *decoder, "decoder_attention.");
        addMaps(writer, *cross, "cross_attention.");
        for (const auto& [name, part] :
             {std::pair{"encoder_hidden_norms", encoder}, {"decoder_hidden_norms", decoder}}) {
            const auto& norms = part->hiddenNorms();
            writer.addFloat(name, {norms.rows, norms.cols}, norms.values);
        }
        writer.setMetadata("tokens", tokensJson(encoder->input().tokens));
        writer.setMetadata("decoder_tokens", tokensJson(decoder->input().tokens));
    } else {
        const int count = capture.tokenCount();
        const ModelInput& used = capture.input();
        if (!used.ids.empty()) writer.addInt64("input_ids", {count}, used.ids);
        if (capture.modelInfo().usesTokenTypes) {
            std::vector<int64_t> types = used.typeIds;
            types.resize(static_cast<size_t>(count), 0);
            writer.addInt64("token_type_ids", {count}, types);
        }
        addMaps(writer, capture, "attention.");
        const auto& norms = capture.hiddenNorms();
        writer.addFloat("hidden_norms", {norms.rows, norms.cols}, norms.values);
        writer.setMetadata("tokens", tokensJson(used.tokens));
    }
    if (capture.hasLogits()) {
        const auto& logits = capture.logits();
        writer.addFloat("logits", {logits.rows, logits.cols}, logits.values);
    }
    std::string mask = capture.mask().toString();
    if (encoder && decoder && cross) {
        mask.clear();
        for (const auto& [kind, part] : {std::pair{AttentionKind::Encoder, encoder},
                                         {AttentionKind::Decoder, decoder},
                                         {AttentionKind::Cross, cross}}) {
            const std::string text = part->mask().asKind(kind).toString();
            if (!text.empty()) mask += (mask.empty() ? "" : ",") + text;
        }
    }
    writer.setMetadata("mask", mask);
    writer.setMetadata("architecture", capture.modelInfo().architecture);
    for (const auto& [key, value] : metadata) writer.setMetadata(key, value);
    writer.write(path);
}

}  // namespace attnscope
