// A corpus run through a model for the query-key view: every input's queries and keys, per layer and head, with
// their provenance (input, position, token), kept so that any head's vectors can be stacked for a joint embedding
// and any query's attention row recomputed later. See docs/embedding.md, "Corpus pipeline".
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attnscope/arrays.h"
#include "attnscope/job.h"
#include "attnscope/model.h"
#include "attnscope/model_info.h"
#include "attnscope/qk_embedding_data.h"

namespace attnscope {

class AttentionCapture;

// One input of a corpus: a text, or an image file for image models.
struct ATTNSCOPE_ENGINE_EXPORT CorpusInput {
    std::string text;
    std::string imagePath;
    std::string label;  // where it came from: "line 12", "cat.png"
};

// Reads a corpus from `path`:
// - a text file: one input per line (blank lines skipped; a trailing '\r' dropped), labelled "line N" (1-based);
// - a folder of .txt files: one input per file (its whole text, trailing newlines dropped), in name order;
// - a folder of images (.png, .jpg, .jpeg, .bmp, .ppm, .pgm, .gif): one input per image, in name order.
// Throws EngineError naming the path when it does not exist, holds no input, or mixes .txt files and images.
ATTNSCOPE_ENGINE_EXPORT std::vector<CorpusInput> readCorpus(const std::string& path);

struct ATTNSCOPE_ENGINE_EXPORT CorpusCaptureOptions {
    // An estimate above this many bytes is an EngineError before the first run; 0: no limit of its own (an estimate
    // above the machine's available memory is refused either way).
    int64_t memoryLimitBytes = 0;
    // Longer inputs are cut to this many tokens (counted in CorpusVectors::truncatedInputs()); 0: the model's
    // max positions. Image inputs are never cut.
    int maxTokensPerInput = 0;
    bool addSpecialTokens = true;  // as the tokenizer's template says ([CLS] ... [SEP], <s>, ...)
};

// Bytes of queries and keys a corpus of `totalTokens` tokens needs: tokens x layers x heads x head_dim x 2 x 4
// (float32). An upper bound: grouped-query models store each key head once, and bfloat16 runs store 2 bytes.
ATTNSCOPE_ENGINE_EXPORT int64_t estimateCorpusBytes(const ModelInfo& info, int64_t totalTokens);

// The corpus tokenized, ready to run: what captureCorpus() will do and how much memory it will hold.
struct ATTNSCOPE_ENGINE_EXPORT CorpusPlan {
    std::vector<ModelInput> inputs;  // ids and token strings (or the image path) per input
    std::vector<std::string> labels;
    int64_t totalTokens = 0;
    int64_t estimatedBytes = 0;
    int truncatedInputs = 0;
};

// Tokenizes every input (with the model's tokenizer) and estimates the memory. Throws EngineError naming the
// input when one cannot be tokenized or is empty, and, when the estimate exceeds options.memoryLimitBytes, an
// EngineError that states the estimate, the limit and the factors.
ATTNSCOPE_ENGINE_EXPORT CorpusPlan planCorpusCapture(const Model& model, const std::vector<CorpusInput>& corpus,
                                                     const CorpusCaptureOptions& options = {});

// Every input's queries and keys for every layer and head. Immutable; share it across threads.
class ATTNSCOPE_ENGINE_EXPORT CorpusVectors {
public:
    CorpusVectors(ModelInfo info, std::vector<std::shared_ptr<const AttentionCapture>> captures,
                  std::vector<std::string> labels, int truncatedInputs);

    const ModelInfo& modelInfo() const { return info_; }
    int layers() const { return info_.layers; }
    int heads() const { return info_.heads; }
    int headDim() const { return info_.headDim; }

    int inputCount() const { return static_cast<int>(captures_.size()); }
    int sequenceLength(int input) const;
    const std::vector<std::string>& tokens(int input) const;  // as the tokenizer spells them ("Ġthe")
    const std::string& label(int input) const;
    // Every input's tokens, as QueryKeyPoints::tokens wants them.
    std::vector<std::vector<std::string>> tokenLists() const;
    int64_t totalTokens() const { return rowStart_.back(); }
    // Row of (input, position 0) in queries() and keys(); rows run input by input, position by position.
    int64_t firstRow(int input) const;
    int truncatedInputs() const { return truncatedInputs_; }

    // [totalTokens, head_dim]: every input's queries (keys) of one head, stacked in input order.
    FloatMatrix queries(int layer, int head) const;
    FloatMatrix keys(int layer, int head) const;
    // The weights of query `query` of `input` over that input's keys, exactly as the model computed them (scale,
    // causal and window masks; zeros where masked).
    std::vector<float> attentionRow(int input, int layer, int head, int query) const;
    // The input's capture (queries and keys only: no values, no logits), for per-input maps.
    const std::shared_ptr<const AttentionCapture>& capture(int input) const;

    // Bytes held by the stored queries and keys (and the small per-token norms captures keep).
    int64_t storedBytes() const;

private:
    void checkInput(int input) const;
    void checkHead(int layer, int head) const;

    ModelInfo info_;
    std::vector<std::shared_ptr<const AttentionCapture>> captures_;
    std::vector<std::string> labels_;
    std::vector<int64_t> rowStart_;  // inputCount + 1 entries
    int truncatedInputs_ = 0;
};

// Runs every planned input through the model, one after another, with keepValues = keepLogits = false. `control`
// (optional) gets progress (inputs done plus the current input's layers, over the input count; the stage says
// "input i of n") and is polled for cancel between layers (CancelledError).
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<const CorpusVectors> captureCorpus(const Model& model, const CorpusPlan& plan,
                                                                           JobControl* control = nullptr);

using CorpusCaptureJob = Job<std::shared_ptr<const CorpusVectors>>;

// The plan and the capture as a Job: tokenizing and the memory check happen first on the job's thread, so an
// over-limit corpus makes result() throw that EngineError before any input runs. The job keeps the model alive.
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<CorpusCaptureJob> startCorpusCapture(std::shared_ptr<const Model> model,
                                                                             std::vector<CorpusInput> corpus,
                                                                             CorpusCaptureOptions options = {});

// One head's attention over a captured corpus, for the query-key view's lines and attention colouring.
class ATTNSCOPE_ENGINE_EXPORT CorpusHeadAttention : public AttentionWeightsProvider {
public:
    CorpusHeadAttention(std::shared_ptr<const CorpusVectors> corpus, int layer, int head);
    std::vector<float> attentionRow(int input, int query) const override;

private:
    std::shared_ptr<const CorpusVectors> corpus_;
    int layer_, head_;
};

}  // namespace attnscope
