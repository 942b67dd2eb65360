// A transformer loaded from a Hugging Face folder, run on an input to capture every head's attention.
#pragma once

#include "attnscope/engine_export.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "attnscope/head_mask.h"
#include "attnscope/model_info.h"

namespace attnscope {

class AttentionCapture;
class Tokenizer;

// The most layers and heads per layer a config may declare; a config past them is refused before anything is
// allocated for it (real models stay far below).
inline constexpr int kMaxModelLayers = 4096;
inline constexpr int kMaxModelHeads = 4096;

struct ATTNSCOPE_ENGINE_EXPORT LoadOptions {
    std::string device = "cpu";     // "cpu" or "cuda" (an EngineError when this LibTorch has no CUDA)
    std::string dtype = "float32";  // compute dtype: "float32", "bfloat16" or "float16"
};

// What goes into one forward pass. Text is tokenized by the caller (see Tokenizer), so ids are the contract.
struct ATTNSCOPE_ENGINE_EXPORT ModelInput {
    std::vector<int64_t> ids;         // token ids for text models
    std::vector<int64_t> typeIds;     // segment ids for sentence pairs (BERT); empty means all zero
    std::vector<std::string> tokens;  // display strings, one per id (or per patch for images); may be empty
    std::string imagePath;            // an image file for ViT models
    // Already preprocessed pixels [channels, image_size, image_size] for ViT models; used instead of imagePath
    // when not empty (e.g. to feed a reference processor's output).
    std::vector<float> pixelValues;
    // Encoder-decoder models: `ids` (and `tokens`) are the source the encoder reads, these the target the decoder
    // reads (as given: nothing is shifted; empty means the model's decoder_start_token_id alone).
    std::vector<int64_t> decoderIds;
    std::vector<std::string> decoderTokens;
};

// The same run: ids, type ids, image path, pixels and decoder ids all equal (the display strings do not count).
ATTNSCOPE_ENGINE_EXPORT bool operator==(const ModelInput& a, const ModelInput& b);
inline bool operator!=(const ModelInput& a, const ModelInput& b) {
    return !(a == b);
}

struct ATTNSCOPE_ENGINE_EXPORT RunOptions {
    // Heads whose output is zeroed before the output projection (encoder-decoder models: enc:, dec: and cross:
    // heads only).
    HeadMask mask;
    bool keepAttention = true;  // store queries and keys (attention maps on demand); false for logits-only runs
    bool keepValues = true;     // store value vectors (needed for value-weighted metrics)
    bool keepLogits = true;     // store the logits when the model has a head
};

// Called after each layer with (layers done, layers in all); keep it cheap.
using ProgressCallback = std::function<void(int done, int total)>;

class ATTNSCOPE_ENGINE_EXPORT Model {
public:
    // Loads config.json and the safetensors weights of `path` (a model folder or a Hugging Face cache entry).
    // Throws EngineError naming the file, tensor or key on any problem. `progress` hears (tensors converted, tensors
    // in all) while weights are copied to another dtype or device; `cancel`, when set, stops the load between two
    // tensors with CancelledError.
    static std::shared_ptr<Model> load(const std::string& path, const LoadOptions& options = {},
                                       const ProgressCallback& progress = {},
                                       const std::atomic<bool>* cancel = nullptr);

    virtual ~Model() = default;
    virtual const ModelInfo& info() const = 0;
    // The folder's tokenizer, or nullptr when the folder has none (image models, ids-only folders) or it failed
    // to load; tokenizerError() then says why.
    virtual std::shared_ptr<const Tokenizer> tokenizer() const = 0;
    virtual std::string tokenizerError() const = 0;

    // Runs the input and captures every layer's queries, keys, values, hidden-state norms and logits.
    // Thread-safe: several runs may share one Model. `cancel`, when set, aborts between layers with CancelledError.
    virtual std::shared_ptr<const AttentionCapture> run(const ModelInput& input, const RunOptions& options = {},
                                                        const ProgressCallback& progress = {},
                                                        const std::atomic<bool>* cancel = nullptr) const = 0;
};

// The architecture table's entries, each by the model_type names it serves ({"llama"}, {"mistral"}, ...), in
// table order: what Model::load accepts.
ATTNSCOPE_ENGINE_EXPORT std::vector<std::vector<std::string>> supportedModelTypes();

// Models found in the Hugging Face cache ($HF_HOME/hub, else ~/.cache/huggingface/hub), for the GUI to offer.
struct ATTNSCOPE_ENGINE_EXPORT CachedModel {
    std::string repoId;    // "ORG/NAME"
    std::string snapshot;  // the snapshot folder refs/main points to
};
ATTNSCOPE_ENGINE_EXPORT std::vector<CachedModel> listHuggingFaceCache(const std::string& cacheDir = {});

}  // namespace attnscope
