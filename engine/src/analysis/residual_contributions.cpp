// What each part of the residual stream contributes, from the model's own weights: norm-based attention
// (Kobayashi et al., 2020), direct logit attribution per head, and input-token ablation. All three reach behind the
// public Model through ForwardAccess for the output projections, the final norm and the unembedding.
#include <cmath>

#include "attnscope/error.h"
#include "attnscope/information_flow.h"
#include "model/capture_store.h"
#include "model/forward.h"
#include "model/forward_access.h"

namespace attnscope {

namespace {

using model::Role;

torch::Tensor onHost(const torch::Tensor& t) {
    return t.defined() ? t.to(torch::kCPU, torch::kFloat64) : t;
}

torch::Tensor headMaskTensor(const model::ForwardAccess& access, const HeadMask& mask) {
    if (mask.empty()) return {};
    const auto& config = access.config();
    mask.validate(static_cast<int>(config.layers), static_cast<int>(config.heads));
    std::vector<float> keep(static_cast<size_t>(config.layers * config.heads), 1.0f);
    for (const auto& id : mask.heads()) keep[static_cast<size_t>(id.layer * config.heads + id.head)] = 0;
    return torch::tensor(keep).view({config.layers, config.heads}).to(access.device());
}

// Head h's slice of the output projection as [hidden, head_dim] float64 on the host (y = W x for its outputs).
torch::Tensor outputSlice(const model::ForwardAccess& access, int layer, int64_t head) {
    const auto& config = access.config();
    const auto& w = access.weights();
    torch::Tensor o = onHost(w(layer, Role::OWeight));
    if (w.isTransposed(Role::OWeight)) o = o.t();  // GPT-2's Conv1D stores [in, out]
    return o.narrow(1, head * config.headDim, config.headDim);
}

// f_h(x_j) = v_j W_O^h for every head of one layer: [heads, tokens, hidden] float64.
torch::Tensor transformedValues(const Model& model, const AttentionCapture& capture, int layer) {
    if (layer < 0 || layer >= capture.layers())
        throw EngineError("layer " + std::to_string(layer) + " is outside the model's " +
                              std::to_string(capture.layers()) + " layers",
                          "norm-based attention");
    const auto& access = model::forwardAccess(model);
    if (access.config().layers != capture.layers() || access.config().heads != capture.heads())
        throw EngineError("the capture was not made by this model", "norm-based attention");
    std::vector<torch::Tensor> heads;
    for (int h = 0; h < capture.heads(); ++h) {
        const FloatMatrix values = capture.values(layer, h);
        if (values.empty())
            throw EngineError("the capture holds no value vectors (run it with values kept)", "norm-based attention");
        heads.push_back(torch::mm(model::toTensor(values).to(torch::kFloat64), outputSlice(access, layer, h).t()));
    }
    return torch::stack(heads);
}

// Whether the residual stream reaches the logits through nothing but a norm (frozen) and linear maps; the reason
// when it does not.
std::string nonlinearReason(const model::ModelConfig& config) {
    const std::string name = "'" + config.modelType + "'";
    if (config.arch->placement == model::NormPlacement::Sandwich ||
        config.arch->placement == model::NormPlacement::OutputOnly)
        return name + " normalises each block's output before adding it to the residual stream";
    if (!config.preNorm) return name + " is post-norm: every block renormalises the residual stream";
    if (config.finalSoftcap > 0) return name + " soft-caps its logits";
    switch (config.arch->head) {
        case model::HeadKind::LanguageModel:
        case model::HeadKind::ImageClassifier:
            return {};
        case model::HeadKind::MaskedLanguageModel:
            return name + "'s masked-LM head transforms the residual stream before the unembedding";
        default:
            return name + " has no logits to attribute";
    }
}

// Everything the attribution needs from one forward pass, at one position of batch item 0.
class ContributionRecorder final : public model::ForwardObserver {
public:
    explicit ContributionRecorder(int64_t position) : position_(position) {}
    void embeddings(const torch::Tensor& hidden) override { embedding = onHost(hidden[0][position_]); }
    void headOutputs(int64_t, const torch::Tensor& out) override {
        heads.push_back(onHost(out[0].select(1, position_)));  // [H, D]
    }
    void mlpOutput(int64_t, const torch::Tensor& out) override { mlp.push_back(onHost(out[0][position_])); }
    void blockOutput(int64_t, const torch::Tensor& hidden) override { last = onHost(hidden[0][position_]); }

    torch::Tensor embedding, last;
    std::vector<torch::Tensor> heads, mlp;

private:
    int64_t position_;
};

}  // namespace

FloatMatrix transformedValueNorms(const Model& model, const AttentionCapture& capture, int layer) {
    torch::NoGradGuard noGrad;
    return model::toMatrix(transformedValues(model, capture, layer).norm(2, -1));
}

FloatMatrix normWeightedAttention(const Model& model, const AttentionCapture& capture, int layer, int head) {
    torch::NoGradGuard noGrad;
    if (head < -1 || head >= capture.heads())
        throw EngineError(
            "head " + std::to_string(head) + " is outside the model's " + std::to_string(capture.heads()) + " heads",
            "norm-based attention");
    const torch::Tensor f = transformedValues(model, capture, layer);  // [H, N, E]
    if (head >= 0) {
        const torch::Tensor alpha = model::toTensor(capture.attention(layer, head)).to(torch::kFloat64);
        return model::toMatrix(alpha * f[head].norm(2, -1).unsqueeze(0));
    }
    // || Σ_h α^h_ij f_h(x_j) ||² = Σ_{h,g} α^h_ij α^g_ij <f_h(x_j), f_g(x_j)>: a [H, H] Gram matrix per token j
    // instead of a hidden-sized vector per cell.
    std::vector<torch::Tensor> maps;
    for (int h = 0; h < capture.heads(); ++h)
        maps.push_back(model::toTensor(capture.attention(layer, h)).to(torch::kFloat64));
    const torch::Tensor alpha = torch::stack(maps);                    // [H, N(i), N(j)]
    const torch::Tensor gram = torch::einsum("hje,gje->jhg", {f, f});  // [N, H, H]
    const torch::Tensor mixed = torch::einsum("hij,jhg->ijg", {alpha, gram});
    const torch::Tensor squared = torch::einsum("ijg,gij->ij", {mixed, alpha});
    return model::toMatrix(squared.clamp_min(0).sqrt());
}

double LogitAttribution::sum() const {
    double total = embeddings + constant;
    for (double v : headTerms) total += v;
    for (double v : attentionBias) total += v;
    for (double v : mlpTerms) total += v;
    return total;
}

LogitAttribution attributeLogit(const Model& model, const ModelInput& input, const AttributionOptions& options) {
    torch::NoGradGuard noGrad;
    const auto& access = model::forwardAccess(model);
    const model::ModelConfig& config = access.config();
    const model::BoundWeights& w = access.weights();
    if (const std::string reason = nonlinearReason(config); !reason.empty())
        throw EngineError(
            "direct logit attribution needs a residual stream that reaches the logits linearly: " + reason,
            "attribution");
    if (!w.hasHead) throw EngineError("the checkpoint has no output head", "attribution");
    const bool image = config.imageInput();
    model::ForwardInput forwardInput = access.tensors(input);
    const int64_t count = image ? model::imageTokenCount(config, forwardInput.pixels) : forwardInput.ids.size(1);
    int64_t position = options.position < 0 ? (image ? 0 : count - 1) : options.position;
    if (position >= count)
        throw EngineError(
            "position " + std::to_string(position) + " is outside the input's " + std::to_string(count) + " tokens",
            "--position");
    if (image && position != 0)
        throw EngineError("an image classifier's logits are read at the class token (position 0)", "--position");
    ContributionRecorder recorder(position);
    forwardInput.observer = &recorder;
    forwardInput.headMask = headMaskTensor(access, options.mask);
    const torch::Tensor logits = model::forward(config, w, forwardInput);
    const torch::Tensor row = onHost(image ? logits[0] : logits[0][position]);  // [vocab or labels]
    int64_t target = options.target < 0 ? row.argmax().item<int64_t>() : options.target;
    if (target >= row.size(0))
        throw EngineError(
            "target " + std::to_string(target) + " is outside the model's " + std::to_string(row.size(0)) + " outputs",
            "--target-token");

    LogitAttribution result;
    result.layers = static_cast<int>(config.layers);
    result.heads = static_cast<int>(config.heads);
    result.position = static_cast<int>(position);
    result.target = target;
    result.logit = row[target].item<double>();

    // The final norm with its statistics frozen is a linear map T plus a constant shift; the unembedding row u then
    // reads each term: u . T(c).
    const torch::Tensor& xLast = recorder.last;
    torch::Tensor scale = torch::ones_like(xLast);
    torch::Tensor shift = torch::zeros_like(xLast);
    bool centre = false;
    result.normalization = "none";
    if (config.finalNorm) {
        const torch::Tensor gamma = onHost(w(Role::FinalNormWeight));
        if (config.arch->norm == model::NormKind::RmsNorm) {
            result.normalization = "RMS norm";
            const double rms = std::sqrt(xLast.pow(2).mean().item<double>() + config.normEps);
            scale = (config.arch->rmsStyle == model::RmsStyle::OnePlusWeight ? 1.0 + gamma : gamma) / rms;
        } else {
            result.normalization = "layer norm";
            centre = true;
            const double variance = (xLast - xLast.mean()).pow(2).mean().item<double>();
            scale = gamma / std::sqrt(variance + config.normEps);
            if (w(Role::FinalNormBias).defined()) shift = onHost(w(Role::FinalNormBias));
        }
    }
    torch::Tensor unembed = onHost(w(Role::HeadWeight))[target];  // [hidden after any projection]
    if (config.projectedEmbeddings) unembed = torch::mv(onHost(w(Role::ProjectOut)).t(), unembed);
    const torch::Tensor reader = unembed * scale;  // u . (scale * c) for a centred c
    auto term = [&](const torch::Tensor& c) {
        const torch::Tensor centred = centre ? c - c.mean() : c;
        return torch::dot(reader, centred).item<double>();
    };
    result.constant = torch::dot(unembed, shift).item<double>();
    if (w(Role::HeadBias).defined()) result.constant += onHost(w(Role::HeadBias))[target].item<double>();
    result.embeddings = term(recorder.embedding);
    result.headTerms.assign(static_cast<size_t>(config.layers * config.heads), 0.0);
    result.attentionBias.assign(static_cast<size_t>(config.layers), 0.0);
    result.mlpTerms.assign(static_cast<size_t>(config.layers), 0.0);
    if (recorder.heads.size() != static_cast<size_t>(config.layers) ||
        recorder.mlp.size() != static_cast<size_t>(config.layers))
        throw EngineError("the forward pass did not report every block", "attribution");
    for (int l = 0; l < config.layers; ++l) {
        const torch::Tensor attentionScale =
            config.arch->layerScale ? onHost(w(l, Role::LayerScale1)) : torch::ones_like(xLast);
        const torch::Tensor mlpScale =
            config.arch->layerScale ? onHost(w(l, Role::LayerScale2)) : torch::ones_like(xLast);
        for (int h = 0; h < config.heads; ++h) {
            const torch::Tensor written = torch::mv(outputSlice(access, l, h), recorder.heads[l][h]);
            result.headTerms[static_cast<size_t>(l * config.heads + h)] = term(written * attentionScale);
        }
        if (w(l, Role::OBias).defined()) result.attentionBias[l] = term(onHost(w(l, Role::OBias)) * attentionScale);
        result.mlpTerms[l] = term(recorder.mlp[l] * mlpScale);
    }
    return result;
}

std::vector<float> tokenAblation(const Model& model, const ModelInput& input, int position, const HeadMask& mask) {
    torch::NoGradGuard noGrad;
    const auto& access = model::forwardAccess(model);
    const model::ModelConfig& config = access.config();
    const auto head = config.arch->head;
    if (head != model::HeadKind::LanguageModel && head != model::HeadKind::MaskedLanguageModel &&
        head != model::HeadKind::ImageClassifier)
        throw EngineError("token ablation needs a model with logits ('" + config.modelType + "' has none)", "ablation");
    const bool image = config.imageInput();
    const model::ForwardInput base = access.tensors(input);
    const int64_t count = image ? model::imageTokenCount(config, base.pixels) : base.ids.size(1);
    const int64_t where = position < 0 ? count - 1 : position;
    if (where >= count)
        throw EngineError(
            "position " + std::to_string(where) + " is outside the input's " + std::to_string(count) + " tokens",
            "--position");
    const torch::Tensor maskTensor = headMaskTensor(access, mask);
    // Row 0 runs the input as it is; row 1 + j zeroes token j's embedding output. Batches stay under ~64k tokens.
    auto run = [&](int64_t first, int64_t rows) {
        model::ForwardInput batch = base;
        if (image)
            batch.pixels = base.pixels.expand({rows, -1, -1, -1});
        else {
            batch.ids = base.ids.expand({rows, -1});
            if (base.typeIds.defined()) batch.typeIds = base.typeIds.expand({rows, -1});
        }
        // Row r zeroes token first + r - 1 (row 0 of the first batch zeroes nothing): built on the host, copied once.
        torch::Tensor scale = torch::ones({rows, count});
        const torch::Tensor zeroed = torch::arange(first, first + rows) - 1;
        const torch::Tensor hit = zeroed >= 0;
        scale.index_put_({torch::arange(rows).masked_select(hit), zeroed.masked_select(hit)}, 0.0);
        scale = scale.to(access.device());
        batch.embeddingScale = scale;
        batch.headMask = maskTensor;
        const torch::Tensor logits = model::forward(config, access.weights(), batch);
        return onHost(image ? logits : logits.select(1, where)).log_softmax(-1);  // [rows, outputs]
    };
    const int64_t perBatch = std::max<int64_t>(1, 65536 / count);
    std::vector<torch::Tensor> parts;
    for (int64_t first = 0; first <= count; first += perBatch)
        parts.push_back(run(first, std::min(perBatch, count + 1 - first)));
    const torch::Tensor logProbabilities = torch::cat(parts);  // [count + 1, outputs]
    const int64_t target = logProbabilities[0].argmax().item<int64_t>();
    const torch::Tensor loss = -logProbabilities.select(1, target);
    const torch::Tensor change = (loss.narrow(0, 1, count) - loss[0]).to(torch::kFloat32).contiguous();
    return std::vector<float>(change.data_ptr<float>(), change.data_ptr<float>() + count);
}

}  // namespace attnscope
