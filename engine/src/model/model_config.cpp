// Resolves config.json against the architecture table: reads each hyper-parameter through its key list, applies
// transformers' defaults, derives positions, rotary and sliding windows, and knows every weight's expected shape.
#include "model_config.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"

namespace attnscope::model {

namespace {

using json = nlohmann::json;

const json* findKey(const json& config, const std::vector<std::string>& keys, std::string* used = nullptr) {
    for (const auto& key : keys) {
        const auto it = config.find(key);
        if (it != config.end() && !it->is_null()) {
            if (used) *used = key;
            return &*it;
        }
    }
    return nullptr;
}

std::string keyList(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& key : keys) out += (out.empty() ? "" : " or ") + key;
    return out.empty() ? "(none)" : out;
}

// Sizes a real transformer stays far below; a config past them is refused before anything is allocated for it.
constexpr int64_t kMaxWidth = int64_t(1) << 20;      // hidden, intermediate, head_dim
constexpr int64_t kMaxLayers = kMaxModelLayers;
constexpr int64_t kMaxHeads = kMaxModelHeads;
constexpr int64_t kMaxVocab = int64_t(1) << 24;      // also labels and token types
constexpr int64_t kMaxPositions = int64_t(1) << 24;
constexpr int64_t kMaxImageSide = 8192;

std::optional<int64_t> optionalInt(const json& config, const IntKey& spec, const std::string& where) {
    std::string used;
    if (const auto* value = findKey(config, spec.keys, &used)) {
        if (value->is_number_unsigned() && value->get<uint64_t>() > uint64_t(std::numeric_limits<int64_t>::max()))
            throw EngineError("must be an integer below 2^63", where + ": key " + used);
        if (value->is_number_integer()) return value->get<int64_t>();
        const double number = value->is_number_float() ? value->get<double>() : std::nan("");
        // A float is accepted when it is a whole number an int64 holds (2.0, not 1e308).
        if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 9.0e15)
            throw EngineError("must be an integer", where + ": key " + used);
        return static_cast<int64_t>(number);
    }
    return spec.fallback;
}

void checkRange(int64_t value, int64_t low, int64_t high, const std::string& what, const std::string& where) {
    if (value < low || value > high)
        throw EngineError(what + " is " + std::to_string(value) + "; expected " + std::to_string(low) + " to " +
                              std::to_string(high),
                          where);
}

int64_t requiredInt(const json& config, const IntKey& spec, const std::string& where, const std::string& what) {
    const auto value = optionalInt(config, spec, where);
    if (!value) throw EngineError("missing " + what + " (key " + keyList(spec.keys) + ")", where);
    if (*value < 0) throw EngineError(what + " must not be negative", where + ": key " + keyList(spec.keys));
    return *value;
}

double floatValue(const json& config, const FloatKey& spec, const std::string& where) {
    std::string used;
    if (const auto* value = findKey(config, spec.keys, &used)) {
        if (!value->is_number() || !std::isfinite(value->get<double>()))
            throw EngineError("must be a finite number", where + ": key " + used);
        return value->get<double>();
    }
    if (!spec.fallback) throw EngineError("missing key " + keyList(spec.keys), where);
    return *spec.fallback;
}

bool flagValue(const json& config, const FlagKey& spec, const std::string& where) {
    if (spec.key.empty()) return spec.fallback;
    const auto it = config.find(spec.key);
    if (it == config.end() || it->is_null()) return spec.fallback;
    if (!it->is_boolean()) throw EngineError("must be true or false", where + ": key " + spec.key);
    return it->get<bool>();
}

double checkedTheta(double theta, const std::string& where) {
    // theta^(-2i/d) with theta <= 1 gives no rotation or infinite frequencies: every attention weight NaN.
    if (!std::isfinite(theta) || theta <= 1.0)
        throw EngineError("must be a finite number above 1, got " + formatValue(theta), where);
    return theta;
}

// A rope_scaling object, or one rope_parameters entry (its rope_type; factors of the types that have them).
RopeScaling readScaling(const json& scaling, const std::string& where) {
    if (!scaling.is_object()) throw EngineError("must be an object", where);
    RopeScaling out;
    std::string type = scaling.value("rope_type", scaling.value("type", std::string("default")));
    auto number = [&](const char* key, double fallback) {
        const auto it = scaling.find(key);
        if (it == scaling.end() || it->is_null()) return fallback;
        if (!it->is_number()) throw EngineError(std::string(key) + " must be a number", where);
        return it->get<double>();
    };
    out.factor = number("factor", 1.0);
    // "dynamic" only changes frequencies past max_position_embeddings, which inputs never reach here.
    if (type == "dynamic") type = "default";
    if (type == "llama3") {
        out.lowFreqFactor = number("low_freq_factor", 1.0);
        out.highFreqFactor = number("high_freq_factor", 4.0);
        out.originalMaxPositions = number("original_max_position_embeddings", 8192);
    } else if (type != "default" && type != "linear") {
        throw EngineError("rope type '" + type + "' is not supported (default, linear, dynamic, llama3 are)", where);
    }
    if (type == "linear" && !(out.factor > 0.0 && std::isfinite(out.factor)))
        throw EngineError("the linear rope factor must be a positive number, got " + formatValue(out.factor), where);
    out.type = type;
    return out;
}

// Gemma 3: full-attention layers rotate with rope_theta and rope_scaling, sliding layers with rope_local_base_freq
// unscaled; transformers 5 writes both as rope_parameters.{full_attention, sliding_attention}.
void readRotaryByLayerType(const json& config, const Architecture& arch, ModelConfig& c) {
    const json* parameters = findKey(config, {"rope_parameters"});
    if (parameters && parameters->is_object() && parameters->contains("full_attention")) {
        for (const char* kind : {"full_attention", "sliding_attention"}) {
            const std::string where = c.where + ": key rope_parameters." + kind;
            const auto it = parameters->find(kind);
            if (it == parameters->end() || !it->is_object()) throw EngineError("must be an object", where);
            const auto theta = it->find("rope_theta");
            if (theta == it->end() || !theta->is_number()) throw EngineError("must hold a number rope_theta", where);
            const bool full = std::string(kind) == "full_attention";
            (full ? c.ropeTheta : c.localRopeTheta) = checkedTheta(theta->get<double>(), where + ".rope_theta");
            (full ? c.ropeScaling : c.localRopeScaling) = readScaling(*it, where);
        }
        return;
    }
    if (parameters)
        throw EngineError("must name full_attention and sliding_attention for this model",
                          c.where + ": key rope_parameters");
    c.ropeTheta = checkedTheta(floatValue(config, arch.ropeTheta, c.where), c.where + ": key rope_theta");
    c.localRopeTheta = checkedTheta(floatValue(config, {{"rope_local_base_freq"}, 10000.0}, c.where),
                                    c.where + ": key rope_local_base_freq");
    if (const json* scaling = findKey(config, {"rope_scaling"}))
        c.ropeScaling = readScaling(*scaling, c.where + ": key rope_scaling");
}

// transformers 4.x writes rope_theta / rope_scaling; 5.x writes one rope_parameters object.
void readRotary(const json& config, const Architecture& arch, ModelConfig& c) {
    const json* parameters = findKey(config, {"rope_parameters"});
    const json* scaling = findKey(config, {"rope_scaling"});
    if (!scaling && parameters) scaling = parameters;
    if (arch.rotaryDim.keys.empty()) {
        double fraction = floatValue(config, arch.rotaryFraction, c.where);
        if (parameters && parameters->is_object() && parameters->contains("partial_rotary_factor")) {
            if (!(*parameters)["partial_rotary_factor"].is_number())
                throw EngineError("must be a number", c.where + ": key rope_parameters.partial_rotary_factor");
            fraction = (*parameters)["partial_rotary_factor"].get<double>();
        }
        if (!(fraction > 0.0 && fraction <= 1.0))
            throw EngineError("the rotary fraction must be in (0, 1], got " + formatValue(fraction), c.where);
        c.rotaryDims = static_cast<int64_t>(static_cast<double>(c.headDim) * fraction);
    } else {
        c.rotaryDims = optionalInt(config, arch.rotaryDim, c.where).value_or(c.headDim);
    }
    if (c.rotaryDims <= 0 || c.rotaryDims % 2 != 0 || c.rotaryDims > c.headDim)
        throw EngineError("rotary dimensions " + std::to_string(c.rotaryDims) + " must be even and in (0, head_dim]",
                          c.where);
    if (arch.ropeByLayerType) return readRotaryByLayerType(config, arch, c);
    c.ropeTheta = floatValue(config, arch.ropeTheta, c.where);
    if (parameters && parameters->is_object() && parameters->contains("rope_theta")) {
        if (!(*parameters)["rope_theta"].is_number())
            throw EngineError("must be a number", c.where + ": key rope_parameters.rope_theta");
        c.ropeTheta = (*parameters)["rope_theta"].get<double>();
    }
    checkedTheta(c.ropeTheta, c.where + ": key rope_theta");
    if (scaling)
        c.ropeScaling =
            readScaling(*scaling, c.where + ": key " + (scaling == parameters ? "rope_parameters" : "rope_scaling"));
}

// Which layers slide: layer_types when the config has it (transformers 5), else the architecture's rule.
std::vector<uint8_t> slidingLayers(const json& config, const Architecture& arch, const ModelConfig& c,
                                   int64_t firstLayer) {
    std::vector<uint8_t> sliding(static_cast<size_t>(c.layers), 0);
    if (const json* types = findKey(config, {"layer_types"})) {
        const std::string where = c.where + ": key layer_types";
        if (!types->is_array() || static_cast<int64_t>(types->size()) != c.layers)
            throw EngineError("must list one type per layer (" + std::to_string(c.layers) + ")", where);
        for (int64_t layer = 0; layer < c.layers; ++layer) {
            const json& type = (*types)[static_cast<size_t>(layer)];
            if (type != "sliding_attention" && type != "full_attention")
                throw EngineError("layer " + std::to_string(layer) + " has type " + type.dump() +
                                      "; sliding_attention and full_attention are supported",
                                  where);
            sliding[static_cast<size_t>(layer)] = type == "sliding_attention";
        }
        return sliding;
    }
    int64_t period = 0;
    if (arch.slidingWindow == SlidingWindowRule::LayerPattern) {
        period = optionalInt(config, arch.slidingPattern, c.where).value_or(0);
        if (period <= 0) throw EngineError("must be a positive integer", c.where + ": key sliding_window_pattern");
    }
    for (int64_t layer = 0; layer < c.layers; ++layer)
        sliding[static_cast<size_t>(layer)] = period > 0 ? (layer + 1) % period != 0 : layer >= firstLayer;
    return sliding;
}

void readSlidingWindow(const json& config, const Architecture& arch, ModelConfig& c) {
    c.slidingWindow.assign(static_cast<size_t>(c.layers), 0);
    if (arch.slidingWindow == SlidingWindowRule::None) return;
    const json* window = findKey(config, {"sliding_window"});
    if (arch.slidingWindow == SlidingWindowRule::LayerPattern) {
        const auto sliding = slidingLayers(config, arch, c, 0);
        if (arch.ropeByLayerType) c.localRope = sliding;
        bool any = false;
        for (const auto s : sliding) any = any || s;
        if (!any) return;
        if (!window || !window->is_number_integer() || window->get<int64_t>() <= 0)
            throw EngineError("must be a positive integer: the model has sliding layers",
                              c.where + ": key sliding_window");
        for (int64_t layer = 0; layer < c.layers; ++layer)
            c.slidingWindow[static_cast<size_t>(layer)] =
                sliding[static_cast<size_t>(layer)] ? window->get<int64_t>() : 0;
        return;
    }
    if (!window) return;
    if (!window->is_number_integer() || window->get<int64_t>() <= 0)
        throw EngineError("must be a positive integer or null", c.where + ": key sliding_window");
    const int64_t size = window->get<int64_t>();
    int64_t firstLayer = 0;
    if (arch.slidingWindow == SlidingWindowRule::Qwen2) {
        if (!flagValue(config, {"use_sliding_window", false}, c.where)) return;
        firstLayer = optionalInt(config, {{"max_window_layers"}, 28}, c.where).value_or(28);
    }
    const auto sliding = slidingLayers(config, arch, c, firstLayer);
    for (int64_t layer = 0; layer < c.layers; ++layer)
        c.slidingWindow[static_cast<size_t>(layer)] = sliding[static_cast<size_t>(layer)] ? size : 0;
}

// A soft-cap: absent means the architecture's default, JSON null means none.
double softcapValue(const json& config, const NullableFloatKey& spec, const std::string& where) {
    if (spec.key.empty()) return 0;
    const auto it = config.find(spec.key);
    if (it == config.end()) return spec.whenAbsent.value_or(0);
    if (it->is_null()) return 0;
    if (!it->is_number() || !(it->get<double>() > 0) || !std::isfinite(it->get<double>()))
        throw EngineError("must be a positive number or null", where + ": key " + spec.key);
    return it->get<double>();
}

}  // namespace

Activation parseActivation(const std::string& name, const std::string& where) {
    if (name == "gelu_new") return Activation::GeluNew;
    if (name == "gelu_pytorch_tanh" || name == "gelu_fast") return Activation::GeluTanh;
    if (name == "gelu") return Activation::GeluExact;
    if (name == "relu") return Activation::Relu;
    if (name == "silu" || name == "swish") return Activation::Silu;
    if (name == "quick_gelu") return Activation::QuickGelu;
    throw EngineError("activation '" + name + "' is not supported", where);
}

ModelConfig resolveConfig(const json& config, const std::string& where) {
    if (!config.is_object()) throw EngineError("is not a JSON object", where);
    const auto typeIt = config.find("model_type");
    if (typeIt == config.end() || !typeIt->is_string()) throw EngineError("has no model_type", where);
    const std::string typeWhere = where + ": model_type";  // a named string: GCC 13 warns on a temporary
    return resolveStack(config, architectureFor(typeIt->get<std::string>(), typeWhere), where);
}

ModelConfig resolveStack(const json& top, const Architecture& arch, const std::string& where) {
    if (!top.is_object()) throw EngineError("is not a JSON object", where);
    ModelConfig c;
    if (const auto typeIt = top.find("model_type"); typeIt != top.end() && typeIt->is_string())
        c.modelType = typeIt->get<std::string>();
    c.where = where;
    c.arch = &arch;
    // A whole CLIP checkpoint keeps the vision tower's numbers in vision_config.
    const json* sectionJson = &top;
    if (!arch.configSection.empty()) {
        const auto it = top.find(arch.configSection);
        if (it == top.end() || !it->is_object())
            throw EngineError("must be an object holding the " + arch.name + " model's hyper-parameters",
                              where + ": key " + arch.configSection);
        sectionJson = &*it;
    }
    const json& config = *sectionJson;

    for (const auto& flag : arch.refuseIfTrue)
        if (flagValue(config, {flag, false}, where))
            throw EngineError("is true; AttnScope does not run " + arch.name + " models with it",
                              where + ": key " + flag);

    c.hidden = requiredInt(config, arch.hidden, where, "hidden size");
    c.heads = requiredInt(config, arch.heads, where, "attention heads");
    c.layers = requiredInt(config, arch.layers, where, "layer count");
    c.vocab = requiredInt(config, arch.vocab, where, "vocabulary size");
    checkRange(c.hidden, 1, kMaxWidth, "the hidden size", where + ": key " + keyList(arch.hidden.keys));
    checkRange(c.heads, 1, kMaxHeads, "the number of attention heads", where + ": key " + keyList(arch.heads.keys));
    checkRange(c.layers, 1, kMaxLayers, "the number of layers", where + ": key " + keyList(arch.layers.keys));
    checkRange(c.vocab, 0, kMaxVocab, "the vocabulary size", where + ": key " + keyList(arch.vocab.keys));
    c.kvHeads = optionalInt(config, arch.kvHeads, where).value_or(c.heads);
    if (c.kvHeads <= 0 || c.heads % c.kvHeads != 0)
        throw EngineError("num_key_value_heads " + std::to_string(c.kvHeads) + " must divide the " +
                              std::to_string(c.heads) + " attention heads",
                          where);
    if (const auto headDim = optionalInt(config, arch.headDim, where)) {
        c.headDim = *headDim;
    } else {
        if (c.hidden % c.heads != 0)
            throw EngineError("hidden size " + std::to_string(c.hidden) + " is not divisible by " +
                                  std::to_string(c.heads) + " heads",
                              where);
        c.headDim = c.hidden / c.heads;
    }
    checkRange(c.headDim, 1, kMaxWidth, "head_dim", where);
    c.intermediate = optionalInt(config, arch.intermediate, where).value_or(4 * c.hidden);
    if (!arch.mlpRatio.keys.empty()) {
        const double ratio = floatValue(config, arch.mlpRatio, where);
        if (!(ratio > 0 && ratio <= 64))
            throw EngineError("must be in (0, 64], got " + formatValue(ratio), where + ": key mlp_ratio");
        c.intermediate = static_cast<int64_t>(static_cast<double>(c.hidden) * ratio);
    }
    checkRange(c.intermediate, 1, kMaxWidth, "the MLP width", where + ": key " + keyList(arch.intermediate.keys));
    c.typeVocab = optionalInt(config, arch.typeVocab, where).value_or(0);
    checkRange(c.typeVocab, 0, kMaxVocab, "type_vocab_size", where);
    c.wordEmbedDim = optionalInt(config, arch.wordEmbedDim, where).value_or(c.hidden);
    checkRange(c.wordEmbedDim, 1, kMaxWidth, "the embedding width", where);
    c.normEps = floatValue(config, arch.normEps, where);
    // A negative or zero epsilon divides by zero (or a negative variance) for some token: NaN everywhere after it.
    if (!(c.normEps > 0.0 && c.normEps < 1.0))
        throw EngineError("must be in (0, 1), got " + formatValue(c.normEps),
                          where + ": key " + keyList(arch.normEps.keys));

    std::string activationKey;
    const json* activation = findKey(config, arch.activationKeys, &activationKey);
    if (activation && !activation->is_string()) throw EngineError("must be a string", where + ": key " + activationKey);
    c.activation = parseActivation(activation ? activation->get<std::string>() : arch.defaultActivation,
                                   where + ": key " + (activation ? activationKey : keyList(arch.activationKeys)));
    c.headActivation = arch.headActivation.empty() ? c.activation : parseActivation(arch.headActivation, where);

    c.preNorm = arch.placement == NormPlacement::Pre || arch.placement == NormPlacement::Sandwich ||
                (arch.placement == NormPlacement::ConfigFlag && flagValue(config, arch.preNormKey, where));
    c.parallelResidual = flagValue(config, arch.parallelResidual, where);
    c.tieEmbeddings = flagValue(config, arch.tieEmbeddings, where);
    c.qkvBias = flagValue(config, arch.qkvBias, where);
    c.outputBias = flagValue(config, arch.outputBias, where);
    c.mlpBias = flagValue(config, arch.mlpBias, where);
    c.normAffine = flagValue(config, arch.normAffine, where);
    c.gatedMlp = arch.gatedMlp;
    if (!arch.feedForwardKey.empty()) {
        // T5: "relu", "gelu", "gated-gelu" (which means gelu_new), "gated-silu", ...
        const std::string key = where + ": key " + arch.feedForwardKey;
        std::string form = arch.defaultActivation;
        if (const auto* value = findKey(config, {arch.feedForwardKey}); value) {
            if (!value->is_string()) throw EngineError("must be a string", key);
            form = value->get<std::string>();
        }
        const auto dash = form.find('-');
        if (dash != std::string::npos && form.substr(0, dash) != "gated")
            throw EngineError("'" + form + "' is not an activation or 'gated-' and one", key);
        c.gatedMlp = dash != std::string::npos;
        const std::string name =
            form == "gated-gelu" ? "gelu_new" : form.substr(dash == std::string::npos ? 0 : dash + 1);
        c.activation = c.headActivation = parseActivation(name, key);
    }
    if (arch.scaleTiedOutput) {
        // transformers 5 writes scale_decoder_outputs; published T5 folders leave it to tie_word_embeddings.
        const bool scaled = findKey(config, {"scale_decoder_outputs"})
                                ? flagValue(config, {"scale_decoder_outputs", false}, where)
                                : c.tieEmbeddings;
        if (scaled) c.outputScale = 1.0 / std::sqrt(static_cast<double>(c.hidden));
    }
    if (!arch.projectionDim.keys.empty()) {
        // Read beside the vision tower's numbers, else at the top (a whole CLIP checkpoint's projection_dim).
        c.projectionDim = optionalInt(config, arch.projectionDim, where)
                              .value_or(optionalInt(top, arch.projectionDim, where).value_or(0));
        checkRange(c.projectionDim, 1, kMaxWidth, "projection_dim", where);
    }
    c.projectedEmbeddings = c.wordEmbedDim != c.hidden;
    // OPT drops the final norm for post-norm models and when _remove_final_layer_norm is set.
    c.finalNorm = arch.finalNorm && (arch.placement != NormPlacement::ConfigFlag || c.preNorm) &&
                  !flagValue(config, {"_remove_final_layer_norm", false}, where);

    if (const auto* pad = findKey(config, {"pad_token_id"}); pad && pad->is_number_integer())
        c.padTokenId = pad->get<int64_t>();
    if (const auto* bos = findKey(config, {"bos_token_id"}); bos && bos->is_number_integer())
        c.bosTokenId = bos->get<int64_t>();
    if (const auto* start = findKey(config, {"decoder_start_token_id"}); start && start->is_number_integer())
        c.decoderStartTokenId = start->get<int64_t>();

    switch (arch.positionKind) {
        case PositionKind::Learned: {
            const int64_t rows = requiredInt(config, arch.positions, where, "position count");
            checkRange(rows, 1, kMaxPositions, "the number of positions", where + ": key " + keyList(arch.positions.keys));
            if (arch.paddingAwarePositions) {
                if (c.padTokenId < 0) c.padTokenId = 1;
                c.paddingAwarePositions = true;
                c.positionOffset = c.padTokenId + 1;
                c.positionTableRows = rows;
                c.maxPositions = rows - c.positionOffset;
            } else {
                c.positionOffset = arch.positionOffset;
                c.positionTableRows = rows + arch.positionOffset;
                c.maxPositions = rows;
            }
            break;
        }
        case PositionKind::Rotary:
            c.maxPositions = requiredInt(config, arch.positions, where, "max_position_embeddings");
            checkRange(c.maxPositions, 1, kMaxPositions, "max_position_embeddings", where);
            readRotary(config, arch, c);
            break;
        case PositionKind::ImagePatches: {
            c.imageSize = optionalInt(config, arch.imageSize, where).value_or(224);
            c.patchSize = optionalInt(config, arch.patchSize, where).value_or(16);
            c.channels = optionalInt(config, {{"num_channels"}, 3}, where).value_or(3);
            checkRange(c.imageSize, 1, kMaxImageSide, "image_size", where);
            checkRange(c.channels, 1, 4, "num_channels", where);
            if (c.patchSize <= 0 || c.imageSize % c.patchSize != 0)
                throw EngineError("image_size must be a multiple of patch_size", where);
            const int64_t side = c.imageSize / c.patchSize;
            c.registerTokens = optionalInt(config, arch.registers, where).value_or(0);
            checkRange(c.registerTokens, 0, 1024, "num_register_tokens", where);
            c.positionTableRows = side * side + 1;  // registers have no position
            c.maxPositions = c.positionTableRows + c.registerTokens;
            if (const auto* labels = findKey(config, {"id2label"}); labels && labels->is_object())
                c.numLabels = static_cast<int64_t>(labels->size());
            else
                c.numLabels = optionalInt(config, {{"num_labels"}, 2}, where).value_or(2);
            checkRange(c.numLabels, 0, kMaxVocab, "the number of labels", where);
            break;
        }
        case PositionKind::Relative:
            c.relativeBuckets = requiredInt(config, arch.relativeBuckets, where, "relative position buckets");
            c.relativeMaxDistance = requiredInt(config, arch.relativeMaxDistance, where, "relative position distance");
            // Bidirectional stacks split the buckets between the two directions, and half of each half is exact.
            checkRange(c.relativeBuckets, arch.causal ? 2 : 4, 1 << 16, "relative_attention_num_buckets", where);
            checkRange(c.relativeMaxDistance, c.relativeBuckets, kMaxPositions, "relative_attention_max_distance",
                       where);
            c.maxPositions = kMaxPositions;  // no table bounds the length
            break;
        case PositionKind::None:
            break;
    }
    if (c.maxPositions <= 0) throw EngineError("the model accepts no positions", where);

    c.causal = arch.causal;
    c.scaleQueryFirst = arch.scaleQueryFirst;
    c.attentionScale = arch.unscaledScores ? 1.0 : 1.0 / std::sqrt(static_cast<double>(c.headDim));
    if (arch.gpt2Scaling) {
        if (!flagValue(config, {"scale_attn_weights", true}, where)) c.attentionScale = 1.0;
        c.scaleByInverseLayer = flagValue(config, {"scale_attn_by_inverse_layer_idx", false}, where);
    }
    if (!arch.queryPreAttnScalar.keys.empty()) {
        const double scalar = floatValue(config, arch.queryPreAttnScalar, where);
        if (!(scalar > 0))
            throw EngineError("must be a positive number", where + ": key " + keyList(arch.queryPreAttnScalar.keys));
        c.attentionScale = std::pow(scalar, -0.5);
    }
    c.attnSoftcap = softcapValue(config, arch.attnSoftcap, where);
    c.finalSoftcap = softcapValue(config, arch.finalSoftcap, where);
    if (arch.embedScale != EmbedScale::None &&
        (arch.embedScaleKey.key.empty() || flagValue(config, arch.embedScaleKey, where)))
        c.embedScale = std::sqrt(static_cast<double>(c.hidden));
    readSlidingWindow(config, arch, c);
    return c;
}

bool expected(const ModelConfig& c, When when) {
    switch (when) {
        case When::Always:
            return true;
        case When::QkvBias:
            return c.qkvBias;
        case When::OutputBias:
            return c.outputBias;
        case When::MlpBias:
            return c.mlpBias;
        case When::NormAffine:
            return c.normAffine;
        case When::ProjectedEmbeddings:
            return c.projectedEmbeddings;
        case When::FinalNorm:
            return c.finalNorm;
        case When::GatedMlp:
            return c.gatedMlp;
        case When::PlainMlp:
            return !c.gatedMlp;
        case When::Head:
            return true;
    }
    return true;
}

std::vector<int64_t> expectedShape(const ModelConfig& c, Role role, bool transposed) {
    const int64_t e = c.hidden;
    const bool classifier = c.imageClassifier();
    std::vector<int64_t> shape;
    switch (role) {
        case Role::TokenEmbedding:
            shape = {c.vocab, c.wordEmbedDim};
            break;
        case Role::PositionEmbedding:
            shape = c.imageInput() && !c.arch->clipEmbeddings ? std::vector<int64_t>{1, c.positionTableRows, e}
                                                              : std::vector<int64_t>{c.positionTableRows, e};
            break;
        case Role::TokenTypeEmbedding:
            shape = {c.typeVocab, e};
            break;
        case Role::ProjectIn:
            shape = {e, c.wordEmbedDim};
            break;
        case Role::ProjectOut:
            shape = {c.wordEmbedDim, e};
            break;
        case Role::ClassToken:
            shape = c.arch->clipEmbeddings ? std::vector<int64_t>{e} : std::vector<int64_t>{1, 1, e};
            break;
        case Role::PatchWeight:
            shape = {e, c.channels, c.patchSize, c.patchSize};
            break;
        case Role::HeadTransformWeight:
            shape = {e, e};
            break;
        case Role::HeadWeight:
            shape = c.arch->head == HeadKind::PooledEmbedding     ? std::vector<int64_t>{c.projectionDim, e}
                    : !classifier                                 ? std::vector<int64_t>{c.vocab, c.wordEmbedDim}
                    : c.arch->head == HeadKind::ClassAndPatchMean ? std::vector<int64_t>{c.numLabels, 2 * e}
                                                                  : std::vector<int64_t>{c.numLabels, e};
            break;
        case Role::RegisterTokens:
            shape = {1, c.registerTokens, e};
            break;
        case Role::HeadBias:
            shape = c.arch->headBiasRow ? std::vector<int64_t>{1, c.vocab}
                                        : std::vector<int64_t>{classifier ? c.numLabels : c.vocab};
            break;
        case Role::RelativeBias:
            shape = {c.relativeBuckets, c.heads};
            break;
        case Role::CrossQWeight:
            shape = {c.qDim(), e};
            break;
        case Role::CrossKWeight:
        case Role::CrossVWeight:
            shape = {c.kvDim(), e};
            break;
        case Role::CrossQBias:
            shape = {c.qDim()};
            break;
        case Role::CrossKBias:
        case Role::CrossVBias:
            shape = {c.kvDim()};
            break;
        case Role::CrossOWeight:
            shape = {e, c.qDim()};
            break;
        case Role::QWeight:
            shape = {c.qDim(), e};
            break;
        case Role::QBias:
            shape = {c.qDim()};
            break;
        case Role::KWeight:
        case Role::VWeight:
            shape = {c.kvDim(), e};
            break;
        case Role::KBias:
        case Role::VBias:
            shape = {c.kvDim()};
            break;
        case Role::QkvWeight:
            shape = {c.qDim() + 2 * c.kvDim(), e};
            break;
        case Role::QkvBias:
            shape = {c.qDim() + 2 * c.kvDim()};
            break;
        case Role::OWeight:
            shape = {e, c.qDim()};
            break;
        case Role::GateWeight:
        case Role::UpWeight:
            shape = {c.intermediate, e};
            break;
        case Role::GateBias:
        case Role::UpBias:
            shape = {c.intermediate};
            break;
        case Role::DownWeight:
            shape = {e, c.intermediate};
            break;
        case Role::GateUpWeight:
            shape = {2 * c.intermediate, e};
            break;
        case Role::QNormWeight:
            shape = {c.arch->qkNorm == QkNorm::WholeProjection ? c.qDim() : c.headDim};
            break;
        case Role::KNormWeight:
            shape = {c.arch->qkNorm == QkNorm::WholeProjection ? c.kvDim() : c.headDim};
            break;
        default:
            shape = {e};
            break;  // norms, their biases, PatchBias, OBias, DownBias, HeadTransformBias
    }
    if (transposed && shape.size() == 2) std::swap(shape[0], shape[1]);
    return shape;
}

}  // namespace attnscope::model
