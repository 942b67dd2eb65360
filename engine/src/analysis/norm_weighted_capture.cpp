// A capture whose maps are norm-weighted (Kobayashi et al.) and renormalised per row, so the attention views can
// draw "how much of what each query gathers comes from each key" on attention's own scale, without knowing.
#include <cmath>
#include <mutex>

#include "attnscope/error.h"
#include "attnscope/information_flow.h"

namespace attnscope {

namespace {

class NormWeightedCapture final : public AttentionCapture {
public:
    NormWeightedCapture(std::shared_ptr<const AttentionCapture> base, std::vector<FloatMatrix> norms)
        : base_(std::move(base)), norms_(std::move(norms)), rowSums_(static_cast<size_t>(base_->layers())) {}

    const ModelInfo& modelInfo() const override { return base_->modelInfo(); }
    const ModelInput& input() const override { return base_->input(); }
    const HeadMask& mask() const override { return base_->mask(); }
    int layers() const override { return base_->layers(); }
    int heads() const override { return base_->heads(); }
    int tokenCount() const override { return base_->tokenCount(); }
    int headDim() const override { return base_->headDim(); }
    int kvHeads() const override { return base_->kvHeads(); }
    int kvHeadOf(int head) const override { return base_->kvHeadOf(head); }
    double seconds() const override { return base_->seconds(); }
    FloatMatrix queries(int layer, int head) const override { return base_->queries(layer, head); }
    FloatMatrix keys(int layer, int head) const override { return base_->keys(layer, head); }
    FloatMatrix values(int layer, int head) const override { return base_->values(layer, head); }
    const FloatMatrix& hiddenNorms() const override { return base_->hiddenNorms(); }
    bool hasLogits() const override { return base_->hasLogits(); }
    const FloatMatrix& logits() const override { return base_->logits(); }
    bool logitsFinite() const override { return base_->logitsFinite(); }
    int64_t storedBytes() const override {
        return base_->storedBytes() + static_cast<int64_t>(norms_.size()) * base_->heads() * base_->tokenCount() * 4;
    }

    FloatMatrix attention(int layer, int head) const override {
        FloatMatrix m = base_->attention(layer, head);
        for (int64_t i = 0; i < m.rows; ++i) weighRow(layer, head, m.row(i), 0, m.cols, -1);
        return m;
    }
    std::vector<float> attentionRow(int layer, int head, int query) const override {
        std::vector<float> row = base_->attentionRow(layer, head, query);
        weighRow(layer, head, row.data(), 0, static_cast<int64_t>(row.size()), -1);
        return row;
    }
    FloatMatrix attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                              int keyCount) const override {
        FloatMatrix tile = base_->attentionTile(layer, head, firstQuery, queryCount, firstKey, keyCount);
        const std::vector<float>& sums = rowSums(layer, head);
        for (int64_t r = 0; r < tile.rows; ++r)
            weighRow(layer, head, tile.row(r), firstKey, tile.cols, sums[static_cast<size_t>(firstQuery + r)]);
        return tile;
    }
    FloatMatrix layerMeanAttention(int layer) const override {
        FloatMatrix mean;
        for (int h = 0; h < heads(); ++h) {
            const FloatMatrix m = attention(layer, h);
            if (mean.empty()) mean = FloatMatrix(m.rows, m.cols);
            for (size_t i = 0; i < m.values.size(); ++i) mean.values[i] += m.values[i] / heads();
        }
        return mean;
    }

private:
    // Scales cells [first, first + count) of a row by their keys' norms and divides by `sum` (the whole weighted
    // row's; -1: the cells given are the whole row).
    void weighRow(int layer, int head, float* cells, int64_t first, int64_t count, double sum) const {
        const float* norms = norms_[static_cast<size_t>(layer)].row(head);
        double total = 0;
        for (int64_t j = 0; j < count; ++j) {
            cells[j] *= norms[first + j];
            total += cells[j];
        }
        if (sum < 0) sum = total;
        const float scale = sum > 0 ? static_cast<float>(1.0 / sum) : 0.0f;
        for (int64_t j = 0; j < count; ++j) cells[j] *= scale;
    }

    // Each query's weighted row sum for one head, computed once from the whole map.
    const std::vector<float>& rowSums(int layer, int head) const {
        std::lock_guard<std::mutex> lock(mutex_);
        auto& perHead = rowSums_[static_cast<size_t>(layer)];
        if (perHead.empty()) perHead.resize(static_cast<size_t>(heads()));
        auto& sums = perHead[static_cast<size_t>(head)];
        if (sums.empty()) {
            const FloatMatrix m = base_->attention(layer, head);
            const float* norms = norms_[static_cast<size_t>(layer)].row(head);
            sums.assign(static_cast<size_t>(m.rows), 0.0f);
            for (int64_t i = 0; i < m.rows; ++i) {
                double total = 0;
                for (int64_t j = 0; j < m.cols; ++j) total += double(m(i, j)) * norms[j];
                sums[static_cast<size_t>(i)] = static_cast<float>(total);
            }
        }
        return sums;
    }

    std::shared_ptr<const AttentionCapture> base_;
    std::vector<FloatMatrix> norms_;  // per layer [heads, tokens]
    mutable std::mutex mutex_;
    mutable std::vector<std::vector<std::vector<float>>> rowSums_;
};

}  // namespace

std::shared_ptr<const AttentionCapture> normWeightedCapture(const Model& model,
                                                            std::shared_ptr<const AttentionCapture> capture) {
    if (!capture) throw EngineError("no capture to weigh", "norm-based attention");
    std::vector<FloatMatrix> norms;
    for (int l = 0; l < capture->layers(); ++l) norms.push_back(transformedValueNorms(model, *capture, l));
    return std::make_shared<NormWeightedCapture>(std::move(capture), std::move(norms));
}

}  // namespace attnscope
