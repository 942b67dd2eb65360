// Thresholded per-layer weights for the head view, built once per layer and capture.
#include "attention_edges.h"

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <exception>
#include <numeric>
#include <string>

#include "attnscope/error.h"

namespace attnscope::widgets {

float lineThreshold(int tokens) {
    // About 1% opacity for short inputs; growing with sqrt(N) keeps the line count near linear in N.
    return std::clamp(0.01f * std::sqrt(static_cast<float>(std::max(tokens, 1)) / 64.0f), 0.01f, 0.04f);
}

LayerEdges LayerEdges::build(const AttentionCapture& capture, const AttentionCapture* before, int layer,
                             float threshold) {
    LayerEdges result;
    const int n = capture.tokenCount(), m = capture.keyTokenCount();
    result.tokens_ = n;
    result.keyTokens_ = m;
    result.threshold_ = threshold;
    result.heads_.resize(static_cast<size_t>(capture.heads()));
    std::vector<int> heads(static_cast<size_t>(capture.heads()));
    std::iota(heads.begin(), heads.end(), 0);
    // Heads are independent; computing their weights is the costly part, so spread them over the cores. Errors are
    // carried back to this thread unchanged (QtConcurrent would wrap them).
    std::vector<std::exception_ptr> errors(heads.size());
    QtConcurrent::blockingMap(heads, [&](int head) {
        HeadEdges& out = result.heads_[static_cast<size_t>(head)];
        FloatMatrix weights;
        try {
            weights = capture.attention(layer, head);
            if (weights.rows != n || weights.cols != m)
                throw EngineError("attention map is not queries x keys",
                                  "layer " + std::to_string(layer) + " head " + std::to_string(head));
            if (before) {
                const FloatMatrix old = before->attention(layer, head);
                for (size_t i = 0; i < weights.values.size(); ++i) weights.values[i] -= old.values[i];
            }
        } catch (...) {
            errors[static_cast<size_t>(head)] = std::current_exception();
            return;
        }
        out.queryStart.assign(static_cast<size_t>(n) + 1, 0);
        for (int q = 0; q < n; ++q) {
            const float* row = weights.row(q);
            for (int k = 0; k < m; ++k)
                if (std::abs(row[k]) >= threshold) out.edges.push_back({q, k, row[k]});
            out.queryStart[static_cast<size_t>(q) + 1] = static_cast<int>(out.edges.size());
        }
        out.keyOrder.resize(out.edges.size());
        std::iota(out.keyOrder.begin(), out.keyOrder.end(), 0);
        std::stable_sort(out.keyOrder.begin(), out.keyOrder.end(), [&](int a, int b) {
            return out.edges[static_cast<size_t>(a)].key < out.edges[static_cast<size_t>(b)].key;
        });
        out.keyStart.assign(static_cast<size_t>(m) + 1, 0);
        for (const AttentionEdge& edge : out.edges) ++out.keyStart[static_cast<size_t>(edge.key) + 1];
        std::partial_sum(out.keyStart.begin(), out.keyStart.end(), out.keyStart.begin());
    });
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);
    for (const HeadEdges& head : result.heads_)
        for (const AttentionEdge& edge : head.edges)
            result.maxMagnitude_ = std::max(result.maxMagnitude_, std::abs(edge.weight));
    return result;
}

size_t LayerEdges::edgeCount() const {
    size_t count = 0;
    for (const HeadEdges& head : heads_) count += head.edges.size();
    return count;
}

ConstSpan<AttentionEdge> LayerEdges::fromQuery(int head, int query) const {
    const HeadEdges& h = heads_[static_cast<size_t>(head)];
    if (query < 0 || query >= tokens_) return {};
    const AttentionEdge* base = h.edges.data();
    return {base + h.queryStart[static_cast<size_t>(query)], base + h.queryStart[static_cast<size_t>(query) + 1]};
}

ConstSpan<int> LayerEdges::toKey(int head, int key) const {
    const HeadEdges& h = heads_[static_cast<size_t>(head)];
    if (key < 0 || key >= keyTokens_) return {};
    const int* base = h.keyOrder.data();
    return {base + h.keyStart[static_cast<size_t>(key)], base + h.keyStart[static_cast<size_t>(key) + 1]};
}

}  // namespace attnscope::widgets
