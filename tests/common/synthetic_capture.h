// A capture with attention maps, values and norms written by hand, so view tests know exactly what each head does:
// head (0, 0) is a perfect sink, head (1, 1) a previous-token head, the rest attend uniformly; value vectors are
// short at the first token (a no-op sink) and token 0 has a massive residual norm after layer 0 (over 100x its row
// median).
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "attnscope/capture.h"

namespace attnscope::testing {

class SyntheticCapture final : public attnscope::AttentionCapture {
public:
    explicit SyntheticCapture(int layers = 2, int heads = 3, int tokens = 6) : layers_(layers), heads_(heads) {
        info_.architecture = "synthetic";
        info_.layers = layers;
        info_.heads = heads;
        info_.kvHeads = heads;
        info_.headDim = 2;
        info_.causal = true;
        info_.slidingWindows.assign(static_cast<size_t>(layers), 0);
        const char* words[] = {"<s>", "The", "Ġcat", "Ġsat", "Ġon", "Ġthe", "Ġmat", "."};
        for (int t = 0; t < tokens; ++t) {
            input_.ids.push_back(t);
            input_.tokens.push_back(words[t % 8]);
        }
        norms_ = attnscope::FloatMatrix(layers + 1, tokens, 1.0f);
        for (int r = 0; r <= layers; ++r)
            for (int t = 0; t < tokens; ++t) norms_(r, t) = 2.0f + 0.25f * static_cast<float>(t % 3) + r;
        if (layers >= 1) norms_(1, 0) = 400.0f;  // massive: the rest of row 1 is 3 to 3.5
    }

    const attnscope::ModelInfo& modelInfo() const override { return info_; }
    const attnscope::ModelInput& input() const override { return input_; }
    const attnscope::HeadMask& mask() const override { return mask_; }
    int layers() const override { return layers_; }
    int heads() const override { return heads_; }
    int tokenCount() const override { return static_cast<int>(input_.ids.size()); }
    int headDim() const override { return 2; }
    int kvHeads() const override { return heads_; }
    int kvHeadOf(int head) const override { return head; }
    double seconds() const override { return 0; }

    attnscope::FloatMatrix queries(int, int) const override { return attnscope::FloatMatrix(tokenCount(), 2); }
    attnscope::FloatMatrix keys(int, int) const override { return attnscope::FloatMatrix(tokenCount(), 2); }
    attnscope::FloatMatrix values(int, int) const override {
        attnscope::FloatMatrix v(tokenCount(), 2);
        v(0, 0) = 0.1f;  // the first token's value is short
        for (int t = 1; t < tokenCount(); ++t) v(t, 0) = v(t, 1) = 1.0f;
        return v;
    }

    attnscope::FloatMatrix attention(int layer, int head) const override {
        const int n = tokenCount();
        attnscope::FloatMatrix a(n, n);
        for (int i = 0; i < n; ++i) {
            if (layer == 0 && head == 0) {
                a(i, 0) = 1.0f;
            } else if (layer == 1 && head == 1) {
                a(i, std::max(0, i - 1)) = 1.0f;
            } else {
                for (int j = 0; j <= i; ++j) a(i, j) = 1.0f / static_cast<float>(i + 1);
            }
        }
        return a;
    }
    std::vector<float> attentionRow(int layer, int head, int query) const override {
        const auto a = attention(layer, head);
        return std::vector<float>(a.row(query), a.row(query) + a.cols);
    }
    attnscope::FloatMatrix attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                                         int keyCount) const override {
        const auto a = attention(layer, head);
        attnscope::FloatMatrix tile(queryCount, keyCount);
        for (int i = 0; i < queryCount; ++i)
            for (int j = 0; j < keyCount; ++j) tile(i, j) = a(firstQuery + i, firstKey + j);
        return tile;
    }
    attnscope::FloatMatrix layerMeanAttention(int layer) const override {
        attnscope::FloatMatrix mean(tokenCount(), tokenCount());
        for (int h = 0; h < heads_; ++h) {
            const auto a = attention(layer, h);
            for (size_t k = 0; k < mean.values.size(); ++k) mean.values[k] += a.values[k] / static_cast<float>(heads_);
        }
        return mean;
    }
    const attnscope::FloatMatrix& hiddenNorms() const override { return norms_; }
    bool hasLogits() const override { return false; }
    const attnscope::FloatMatrix& logits() const override { return logits_; }
    int64_t storedBytes() const override { return 0; }

private:
    int layers_, heads_;
    attnscope::ModelInfo info_;
    attnscope::ModelInput input_;
    attnscope::HeadMask mask_;
    attnscope::FloatMatrix norms_, logits_;
};

}  // namespace attnscope::testing
