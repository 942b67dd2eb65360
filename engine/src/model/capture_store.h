// Collects what the forward pass shows a ForwardObserver into an immutable AttentionCapture: queries, keys and
// values per layer (K/V once per kv head), residual norms and logits. Attention maps are recomputed on demand.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "attention.h"
#include "attnscope/capture.h"
#include "attnscope/model.h"
#include "forward.h"

namespace attnscope::model {

class CaptureBuilder : public ForwardObserver {
public:
    // `kind` Cross: the queries attend to another sequence (no causal mask, no position bias); `relativeBias` (T5's
    // [buckets, heads] table) joins every self-attention layer's rule.
    CaptureBuilder(const ModelConfig& config, ModelInfo info, ModelInput input, HeadMask mask,
                   const RunOptions& options, const ProgressCallback& progress,
                   AttentionKind kind = AttentionKind::Self, const torch::Tensor& relativeBias = {});

    void embeddings(const torch::Tensor& hidden) override;
    void attention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) override;
    void blockOutput(int64_t layer, const torch::Tensor& hidden) override;

    // Logits of batch item 0: [N, vocab] or [1, labels] for classifiers.
    void setLogits(const torch::Tensor& logits);
    // Encoder-decoder parts: the input given to Model::run, the key tokens of cross-attention, and (for the decoder
    // part, which a run returns) the other two parts.
    void setRunInput(ModelInput input) { runInput_ = std::move(input); }
    void setKeyTokens(std::vector<std::string> tokens) { keyTokens_ = std::move(tokens); }
    void setParts(std::shared_ptr<const AttentionCapture> encoder, std::shared_ptr<const AttentionCapture> cross) {
        encoderPart_ = std::move(encoder);
        crossPart_ = std::move(cross);
    }
    // Copies the norms to the host, which waits for the device: the run's seconds are counted from `started` to then.
    std::shared_ptr<const AttentionCapture> finish(std::chrono::steady_clock::time_point started);

private:
    void storeNorms(int64_t row, const torch::Tensor& hidden);

    std::vector<AttentionRule> rules_;
    AttentionKind kind_;
    ModelInfo info_;
    ModelInput input_;
    std::optional<ModelInput> runInput_;
    std::vector<std::string> keyTokens_;
    std::shared_ptr<const AttentionCapture> encoderPart_, crossPart_;
    HeadMask mask_;
    bool keepAttention_;
    bool keepValues_;
    ProgressCallback progress_;
    // Per layer: [H, N, D], [KV, N, D] on the model's device.
    std::vector<torch::Tensor> queries_, keys_, values_;
    std::vector<torch::Tensor> norms_;  // per row of hiddenNorms(): [N] float32 on the model's device
    torch::Tensor logits_;
};

// Row-major float copy of a 2-D tensor.
FloatMatrix toMatrix(const torch::Tensor& tensor);
// A float32 CPU tensor [rows, cols] holding a copy of `matrix`.
torch::Tensor toTensor(const FloatMatrix& matrix);

}  // namespace attnscope::model
