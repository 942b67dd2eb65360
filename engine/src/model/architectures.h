// The architecture table's vocabulary: what a Hugging Face `model_type` means to the one forward pass.
// An Architecture names the config keys to read (with fallbacks), the tensor-name pattern of every weight role, and
// the block variants (norm kind and placement, rotary, fused QKV layout, head kind). architectures.cpp holds the
// entries; model_config.cpp turns one entry plus a config.json into a resolved ModelConfig.
#pragma once

#include <cstdint>
#include <memory>
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
    RegisterTokens,  // DINOv2 with registers: [1, R, H], inserted after the class token
    RelativeBias,    // T5: [buckets, heads], read in the first layer and shared by all layers of the stack
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
    QNormWeight,  // q/k norms: per head over head_dim (Qwen3, Gemma 3) or over the whole projection (OLMo 2)
    KNormWeight,
    AttnOutNormWeight,  // the norm of the attention sub-block's output (Gemma 2/3, OLMo 2 post_attention_layernorm)
    MlpOutNormWeight,   // the norm of the MLP's output (post_feedforward_layernorm)
    GateUpWeight,       // Phi-3's fused gate_up_proj: [gate | up]
    LayerScale1,        // DINOv2: per-channel scales of the attention and MLP outputs before the residual add
    LayerScale2,
    CrossNormWeight,  // encoder-decoder decoders: the norm, projections and output of the attention over the source
    CrossNormBias,
    CrossQWeight,
    CrossQBias,
    CrossKWeight,
    CrossKBias,
    CrossVWeight,
    CrossVBias,
    CrossOWeight,
    CrossOBias,
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
    GatedMlp,  // T5: feed_forward_proj "gated-..." (wi_0, wi_1) or not (wi)
    PlainMlp,
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
// RMSNorm flavours; all take the statistics in float32. Llama: the weight multiplies in the input dtype. Float32Weight
// (OLMo 2): the weight multiplies in float32, one rounding. OnePlusWeight (Gemma): scale by (1 + weight) in float32.
enum class RmsStyle { Llama, Float32Weight, OnePlusWeight };
// ConfigFlag: pre when Architecture::preNormKey is true. Sandwich (Gemma 2/3): pre-norms and a norm of each
// sub-block's output before the residual add. OutputOnly (OLMo 2): only the output norms.
enum class NormPlacement { Pre, Post, ConfigFlag, Sandwich, OutputOnly };
enum class QkNorm { None, PerHead, WholeProjection };
enum class RotaryStyle { Half, Interleaved };  // rotate halves (Llama) or neighbouring pairs (GPT-J)
// Token embeddings times sqrt(hidden) rounded to the weights' dtype (Gemma 2), or through float32 first (Gemma 3).
enum class EmbedScale { None, SqrtHidden, SqrtHiddenViaFloat32 };
enum class QkvLayout {
    Separate,      // q, k, v projections
    FusedConcat,   // one projection, output [q | k | v] (GPT-2)
    FusedPerHead,  // one projection, output per head [q, k, v] of head_dim each (GPT-NeoX)
};
// Relative: T5's bucketed relative positions, a learned bias per head added to the scores (no length limit).
enum class PositionKind { None, Learned, Rotary, ImagePatches, Relative };
// Qwen2: use_sliding_window + max_window_layers. LayerPattern (Gemma): layer i slides unless (i + 1) is a multiple of
// the pattern period; layer_types, when given, decides instead.
enum class SlidingWindowRule { None, FromKey, Qwen2, LayerPattern };
// ClassAndPatchMean (DINOv2): a classifier on [class token | mean of the patch tokens], registers left out.
// PooledEmbedding (CLIP's vision tower): the class token through a final norm, an image embedding, not class scores.
enum class HeadKind { None, LanguageModel, MaskedLanguageModel, ImageClassifier, ClassAndPatchMean, PooledEmbedding };

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
// A number that JSON null turns off (soft-caps): absent means `whenAbsent` (nullopt: off), null means off.
struct NullableFloatKey {
    std::string key;  // empty: always off
    std::optional<double> whenAbsent;
};

struct Architecture {
    std::string name;                     // the entry's name, shown as ModelInfo::architecture
    std::vector<std::string> modelTypes;  // config.json model_type values it serves
    std::vector<std::string> prefixes;    // backbone prefixes tried in order ("transformer.", "")
    // The hyper-parameters sit in this object of config.json (a whole CLIP checkpoint: "vision_config").
    std::string configSection;
    // Encoder-decoder models: this entry is the encoder stack, `decoder` the decoder stack (causal self-attention,
    // then attention over the encoder's output, then the MLP), read from the same config.json and checkpoint.
    std::shared_ptr<const Architecture> decoder;

    // Hyper-parameters.
    IntKey hidden, heads, layers, vocab;
    IntKey kvHeads{{}, std::nullopt};       // default: heads
    IntKey headDim{{}, std::nullopt};       // default: hidden / heads
    IntKey intermediate{{}, std::nullopt};  // default: 4 * hidden
    IntKey positions{{}, std::nullopt};     // rows of the position table, or the rotary limit
    IntKey typeVocab{{}, 0};
    IntKey wordEmbedDim{{}, std::nullopt};  // OPT's word_embed_proj_dim; default: hidden
    FloatKey mlpRatio{{}, std::nullopt};    // DINOv2: the MLP width is floor(hidden * mlp_ratio)
    IntKey registers{{}, 0};                // DINOv2 with registers: num_register_tokens
    IntKey imageSize{{"image_size"}, 224}, patchSize{{"patch_size"}, 16};
    IntKey projectionDim{{}, std::nullopt};  // CLIP: the image embedding's width (visual_projection)
    IntKey relativeBuckets{{}, std::nullopt}, relativeMaxDistance{{}, std::nullopt};  // T5
    FloatKey normEps;
    std::vector<std::string> activationKeys;
    std::string defaultActivation;
    std::string headActivation;  // MLM transform activation; empty: the model's activation

    // Block variants.
    NormKind norm = NormKind::LayerNorm;
    RmsStyle rmsStyle = RmsStyle::Llama;
    NormPlacement placement = NormPlacement::Pre;
    bool sharedParallelNorm = false;  // GPT-J: one norm's output feeds attention and MLP side by side
    QkNorm qkNorm = QkNorm::None;
    bool fusedGateUp = false;  // Phi-3
    bool layerScale = false;   // DINOv2: LayerScale1/2 multiply the sub-blocks' outputs
    // CLIP: the class token is a [hidden] vector and the position table [positions, hidden] (ViT: [1, 1, H] and
    // [1, positions, H]); the patch convolution has no bias.
    bool clipEmbeddings = false;
    // DINOv2: an image of another size than the position table's resamples the table (bicubic) to its patch grid;
    // DINOv2 with registers smooths it first (antialias), plain DINOv2 does not.
    bool interpolatePositions = false;
    bool interpolationAntialias = false;
    // T5: feed_forward_proj "gated-gelu" etc. makes the MLP gated with that activation ("gated-gelu": gelu_new).
    std::string feedForwardKey;
    EmbedScale embedScale = EmbedScale::None;
    std::vector<std::string> refuseIfTrue;  // config flags whose models this entry cannot run, refused by name
    FlagKey preNormKey;
    FlagKey parallelResidual;
    FlagKey qkvBias, outputBias, mlpBias;
    FlagKey normAffine{"", true};
    FlagKey tieEmbeddings{"tie_word_embeddings", true};
    FlagKey embedScaleKey;  // BART: scale_embedding turns EmbedScale on
    // T5: the decoder output is multiplied by hidden ** -0.5 before a tied head (scale_decoder_outputs, else
    // tie_word_embeddings, says so).
    bool scaleTiedOutput = false;
    bool headBiasRow = false;  // BART: the logits bias is final_logits_bias [1, vocab]
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
    IntKey rotaryDim{{}, std::nullopt};  // GPT-J rotary_dim: rotated dimensions per head (instead of a fraction)
    RotaryStyle rotaryStyle = RotaryStyle::Half;
    bool rotaryInFloat32 = false;  // OLMo 2 rotates float32 copies of q and k
    bool ropeByLayerType = false;  // Gemma 3: sliding layers use their own theta (rope_local_base_freq)

    // Attention.
    bool gpt2Scaling = false;      // scale_attn_weights / scale_attn_by_inverse_layer_idx
    bool scaleQueryFirst = false;  // OPT, DistilBERT multiply q by the scale before the product
    FloatKey queryPreAttnScalar{{}, std::nullopt};  // Gemma: the scale is this ** -0.5 instead of head_dim ** -0.5
    bool unscaledScores = false;                    // T5: q.k is not divided by sqrt(head_dim)
    bool scoresInFloat32 = false;                   // GPT-J: q and k in float32, scores divided by sqrt(head_dim)
    NullableFloatKey attnSoftcap, finalSoftcap;     // Gemma 2: cap * tanh(x / cap) on scores, and on the logits
    SlidingWindowRule slidingWindow = SlidingWindowRule::None;
    IntKey slidingPattern{{}, std::nullopt};  // LayerPattern's period (Gemma 2: 2; Gemma 3: sliding_window_pattern)

    HeadKind head = HeadKind::None;
    std::vector<TensorPattern> tensors;
};

// The whole table, and the entry serving a model_type (EngineError naming `where` when none does).
const std::vector<Architecture>& architectures();
const Architecture& architectureFor(const std::string& modelType, const std::string& where);

}  // namespace attnscope::model
