// A config.json resolved against its architecture entry: every number and variant the forward pass needs, so the
// forward never reads JSON and never asks which model it runs.
#pragma once

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "architectures.h"

namespace attnscope::model {

// GeluNew is transformers' gelu_new written out op by op (GPT-2, GPT-J); GeluTanh is torch's fused tanh GELU
// (gelu_pytorch_tanh). They agree to rounding.
enum class Activation { GeluTanh, GeluNew, GeluExact, Relu, Silu, QuickGelu };

// Rotary frequency scaling (config rope_scaling / rope_parameters).
struct RopeScaling {
    std::string type = "default";  // "default", "linear", "llama3"
    double factor = 1.0;
    double lowFreqFactor = 1.0;
    double highFreqFactor = 4.0;
    double originalMaxPositions = 8192;
};

struct ModelConfig {
    const Architecture* arch = nullptr;
    std::string modelType;
    std::string where;  // "DIR/config.json", for errors

    int64_t layers = 0, heads = 0, kvHeads = 0, headDim = 0, hidden = 0, intermediate = 0, vocab = 0;
    int64_t typeVocab = 0;
    int64_t wordEmbedDim = 0;       // width of the token embedding table (OPT may differ from hidden)
    int64_t positionTableRows = 0;  // rows of the learned position table
    int64_t maxPositions = 0;       // longest input accepted
    int64_t numLabels = 0;          // ViT classifier
    double normEps = 1e-5;
    Activation activation = Activation::GeluExact;
    Activation headActivation = Activation::GeluExact;

    bool preNorm = true;
    bool parallelResidual = false;
    bool tieEmbeddings = false;
    bool qkvBias = false, outputBias = false, mlpBias = false, normAffine = true;
    bool projectedEmbeddings = false;
    bool finalNorm = false;
    bool gatedMlp = false;      // the architecture's, or T5's feed_forward_proj "gated-..."
    double outputScale = 0;     // the final hidden states are multiplied by this before the head (T5 tied); 0: not
    int64_t projectionDim = 0;  // CLIP: the image embedding's width when visual_projection exists

    // Positions.
    int64_t positionOffset = 0;
    bool paddingAwarePositions = false;
    int64_t padTokenId = -1;
    int64_t rotaryDims = 0;  // 0: no rotary
    double ropeTheta = 10000.0;
    RopeScaling ropeScaling;
    // Gemma 3: layers marked in localRope rotate with their own theta and scaling.
    std::vector<uint8_t> localRope;  // per layer; empty: none
    double localRopeTheta = 10000.0;
    RopeScaling localRopeScaling;
    int64_t relativeBuckets = 0, relativeMaxDistance = 0;  // T5's relative position buckets
    double embedScale = 0;  // token embeddings are multiplied by this (rounded to the weights' dtype); 0: not

    // Attention.
    bool causal = false;
    bool scaleByInverseLayer = false;
    bool scaleQueryFirst = false;
    double attentionScale = 1.0;
    double attnSoftcap = 0;              // scores become cap * tanh(scores / cap); 0: no cap
    double finalSoftcap = 0;             // the same on the logits
    std::vector<int64_t> slidingWindow;  // per layer; 0 = none

    // Images.
    int64_t imageSize = 0, patchSize = 0, channels = 0;
    int64_t registerTokens = 0;  // DINOv2 with registers: tokens between the class token and the patches

    std::optional<int64_t> bosTokenId;
    std::optional<int64_t> decoderStartTokenId;  // encoder-decoder models: the decoder's first token

    int64_t qDim() const { return heads * headDim; }
    int64_t kvDim() const { return kvHeads * headDim; }
    bool imageInput() const { return arch->positionKind == PositionKind::ImagePatches; }
    bool imageClassifier() const {
        return arch->head == HeadKind::ImageClassifier || arch->head == HeadKind::ClassAndPatchMean;
    }
    // The scale applied to q.k for one layer (GPT-2 may divide by layer + 1).
    double scaleForLayer(int64_t layer) const {
        return scaleByInverseLayer ? attentionScale / static_cast<double>(layer + 1) : attentionScale;
    }
};

// Reads `config` (parsed config.json) with the table; `where` names the file in errors.
ModelConfig resolveConfig(const nlohmann::json& config, const std::string& where);
// The same for one given stack (an encoder-decoder entry's `decoder`).
ModelConfig resolveStack(const nlohmann::json& config, const Architecture& arch, const std::string& where);

// The shape a role's tensor must have under `config` (`transposed`: GPT-2's Conv1D layout).
std::vector<int64_t> expectedShape(const ModelConfig& config, Role role, bool transposed);

// Whether a pattern's tensor is expected under `config` (When::Head is always "maybe").
bool expected(const ModelConfig& config, When when);

Activation parseActivation(const std::string& name, const std::string& where);

}  // namespace attnscope::model
