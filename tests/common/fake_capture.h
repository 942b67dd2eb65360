// A synthetic AttentionCapture for widget tests, screenshots and benchmarks: realistic head patterns (previous
// token, first-token sink, induction, broad) computed on demand for any size, with no model behind it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "attnscope/capture.h"

namespace attnscope::testing {

enum class FakeHeadPattern {
    PreviousToken,   // each query attends to the token before it (itself for the first token)
    FirstTokenSink,  // almost all weight on token 0
    Induction,       // the token after the previous occurrence of the query's token, else the sink
    Broad,           // spread out, slightly favouring recent tokens
};

// Which pattern a (layer, head) has: heads cycle through the four patterns, shifted by one per layer.
FakeHeadPattern fakeHeadPattern(int layer, int head);
// The first head of `layer` (of `heads`) with `pattern`, or -1.
int headWith(FakeHeadPattern pattern, int layer, int heads);

struct FakeCaptureSpec {
    // Positional, so tests read FakeCapture::make({layers, heads, tokens, causal}).
    FakeCaptureSpec(int layers_ = 4, int heads_ = 4, int tokens_ = 16, bool causal_ = true, bool sentencePair_ = false,
                    unsigned variant_ = 0)
        : layers(layers_),
          heads(heads_),
          tokens(tokens_),
          causal(causal_),
          sentencePair(sentencePair_),
          variant(variant_) {}

    int layers = 4;
    int heads = 4;
    int tokens = 16;
    bool causal = true;         // a decoder: keys after the query get no weight
    bool sentencePair = false;  // BERT-style "[CLS] A [SEP] B [SEP]" with token type ids 0 and 1
    unsigned variant = 0;       // another run of the "same" model: the noise and later layers change a little
    HeadMask mask;              // reported by mask(); heads do not change because of it
};

// Token strings in the vocabulary's spelling ("The", "Ġquick", "##ing" for pairs), with repeats so induction
// heads have something to find.
std::vector<std::string> fakeTokens(int count, bool sentencePair);

class FakeCapture : public AttentionCapture {
public:
    explicit FakeCapture(const FakeCaptureSpec& spec);
    static std::shared_ptr<const FakeCapture> make(const FakeCaptureSpec& spec) {
        return std::make_shared<const FakeCapture>(spec);
    }

    const ModelInfo& modelInfo() const override { return info_; }
    const ModelInput& input() const override { return input_; }
    const HeadMask& mask() const override { return spec_.mask; }
    int layers() const override { return spec_.layers; }
    int heads() const override { return spec_.heads; }
    int tokenCount() const override { return spec_.tokens; }
    int headDim() const override { return kHeadDim; }
    int kvHeads() const override { return spec_.heads; }
    int kvHeadOf(int head) const override { return head; }
    double seconds() const override { return 0.0; }

    FloatMatrix queries(int layer, int head) const override { return vectors(layer, head, 1); }
    FloatMatrix keys(int layer, int head) const override { return vectors(layer, head, 2); }
    FloatMatrix values(int layer, int head) const override { return vectors(layer, head, 3); }

    FloatMatrix attention(int layer, int head) const override;
    std::vector<float> attentionRow(int layer, int head, int query) const override;
    FloatMatrix attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                              int keyCount) const override;
    FloatMatrix layerMeanAttention(int layer) const override;

    const FloatMatrix& hiddenNorms() const override { return hiddenNorms_; }
    bool hasLogits() const override { return false; }
    const FloatMatrix& logits() const override { return logits_; }
    // Nothing is stored per head: weights are computed from the spec on demand.
    int64_t storedBytes() const override {
        return static_cast<int64_t>((hiddenNorms_.values.size() + logits_.values.size()) * sizeof(float));
    }

private:
    static constexpr int kHeadDim = 16;
    void checkHead(int layer, int head) const;
    void fillRow(int layer, int head, int query, float* out) const;
    FloatMatrix vectors(int layer, int head, int salt) const;

    FakeCaptureSpec spec_;
    ModelInfo info_;
    ModelInput input_;
    std::vector<int> previousOccurrence_;  // the last earlier position with the same token, or -1
    FloatMatrix hiddenNorms_;
    FloatMatrix logits_;
};

}  // namespace attnscope::testing
