// What a loaded model is: the facts `attnscope-cli info` prints and the GUI shows.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace attnscope {

struct ATTNSCOPE_ENGINE_EXPORT ModelInfo {
    std::string architecture;  // the architecture table's entry, e.g. "gpt2", "llama", "bert", "gpt_neox", "opt", "vit"
    std::string modelType;     // config.json's model_type as written
    std::string directory;     // the folder the weights were read from (a cache entry resolves to its snapshot)
    int layers = 0;
    int heads = 0;
    int kvHeads = 0;
    int headDim = 0;
    int hidden = 0;
    int vocab = 0;             // 0 for image models
    int maxPositions = 0;      // longest input the model accepts (tokens, or patches + 1 for ViT); 0: no limit (T5)
    std::string dtype;         // weights on disk: "float32", "bfloat16", "float16" (the most common one)
    std::string computeDtype;  // what the forward pass runs in
    std::string device;        // "cpu" or "cuda"
    int64_t parameters = 0;
    bool causal = false;  // decoder-only: each token sees itself and earlier tokens
    // Per layer, for causal models: query i sees keys j with i - j < window; 0 = every earlier key. Empty: none.
    std::vector<int> slidingWindows;
    bool hasLogits = false;  // an LM or MLM head exists, so predictions can be shown
    // The "logits" are an embedding (CLIP's pooled image embedding, [1, hidden]), not scores to rank.
    bool outputIsEmbedding = false;
    bool usesTokenTypes = false;
    bool imageInput = false;  // ViT: the input is an image, tokens are patches
    int registerTokens = 0;   // DINOv2 with registers: tokens 1..R are registers, the patches follow
    std::optional<int64_t> bosTokenId;
    // Encoder-decoder models (T5, BART): layers, heads and kvHeads describe the encoder; the decoder's follow. A
    // capture of one of their attentions (AttentionCapture::part) describes that attention's stack instead.
    bool encoderDecoder = false;
    int decoderLayers = 0;
    int decoderHeads = 0;
    std::optional<int64_t> decoderStartTokenId;
};

}  // namespace attnscope
