// Binding checkpoint tensors to roles: presence and shape checks against the config, tied heads, and zero-copy
// tensors over the memory-mapped safetensors files (converted only when the compute dtype or device differs).
#include "weights.h"

#include <map>
#include <unordered_set>

#include "attnscope/error.h"
#include "attnscope/runtime.h"
#include "checkpoint.h"

namespace attnscope::model {

namespace {

std::string shapeText(c10::IntArrayRef shape) {
    std::string out = "[";
    for (size_t i = 0; i < shape.size(); ++i) out += (i ? ", " : "") + std::to_string(shape[i]);
    return out + "]";
}

const TensorPattern* patternFor(const Architecture& arch, Role role) {
    for (const auto& pattern : arch.tensors)
        if (pattern.role == role) return &pattern;
    return nullptr;
}

torch::Tensor& slot(BoundWeights& w, Role role, int64_t layer) {
    if (!isLayerRole(role)) return w.global[static_cast<size_t>(role)];
    return w.layers[static_cast<size_t>(layer)][static_cast<size_t>(static_cast<int>(role) - kGlobalRoleCount)];
}

torch::ScalarType torchType(safetensors::DType dtype, const std::string& where) {
    switch (dtype) {
        case safetensors::DType::F32:
            return torch::kFloat32;
        case safetensors::DType::F16:
            return torch::kFloat16;
        case safetensors::DType::BF16:
            return torch::kBFloat16;
        case safetensors::DType::F64:
            return torch::kFloat64;
        default:
            throw EngineError("weights must be F32, F16, BF16 or F64, not " + dtypeName(dtype), where);
    }
}

std::string dtypeLabel(torch::ScalarType type) {
    switch (type) {
        case torch::kFloat32:
            return "float32";
        case torch::kFloat16:
            return "float16";
        case torch::kBFloat16:
            return "bfloat16";
        case torch::kFloat64:
            return "float64";
        default:
            return "other";
    }
}

}  // namespace

std::string tensorName(const TensorPattern& pattern, const std::string& prefix, int64_t layer) {
    std::string name = pattern.name;
    if (const auto at = name.find("{layer}"); at != std::string::npos) name.replace(at, 7, std::to_string(layer));
    return pattern.atRoot ? name : prefix + name;
}

std::string detectPrefix(const ModelConfig& config, const std::function<bool(const std::string&)>& exists,
                         const std::string& where) {
    const TensorPattern* probe = nullptr;
    for (const auto& pattern : config.arch->tensors)
        if (pattern.when == When::Always && !pattern.atRoot) {
            probe = &pattern;
            break;
        }
    std::string tried;
    for (const auto& prefix : config.arch->prefixes) {
        const std::string name = tensorName(*probe, prefix, 0);
        if (exists(name)) return prefix;
        tried += (tried.empty() ? "" : " or ") + name;
    }
    throw EngineError(
        "missing tensor " + tried + " (" + roleName(probe->role) + " of a " + config.arch->name + " model)", where);
}

void checkLayerCount(const ModelConfig& config, const std::function<bool(const std::string&)>& exists,
                     const std::string& prefix, const std::string& where) {
    // The first weight every layer has: present for the config's last layer, absent for one more.
    const TensorPattern* probe = nullptr;
    for (const auto& pattern : config.arch->tensors)
        if (pattern.when == When::Always && isLayerRole(pattern.role)) {
            probe = &pattern;
            break;
        }
    if (!probe) return;
    const std::string last = tensorName(*probe, prefix, config.layers - 1);
    if (!exists(last))
        throw EngineError("the config has " + std::to_string(config.layers) + " layers but the checkpoint has no " +
                              last + " (" + roleName(probe->role) + " of layer " + std::to_string(config.layers - 1) +
                              ")",
                          where);
    const std::string extra = tensorName(*probe, prefix, config.layers);
    if (exists(extra))
        throw EngineError("the checkpoint holds " + extra + ", a layer past the config's " +
                              std::to_string(config.layers) + " (num_hidden_layers too small?)",
                          where);
}

BoundWeights bindWeights(const ModelConfig& config, const TensorLookup& lookup, const std::string& prefix,
                         const std::string& where) {
    const Architecture& arch = *config.arch;
    BoundWeights w;
    w.prefix = prefix;
    w.layers.resize(static_cast<size_t>(config.layers));
    for (const auto& pattern : arch.tensors) w.transposed[static_cast<size_t>(pattern.role)] = pattern.transposed;

    // Looks a pattern up (also under its alternative name) and checks its shape; undefined when absent.
    auto fetch = [&](const TensorPattern& pattern, int64_t layer, bool required) {
        std::string name = tensorName(pattern, prefix, layer);
        torch::Tensor tensor = lookup(name);
        if (!tensor.defined() && !pattern.alternative.empty()) {
            const std::string alternative = pattern.atRoot ? pattern.alternative : prefix + pattern.alternative;
            tensor = lookup(alternative);
            if (tensor.defined()) name = alternative;
        }
        if (!tensor.defined()) {
            if (required) throw EngineError("missing tensor " + name + " (" + roleName(pattern.role) + ")", where);
            return tensor;
        }
        const auto shape = expectedShape(config, pattern.role, pattern.transposed);
        if (!tensor.sizes().equals(shape))
            throw EngineError("has shape " + shapeText(tensor.sizes()) + " but the config needs " + shapeText(shape),
                              where + ": tensor " + name);
        return tensor;
    };

    for (const auto& pattern : arch.tensors) {
        if (pattern.when == When::Head || !expected(config, pattern.when)) continue;
        const int64_t count = isLayerRole(pattern.role) ? config.layers : 1;
        for (int64_t layer = 0; layer < count; ++layer) slot(w, pattern.role, layer) = fetch(pattern, layer, true);
    }

    auto head = [&](Role role, bool required) {
        const TensorPattern* pattern = patternFor(arch, role);
        return pattern ? fetch(*pattern, 0, required) : torch::Tensor();
    };
    const torch::Tensor& tokens = w(Role::TokenEmbedding);
    switch (arch.head) {
        case HeadKind::None:
            break;
        case HeadKind::LanguageModel: {
            torch::Tensor weight = config.tieEmbeddings ? torch::Tensor() : head(Role::HeadWeight, false);
            if (!weight.defined() && config.tieEmbeddings) weight = tokens;
            slot(w, Role::HeadWeight, 0) = weight;
            slot(w, Role::HeadBias, 0) = head(Role::HeadBias, false);
            w.hasHead = weight.defined();
            break;
        }
        case HeadKind::MaskedLanguageModel: {
            const torch::Tensor transform = head(Role::HeadTransformWeight, false);
            if (!transform.defined()) break;  // an encoder saved without its MLM head
            slot(w, Role::HeadTransformWeight, 0) = transform;
            slot(w, Role::HeadTransformBias, 0) = head(Role::HeadTransformBias, true);
            slot(w, Role::HeadNormWeight, 0) = head(Role::HeadNormWeight, true);
            slot(w, Role::HeadNormBias, 0) = head(Role::HeadNormBias, true);
            slot(w, Role::HeadBias, 0) = head(Role::HeadBias, true);
            slot(w, Role::HeadWeight, 0) = config.tieEmbeddings ? tokens : head(Role::HeadWeight, true);
            w.hasHead = true;
            break;
        }
        case HeadKind::PooledEmbedding: {
            const torch::Tensor norm = head(Role::HeadNormWeight, false);
            if (!norm.defined()) break;
            slot(w, Role::HeadNormWeight, 0) = norm;
            slot(w, Role::HeadNormBias, 0) = head(Role::HeadNormBias, true);
            slot(w, Role::HeadWeight, 0) = head(Role::HeadWeight, false);  // CLIP's visual_projection, if any
            w.hasHead = true;
            break;
        }
        case HeadKind::ImageClassifier:
        case HeadKind::ClassAndPatchMean: {
            const torch::Tensor weight = head(Role::HeadWeight, false);
            if (!weight.defined()) break;
            slot(w, Role::HeadWeight, 0) = weight;
            slot(w, Role::HeadBias, 0) = head(Role::HeadBias, true);
            w.hasHead = true;
            break;
        }
    }
    return w;
}

std::vector<WeightSpec> weightSpecs(const ModelConfig& config, const std::string& prefix, bool withHead) {
    std::vector<WeightSpec> specs;
    for (const auto& pattern : config.arch->tensors) {
        if (pattern.when == When::Head) {
            if (!withHead) continue;
            if (pattern.role == Role::HeadWeight && config.tieEmbeddings && !config.imageClassifier()) continue;
            if (pattern.role == Role::HeadBias && config.arch->head == HeadKind::LanguageModel) continue;
        } else if (!expected(config, pattern.when)) {
            continue;
        }
        const int64_t count = isLayerRole(pattern.role) ? config.layers : 1;
        for (int64_t layer = 0; layer < count; ++layer)
            specs.push_back({tensorName(pattern, prefix, layer),
                             expectedShape(config, pattern.role, pattern.transposed), pattern.role});
    }
    return specs;
}

std::pair<BoundWeights, std::string> loadWeights(const ModelConfig& config, const Checkpoint& checkpoint,
                                                 torch::ScalarType dtype, const torch::Device& device,
                                                 const ProgressCallback& progress, const std::atomic<bool>* cancel,
                                                 ConvertedTensors* shared) {
    const std::string prefix = detectPrefix(
        config, [&](const std::string& name) { return checkpoint.find(name).view != nullptr; }, checkpoint.where());
    std::map<std::string, int64_t> elementsByDtype;
    TensorLookup lookup = [&](const std::string& name) -> torch::Tensor {
        const auto entry = checkpoint.find(name);
        if (!entry.view) return {};
        const auto type = torchType(entry.view->dtype, checkpoint.fileOf(name) + ": tensor " + name);
        elementsByDtype[dtypeLabel(type)] += entry.view->elementCount();
        // The mapping is read-only and nothing writes weights; the deleter keeps the file mapped while in use.
        auto file = entry.file;
        return torch::from_blob(
            const_cast<uint8_t*>(entry.view->data), entry.view->shape, [file](void*) {},
            torch::TensorOptions().dtype(type));
    };
    checkLayerCount(config, [&](const std::string& name) { return checkpoint.find(name).view != nullptr; }, prefix,
                    checkpoint.where());
    BoundWeights weights = bindWeights(config, lookup, prefix, checkpoint.where());

    // What converting costs, checked before the first copy: weights already in the compute dtype on the CPU stay
    // mapped from the file and cost no memory of their own.
    int64_t copied = 0;
    int tensors = 0;
    {
        std::unordered_set<const void*> seen;
        auto count = [&](const torch::Tensor& tensor) {
            if (!tensor.defined() || !seen.insert(tensor.unsafeGetTensorImpl()).second) return;
            ++tensors;
            if (tensor.scalar_type() != dtype || !device.is_cpu())
                copied += tensor.numel() * static_cast<int64_t>(c10::elementSize(dtype));
        };
        for (const auto& tensor : weights.global) count(tensor);
        for (const auto& layer : weights.layers)
            for (const auto& tensor : layer) count(tensor);
    }
    std::string diskDtype = "float32";
    int64_t most = -1;
    for (const auto& [label, count] : elementsByDtype)
        if (count > most) {
            most = count;
            diskDtype = label;
        }
    const int64_t available = availableMemoryBytes();
    if (device.is_cpu() && available >= 0 && copied > available)
        throw EngineError("the weights need " + formatBytes(copied) + " in " + dtypeLabel(dtype) + ", " +
                              formatBytes(available) + " of memory is available" +
                              (diskDtype != dtypeLabel(dtype) ? " (in their own dtype, " + diskDtype +
                                                                    ", they are mapped from the file instead)"
                                                              : std::string()),
                          checkpoint.where());

    // Convert once per distinct checkpoint tensor (by the bytes it maps) so tied weights stay shared. A tensor copied
    // into another dtype no longer needs its mapped pages: they are released at once, so loading bfloat16 weights as
    // float32 peaks near the float32 size rather than both.
    ConvertedTensors own;
    ConvertedTensors& converted = shared ? *shared : own;
    int done = 0;
    auto convert = [&](torch::Tensor& tensor) {
        if (!tensor.defined()) return;
        const auto key = std::make_tuple(tensor.data_ptr(), tensor.nbytes(), static_cast<int>(tensor.scalar_type()));
        auto it = converted.find(key);
        if (it == converted.end()) {
            // Converting an 8B model takes minutes: the load can be cancelled between tensors, and says how far it got.
            if (cancel && cancel->load()) throw CancelledError();
            if (progress) progress(done++, tensors);
            const bool copies = tensor.scalar_type() != dtype || !device.is_cpu();
            it = converted.emplace(key, tensor.to(torch::TensorOptions().dtype(dtype).device(device))).first;
            if (copies) safetensors::releaseMappedPages(tensor.data_ptr(), tensor.nbytes());
        }
        tensor = it->second;
    };
    for (auto& tensor : weights.global) convert(tensor);
    for (auto& layer : weights.layers)
        for (auto& tensor : layer) convert(tensor);
    return {std::move(weights), diskDtype};
}

int64_t parameterCount(const BoundWeights& weights) {
    return parameterCount(std::vector<const BoundWeights*>{&weights});
}

int64_t parameterCount(const std::vector<const BoundWeights*>& stacks) {
    std::unordered_set<const void*> seen;
    int64_t total = 0;
    auto add = [&](const torch::Tensor& tensor) {
        if (tensor.defined() && seen.insert(tensor.data_ptr()).second) total += tensor.numel();
    };
    for (const BoundWeights* weights : stacks) {
        for (const auto& tensor : weights->global) add(tensor);
        for (const auto& layer : weights->layers)
            for (const auto& tensor : layer) add(tensor);
    }
    return total;
}

}  // namespace attnscope::model
