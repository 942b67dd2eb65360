// Weights bound to the roles the forward pass reads. Binding goes through a name -> tensor lookup, so the same
// forward runs on memory-mapped checkpoint tensors (inference) and on trainable tensors (training).
#pragma once

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <torch/torch.h>
#include "attnscope/model.h"
#include "model_config.h"

namespace attnscope::model {

class Checkpoint;

struct BoundWeights {
    std::array<torch::Tensor, kGlobalRoleCount> global;
    std::vector<std::array<torch::Tensor, kLayerRoleCount>> layers;
    std::array<bool, kRoleCount> transposed{};  // GPT-2 Conv1D layout per role
    bool hasHead = false;
    std::string prefix;  // the backbone prefix the names were found under

    const torch::Tensor& operator()(Role role) const { return global[static_cast<size_t>(role)]; }
    const torch::Tensor& operator()(int64_t layer, Role role) const {
        return layers[static_cast<size_t>(layer)][static_cast<size_t>(static_cast<int>(role) - kGlobalRoleCount)];
    }
    bool isTransposed(Role role) const { return transposed[static_cast<size_t>(role)]; }
};

// The checkpoint name of `pattern` for `layer` under `prefix`.
std::string tensorName(const TensorPattern& pattern, const std::string& prefix, int64_t layer);

// Finds a tensor by name; an undefined tensor when absent.
using TensorLookup = std::function<torch::Tensor(const std::string& name)>;

// The backbone prefix under which `exists` finds the architecture's first tensor; throws naming the candidates.
std::string detectPrefix(const ModelConfig& config, const std::function<bool(const std::string&)>& exists,
                         const std::string& where);

// Binds every role, checking presence and shape against the config; throws EngineError naming `where` and the
// tensor. Tied heads reuse the token embedding.
// Throws EngineError naming the tensor when the checkpoint has fewer layers than the config, or more.
void checkLayerCount(const ModelConfig& config, const std::function<bool(const std::string&)>& exists,
                     const std::string& prefix, const std::string& where);

BoundWeights bindWeights(const ModelConfig& config, const TensorLookup& lookup, const std::string& prefix,
                         const std::string& where);

// Every weight tensor a model of this config has, by checkpoint name (prefix "" unless given), with its shape
// and role. `withHead` adds the head (untied weights only).
struct WeightSpec {
    std::string name;
    std::vector<int64_t> shape;
    Role role;
};
std::vector<WeightSpec> weightSpecs(const ModelConfig& config, const std::string& prefix, bool withHead);

// Binds a checkpoint's memory-mapped tensors, then converts them to `dtype` on `device` (no copy when they
// already match). Returns the bound weights and the most common dtype on disk.
// `progress` hears (tensors converted, tensors in all); `cancel` stops between two tensors (CancelledError).
// Tensors already converted, by the checkpoint bytes they came from: an encoder-decoder model's two stacks pass one
// map, so a tensor both read (the shared token embedding) is converted, and held, once.
using ConvertedTensors = std::map<std::tuple<const void*, size_t, int>, torch::Tensor>;
std::pair<BoundWeights, std::string> loadWeights(const ModelConfig& config, const Checkpoint& checkpoint,
                                                 torch::ScalarType dtype, const torch::Device& device,
                                                 const ProgressCallback& progress = {},
                                                 const std::atomic<bool>* cancel = nullptr,
                                                 ConvertedTensors* converted = nullptr);

// Unique parameters (tied tensors counted once), of one stack or of several sharing tensors.
int64_t parameterCount(const BoundWeights& weights);
int64_t parameterCount(const std::vector<const BoundWeights*>& stacks);

}  // namespace attnscope::model
