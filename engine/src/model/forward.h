// The one forward pass for every architecture in the table. It reads only a resolved ModelConfig and
// BoundWeights, runs with or without autograd (inference wraps it in a NoGradGuard; training does not), and
// reports what happens inside through a ForwardObserver.
#pragma once

#include <atomic>
#include <cstdint>

#include <torch/torch.h>

#include "model_config.h"
#include "weights.h"

namespace attnscope::model {

// Sees the pass from inside; the default does nothing. Tensors are batch-first.
class ForwardObserver {
public:
    virtual ~ForwardObserver() = default;
    // The embedding output [B, N, E] (after positions, type embeddings and any embedding norm).
    virtual void embeddings(const torch::Tensor& hidden) {}
    // One layer's queries [B, H, N, D], keys and values [B, KV, N, D], after rotary.
    virtual void attention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) {}
    // Encoder-decoder decoders: one layer's attention over the encoder's output, queries [B, H, M, D] from the
    // decoder, keys and values [B, KV, N, D] from the source.
    virtual void crossAttention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) {
    }
    // Each head's attention output [B, H, N, D] (after the head mask), before the output projection.
    virtual void headOutputs(int64_t layer, const torch::Tensor& out) {}
    // The MLP's output [B, N, E], before any layer scale or output norm.
    virtual void mlpOutput(int64_t layer, const torch::Tensor& out) {}
    // The residual stream after block `layer` [B, N, E], before any final norm.
    virtual void blockOutput(int64_t layer, const torch::Tensor& hidden) {}
};

struct ForwardInput {
    torch::Tensor ids;       // [B, N] int64 (text models)
    torch::Tensor typeIds;   // [B, N] int64, or undefined for all zero
    torch::Tensor pixels;    // [B, C, H, W] (image models), preprocessed
    torch::Tensor headMask;  // [layers, heads] multiplier of each head's output (1 keep, 0 drop), or undefined
    torch::Tensor embeddingScale;  // [B, N] multiplier of each token's embedding output (token ablation), or undefined
    torch::Tensor encoderHidden;   // [B, N, E] the encoder's output, for a decoder stack's cross-attention
    torch::Tensor crossHeadMask;   // [layers, heads] like headMask, for the cross-attention heads, or undefined
    ForwardObserver* observer = nullptr;
    const std::atomic<bool>* cancel = nullptr;  // checked between layers and attention blocks
    bool computeHead = true;
};

// Logits [B, N, vocab] (LM/MLM heads) or [B, labels] (image classifiers); the final hidden states [B, N, E]
// (after the final norm) when the model has no head or computeHead is false. One stack: an encoder-decoder model
// runs its encoder's config and weights, then its decoder's with encoderHidden set.
torch::Tensor forward(const ModelConfig& config, const BoundWeights& weights, const ForwardInput& input);

// Rotary cos and sin [N, rotaryDims] for positions 0..N-1, in float32, computed as transformers does.
// `local`: the tables of Gemma 3's sliding layers (localRopeTheta, localRopeScaling).
// Image models: the number of tokens for pixels [B, C, H, W] (class token, registers, patches).
int64_t imageTokenCount(const ModelConfig& config, const torch::Tensor& pixels);

std::pair<torch::Tensor, torch::Tensor> rotaryTables(const ModelConfig& config, int64_t count,
                                                     const torch::Device& device, bool local = false);

}  // namespace attnscope::model
