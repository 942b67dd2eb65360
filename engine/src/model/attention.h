// Scaled dot-product attention computed in blocks of query rows, so memory stays O(block x tokens) instead of
// O(tokens^2). The forward pass and the capture's on-demand maps share these functions, so a recomputed map is
// the forward's own arithmetic.
#pragma once

#include <atomic>
#include <cstdint>

#include <torch/torch.h>

#include "model_config.h"

namespace attnscope::model {

struct AttentionRule {
    double scale = 1.0;
    bool scaleQueryFirst = false;  // multiply q by the scale before the product (OPT, DistilBERT)
    bool causal = false;
    int64_t window = 0;  // sliding window: query i sees keys j with i - j < window; 0 = none
    double softcap = 0;  // scores become softcap * tanh(scores / softcap) before masking (Gemma 2); 0 = none
    bool scoresInFloat32 = false;  // GPT-J: q and k widened to float32, scores divided by 1 / scale
    // T5: a learned bias per head and bucket of the relative position (key - query), added to the scores before
    // masking; undefined for other models. The buckets split between the two directions unless the rule is causal.
    torch::Tensor relativeBias;  // [buckets, H]
    int64_t relativeMaxDistance = 0;

    static AttentionRule forLayer(const ModelConfig& config, int64_t layer);
};

// T5's bucket of each relative position (key - query) for queries [firstRow, firstRow + rows) and keys [begin, end),
// computed as transformers does (exact below half the buckets, then logarithmic up to the maximum distance).
torch::Tensor relativeBuckets(int64_t firstRow, int64_t rows, int64_t keyBegin, int64_t keyEnd, int64_t buckets,
                              int64_t maxDistance, bool bidirectional, const torch::Device& device);

// The keys [begin, end) that any of the rows [firstRow, firstRow + rows) may see.
struct KeySpan {
    int64_t begin = 0;
    int64_t end = 0;
};
KeySpan visibleKeys(const AttentionRule& rule, int64_t firstRow, int64_t rows, int64_t keyCount);

// Probabilities of query rows [firstRow, firstRow + rows) over keys span, in float32: [B, H, rows, span].
// queryRows [B, H, rows, D]; keys [B, KV, N, D] with H a multiple of KV (query head h reads kv head h / (H / KV)).
torch::Tensor attentionProbabilities(const AttentionRule& rule, const torch::Tensor& queryRows,
                                     const torch::Tensor& keys, int64_t firstRow, KeySpan span);

// How many query rows one block holds so that its scores stay near a fixed budget.
int64_t rowsPerBlock(int64_t batchTimesHeads, int64_t keyCount);

// softmax(q k^T * scale + mask) v for all rows, block by block: [B, H, N, D]. Keys and values may be longer or
// shorter than the queries (cross-attention: M decoder queries over N source keys).
// Throws CancelledError between blocks when `cancel` is set.
torch::Tensor blockedAttention(const AttentionRule& rule, const torch::Tensor& queries, const torch::Tensor& keys,
                               const torch::Tensor& values, const std::atomic<bool>* cancel = nullptr);

// The same result through LibTorch's fused scaled_dot_product_attention (flash or memory-efficient kernels that
// never hold a [N, N] score matrix) on a CUDA device with LibTorch 2.x, when the rule needs nothing those kernels
// lack (a sliding window shorter than the input); else undefined, and the caller uses blockedAttention. The maps
// shown are still recomputed from the kept queries and keys by the blocked code.
torch::Tensor fusedAttention(const AttentionRule& rule, const torch::Tensor& queries, const torch::Tensor& keys,
                             const torch::Tensor& values);

// The full [rows, N] probabilities of one head for rows [firstRow, firstRow + rows), zeros where masked.
// q [M, D] and k [N, D] of that head (k: its kv head); M = N except for cross-attention.
torch::Tensor headProbabilities(const AttentionRule& rule, const torch::Tensor& q, const torch::Tensor& k,
                                int64_t firstRow, int64_t rows);

}  // namespace attnscope::model
