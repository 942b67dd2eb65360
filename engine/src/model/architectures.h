// The architecture table's vocabulary: what a Hugging Face `model_type` means to the one forward pass.
// An Architecture names the config keys to read (with fallbacks), the tensor-name pattern of every weight role, and
// the block variants (norm kind and placement, rotary, fused QKV layout, head kind). architectures.cpp holds the
// entries; model_config.cpp turns one entry plus a config.json into a resolved ModelConfig.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::model {

// Every weight the forward pass may read. Roles before LayerRolesBegin exist once; the rest once per layer.
enum class Role {
    TokenEmbedding,
    PositionEmbedding,
    TokenTypeEmbedding,
    EmbeddingNormWeight,
    EmbeddingNormBias,
    ProjectIn,    // OPT: word_embed_proj_dim -> hidden
    ClassToken,   // ViT
    PatchWeight,  // ViT patch embedding (a strided convolution)
    PatchBias,
    FinalNormWeight,
    FinalNormBias,
    ProjectOut,           // OPT: hidden -> word_embed_proj_dim
    HeadTransformWeight,  // MLM heads: dense -> activation -> norm before the decoder
    HeadTransformBias,
    HeadNormWeight,
    HeadNormBias,
    HeadWeight,  // LM/MLM decoder [vocab, hidden] or classifier [labels, hidden]
    HeadBias,
    LayerRolesBegin,
    AttnNormWeight = LayerRolesBegin,  // the norm of the attention sub-block (before it, or after it when post-norm)
    AttnNormBias,
    QWeight,
    QBias,
    KWeight,
    KBias,
    VWeight,
    VBias,
    QkvWeight,  // fused projections, see QkvLayout
    QkvBias,
    OWeight,
    OBias,
    MlpNormWeight,
    MlpNormBias,
    GateWeight,  // gated (SwiGLU) MLPs only
    GateBias,
    UpWeight,
    UpBias,
    DownWeight,
    DownBias,
    Count
};
constexpr int kRoleCount = static_cast<int>(Role::Count);
constexpr int kGlobalRoleCount = static_cast<int>(Role::LayerRolesBegin);
constexpr int kLayerRoleCount = kRoleCount - kGlobalRoleCount;
inline bool isLayerRole(Role role) {
    return static_cast<int>(role) >= kGlobalRoleCount;
}
const char* roleName(Role role);

// When a pattern's tensor must exist; each condition is a flag of the resolved ModelConfig.
enum class When {
    Always,
    QkvBias,
    OutputBias,
    MlpBias,
    NormAffine,           // LayerNorm weights and biases (OPT can turn them off)
    ProjectedEmbeddings,  // OPT with word_embed_proj_dim != hidden_size
    FinalNorm,
    Head,  // read when present; the model has logits when the head's weight exists (or is tied)
};

struct TensorPattern {
    TensorPattern(Role r, std::string n, When w = When::Always, bool t = false, bool root = false, std::string alt = {})
        : role(r), name(std::move(n)), when(w), transposed(t), atRoot(root), alternative(std::move(alt)) {}
    Role role;
    std::string name;  // "h.{layer}.attn.c_attn.weight"; relative to the backbone prefix unless atRoot
    When when = When::Always;
    bool transposed = false;  // GPT-2's Conv1D stores [in, out] instead of Linear's [out, in]
    bool atRoot = false;      // heads live outside the backbone ("lm_head.weight", "cls.predictions...")
    std::string alternative;  // a second name some checkpoints use
};

enum class NormKind { LayerNorm, RmsNorm };
enum class NormPlacement { Pre, Post, ConfigFlag };  // ConfigFlag: pre when Architecture::preNormKey is true
enum class QkvLayout {
    Separate,      // q, k, v projections
    FusedConcat,   // one projection, output [q | k | v] (GPT-2)
    FusedPerHead,  // one projection, output per head [q, k, v] of head_dim each (GPT-NeoX)
};
enum class PositionKind { None, Learned, Rotary, ImagePatches };
enum class SlidingWindowRule { None, FromKey, Qwen2 };  // Qwen2: use_sliding_window + max_window_layers
enum class HeadKind { None, LanguageModel, MaskedLanguageModel, ImageClassifier };

// A hyper-parameter read from config.json: the first of `keys` present and not null, else `fallback`.
struct IntKey {
    std::vector<std::string> keys;
    std::optional<int64_t> fallback;
};
struct FloatKey {
    std::vector<std::string> keys;
    std::optional<double> fallback;
};
struct FlagKey {
    std::string key;  // empty: always `fallback`
    bool fallback = false;
};

struct Architecture {
    std::string name;                     // the entry's name, shown as ModelInfo::architecture
    std::vector<std::string> modelTypes;  // config.json model_type values it serves
    std::vector<std::string> prefixes;    // backbone prefixes tried in order ("transformer.", "")

    // Hyper-parameters.
    IntKey hidden, heads, layers, vocab;
    IntKey kvHeads{{}, std::nullopt};       // default: heads
    IntKey headDim{{}, std::nullopt};       // default: hidden / heads
    IntKey intermediate{{}, std::nullopt};  // default: 4 * hidden
    IntKey positions{{}, std::nullopt};     // rows of the position table, or the rotary limit
    IntKey typeVocab{{}, 0};
    IntKey wordEmbedDim{{}, std::nullopt};  // OPT's word_embed_proj_dim; default: hidden
    FloatKey normEps;
    std::vector<std::string> activationKeys;
    std::string defaultActivation;
    std::string headActivation;  // MLM transform activation; empty: the model's activation

    // Block variants.
    NormKind norm = NormKind::LayerNorm;
    NormPlacement placement = NormPlacement::Pre;
    FlagKey preNormKey;
    FlagKey parallelResidual;
    FlagKey qkvBias, outputBias, mlpBias;
    FlagKey normAffine{"", true};
    FlagKey tieEmbeddings{"tie_word_embeddings", true};
    QkvLayout qkvLayout = QkvLayout::Separate;
    bool gatedMlp = false;
    bool causal = false;
    bool embeddingNorm = false;
    bool finalNorm = false;  // a final norm before the head (OPT: unless _remove_final_layer_norm / post-norm)

    // Positions.
    PositionKind positionKind = PositionKind::Learned;
    int64_t positionOffset = 0;          // OPT: 2
    bool paddingAwarePositions = false;  // RoBERTa: offset padding_idx + 1, pads keep padding_idx
    FloatKey ropeTheta{{"rope_theta"}, 10000.0};
    FloatKey rotaryFraction{{}, 1.0};  // GPT-NeoX rotary_pct

    // Attention.
    bool gpt2Scaling = false;      // scale_attn_weights / scale_attn_by_inverse_layer_idx
    bool scaleQueryFirst = false;  // OPT, DistilBERT multiply q by the scale before the product
    SlidingWindowRule slidingWindow = SlidingWindowRule::None;

    HeadKind head = HeadKind::None;
    std::vector<TensorPattern> tensors;
};

// The whole table, and the entry serving a model_type (EngineError naming `where` when none does).
const std::vector<Architecture>& architectures();
const Architecture& architectureFor(const std::string& modelType, const std::string& where);

}  // namespace attnscope::model
