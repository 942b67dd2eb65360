// The stored capture and its on-demand attention: maps, rows, tiles and layer means are recomputed from the
// stored queries and keys with the forward pass's own attention code, row block by row block.
#include "capture_store.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include "attnscope/error.h"

namespace attnscope::model {

namespace {

// A float tensor viewing a FloatMatrix's storage, so blocks are written straight into the result.
torch::Tensor viewOf(FloatMatrix& matrix) {
    return torch::from_blob(matrix.values.data(), {matrix.rows, matrix.cols}, torch::kFloat32);
}

// What an encoder-decoder part adds to a capture: its kind, the input given to the run, the key tokens of
// cross-attention and (for the decoder part) the other parts.
struct PartFacts {
    AttentionKind kind = AttentionKind::Self;
    std::optional<ModelInput> runInput;
    std::vector<std::string> keyTokens;  // empty: the queries' own
    std::shared_ptr<const AttentionCapture> encoder, cross;
};

class StoredCapture final : public AttentionCapture, public std::enable_shared_from_this<StoredCapture> {
public:
    StoredCapture(ModelInfo info, ModelInput input, HeadMask mask, std::vector<AttentionRule> rules,
                  std::vector<torch::Tensor> queries, std::vector<torch::Tensor> keys,
                  std::vector<torch::Tensor> values, FloatMatrix norms, torch::Tensor logits, bool logitsFinite,
                  double seconds, PartFacts part)
        : part_(std::move(part)),
          info_(std::move(info)),
          input_(std::move(input)),
          mask_(std::move(mask)),
          rules_(std::move(rules)),
          queries_(std::move(queries)),
          keys_(std::move(keys)),
          values_(std::move(values)),
          norms_(std::move(norms)),
          logitsTensor_(std::move(logits)),
          logitsFinite_(logitsFinite),
          seconds_(seconds) {
        tokens_ = static_cast<int>(norms_.cols);
        keyTokenCount_ = !queries_.empty()         ? static_cast<int>(keys_.front().size(1))
                         : part_.keyTokens.empty() ? tokens_
                                                   : static_cast<int>(part_.keyTokens.size());
    }

    std::shared_ptr<const AttentionCapture> part(AttentionKind kind) const override {
        if (!info_.encoderDecoder) return nullptr;
        switch (kind) {
            case AttentionKind::Encoder:
                return part_.encoder;
            case AttentionKind::Cross:
                return part_.cross;
            case AttentionKind::Decoder:
                // Only the decoder part (the one a run returns) holds the others.
                return part_.kind == AttentionKind::Decoder ? shared_from_this() : nullptr;
            case AttentionKind::Self:
                break;
        }
        return nullptr;
    }
    AttentionKind kind() const override { return part_.kind; }
    const ModelInput& runInput() const override { return part_.runInput ? *part_.runInput : input_; }
    int keyTokenCount() const override { return keyTokenCount_; }
    const std::vector<std::string>& keyTokens() const override {
        return part_.keyTokens.empty() ? input_.tokens : part_.keyTokens;
    }

    const ModelInfo& modelInfo() const override { return info_; }
    const ModelInput& input() const override { return input_; }
    const HeadMask& mask() const override { return mask_; }
    int layers() const override { return info_.layers; }
    int heads() const override { return info_.heads; }
    int tokenCount() const override { return tokens_; }
    int headDim() const override { return info_.headDim; }
    int kvHeads() const override { return info_.kvHeads; }
    int kvHeadOf(int head) const override { return head / (info_.heads / info_.kvHeads); }
    double seconds() const override { return seconds_; }

    FloatMatrix queries(int layer, int head) const override {
        check(layer, head);
        return toMatrix(queries_[static_cast<size_t>(layer)][head]);
    }
    FloatMatrix keys(int layer, int head) const override {
        check(layer, head);
        return toMatrix(keys_[static_cast<size_t>(layer)][kvHeadOf(head)]);
    }
    FloatMatrix values(int layer, int head) const override {
        check(layer, head);
        if (values_.empty()) return {};
        return toMatrix(values_[static_cast<size_t>(layer)][kvHeadOf(head)]);
    }

    FloatMatrix attention(int layer, int head) const override {
        return attentionTile(layer, head, 0, tokens_, 0, keyTokenCount_);
    }

    std::vector<float> attentionRow(int layer, int head, int query) const override {
        const FloatMatrix row = attentionTile(layer, head, query, 1, 0, keyTokenCount_);
        return {row.values.begin(), row.values.end()};
    }

    FloatMatrix attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                              int keyCount) const override {
        check(layer, head);
        if (firstQuery < 0 || queryCount < 0 || firstQuery + queryCount > tokens_ || firstKey < 0 || keyCount < 0 ||
            firstKey + keyCount > keyTokenCount_)
            throw EngineError("tile rows [" + std::to_string(firstQuery) + ", +" + std::to_string(queryCount) +
                                  ") x columns [" + std::to_string(firstKey) + ", +" + std::to_string(keyCount) +
                                  ") is outside " + std::to_string(tokens_) + " x " + std::to_string(keyTokenCount_) +
                                  " tokens",
                              "attention tile");
        // Every value is written below.
        FloatMatrix out = FloatMatrix::uninitialized(queryCount, keyCount);
        if (out.empty()) return out;
        torch::NoGradGuard noGrad;
        if (onDevice()) {
            stageToHost(out, [&](int64_t first, int64_t rows) {
                return headProbabilities(headRule(layer, head), queries_[static_cast<size_t>(layer)][head],
                                         keys_[static_cast<size_t>(layer)][kvHeadOf(head)], firstQuery + first, rows)
                    .narrow(1, firstKey, keyCount);
            });
            return out;
        }
        torch::Tensor target = viewOf(out);
        forEachBlock(layer, head, firstQuery, queryCount, [&](int64_t first, const torch::Tensor& rows) {
            target.narrow(0, first - firstQuery, rows.size(0)).copy_(rows.narrow(1, firstKey, keyCount));
        });
        return out;
    }

    FloatMatrix layerMeanAttention(int layer) const override {
        check(layer, 0);
        torch::NoGradGuard noGrad;
        if (onDevice()) {
            FloatMatrix out = FloatMatrix::uninitialized(tokens_, keyTokenCount_);
            stageToHost(out, [&](int64_t first, int64_t rows) {
                torch::Tensor sum;
                for (int head = 0; head < info_.heads; ++head) {
                    const torch::Tensor p =
                        headProbabilities(headRule(layer, head), queries_[static_cast<size_t>(layer)][head],
                                          keys_[static_cast<size_t>(layer)][kvHeadOf(head)], first, rows);
                    sum = sum.defined() ? sum.add_(p) : p.clone();
                }
                return sum.div_(static_cast<double>(info_.heads));
            });
            return out;
        }
        FloatMatrix out(tokens_, keyTokenCount_);
        torch::Tensor target = viewOf(out);
        for (int head = 0; head < info_.heads; ++head)
            forEachBlock(layer, head, 0, tokens_, [&](int64_t first, const torch::Tensor& rows) {
                target.narrow(0, first, rows.size(0)).add_(rows);
            });
        target.div_(static_cast<double>(info_.heads));
        return out;
    }

    const FloatMatrix& hiddenNorms() const override { return norms_; }
    bool hasLogits() const override { return logitsTensor_.defined(); }
    // Copied to the host on first use: on a GPU the logits of a long input are gigabytes (32768 tokens x 128256
    // words), and a run that only shows attention never needs them there.
    const FloatMatrix& logits() const override {
        std::call_once(logitsCopied_, [this] {
            if (logitsTensor_.defined()) logits_ = toMatrix(logitsTensor_);
        });
        return logits_;
    }
    bool logitsFinite() const override { return logitsFinite_; }

    FloatMatrix pooledAttention(int layer, int head, int bins, Pooling pooling) const override {
        check(layer, head);
        return poolBlocks(layer, head, bins, pooling);
    }

    int64_t storedBytes() const override {
        int64_t bytes = 0;
        for (const auto* list : {&queries_, &keys_, &values_})
            for (const auto& tensor : *list) bytes += tensor.numel() * static_cast<int64_t>(tensor.element_size());
        bytes += static_cast<int64_t>(norms_.values.size() * sizeof(float));
        if (logitsTensor_.defined())
            bytes += logitsTensor_.numel() * static_cast<int64_t>(logitsTensor_.element_size());
        return bytes;
    }

private:
    void check(int layer, int head) const {
        if (queries_.empty())
            throw EngineError("this run kept no queries and keys (RunOptions::keepAttention was false)",
                              "attention capture");
        if (layer < 0 || layer >= info_.layers || head < 0 || head >= info_.heads)
            throw EngineError("layer " + std::to_string(layer) + " head " + std::to_string(head) +
                                  " is outside the model's " + std::to_string(info_.layers) + " layers x " +
                                  std::to_string(info_.heads) + " heads",
                              "attention capture");
    }

    bool onDevice() const { return !queries_.empty() && queries_.front().is_cuda(); }

    // The layer's rule for one head (T5's position bias narrowed to that head's column).
    AttentionRule headRule(int layer, int head) const {
        AttentionRule rule = rules_[static_cast<size_t>(layer)];
        if (rule.relativeBias.defined()) rule.relativeBias = rule.relativeBias.narrow(1, head, 1);
        return rule;
    }

    // Calls `use(firstRow, probabilities [rows, N])` for row blocks covering [first, first + count).
    template <class Use>
    void forEachBlock(int layer, int head, int64_t first, int64_t count, Use&& use) const {
        const torch::Tensor& q = queries_[static_cast<size_t>(layer)][head];
        const torch::Tensor& k = keys_[static_cast<size_t>(layer)][kvHeadOf(head)];
        const AttentionRule rule = headRule(layer, head);
        // A GPU takes blocks four times larger (~128 MB of scores): fewer, longer kernels.
        const int64_t block = rowsPerBlock(1, keyTokenCount_) * (onDevice() ? 4 : 1);
        for (int64_t row = first; row < first + count; row += block) {
            const int64_t rows = std::min(block, first + count - row);
            use(row, headProbabilities(rule, q, k, row, rows));
        }
    }

    // Fills `out` from the GPU: `make(firstRow, rows)` returns rows [firstRow, +rows) of it as a float tensor on the
    // device. Row blocks of ~32 MB go through two pinned buffers: while the host copies one block into `out` (in
    // parallel, which is also where `out`'s pages are first touched), the GPU computes and sends the next. Copying
    // straight into pageable memory ran at 1-2 GB/s (an 8192 x 8192 map took 167-246 ms on an H200).
    template <class Make>
    void stageToHost(FloatMatrix& out, Make&& make) const {
        // Blocks sized by the whole key width: `make` computes every key of its rows before narrowing them.
        const int64_t cols = out.cols, block = rowsPerBlock(1, keyTokenCount_);
        const auto pinned = torch::TensorOptions().dtype(torch::kFloat32).pinned_memory(true);
        const int64_t device = queries_.front().device().index();
        // Buffers of one size for every map (a whole block's elements, 32 MB), so the pinned memory LibTorch caches
        // after the first map serves every later one whatever its shape (with buffers sized to each map, the first
        // 8192-token map of a Llama run took 76 ms on an H100, the next one 14 ms).
        const int64_t elements = std::max(rowsPerBlock(1, 1), block * cols);
        torch::Tensor buffers[2];
        for (auto& buffer : buffers) buffer = torch::empty({elements}, pinned);
        const auto send = [&](int64_t first, int slot) {
            const int64_t rows = std::min(block, out.rows - first);
            buffers[slot].narrow(0, 0, rows * cols).view({rows, cols}).copy_(make(first, rows).to(torch::kFloat32),
                                                                             /*non_blocking=*/true);
        };
        send(0, 0);
        int slot = 0;
        for (int64_t first = 0; first < out.rows; first += block, slot ^= 1) {
            torch::cuda::synchronize(device);  // the block in `slot` has arrived; nothing else is queued
            if (first + block < out.rows) send(first + block, slot ^ 1);
            const float* from = buffers[slot].data_ptr<float>();
            const int64_t rows = std::min(block, out.rows - first);
            at::parallel_for(0, rows, std::max<int64_t>(1, (int64_t(1) << 18) / std::max<int64_t>(1, cols)),
                             [&](int64_t begin, int64_t end) {
                                 std::memcpy(out.row(first + begin), from + begin * cols,
                                             static_cast<size_t>((end - begin) * cols) * sizeof(float));
                             });
        }
    }

    // Pools the head's map into [bins, bins] where its queries and keys live (on the GPU for a CUDA model), block by
    // block: the keys of each row block first (a [tokens, bins] strip), then the rows, so only the small result
    // crosses to the host.
    FloatMatrix poolBlocks(int layer, int head, int bins, Pooling pooling) const {
        const int64_t n = tokens_, m = keyTokenCount_;
        const int64_t s = std::clamp<int64_t>(bins, 1, std::max<int64_t>(n, 1));
        const int64_t t = std::clamp<int64_t>(bins, 1, std::max<int64_t>(m, 1));
        FloatMatrix out(s, t);
        if (n == 0 || m == 0) return out;
        torch::NoGradGuard noGrad;
        const auto options =
            torch::TensorOptions().dtype(torch::kFloat32).device(queries_[static_cast<size_t>(layer)].device());
        // Mass pooling sums the keys of a cell: the mean over its keys times how many there are.
        torch::Tensor widths;
        if (pooling == Pooling::MeanOfQueries) {
            std::vector<float> counts(static_cast<size_t>(t));
            for (int64_t c = 0; c < t; ++c)
                counts[static_cast<size_t>(c)] = static_cast<float>(poolEnd(c, m, t) - poolStart(c, m, t));
            widths = torch::tensor(counts).to(options.device());
        }
        torch::Tensor strip = torch::empty({n, t}, options);
        forEachBlock(layer, head, 0, n, [&](int64_t first, const torch::Tensor& rows) {
            const torch::Tensor r = rows.unsqueeze(0);
            strip.narrow(0, first, rows.size(0))
                .copy_(pooling == Pooling::Max ? std::get<0>(torch::adaptive_max_pool1d(r, {t}))[0]
                                               : torch::adaptive_avg_pool1d(r, {t})[0] * widths);
        });
        const torch::Tensor columns = strip.t().unsqueeze(0);
        const torch::Tensor pooled = pooling == Pooling::Max ? std::get<0>(torch::adaptive_max_pool1d(columns, {s}))[0]
                                                             : torch::adaptive_avg_pool1d(columns, {s})[0];
        viewOf(out).copy_(pooled.t());
        return out;
    }

    PartFacts part_;
    ModelInfo info_;
    ModelInput input_;
    HeadMask mask_;
    std::vector<AttentionRule> rules_;
    std::vector<torch::Tensor> queries_, keys_, values_;
    FloatMatrix norms_;
    torch::Tensor logitsTensor_;
    bool logitsFinite_ = true;
    mutable std::once_flag logitsCopied_;
    mutable FloatMatrix logits_;
    double seconds_ = 0;
    int tokens_ = 0;
    int keyTokenCount_ = 0;
};

// What the capture keeps of a [1, heads, N, D] tensor: item 0, contiguous, on the device that computed it. A GPU's
// copy stays there: copying every layer to the host would stall the GPU once a layer, and the maps are recomputed
// on the GPU faster than anywhere else. On the CPU float16 is widened because LibTorch 1.13 cannot multiply float16
// matrices there.
torch::Tensor keep(const torch::Tensor& tensor) {
    torch::Tensor kept = tensor.select(0, 0).detach();
    if (kept.is_cpu() && kept.scalar_type() == torch::kFloat16) kept = kept.to(torch::kFloat32);
    return kept.contiguous();  // the forward never writes q, k or v after showing them
}

}  // namespace

FloatMatrix toMatrix(const torch::Tensor& tensor) {
    const torch::Tensor values = tensor.detach().to(torch::kCPU).to(torch::kFloat32).contiguous();
    FloatMatrix out(values.size(0), values.dim() > 1 ? values.size(1) : 1);
    if (!out.values.empty())
        std::memcpy(out.values.data(), values.data_ptr<float>(), out.values.size() * sizeof(float));
    return out;
}

torch::Tensor toTensor(const FloatMatrix& matrix) {
    return torch::from_blob(const_cast<float*>(matrix.values.data()), {matrix.rows, matrix.cols}, torch::kFloat32)
        .clone();
}

CaptureBuilder::CaptureBuilder(const ModelConfig& config, ModelInfo info, ModelInput input, HeadMask mask,
                               const RunOptions& options, const ProgressCallback& progress, AttentionKind kind,
                               const torch::Tensor& relativeBias)
    : kind_(kind),
      info_(std::move(info)),
      input_(std::move(input)),
      mask_(std::move(mask)),
      keepAttention_(options.keepAttention),
      keepValues_(options.keepAttention && options.keepValues),
      progress_(progress) {
    for (int64_t layer = 0; layer < config.layers; ++layer) {
        AttentionRule rule;
        rule.scale = config.attentionScale;  // cross-attention: no mask, no position bias
        if (kind != AttentionKind::Cross) {
            rule = AttentionRule::forLayer(config, layer);
            rule.relativeBias = relativeBias;
        }
        rules_.push_back(rule);
    }
}

void CaptureBuilder::storeNorms(int64_t row, const torch::Tensor& hidden) {
    // Scaled by each token's largest entry first: a sum of squares in float32 overflows above ~1.8e19, and a finite
    // vector must not get an infinite norm (that would read as a broken layer). Kept on the device until finish():
    // one copy to the host for all layers, not a stall per layer.
    const torch::Tensor x = hidden.select(0, 0).detach().to(torch::kFloat32);
    const torch::Tensor largest = x.abs().amax(-1, true).clamp_min(std::numeric_limits<float>::min());
    if (norms_.empty()) norms_.resize(static_cast<size_t>(info_.layers + 1));
    norms_[static_cast<size_t>(row)] = (x / largest).norm(2, c10::IntArrayRef{-1}) * largest.squeeze(-1);
}

void CaptureBuilder::embeddings(const torch::Tensor& hidden) {
    storeNorms(0, hidden);
}

void CaptureBuilder::attention(int64_t layer, const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) {
    if (!keepAttention_) return;
    queries_.push_back(keep(q));
    keys_.push_back(keep(k));
    if (keepValues_) values_.push_back(keep(v));
}

void CaptureBuilder::blockOutput(int64_t layer, const torch::Tensor& hidden) {
    storeNorms(layer + 1, hidden);
    if (progress_) progress_(static_cast<int>(layer + 1), info_.layers);
}

void CaptureBuilder::setLogits(const torch::Tensor& logits) {
    logits_ = (logits.dim() == 3 ? logits.select(0, 0) : logits.narrow(0, 0, 1)).detach();
}

std::shared_ptr<const AttentionCapture> CaptureBuilder::finish(std::chrono::steady_clock::time_point started) {
    FloatMatrix norms;
    if (!norms_.empty()) {
        for (const auto& row : norms_)
            if (!row.defined()) throw EngineError("the forward pass skipped a layer's output", "capture");
        norms = toMatrix(torch::stack(norms_));
    }
    // Checked where the logits are, so it costs no copy to the host: all are finite when the smallest and the
    // largest are (both propagate NaN). One pass and two numbers; isfinite() made three full-size temporaries (on
    // the CPU at 512 tokens of GPT-2, ~180 MB of fresh memory and 40,000 page faults a run).
    bool logitsFinite = true;
    if (logits_.defined() && logits_.numel() > 0) {
        const auto [smallest, largest] = torch::aminmax(logits_);
        logitsFinite = torch::isfinite(torch::stack({smallest, largest})).all().item<bool>();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return std::make_shared<StoredCapture>(
        std::move(info_), std::move(input_), std::move(mask_), std::move(rules_), std::move(queries_), std::move(keys_),
        std::move(values_), std::move(norms), std::move(logits_), logitsFinite, seconds,
        PartFacts{kind_, std::move(runInput_), std::move(keyTokens_), std::move(encoderPart_), std::move(crossPart_)});
}

}  // namespace attnscope::model
