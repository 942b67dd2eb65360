// The weights of one layer worth drawing as lines: every head's (query, key, weight) above a threshold, indexed by
// query and by key, so the head view draws a hovered token or the rows in view without scanning N x N weights.
#pragma once

#include <vector>

#include "attnscope/capture.h"

namespace attnscope::widgets {

struct AttentionEdge {
    int query = 0;
    int key = 0;
    float weight = 0.0f;  // a probability, or a signed difference (after - before)
};

// The smallest weight drawn as a line for an input of `tokens` tokens: below it a line is nearly transparent, and
// long inputs would otherwise draw hundreds of thousands of them.
float lineThreshold(int tokens);

template <typename T>
struct ConstSpan {
    const T* first = nullptr;
    const T* last = nullptr;
    const T* begin() const { return first; }
    const T* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
};

class LayerEdges {
public:
    LayerEdges() = default;
    // Every head of `layer` in `capture`; with `before`, the difference capture - before, kept where its magnitude
    // reaches the threshold.
    static LayerEdges build(const AttentionCapture& capture, const AttentionCapture* before, int layer,
                            float threshold);

    int heads() const { return static_cast<int>(heads_.size()); }
    int tokens() const { return tokens_; }
    int keyTokens() const { return keyTokens_; }  // tokens() except for cross-attention (the source's)
    float threshold() const { return threshold_; }
    // The largest |weight| kept, over all heads (the difference view scales opacity by it).
    float maxMagnitude() const { return maxMagnitude_; }
    size_t edgeCount() const;

    const std::vector<AttentionEdge>& edges(int head) const { return heads_[static_cast<size_t>(head)].edges; }
    // Edges of `head` leaving `query`, by increasing key.
    ConstSpan<AttentionEdge> fromQuery(int head, int query) const;
    // Indices into edges(head) of the edges reaching `key`, by increasing query.
    ConstSpan<int> toKey(int head, int key) const;

private:
    struct HeadEdges {
        std::vector<AttentionEdge> edges;  // sorted by query, then key
        std::vector<int> queryStart;       // tokens + 1 offsets into edges
        std::vector<int> keyOrder;         // edge indices sorted by key, then query
        std::vector<int> keyStart;         // tokens + 1 offsets into keyOrder
    };
    std::vector<HeadEdges> heads_;
    int tokens_ = 0;
    int keyTokens_ = 0;
    float threshold_ = 0.0f;
    float maxMagnitude_ = 0.0f;
};

}  // namespace attnscope::widgets
