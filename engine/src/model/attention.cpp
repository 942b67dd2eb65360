// Blocked attention shared by the forward pass and the capture. Causal and sliding-window rows only multiply
// against the keys they can see, which also halves the work of causal models.
#include "attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <torch/version.h>

#include "attnscope/error.h"

namespace attnscope::model {

namespace {

// Scores of one block stay near 8M elements (32 MB in float32), whatever the sequence length.
constexpr int64_t kBlockElements = int64_t(1) << 23;

}  // namespace

AttentionRule AttentionRule::forLayer(const ModelConfig& config, int64_t layer) {
    AttentionRule rule;
    rule.scale = config.scaleForLayer(layer);
    rule.scaleQueryFirst = config.scaleQueryFirst;
    rule.causal = config.causal;
    rule.window = config.slidingWindow.empty() ? 0 : config.slidingWindow[static_cast<size_t>(layer)];
    rule.softcap = config.attnSoftcap;
    rule.scoresInFloat32 = config.arch->scoresInFloat32;
    rule.relativeMaxDistance = config.relativeMaxDistance;  // the table itself comes with the weights
    return rule;
}

torch::Tensor relativeBuckets(int64_t firstRow, int64_t rows, int64_t keyBegin, int64_t keyEnd, int64_t buckets,
                              int64_t maxDistance, bool bidirectional, const torch::Device& device) {
    const auto longOptions = torch::TensorOptions().dtype(torch::kLong).device(device);
    torch::Tensor relative = torch::arange(keyBegin, keyEnd, longOptions).unsqueeze(0) -
                             torch::arange(firstRow, firstRow + rows, longOptions).unsqueeze(1);
    torch::Tensor result = torch::zeros_like(relative);
    if (bidirectional) {
        buckets /= 2;
        result += (relative > 0).to(torch::kLong) * buckets;
        relative = relative.abs();
    } else {
        relative = -torch::clamp_max(relative, 0);
    }
    const int64_t exact = buckets / 2;
    // The logarithm in float32, as transformers takes it; distance 0 (log -inf) is always in the exact range.
    const torch::Tensor far =
        (torch::log(relative.to(torch::kFloat32) / static_cast<double>(exact)) /
         std::log(static_cast<double>(maxDistance) / static_cast<double>(exact)) * static_cast<double>(buckets - exact))
            .clamp(0, static_cast<double>(buckets))
            .to(torch::kLong);
    return result + torch::where(relative < exact, relative, torch::clamp_max(far + exact, buckets - 1));
}

KeySpan visibleKeys(const AttentionRule& rule, int64_t firstRow, int64_t rows, int64_t keyCount) {
    if (!rule.causal) return {0, keyCount};
    const int64_t end = std::min(keyCount, firstRow + rows);
    const int64_t begin = rule.window > 0 ? std::max<int64_t>(0, firstRow - rule.window + 1) : 0;
    return {begin, end};
}

int64_t rowsPerBlock(int64_t batchTimesHeads, int64_t keyCount) {
    return std::max<int64_t>(1, kBlockElements / std::max<int64_t>(1, batchTimesHeads * keyCount));
}

torch::Tensor attentionProbabilities(const AttentionRule& rule, const torch::Tensor& queryRows,
                                     const torch::Tensor& keys, int64_t firstRow, KeySpan span) {
    const int64_t batch = queryRows.size(0), heads = queryRows.size(1), rows = queryRows.size(2);
    const int64_t dim = queryRows.size(3), kvHeads = keys.size(1), width = span.end - span.begin;
    const int64_t group = heads / kvHeads;
    torch::Tensor q = queryRows.contiguous();
    if (rule.scaleQueryFirst) q = q * rule.scale;
    // Query heads sharing a kv head are stacked as extra rows, so GQA/MQA needs no copy of the keys.
    torch::Tensor k = keys.narrow(2, span.begin, width);
    if (rule.scoresInFloat32) {
        q = q.to(torch::kFloat32);
        k = k.to(torch::kFloat32);
    }
    torch::Tensor scores = torch::matmul(q.view({batch, kvHeads, group * rows, dim}), k.transpose(-1, -2))
                               .view({batch, heads, rows, width});
    // In place: matmul's backward needs its inputs, not its output, so this stays autograd-safe.
    if (rule.scoresInFloat32)
        scores.div_(1.0 / rule.scale);  // GPT-J divides by sqrt(head_dim)
    else if (!rule.scaleQueryFirst)
        scores.mul_(rule.scale);
    if (rule.relativeBias.defined()) {
        const torch::Tensor buckets = relativeBuckets(firstRow, rows, span.begin, span.end, rule.relativeBias.size(0),
                                                      rule.relativeMaxDistance, !rule.causal, scores.device());
        scores.add_(torch::embedding(rule.relativeBias, buckets).permute({2, 0, 1}).to(scores.scalar_type()));
    }
    // Capped before the mask: tanh of a hidden key's -infinity would make it visible at -cap.
    if (rule.softcap > 0) scores = torch::tanh(scores / rule.softcap) * rule.softcap;
    const int64_t lastRow = firstRow + rows - 1;
    const bool causalCut = rule.causal && span.end - 1 > firstRow;
    const bool windowCut = rule.causal && rule.window > 0 && lastRow - span.begin >= rule.window;
    if (causalCut || windowCut) {
        const auto longOptions = torch::TensorOptions().dtype(torch::kLong).device(scores.device());
        const torch::Tensor query = torch::arange(firstRow, firstRow + rows, longOptions).unsqueeze(1);
        const torch::Tensor key = torch::arange(span.begin, span.end, longOptions).unsqueeze(0);
        torch::Tensor hidden = key > query;
        if (rule.window > 0) hidden = hidden.logical_or(query - key >= rule.window);
        scores.masked_fill_(hidden, -std::numeric_limits<double>::infinity());
    }
    return torch::softmax(scores, -1, torch::kFloat32);
}

torch::Tensor blockedAttention(const AttentionRule& rule, const torch::Tensor& queries, const torch::Tensor& keys,
                               const torch::Tensor& values, const std::atomic<bool>* cancel) {
    const int64_t batch = queries.size(0), heads = queries.size(1), count = queries.size(2);
    const int64_t dim = queries.size(3), kvHeads = keys.size(1), group = heads / kvHeads, keyCount = keys.size(2);
    const int64_t blockRows = std::min(count, rowsPerBlock(batch * heads, keyCount));
    std::vector<torch::Tensor> outputs;
    for (int64_t first = 0; first < count; first += blockRows) {
        if (cancel && cancel->load()) throw CancelledError();
        const int64_t rows = std::min(blockRows, count - first);
        const KeySpan span = visibleKeys(rule, first, rows, keyCount);
        const int64_t width = span.end - span.begin;
        const torch::Tensor probabilities =
            attentionProbabilities(rule, queries.narrow(2, first, rows), keys, first, span).to(values.scalar_type());
        const torch::Tensor out = torch::matmul(probabilities.view({batch, kvHeads, group * rows, width}),
                                                values.narrow(2, span.begin, width));
        outputs.push_back(out.view({batch, heads, rows, dim}));
    }
    return outputs.size() == 1 ? outputs.front() : torch::cat(outputs, 2);
}

torch::Tensor fusedAttention(const AttentionRule& rule, const torch::Tensor& queries, const torch::Tensor& keys,
                             const torch::Tensor& values) {
#if TORCH_VERSION_MAJOR * 100 + TORCH_VERSION_MINOR >= 201  // the scale argument came in 2.1
    const int64_t count = queries.size(2), heads = queries.size(1), kvHeads = keys.size(1);
    if (!queries.is_cuda() || (rule.causal && rule.window > 0 && rule.window < count) || rule.softcap > 0 ||
        rule.scoresInFloat32)
        return {};
    // T5's relative bias is left to the blocked code; a causal mask is aligned to the top left by the kernels,
    // which is ours only for square maps.
    if (rule.relativeBias.defined() || (rule.causal && keys.size(2) != count)) return {};
    // Query head h reads kv head h / group: repeat_interleave lays the kv heads out that way. (The kernels' own
    // grouped-query option is not taken by every kernel and would fall back to the unfused one.)
    torch::Tensor k = keys, v = values;
    if (kvHeads != heads) {
        k = keys.repeat_interleave(heads / kvHeads, 1);
        v = values.repeat_interleave(heads / kvHeads, 1);
    }
    return at::scaled_dot_product_attention(queries, k, v, {}, 0.0, rule.causal, rule.scale);
#else
    (void)rule, (void)queries, (void)keys, (void)values;
    return {};
#endif
}

torch::Tensor headProbabilities(const AttentionRule& rule, const torch::Tensor& q, const torch::Tensor& k,
                                int64_t firstRow, int64_t rows) {
    const int64_t count = k.size(0), dim = k.size(1);
    const KeySpan span = visibleKeys(rule, firstRow, rows, count);
    const torch::Tensor probabilities =
        attentionProbabilities(rule, q.narrow(0, firstRow, rows).reshape({1, 1, rows, dim}),
                               k.reshape({1, 1, count, dim}), firstRow, span)
            .view({rows, span.end - span.begin});
    if (span.begin == 0 && span.end == count) return probabilities;
    torch::Tensor full = torch::zeros({rows, count}, probabilities.options());
    full.narrow(1, span.begin, span.end - span.begin).copy_(probabilities);
    return full;
}

}  // namespace attnscope::model
