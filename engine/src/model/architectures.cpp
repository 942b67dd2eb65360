// The architecture table: one entry per supported Hugging Face model_type. Adding a model is mostly adding an
// entry here; the forward pass (forward.cpp) reads only the resolved ModelConfig and the roles named below.
#include "architectures.h"

#include "architecture_builders.h"
#include "attnscope/error.h"
#include "attnscope/model.h"

namespace attnscope::model {

namespace {

Architecture gpt2() {
    Architecture a;
    a.name = "gpt2";
    a.modelTypes = {"gpt2"};
    a.prefixes = {"transformer.", ""};
    a.hidden = {{"n_embd", "hidden_size"}, {}};
    a.heads = {{"n_head", "num_attention_heads"}, {}};
    a.layers = {{"n_layer", "num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"n_inner"}, {}};
    a.positions = {{"n_positions", "max_position_embeddings"}, {}};
    a.normEps = {{"layer_norm_epsilon"}, 1e-5};
    a.activationKeys = {"activation_function"};
    a.defaultActivation = "gelu_new";
    a.qkvBias = a.outputBias = a.mlpBias = {"", true};
    a.qkvLayout = QkvLayout::FusedConcat;
    a.causal = true;
    a.finalNorm = true;
    a.gpt2Scaling = true;
    a.head = HeadKind::LanguageModel;
    a.tensors = {{R::TokenEmbedding, "wte.weight"}, {R::PositionEmbedding, "wpe.weight"}};
    addNorm(a, R::AttnNormWeight, "h.{layer}.ln_1");
    addLinear(a, R::QkvWeight, "h.{layer}.attn.c_attn", W::QkvBias, true);
    addLinear(a, R::OWeight, "h.{layer}.attn.c_proj", W::OutputBias, true);
    addNorm(a, R::MlpNormWeight, "h.{layer}.ln_2");
    addLinear(a, R::UpWeight, "h.{layer}.mlp.c_fc", W::MlpBias, true);
    addLinear(a, R::DownWeight, "h.{layer}.mlp.c_proj", W::MlpBias, true);
    addNorm(a, R::FinalNormWeight, "ln_f");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

// BERT's encoder naming, shared by BERT and RoBERTa (which differ in positions and head).
Architecture bertLike(const std::string& name, const std::string& prefix) {
    Architecture a;
    a.name = name;
    a.modelTypes = {name};
    a.prefixes = {prefix, ""};
    a.hidden = {{"hidden_size"}, {}};
    a.heads = {{"num_attention_heads"}, {}};
    a.layers = {{"num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"intermediate_size"}, {}};
    a.positions = {{"max_position_embeddings"}, 512};
    a.typeVocab = {{"type_vocab_size"}, 2};
    a.normEps = {{"layer_norm_eps"}, 1e-12};
    a.activationKeys = {"hidden_act"};
    a.defaultActivation = "gelu";
    a.placement = NormPlacement::Post;
    a.qkvBias = a.outputBias = a.mlpBias = {"", true};
    a.embeddingNorm = true;
    a.head = HeadKind::MaskedLanguageModel;
    a.tensors = {{R::TokenEmbedding, "embeddings.word_embeddings.weight"},
                 {R::PositionEmbedding, "embeddings.position_embeddings.weight"},
                 {R::TokenTypeEmbedding, "embeddings.token_type_embeddings.weight"}};
    addNorm(a, R::EmbeddingNormWeight, "embeddings.LayerNorm");
    const std::string layer = "encoder.layer.{layer}.";
    addLinear(a, R::QWeight, layer + "attention.self.query", W::QkvBias);
    addLinear(a, R::KWeight, layer + "attention.self.key", W::QkvBias);
    addLinear(a, R::VWeight, layer + "attention.self.value", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attention.output.dense", W::OutputBias);
    addNorm(a, R::AttnNormWeight, layer + "attention.output.LayerNorm");
    addLinear(a, R::UpWeight, layer + "intermediate.dense", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "output.dense", W::MlpBias);
    addNorm(a, R::MlpNormWeight, layer + "output.LayerNorm");
    return a;
}

// The MLM head: dense -> activation -> norm -> decoder (tied to the word embeddings) + bias.
void addMaskedLmHead(Architecture& a, const std::string& dense, const std::string& norm, const std::string& decoder,
                     const std::string& bias, const std::string& biasAlternative) {
    a.tensors.push_back({R::HeadTransformWeight, dense + ".weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadTransformBias, dense + ".bias", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadNormWeight, norm + ".weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadNormBias, norm + ".bias", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadWeight, decoder + ".weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadBias, bias, W::Head, false, true, biasAlternative});
}

Architecture bert() {
    auto a = bertLike("bert", "bert.");
    addMaskedLmHead(a, "cls.predictions.transform.dense", "cls.predictions.transform.LayerNorm",
                    "cls.predictions.decoder", "cls.predictions.bias", "cls.predictions.decoder.bias");
    return a;
}

Architecture roberta() {
    auto a = bertLike("roberta", "roberta.");
    a.modelTypes = {"roberta", "xlm-roberta"};
    a.typeVocab = {{"type_vocab_size"}, 1};
    a.paddingAwarePositions = true;
    a.headActivation = "gelu";  // RobertaLMHead always uses exact GELU, whatever hidden_act says
    addMaskedLmHead(a, "lm_head.dense", "lm_head.layer_norm", "lm_head.decoder", "lm_head.bias",
                    "lm_head.decoder.bias");
    return a;
}

Architecture distilbert() {
    Architecture a;
    a.name = "distilbert";
    a.modelTypes = {"distilbert"};
    a.prefixes = {"distilbert.", ""};
    a.hidden = {{"dim", "hidden_size"}, {}};
    a.heads = {{"n_heads", "num_attention_heads"}, {}};
    a.layers = {{"n_layers", "num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"hidden_dim"}, {}};
    a.positions = {{"max_position_embeddings"}, 512};
    a.normEps = {{}, 1e-12};  // fixed in DistilBERT's code
    a.activationKeys = {"activation"};
    a.defaultActivation = "gelu";
    a.placement = NormPlacement::Post;
    a.qkvBias = a.outputBias = a.mlpBias = {"", true};
    a.embeddingNorm = true;
    a.scaleQueryFirst = true;
    a.head = HeadKind::MaskedLanguageModel;
    a.tensors = {{R::TokenEmbedding, "embeddings.word_embeddings.weight"},
                 {R::PositionEmbedding, "embeddings.position_embeddings.weight"}};
    addNorm(a, R::EmbeddingNormWeight, "embeddings.LayerNorm");
    const std::string layer = "transformer.layer.{layer}.";
    addLinear(a, R::QWeight, layer + "attention.q_lin", W::QkvBias);
    addLinear(a, R::KWeight, layer + "attention.k_lin", W::QkvBias);
    addLinear(a, R::VWeight, layer + "attention.v_lin", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attention.out_lin", W::OutputBias);
    addNorm(a, R::AttnNormWeight, layer + "sa_layer_norm");
    addLinear(a, R::UpWeight, layer + "ffn.lin1", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "ffn.lin2", W::MlpBias);
    addNorm(a, R::MlpNormWeight, layer + "output_layer_norm");
    addMaskedLmHead(a, "vocab_transform", "vocab_layer_norm", "vocab_projector", "vocab_projector.bias", "");
    return a;
}

// Llama's layout, shared by Mistral and Qwen2: RMSNorm, rotary, gated SiLU MLP, grouped-query attention.
Architecture llamaLike(const std::string& name) {
    Architecture a;
    a.name = name;
    a.modelTypes = {name};
    a.prefixes = {"model.", ""};
    a.hidden = {{"hidden_size"}, {}};
    a.heads = {{"num_attention_heads"}, {}};
    a.layers = {{"num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.kvHeads = {{"num_key_value_heads"}, {}};
    a.headDim = {{"head_dim"}, {}};
    a.intermediate = {{"intermediate_size"}, {}};
    a.positions = {{"max_position_embeddings"}, 2048};
    a.normEps = {{"rms_norm_eps"}, 1e-6};
    a.activationKeys = {"hidden_act"};
    a.defaultActivation = "silu";
    a.norm = NormKind::RmsNorm;
    a.qkvBias = a.outputBias = {"attention_bias", false};
    a.mlpBias = {"mlp_bias", false};
    a.tieEmbeddings = {"tie_word_embeddings", false};
    a.gatedMlp = true;
    a.causal = true;
    a.finalNorm = true;
    a.positionKind = PositionKind::Rotary;
    a.head = HeadKind::LanguageModel;
    a.tensors = {{R::TokenEmbedding, "embed_tokens.weight"}};
    const std::string layer = "layers.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "input_layernorm");
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.o_proj", W::OutputBias);
    addNorm(a, R::MlpNormWeight, layer + "post_attention_layernorm");
    addLinear(a, R::GateWeight, layer + "mlp.gate_proj", W::MlpBias);
    addLinear(a, R::UpWeight, layer + "mlp.up_proj", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.down_proj", W::MlpBias);
    addNorm(a, R::FinalNormWeight, "norm");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

Architecture mistral() {
    auto a = llamaLike("mistral");
    a.slidingWindow = SlidingWindowRule::FromKey;
    return a;
}

Architecture qwen2() {
    auto a = llamaLike("qwen2");
    a.qkvBias = {"", true};  // Qwen2 always has q/k/v biases and never an o_proj bias
    a.outputBias = {"", false};
    a.mlpBias = {"", false};
    a.slidingWindow = SlidingWindowRule::Qwen2;
    return a;
}

Architecture qwen3() {
    auto a = llamaLike("qwen3");
    a.qkNorm = QkNorm::PerHead;
    a.headDim = {{"head_dim"}, 128};  // Qwen3's head_dim is its own key, not hidden / heads
    a.mlpBias = {"", false};
    a.slidingWindow = SlidingWindowRule::Qwen2;
    const std::string layer = "layers.{layer}.";
    a.tensors.push_back({R::QNormWeight, layer + "self_attn.q_norm.weight"});
    a.tensors.push_back({R::KNormWeight, layer + "self_attn.k_norm.weight"});
    return a;
}

Architecture phi3() {
    auto a = llamaLike("phi3");
    a.normEps = {{"rms_norm_eps"}, 1e-5};
    a.qkvBias = a.outputBias = a.mlpBias = {"", false};
    a.qkvLayout = QkvLayout::FusedConcat;
    a.fusedGateUp = true;
    a.rotaryFraction = {{"partial_rotary_factor"}, 1.0};
    a.slidingWindow = SlidingWindowRule::FromKey;
    a.tensors = {{R::TokenEmbedding, "embed_tokens.weight"}};
    const std::string layer = "layers.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "input_layernorm");
    addLinear(a, R::QkvWeight, layer + "self_attn.qkv_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.o_proj", W::OutputBias);
    addNorm(a, R::MlpNormWeight, layer + "post_attention_layernorm");
    a.tensors.push_back({R::GateUpWeight, layer + "mlp.gate_up_proj.weight"});
    addLinear(a, R::DownWeight, layer + "mlp.down_proj", W::MlpBias);
    addNorm(a, R::FinalNormWeight, "norm");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

Architecture olmo2() {
    auto a = llamaLike("olmo2");
    a.normEps = {{"rms_norm_eps"}, 1e-5};
    a.rmsStyle = RmsStyle::Float32Weight;
    a.placement = NormPlacement::OutputOnly;
    a.qkNorm = QkNorm::WholeProjection;
    a.rotaryInFloat32 = true;
    a.mlpBias = {"", false};
    a.tensors = {{R::TokenEmbedding, "embed_tokens.weight"}};
    const std::string layer = "layers.{layer}.";
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.o_proj", W::OutputBias);
    a.tensors.push_back({R::QNormWeight, layer + "self_attn.q_norm.weight"});
    a.tensors.push_back({R::KNormWeight, layer + "self_attn.k_norm.weight"});
    a.tensors.push_back({R::AttnOutNormWeight, layer + "post_attention_layernorm.weight"});
    addLinear(a, R::GateWeight, layer + "mlp.gate_proj", W::MlpBias);
    addLinear(a, R::UpWeight, layer + "mlp.up_proj", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.down_proj", W::MlpBias);
    a.tensors.push_back({R::MlpOutNormWeight, layer + "post_feedforward_layernorm.weight"});
    addNorm(a, R::FinalNormWeight, "norm");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

// Gemma 2 and Gemma 3's text model: sandwich norms with (1 + w), embeddings scaled by sqrt(hidden), the attention
// scale from query_pre_attn_scalar, GeGLU, sliding and global layers.
Architecture gemma(const std::string& name, bool three) {
    auto a = llamaLike(name);
    a.rmsStyle = RmsStyle::OnePlusWeight;
    a.placement = NormPlacement::Sandwich;
    a.embedScale = three ? EmbedScale::SqrtHiddenViaFloat32 : EmbedScale::SqrtHidden;
    a.headDim = {{"head_dim"}, 256};
    a.activationKeys = {"hidden_activation", "hidden_act"};
    a.defaultActivation = "gelu_pytorch_tanh";
    a.tieEmbeddings = {"tie_word_embeddings", true};
    a.mlpBias = {"", false};
    a.queryPreAttnScalar = {{"query_pre_attn_scalar"}, 256.0};
    a.slidingWindow = SlidingWindowRule::LayerPattern;
    a.refuseIfTrue = {"use_bidirectional_attention"};
    if (three) {
        a.qkNorm = QkNorm::PerHead;
        a.ropeByLayerType = true;
        a.ropeTheta = {{"rope_theta"}, 1000000.0};
        a.slidingPattern = {{"sliding_window_pattern"}, 6};
        // Gemma 3's attention takes no soft-cap, whatever attn_logit_softcapping says.
        a.finalSoftcap = {"final_logit_softcapping", std::nullopt};
    } else {
        a.slidingPattern = {{}, 2};
        a.attnSoftcap = {"attn_logit_softcapping", 50.0};
        a.finalSoftcap = {"final_logit_softcapping", 30.0};
    }
    a.tensors = {{R::TokenEmbedding, "embed_tokens.weight"}};
    const std::string layer = "layers.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "input_layernorm");
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.o_proj", W::OutputBias);
    if (three) {
        a.tensors.push_back({R::QNormWeight, layer + "self_attn.q_norm.weight"});
        a.tensors.push_back({R::KNormWeight, layer + "self_attn.k_norm.weight"});
    }
    a.tensors.push_back({R::AttnOutNormWeight, layer + "post_attention_layernorm.weight"});
    addNorm(a, R::MlpNormWeight, layer + "pre_feedforward_layernorm");
    addLinear(a, R::GateWeight, layer + "mlp.gate_proj", W::MlpBias);
    addLinear(a, R::UpWeight, layer + "mlp.up_proj", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.down_proj", W::MlpBias);
    a.tensors.push_back({R::MlpOutNormWeight, layer + "post_feedforward_layernorm.weight"});
    addNorm(a, R::FinalNormWeight, "norm");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

Architecture gptj() {
    Architecture a;
    a.name = "gptj";
    a.modelTypes = {"gptj"};
    a.prefixes = {"transformer.", ""};
    a.hidden = {{"n_embd", "hidden_size"}, {}};
    a.heads = {{"n_head", "num_attention_heads"}, {}};
    a.layers = {{"n_layer", "num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"n_inner"}, {}};
    a.positions = {{"n_positions", "max_position_embeddings"}, 2048};
    a.normEps = {{"layer_norm_epsilon"}, 1e-5};
    a.activationKeys = {"activation_function"};
    a.defaultActivation = "gelu_new";
    a.parallelResidual = {"", true};
    a.sharedParallelNorm = true;
    a.qkvBias = a.outputBias = {"", false};
    a.mlpBias = {"", true};
    a.tieEmbeddings = {"tie_word_embeddings", false};
    a.causal = true;
    a.finalNorm = true;
    a.positionKind = PositionKind::Rotary;
    a.rotaryDim = {{"rotary_dim"}, 64};
    a.rotaryStyle = RotaryStyle::Interleaved;
    a.ropeTheta = {{}, 10000.0};  // GPT-J's base is fixed
    a.scoresInFloat32 = true;
    a.head = HeadKind::LanguageModel;
    a.tensors = {{R::TokenEmbedding, "wte.weight"}};
    const std::string layer = "h.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "ln_1");
    addLinear(a, R::QWeight, layer + "attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attn.out_proj", W::OutputBias);
    addLinear(a, R::UpWeight, layer + "mlp.fc_in", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.fc_out", W::MlpBias);
    addNorm(a, R::FinalNormWeight, "ln_f");
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadBias, "lm_head.bias", W::Head, false, true, {}});
    return a;
}

Architecture gptNeox() {
    Architecture a;
    a.name = "gpt_neox";
    a.modelTypes = {"gpt_neox"};
    a.prefixes = {"gpt_neox.", ""};
    a.hidden = {{"hidden_size"}, {}};
    a.heads = {{"num_attention_heads"}, {}};
    a.layers = {{"num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"intermediate_size"}, {}};
    a.positions = {{"max_position_embeddings"}, 2048};
    a.normEps = {{"layer_norm_eps"}, 1e-5};
    a.activationKeys = {"hidden_act"};
    a.defaultActivation = "gelu";
    a.parallelResidual = {"use_parallel_residual", true};
    a.qkvBias = a.outputBias = {"attention_bias", true};
    a.mlpBias = {"", true};
    a.tieEmbeddings = {"tie_word_embeddings", false};
    a.qkvLayout = QkvLayout::FusedPerHead;
    a.causal = true;
    a.finalNorm = true;
    a.positionKind = PositionKind::Rotary;
    a.ropeTheta = {{"rotary_emb_base", "rope_theta"}, 10000.0};
    a.rotaryFraction = {{"rotary_pct", "partial_rotary_factor"}, 0.25};
    a.head = HeadKind::LanguageModel;
    a.tensors = {{R::TokenEmbedding, "embed_in.weight"}};
    const std::string layer = "layers.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "input_layernorm");
    addLinear(a, R::QkvWeight, layer + "attention.query_key_value", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attention.dense", W::OutputBias);
    addNorm(a, R::MlpNormWeight, layer + "post_attention_layernorm");
    addLinear(a, R::UpWeight, layer + "mlp.dense_h_to_4h", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.dense_4h_to_h", W::MlpBias);
    addNorm(a, R::FinalNormWeight, "final_layer_norm");
    a.tensors.push_back({R::HeadWeight, "embed_out.weight", W::Head, false, true, {}});
    return a;
}

Architecture opt() {
    Architecture a;
    a.name = "opt";
    a.modelTypes = {"opt"};
    a.prefixes = {"model.decoder.", "decoder."};
    a.hidden = {{"hidden_size"}, {}};
    a.heads = {{"num_attention_heads"}, {}};
    a.layers = {{"num_hidden_layers"}, {}};
    a.vocab = {{"vocab_size"}, {}};
    a.intermediate = {{"ffn_dim"}, {}};
    a.positions = {{"max_position_embeddings"}, 2048};
    a.positionOffset = 2;  // OPT's learned positions start at row 2
    a.wordEmbedDim = {{"word_embed_proj_dim"}, {}};
    a.normEps = {{}, 1e-5};
    a.activationKeys = {"activation_function"};
    a.defaultActivation = "relu";
    a.placement = NormPlacement::ConfigFlag;
    a.preNormKey = {"do_layer_norm_before", true};
    a.qkvBias = a.outputBias = a.mlpBias = {"enable_bias", true};
    a.normAffine = {"layer_norm_elementwise_affine", true};
    a.causal = true;
    a.finalNorm = true;
    a.scaleQueryFirst = true;
    a.head = HeadKind::LanguageModel;
    a.tensors = {{R::TokenEmbedding, "embed_tokens.weight"},
                 {R::PositionEmbedding, "embed_positions.weight"},
                 {R::ProjectIn, "project_in.weight", W::ProjectedEmbeddings}};
    const std::string layer = "layers.{layer}.";
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.out_proj", W::OutputBias);
    addNorm(a, R::AttnNormWeight, layer + "self_attn_layer_norm");
    addLinear(a, R::UpWeight, layer + "fc1", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "fc2", W::MlpBias);
    addNorm(a, R::MlpNormWeight, layer + "final_layer_norm");
    a.tensors.push_back({R::FinalNormWeight, "final_layer_norm.weight", W::FinalNorm});
    a.tensors.push_back({R::FinalNormBias, "final_layer_norm.bias", W::FinalNorm});
    a.tensors.push_back({R::ProjectOut, "project_out.weight", W::ProjectedEmbeddings});
    a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    return a;
}

Architecture vit() {
    Architecture a;
    a.name = "vit";
    a.modelTypes = {"vit"};
    a.prefixes = {"vit.", ""};
    a.hidden = {{"hidden_size"}, {}};
    a.heads = {{"num_attention_heads"}, {}};
    a.layers = {{"num_hidden_layers"}, {}};
    a.vocab = {{}, 0};
    a.intermediate = {{"intermediate_size"}, {}};
    a.normEps = {{"layer_norm_eps"}, 1e-12};
    a.activationKeys = {"hidden_act"};
    a.defaultActivation = "gelu";
    a.qkvBias = {"qkv_bias", true};
    a.outputBias = a.mlpBias = {"", true};
    a.finalNorm = true;
    a.positionKind = PositionKind::ImagePatches;
    a.head = HeadKind::ImageClassifier;
    a.tensors = {{R::ClassToken, "embeddings.cls_token"},
                 {R::PositionEmbedding, "embeddings.position_embeddings"},
                 {R::PatchWeight, "embeddings.patch_embeddings.projection.weight"},
                 {R::PatchBias, "embeddings.patch_embeddings.projection.bias"}};
    const std::string layer = "encoder.layer.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "layernorm_before");
    addLinear(a, R::QWeight, layer + "attention.attention.query", W::QkvBias);
    addLinear(a, R::KWeight, layer + "attention.attention.key", W::QkvBias);
    addLinear(a, R::VWeight, layer + "attention.attention.value", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attention.output.dense", W::OutputBias);
    addNorm(a, R::MlpNormWeight, layer + "layernorm_after");
    addLinear(a, R::UpWeight, layer + "intermediate.dense", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "output.dense", W::MlpBias);
    addNorm(a, R::FinalNormWeight, "layernorm");
    a.tensors.push_back({R::HeadWeight, "classifier.weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadBias, "classifier.bias", W::Head, false, true, {}});
    return a;
}

// DINOv2 (and with registers): a ViT with layer scale, an MLP as wide as hidden * mlp_ratio, registers after the
// class token and a classifier on the class token beside the mean of the patch tokens.
Architecture dinov2(const std::string& name) {
    auto a = vit();
    const bool registers = name == "dinov2_with_registers";
    a.name = name;
    a.modelTypes = {name};
    a.prefixes = {name + ".", ""};
    a.intermediate = {{}, std::nullopt};
    a.mlpRatio = {{"mlp_ratio"}, 4.0};
    a.normEps = {{"layer_norm_eps"}, 1e-6};
    a.layerScale = true;
    a.interpolatePositions = true;
    a.interpolationAntialias = registers;
    a.head = HeadKind::ClassAndPatchMean;
    if (registers) a.registers = {{"num_register_tokens"}, 4};
    a.tensors = {{R::ClassToken, "embeddings.cls_token"},
                 {R::PositionEmbedding, "embeddings.position_embeddings"},
                 {R::PatchWeight, "embeddings.patch_embeddings.projection.weight"},
                 {R::PatchBias, "embeddings.patch_embeddings.projection.bias"}};
    if (registers) a.tensors.push_back({R::RegisterTokens, "embeddings.register_tokens"});
    const std::string layer = "encoder.layer.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "norm1");
    addLinear(a, R::QWeight, layer + "attention.attention.query", W::QkvBias);
    addLinear(a, R::KWeight, layer + "attention.attention.key", W::QkvBias);
    addLinear(a, R::VWeight, layer + "attention.attention.value", W::QkvBias);
    addLinear(a, R::OWeight, layer + "attention.output.dense", W::OutputBias);
    a.tensors.push_back({R::LayerScale1, layer + "layer_scale1.lambda1"});
    addNorm(a, R::MlpNormWeight, layer + "norm2");
    addLinear(a, R::UpWeight, layer + "mlp.fc1", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.fc2", W::MlpBias);
    a.tensors.push_back({R::LayerScale2, layer + "layer_scale2.lambda1"});
    addNorm(a, R::FinalNormWeight, "layernorm");
    a.tensors.push_back({R::HeadWeight, "classifier.weight", W::Head, false, true, {}});
    a.tensors.push_back({R::HeadBias, "classifier.bias", W::Head, false, true, {}});
    return a;
}

// CLIP's vision tower (CLIPVisionModel, or the vision half of a CLIP checkpoint saved as clip_vision_model): pre-norm
// before the first layer, no final norm on the tokens, the class token's post-norm as the output.
Architecture clipVision() {
    auto a = vit();
    a.name = "clip_vision_model";
    a.modelTypes = {"clip_vision_model"};
    a.prefixes = {"vision_model.", ""};
    a.patchSize = {{"patch_size"}, 32};
    a.projectionDim = {{"projection_dim"}, 512};
    a.normEps = {{"layer_norm_eps"}, 1e-5};
    a.defaultActivation = "quick_gelu";
    a.qkvBias = a.outputBias = a.mlpBias = {"", true};
    a.clipEmbeddings = true;
    a.embeddingNorm = true;
    a.finalNorm = false;
    a.head = HeadKind::PooledEmbedding;
    a.tensors = {{R::ClassToken, "embeddings.class_embedding"},
                 {R::PositionEmbedding, "embeddings.position_embedding.weight"},
                 {R::PatchWeight, "embeddings.patch_embedding.weight"}};
    addNorm(a, R::EmbeddingNormWeight, "pre_layrnorm");
    const std::string layer = "encoder.layers.{layer}.";
    addNorm(a, R::AttnNormWeight, layer + "layer_norm1");
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.out_proj", W::OutputBias);
    addNorm(a, R::MlpNormWeight, layer + "layer_norm2");
    addLinear(a, R::UpWeight, layer + "mlp.fc1", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "mlp.fc2", W::MlpBias);
    a.tensors.push_back({R::HeadNormWeight, "post_layernorm.weight", W::Head});
    a.tensors.push_back({R::HeadNormBias, "post_layernorm.bias", W::Head});
    // CLIPVisionModelWithProjection and whole CLIP checkpoints: the pooled output projected into the space the text
    // tower shares (what get_image_features returns).
    a.tensors.push_back({R::HeadWeight, "visual_projection.weight", W::Head, false, true, {}});
    return a;
}

// A whole CLIP checkpoint (text and vision towers): opened as its vision tower, whose hyper-parameters sit in
// vision_config (CLIPVisionConfig's defaults where a key is left out); the output is the projected image embedding.
Architecture clip() {
    auto a = clipVision();
    a.name = "clip";
    a.modelTypes = {"clip"};
    a.prefixes = {"vision_model."};
    a.configSection = "vision_config";
    a.hidden = {{"hidden_size"}, 768};
    a.heads = {{"num_attention_heads"}, 12};
    a.layers = {{"num_hidden_layers"}, 12};
    a.intermediate = {{"intermediate_size"}, 3072};
    return a;
}

}  // namespace

const char* roleName(Role role) {
    static const char* const names[] = {"token embedding",
                                        "position embedding",
                                        "token type embedding",
                                        "embedding norm weight",
                                        "embedding norm bias",
                                        "input projection",
                                        "class token",
                                        "patch embedding weight",
                                        "patch embedding bias",
                                        "register tokens",
                                        "relative position bias",
                                        "final norm weight",
                                        "final norm bias",
                                        "output projection",
                                        "head transform weight",
                                        "head transform bias",
                                        "head norm weight",
                                        "head norm bias",
                                        "head weight",
                                        "head bias",
                                        "attention norm weight",
                                        "attention norm bias",
                                        "query weight",
                                        "query bias",
                                        "key weight",
                                        "key bias",
                                        "value weight",
                                        "value bias",
                                        "fused qkv weight",
                                        "fused qkv bias",
                                        "attention output weight",
                                        "attention output bias",
                                        "mlp norm weight",
                                        "mlp norm bias",
                                        "gate weight",
                                        "gate bias",
                                        "up weight",
                                        "up bias",
                                        "down weight",
                                        "down bias",
                                        "query norm weight",
                                        "key norm weight",
                                        "attention output norm weight",
                                        "mlp output norm weight",
                                        "fused gate-up weight",
                                        "layer scale 1",
                                        "layer scale 2",
                                        "cross-attention norm weight",
                                        "cross-attention norm bias",
                                        "cross-attention query weight",
                                        "cross-attention query bias",
                                        "cross-attention key weight",
                                        "cross-attention key bias",
                                        "cross-attention value weight",
                                        "cross-attention value bias",
                                        "cross-attention output weight",
                                        "cross-attention output bias"};
    static_assert(sizeof(names) / sizeof(names[0]) == kRoleCount, "one name per role");
    return names[static_cast<int>(role)];
}

const std::vector<Architecture>& architectures() {
    static const std::vector<Architecture> table = {
        gpt2(),       bert(),    roberta(), distilbert(), llamaLike("llama"),     mistral(),
        qwen2(),      qwen3(),   phi3(),    olmo2(),      gemma("gemma2", false), gemma("gemma3_text", true),
        gptj(),       gptNeox(), opt(),     vit(),        dinov2("dinov2"),       dinov2("dinov2_with_registers"),
        clipVision(), clip(),    t5(),      bart()};
    return table;
}

const Architecture& architectureFor(const std::string& modelType, const std::string& where) {
    std::string known;
    for (const auto& entry : architectures()) {
        for (const auto& type : entry.modelTypes) {
            if (type == modelType) return entry;
            known += (known.empty() ? "" : ", ") + type;
        }
    }
    throw EngineError("unsupported model_type '" + modelType + "' (supported: " + known + ")", where);
}

}  // namespace attnscope::model

namespace attnscope {

std::vector<std::vector<std::string>> supportedModelTypes() {
    std::vector<std::vector<std::string>> types;
    for (const auto& entry : model::architectures()) types.push_back(entry.modelTypes);
    return types;
}

}  // namespace attnscope
