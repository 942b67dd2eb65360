// The immutable result of one forward pass: per layer and head, the queries, keys and values (after rotary
// embedding), from which attention maps, rows and tiles are computed on demand. Memory grows with
// layers x heads x tokens x head_dim, never with tokens squared.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attnscope/arrays.h"
#include "attnscope/head_mask.h"
#include "attnscope/model.h"
#include "attnscope/model_info.h"

namespace attnscope {

// How pooledAttention() reduces the cells of a bin: the largest weight (a one-token-wide diagonal stays visible in
// a 64-pixel thumbnail of 8192 tokens), or the weight its queries send to its keys, summed over the keys and
// averaged over the queries (the mass a bin of queries sends to a bin of keys).
enum class Pooling { Max, MeanOfQueries };
// The tokens of cell c of `cells` over `tokens`: [floor(c * tokens / cells), ceil((c + 1) * tokens / cells)).
inline int64_t poolStart(int64_t cell, int64_t tokens, int64_t cells) {
    return cell * tokens / cells;
}
inline int64_t poolEnd(int64_t cell, int64_t tokens, int64_t cells) {
    return ((cell + 1) * tokens + cells - 1) / cells;
}

class ATTNSCOPE_ENGINE_EXPORT AttentionCapture {
public:
    virtual ~AttentionCapture() = default;

    virtual const ModelInfo& modelInfo() const = 0;
    virtual const ModelInput& input() const = 0;  // ids, type ids and token strings as run
    virtual const HeadMask& mask() const = 0;
    virtual int layers() const = 0;
    virtual int heads() const = 0;
    virtual int tokenCount() const = 0;
    virtual int headDim() const = 0;
    // Key/value heads (fewer than heads() under GQA/MQA) and the one a query head reads.
    virtual int kvHeads() const = 0;
    virtual int kvHeadOf(int head) const = 0;
    virtual double seconds() const = 0;  // wall time of the forward pass

    // Encoder-decoder models: each attention as a capture of its own. Encoder: the source tokens' self-attention;
    // Decoder: the target tokens' causal self-attention, with the logits; Cross: the target tokens (queries) over
    // the source tokens (keys). The capture Model::run returns is the Decoder part. nullptr for other models.
    virtual std::shared_ptr<const AttentionCapture> part(AttentionKind kind) const;
    virtual AttentionKind kind() const { return AttentionKind::Self; }
    // The input as given to Model::run (input() holds the tokens this capture's queries belong to).
    virtual const ModelInput& runInput() const { return input(); }
    // The tokens of the keys: the queries' own, except for cross-attention (the source).
    virtual int keyTokenCount() const { return tokenCount(); }
    virtual const std::vector<std::string>& keyTokens() const { return input().tokens; }

    // [tokens, head_dim] for one query head; keys and values of a shared (GQA/MQA) head are returned for each
    // query head that reads them.
    virtual FloatMatrix queries(int layer, int head) const = 0;
    virtual FloatMatrix keys(int layer, int head) const = 0;
    virtual FloatMatrix values(int layer, int head) const = 0;  // empty unless RunOptions::keepValues

    // Attention probabilities, recomputed from queries and keys exactly as the model computed them
    // (scale, causal and sliding-window masks, T5's position bias). Rows are queries, columns keys:
    // [tokenCount(), keyTokenCount()].
    virtual FloatMatrix attention(int layer, int head) const = 0;
    virtual std::vector<float> attentionRow(int layer, int head, int query) const = 0;
    virtual FloatMatrix attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                                      int keyCount) const = 0;
    // Mean over the heads of one layer.
    virtual FloatMatrix layerMeanAttention(int layer) const = 0;
    // The map pooled into [b, c] cells, b = min(bins, tokens), c = min(bins, key tokens); cell c covers tokens
    // [poolStart(c), poolEnd(c)) (as adaptive pooling does; neighbouring cells share a token when b does not divide the
    // count). For thumbnails of long inputs, computed where the queries and keys are (the GPU for a CUDA model) without
    // a full map on the host. The default pools attention().
    virtual FloatMatrix pooledAttention(int layer, int head, int bins, Pooling pooling) const;

    // [layers + 1, tokens]: L2 norm of the residual stream per token; row 0 is the embedding output,
    // row l + 1 the output of layer l.
    virtual const FloatMatrix& hiddenNorms() const = 0;

    virtual bool hasLogits() const = 0;
    // [tokens, vocab] for LM/MLM heads, [1, labels] for image classifiers; empty when !hasLogits().
    virtual const FloatMatrix& logits() const = 0;
    // No NaN or infinity in the logits. The default reads logits(); a GPU capture answers without copying them.
    virtual bool logitsFinite() const;

    // Bytes held by the stored queries, keys, values, norms and logits (grows with tokens, not tokens^2).
    virtual int64_t storedBytes() const = 0;
};

// Where a capture first holds NaN or infinity, found from its residual-stream norms (the embeddings, then each
// layer's output: any NaN in a layer's attention or MLP reaches them) and its logits. Broken weights or a broken
// config (rope_theta 0, a negative norm epsilon) show here instead of as dark maps and made-up numbers.
struct ATTNSCOPE_ENGINE_EXPORT NonFiniteReport {
    int firstRow = -1;  // row of hiddenNorms(): 0 the embeddings, l + 1 the output of layer l; -1 when all finite
    bool attention = false;  // the queries or keys of that layer hold them: its attention maps are NaN
    bool logits = false;
    bool any() const { return firstRow >= 0 || logits; }
    // "layer 3's output holds NaN or infinity (and so do the logits)"; empty when all is finite.
    std::string describe() const;
};
ATTNSCOPE_ENGINE_EXPORT NonFiniteReport findNonFinite(const AttentionCapture& capture);

}  // namespace attnscope
