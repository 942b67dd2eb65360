// The encoder-decoder entries of the architecture table. Each entry is its encoder stack; `decoder` points to the
// decoder stack, which adds a causal self-attention's mask, the attention over the encoder's output (Cross* roles)
// and the language-model head. Both stacks read the same config.json and checkpoint under their own prefixes.
#include <memory>

#include "architecture_builders.h"

namespace attnscope::model {

namespace {

// T5 and T5 v1.1 / Flan-T5: pre-norm blocks with RMS norms without a mean, no position table but a learned bias
// per head and relative-position bucket (kept in each stack's first layer, used by all), q.k not scaled, a ReLU or
// gated MLP without biases, and a head that is fed hidden ** -0.5 times the output when it is the tied embedding.
Architecture t5Stack(bool decoder) {
    Architecture a;
    a.name = "t5";
    if (!decoder) a.modelTypes = {"t5"};
    a.prefixes = {decoder ? "decoder." : "encoder."};
    a.hidden = {{"d_model"}, 512};
    a.heads = {{"num_heads"}, 8};
    a.layers = decoder ? IntKey{{"num_decoder_layers", "num_layers"}, 6} : IntKey{{"num_layers"}, 6};
    a.vocab = {{"vocab_size"}, 32128};
    a.headDim = {{"d_kv"}, 64};
    a.intermediate = {{"d_ff"}, 2048};
    a.normEps = {{"layer_norm_epsilon"}, 1e-6};
    a.defaultActivation = "relu";
    a.feedForwardKey = "feed_forward_proj";
    a.norm = NormKind::RmsNorm;
    a.positionKind = PositionKind::Relative;
    a.relativeBuckets = {{"relative_attention_num_buckets"}, 32};
    a.relativeMaxDistance = {{"relative_attention_max_distance"}, 128};
    a.unscaledScores = true;
    a.causal = decoder;
    a.finalNorm = true;
    a.tensors = {{R::TokenEmbedding, "shared.weight", W::Always, false, true,
                  decoder ? "decoder.embed_tokens.weight" : "encoder.embed_tokens.weight"},
                 {R::RelativeBias, "block.0.layer.0.SelfAttention.relative_attention_bias.weight"}};
    const std::string layer = "block.{layer}.layer.";
    addNorm(a, R::AttnNormWeight, layer + "0.layer_norm");
    a.tensors.push_back({R::QWeight, layer + "0.SelfAttention.q.weight"});
    a.tensors.push_back({R::KWeight, layer + "0.SelfAttention.k.weight"});
    a.tensors.push_back({R::VWeight, layer + "0.SelfAttention.v.weight"});
    a.tensors.push_back({R::OWeight, layer + "0.SelfAttention.o.weight"});
    if (decoder) {
        addNorm(a, R::CrossNormWeight, layer + "1.layer_norm");
        a.tensors.push_back({R::CrossQWeight, layer + "1.EncDecAttention.q.weight"});
        a.tensors.push_back({R::CrossKWeight, layer + "1.EncDecAttention.k.weight"});
        a.tensors.push_back({R::CrossVWeight, layer + "1.EncDecAttention.v.weight"});
        a.tensors.push_back({R::CrossOWeight, layer + "1.EncDecAttention.o.weight"});
    }
    const std::string mlp = layer + (decoder ? "2." : "1.");
    addNorm(a, R::MlpNormWeight, mlp + "layer_norm");
    a.tensors.push_back({R::GateWeight, mlp + "DenseReluDense.wi_0.weight", W::GatedMlp});
    a.tensors.push_back({R::UpWeight, mlp + "DenseReluDense.wi_1.weight", W::GatedMlp});
    a.tensors.push_back({R::UpWeight, mlp + "DenseReluDense.wi.weight", W::PlainMlp});
    a.tensors.push_back({R::DownWeight, mlp + "DenseReluDense.wo.weight"});
    addNorm(a, R::FinalNormWeight, "final_layer_norm");
    if (decoder) {
        a.head = HeadKind::LanguageModel;
        a.scaleTiedOutput = true;
        a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
    }
    return a;
}

// BART: learned positions offset by 2, a norm of the embeddings, post-norm blocks with biases everywhere, and a
// tied head plus final_logits_bias.
Architecture bartStack(bool decoder) {
    Architecture a;
    a.name = "bart";
    if (!decoder) a.modelTypes = {"bart"};
    a.prefixes = decoder ? std::vector<std::string>{"model.decoder.", "decoder."}
                         : std::vector<std::string>{"model.encoder.", "encoder."};
    a.hidden = {{"d_model"}, 1024};
    a.heads = decoder ? IntKey{{"decoder_attention_heads"}, 16} : IntKey{{"encoder_attention_heads"}, 16};
    a.layers = decoder ? IntKey{{"decoder_layers"}, 12} : IntKey{{"encoder_layers"}, 12};
    a.vocab = {{"vocab_size"}, 50265};
    a.intermediate = decoder ? IntKey{{"decoder_ffn_dim"}, 4096} : IntKey{{"encoder_ffn_dim"}, 4096};
    a.positions = {{"max_position_embeddings"}, 1024};
    a.positionOffset = 2;
    a.normEps = {{}, 1e-5};
    a.activationKeys = {"activation_function"};
    a.defaultActivation = "gelu";
    a.qkvBias = a.outputBias = a.mlpBias = {"", true};
    a.placement = NormPlacement::Post;
    a.embeddingNorm = true;
    a.embedScale = EmbedScale::SqrtHidden;
    a.embedScaleKey = {"scale_embedding", false};
    a.causal = decoder;
    a.tensors = {{R::TokenEmbedding, "model.shared.weight", W::Always, false, true, "shared.weight"},
                 {R::PositionEmbedding, "embed_positions.weight"}};
    addNorm(a, R::EmbeddingNormWeight, "layernorm_embedding");
    const std::string layer = "layers.{layer}.";
    addLinear(a, R::QWeight, layer + "self_attn.q_proj", W::QkvBias);
    addLinear(a, R::KWeight, layer + "self_attn.k_proj", W::QkvBias);
    addLinear(a, R::VWeight, layer + "self_attn.v_proj", W::QkvBias);
    addLinear(a, R::OWeight, layer + "self_attn.out_proj", W::OutputBias);
    addNorm(a, R::AttnNormWeight, layer + "self_attn_layer_norm");
    if (decoder) {
        addLinear(a, R::CrossQWeight, layer + "encoder_attn.q_proj", W::QkvBias);
        addLinear(a, R::CrossKWeight, layer + "encoder_attn.k_proj", W::QkvBias);
        addLinear(a, R::CrossVWeight, layer + "encoder_attn.v_proj", W::QkvBias);
        addLinear(a, R::CrossOWeight, layer + "encoder_attn.out_proj", W::OutputBias);
        addNorm(a, R::CrossNormWeight, layer + "encoder_attn_layer_norm");
    }
    addLinear(a, R::UpWeight, layer + "fc1", W::MlpBias);
    addLinear(a, R::DownWeight, layer + "fc2", W::MlpBias);
    addNorm(a, R::MlpNormWeight, layer + "final_layer_norm");
    if (decoder) {
        a.head = HeadKind::LanguageModel;
        a.headBiasRow = true;
        a.tensors.push_back({R::HeadWeight, "lm_head.weight", W::Head, false, true, {}});
        a.tensors.push_back({R::HeadBias, "final_logits_bias", W::Head, false, true, {}});
    }
    return a;
}

Architecture withDecoder(Architecture encoder, Architecture decoder) {
    encoder.decoder = std::make_shared<const Architecture>(std::move(decoder));
    return encoder;
}

}  // namespace

Architecture t5() {
    return withDecoder(t5Stack(false), t5Stack(true));
}

Architecture bart() {
    return withDecoder(bartStack(false), bartStack(true));
}

}  // namespace attnscope::model
