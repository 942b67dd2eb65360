// The corpus capture: tokenize and estimate first (so an over-limit corpus fails before any run), then one forward
// pass per input keeping only queries and keys. A kept capture of queries and keys is exactly what recomputing an
// attention row needs, so CorpusVectors holds those captures rather than a second copy of their vectors.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "attnscope/capture.h"
#include "attnscope/corpus_vectors.h"
#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "attnscope/tokenizer.h"

namespace attnscope {

namespace {

ModelInput tokenizeText(const Tokenizer& tokenizer, const ModelInfo& info, const CorpusInput& item, int limit,
                        bool addSpecialTokens, bool& truncated) {
    const Encoding encoding = tokenizer.encode(item.text, addSpecialTokens);
    if (encoding.ids.empty()) throw EngineError("the text gives no tokens", "corpus input " + item.label);
    ModelInput input;
    const size_t kept = std::min(encoding.ids.size(), static_cast<size_t>(limit));
    truncated = kept < encoding.ids.size();
    input.ids.assign(encoding.ids.begin(), encoding.ids.begin() + static_cast<std::ptrdiff_t>(kept));
    input.tokens.assign(encoding.tokens.begin(), encoding.tokens.begin() + static_cast<std::ptrdiff_t>(kept));
    // The model refuses type ids it has no embedding for; single texts are all segment 0 anyway.
    if (info.usesTokenTypes && encoding.typeIds.size() == encoding.ids.size())
        input.typeIds.assign(encoding.typeIds.begin(), encoding.typeIds.begin() + static_cast<std::ptrdiff_t>(kept));
    return input;
}

}  // namespace

int64_t estimateCorpusBytes(const ModelInfo& info, int64_t totalTokens) {
    return totalTokens * info.layers * info.heads * info.headDim * 2 * static_cast<int64_t>(sizeof(float));
}

CorpusPlan planCorpusCapture(const Model& model, const std::vector<CorpusInput>& corpus,
                             const CorpusCaptureOptions& options) {
    const ModelInfo& info = model.info();
    if (corpus.empty()) throw EngineError("the corpus is empty", "corpus capture");
    std::shared_ptr<const Tokenizer> tokenizer;
    if (!info.imageInput) {
        tokenizer = model.tokenizer();
        if (!tokenizer) throw EngineError(model.tokenizerError(), "corpus capture: the model's tokenizer");
    }
    // maxPositions 0: the model sets no limit (T5's relative positions).
    const int longest = info.maxPositions > 0 ? info.maxPositions : std::numeric_limits<int>::max();
    const int limit = options.maxTokensPerInput > 0 ? std::min(options.maxTokensPerInput, longest) : longest;
    CorpusPlan plan;
    for (const CorpusInput& item : corpus) {
        if (info.imageInput) {
            if (item.imagePath.empty())
                throw EngineError("this is an image model; the corpus gives text", "corpus input " + item.label);
            ModelInput input;
            input.imagePath = item.imagePath;
            plan.totalTokens += info.maxPositions;  // patches + [CLS]
            plan.inputs.push_back(std::move(input));
        } else {
            if (!item.imagePath.empty())
                throw EngineError("this is a text model; the corpus gives an image", "corpus input " + item.label);
            bool truncated = false;
            plan.inputs.push_back(tokenizeText(*tokenizer, info, item, limit, options.addSpecialTokens, truncated));
            plan.totalTokens += static_cast<int64_t>(plan.inputs.back().ids.size());
            plan.truncatedInputs += truncated ? 1 : 0;
        }
        plan.labels.push_back(item.label);
    }
    plan.estimatedBytes = estimateCorpusBytes(info, plan.totalTokens);
    // The user's limit, and in any case what the machine has now.
    const int64_t available = availableMemoryBytes();
    const bool overLimit = options.memoryLimitBytes > 0 && plan.estimatedBytes > options.memoryLimitBytes;
    const bool overMachine = available >= 0 && plan.estimatedBytes > available;
    if (overLimit || overMachine)
        throw EngineError("the corpus needs about " + formatBytes(plan.estimatedBytes) + " for its queries and keys (" +
                              std::to_string(plan.inputs.size()) + " inputs, " + std::to_string(plan.totalTokens) +
                              " tokens x " + std::to_string(info.layers) + " layers x " + std::to_string(info.heads) +
                              " heads x " + std::to_string(info.headDim) + " dimensions x 2 x 4 bytes), over " +
                              (overLimit ? "the limit of " + formatBytes(options.memoryLimitBytes)
                                         : "the " + formatBytes(available) + " available") +
                              "; use fewer or shorter inputs",
                          "corpus capture");
    return plan;
}

std::shared_ptr<const CorpusVectors> captureCorpus(const Model& model, const CorpusPlan& plan, JobControl* control) {
    RunOptions run;
    run.keepAttention = true;
    run.keepValues = false;
    run.keepLogits = false;
    const auto count = static_cast<int>(plan.inputs.size());
    std::vector<std::shared_ptr<const AttentionCapture>> captures;
    captures.reserve(plan.inputs.size());
    for (int i = 0; i < count; ++i) {
        if (control) {
            control->throwIfCancelled();
            control->setProgress(static_cast<double>(i) / count,
                                 "input " + std::to_string(i + 1) + " of " + std::to_string(count));
        }
        const ProgressCallback layers = [&](int done, int total) {
            if (control) control->setProgress((i + static_cast<double>(done) / std::max(total, 1)) / count);
        };
        try {
            captures.push_back(model.run(plan.inputs[static_cast<size_t>(i)], run, layers,
                                         control ? control->cancelFlag() : nullptr));
        } catch (const CancelledError&) {
            throw;
        } catch (const EngineError& error) {
            const std::string& label = plan.labels[static_cast<size_t>(i)];
            throw EngineError(error.problem(), "corpus input " + label + (error.where().empty() ? "" : ": ") +
                                                   error.where());
        }
    }
    if (control) control->setProgress(1.0, "done");
    return std::make_shared<CorpusVectors>(model.info(), std::move(captures), plan.labels, plan.truncatedInputs);
}

std::shared_ptr<CorpusCaptureJob> startCorpusCapture(std::shared_ptr<const Model> model,
                                                     std::vector<CorpusInput> corpus, CorpusCaptureOptions options) {
    if (!model) throw EngineError("no model", "corpus capture");
    return CorpusCaptureJob::start([model, corpus = std::move(corpus), options](JobControl& control) {
        control.setProgress(0.0, "tokenizing");
        const CorpusPlan plan = planCorpusCapture(*model, corpus, options);
        return captureCorpus(*model, plan, &control);
    });
}

// --- CorpusVectors ---

CorpusVectors::CorpusVectors(ModelInfo info, std::vector<std::shared_ptr<const AttentionCapture>> captures,
                             std::vector<std::string> labels, int truncatedInputs)
    : info_(std::move(info)),
      captures_(std::move(captures)),
      labels_(std::move(labels)),
      truncatedInputs_(truncatedInputs) {
    if (labels_.size() != captures_.size())
        throw EngineError(std::to_string(labels_.size()) + " labels for " + std::to_string(captures_.size()) +
                              " captures",
                          "CorpusVectors");
    rowStart_.push_back(0);
    for (const auto& capture : captures_) {
        if (!capture) throw EngineError("a capture is missing", "CorpusVectors");
        rowStart_.push_back(rowStart_.back() + capture->tokenCount());
    }
}

void CorpusVectors::checkInput(int input) const {
    if (input < 0 || input >= inputCount())
        throw EngineError("input " + std::to_string(input) + " is outside the corpus of " +
                              std::to_string(inputCount()) + " inputs",
                          "corpus vectors");
}

void CorpusVectors::checkHead(int layer, int head) const {
    if (layer < 0 || layer >= info_.layers || head < 0 || head >= info_.heads)
        throw EngineError("layer " + std::to_string(layer) + " head " + std::to_string(head) +
                              " is outside the model's " + std::to_string(info_.layers) + " layers x " +
                              std::to_string(info_.heads) + " heads",
                          "corpus vectors");
}

int CorpusVectors::sequenceLength(int input) const {
    checkInput(input);
    return captures_[static_cast<size_t>(input)]->tokenCount();
}

const std::vector<std::string>& CorpusVectors::tokens(int input) const {
    checkInput(input);
    return captures_[static_cast<size_t>(input)]->input().tokens;
}

const std::string& CorpusVectors::label(int input) const {
    checkInput(input);
    return labels_[static_cast<size_t>(input)];
}

std::vector<std::vector<std::string>> CorpusVectors::tokenLists() const {
    std::vector<std::vector<std::string>> lists;
    lists.reserve(captures_.size());
    for (const auto& capture : captures_) lists.push_back(capture->input().tokens);
    return lists;
}

int64_t CorpusVectors::firstRow(int input) const {
    checkInput(input);
    return rowStart_[static_cast<size_t>(input)];
}

FloatMatrix CorpusVectors::queries(int layer, int head) const {
    checkHead(layer, head);
    FloatMatrix stacked(totalTokens(), info_.headDim);
    for (size_t i = 0; i < captures_.size(); ++i) {
        const FloatMatrix part = captures_[i]->queries(layer, head);
        std::memcpy(stacked.row(rowStart_[i]), part.values.data(), part.values.size() * sizeof(float));
    }
    return stacked;
}

FloatMatrix CorpusVectors::keys(int layer, int head) const {
    checkHead(layer, head);
    FloatMatrix stacked(totalTokens(), info_.headDim);
    for (size_t i = 0; i < captures_.size(); ++i) {
        const FloatMatrix part = captures_[i]->keys(layer, head);
        std::memcpy(stacked.row(rowStart_[i]), part.values.data(), part.values.size() * sizeof(float));
    }
    return stacked;
}

std::vector<float> CorpusVectors::attentionRow(int input, int layer, int head, int query) const {
    checkHead(layer, head);
    const int length = sequenceLength(input);
    if (query < 0 || query >= length)
        throw EngineError("query " + std::to_string(query) + " is outside input " + std::to_string(input) +
                              " of " + std::to_string(length) + " tokens",
                          "corpus vectors");
    return captures_[static_cast<size_t>(input)]->attentionRow(layer, head, query);
}

const std::shared_ptr<const AttentionCapture>& CorpusVectors::capture(int input) const {
    checkInput(input);
    return captures_[static_cast<size_t>(input)];
}

int64_t CorpusVectors::storedBytes() const {
    int64_t bytes = 0;
    for (const auto& capture : captures_) bytes += capture->storedBytes();
    return bytes;
}

CorpusHeadAttention::CorpusHeadAttention(std::shared_ptr<const CorpusVectors> corpus, int layer, int head)
    : corpus_(std::move(corpus)), layer_(layer), head_(head) {
    if (!corpus_) throw EngineError("no corpus", "corpus head attention");
    if (layer < 0 || layer >= corpus_->layers() || head < 0 || head >= corpus_->heads())
        throw EngineError("layer " + std::to_string(layer) + " head " + std::to_string(head) + " does not exist",
                          "corpus head attention");
}

std::vector<float> CorpusHeadAttention::attentionRow(int input, int query) const {
    return corpus_->attentionRow(input, layer_, head_, query);
}

}  // namespace attnscope
