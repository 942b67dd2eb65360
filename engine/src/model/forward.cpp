// The forward pass: embeddings, N blocks (pre-norm, post-norm or parallel residual; separate or fused QKV;
// learned, rotary or patch positions), final norm and head, driven entirely by ModelConfig. Each operation
// mirrors transformers' eager implementation, including the order of additions and the dtype of reductions.
#include "forward.h"

#include <cmath>

#include "attention.h"
#include "attnscope/error.h"

namespace attnscope::model {

namespace {

// Linear ([out, in], y = x W^T + b) or GPT-2 Conv1D ([in, out], y = b + x W).
torch::Tensor project(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias, bool conv1d) {
    if (!conv1d) return torch::linear(x, weight, bias);
    auto shape = x.sizes().vec();
    shape.back() = weight.size(1);
    const torch::Tensor flat = x.reshape({-1, x.size(-1)});
    return (bias.defined() ? torch::addmm(bias, flat, weight) : torch::mm(flat, weight)).view(shape);
}

torch::Tensor activate(const torch::Tensor& x, Activation activation) {
    switch (activation) {
        case Activation::GeluTanh:
            return torch::gelu(x, "tanh");
        case Activation::GeluNew:
            // transformers' NewGELUActivation, op by op, so rounding matches.
            return 0.5 * x *
                   (1.0 + torch::tanh(std::sqrt(2.0 / 3.14159265358979323846) * (x + 0.044715 * torch::pow(x, 3.0))));
        case Activation::GeluExact:
            return torch::gelu(x);
        case Activation::Relu:
            return torch::relu(x);
        case Activation::Silu:
            return torch::silu(x);
        case Activation::QuickGelu:
            return x * torch::sigmoid(1.702 * x);
    }
    return x;
}

torch::Tensor rmsNorm(const ModelConfig& config, const torch::Tensor& x, const torch::Tensor& weight) {
    // Statistics in float32 always; where the weight multiplies differs by family (RmsStyle).
    torch::Tensor h = x.to(torch::kFloat32);
    const torch::Tensor variance = h.pow(2).mean(-1, true);
    h = h * torch::rsqrt(variance + config.normEps);
    switch (config.arch->rmsStyle) {
        case RmsStyle::Llama:
            return weight * h.to(x.scalar_type());
        case RmsStyle::Float32Weight:
            return (weight.to(torch::kFloat32) * h).to(x.scalar_type());
        case RmsStyle::OnePlusWeight:
            return (h * (1.0 + weight.to(torch::kFloat32))).to(x.scalar_type());
    }
    return h;
}

torch::Tensor normalize(const ModelConfig& config, const torch::Tensor& x, const torch::Tensor& weight,
                        const torch::Tensor& bias) {
    if (config.arch->norm == NormKind::RmsNorm) return rmsNorm(config, x, weight);
    return torch::layer_norm(x, {x.size(-1)}, weight, bias, config.normEps);
}

torch::Tensor rotateHalf(const torch::Tensor& x) {
    const int64_t half = x.size(-1) / 2;
    return torch::cat({-x.narrow(-1, half, half), x.narrow(-1, 0, half)}, -1);
}

// GPT-J's rotation of neighbouring pairs: (x0, x1, x2, x3, ...) -> (-x1, x0, -x3, x2, ...).
torch::Tensor rotateEveryTwo(const torch::Tensor& x) {
    const torch::Tensor even = x.slice(-1, 0, x.size(-1), 2), odd = x.slice(-1, 1, x.size(-1), 2);
    return torch::stack({-odd, even}, -1).flatten(-2);
}

torch::Tensor applyRotary(const torch::Tensor& x, const torch::Tensor& cos, const torch::Tensor& sin,
                          RotaryStyle style) {
    auto rotate = style == RotaryStyle::Interleaved ? rotateEveryTwo : rotateHalf;
    const int64_t rotary = cos.size(-1), dim = x.size(-1);
    if (rotary == dim) return x * cos + rotate(x) * sin;
    const torch::Tensor turned = x.narrow(-1, 0, rotary);
    return torch::cat({turned * cos + rotate(turned) * sin, x.narrow(-1, rotary, dim - rotary)}, -1);
}

// The image position table [1, 1 + patches, E], resampled (bicubic in float32, as DINOv2 does) when the image's
// patch grid is not the table's.
torch::Tensor positionTable(const ModelConfig& config, const torch::Tensor& table, const torch::Tensor& pixels) {
    const int64_t rows = pixels.size(2) / config.patchSize, cols = pixels.size(3) / config.patchSize;
    const int64_t side = config.imageSize / config.patchSize;
    const torch::Tensor full = table.view({1, -1, config.hidden});
    if (rows == side && cols == side) return full;
    const torch::Tensor grid =
        full.narrow(1, 1, side * side).reshape({1, side, side, config.hidden}).permute({0, 3, 1, 2});
    const torch::Tensor resampled = torch::nn::functional::interpolate(
                                        grid.to(torch::kFloat32), torch::nn::functional::InterpolateFuncOptions()
                                                                      .size(std::vector<int64_t>{rows, cols})
                                                                      .mode(torch::kBicubic)
                                                                      .align_corners(false)
                                                                      .antialias(config.arch->interpolationAntialias))
                                        .to(table.scalar_type());
    return torch::cat({full.narrow(1, 0, 1), resampled.permute({0, 2, 3, 1}).reshape({1, rows * cols, config.hidden})},
                      1);
}

struct RotaryTables {
    torch::Tensor cos, sin;  // in the compute dtype, or float32 for RotaryInFloat32 architectures
};

struct Context {
    const ModelConfig& config;
    const BoundWeights& w;
    const ForwardInput& input;
    RotaryTables global, local;  // local: Gemma 3's sliding layers
};

torch::Tensor embed(const Context& c, int64_t batch, int64_t count) {
    const ModelConfig& config = c.config;
    const BoundWeights& w = c.w;
    if (config.imageInput()) {
        const torch::Tensor& pixels = c.input.pixels;
        torch::Tensor patches = torch::conv2d(pixels.to(w(Role::PatchWeight).scalar_type()), w(Role::PatchWeight),
                                              w(Role::PatchBias), config.patchSize);
        patches = patches.flatten(2).transpose(1, 2);
        const torch::Tensor cls = w(Role::ClassToken).view({1, 1, config.hidden}).expand({batch, 1, config.hidden});
        torch::Tensor x = torch::cat({cls, patches}, 1) + positionTable(config, w(Role::PositionEmbedding), pixels);
        // Registers come after the class token, with no position of their own.
        if (config.registerTokens > 0)
            x = torch::cat(
                {x.narrow(1, 0, 1), w(Role::RegisterTokens).expand({batch, config.registerTokens, config.hidden}),
                 x.narrow(1, 1, x.size(1) - 1)},
                1);
        // CLIP normalises the embeddings before the first layer (pre_layrnorm).
        if (config.arch->embeddingNorm)
            x = normalize(config, x, w(Role::EmbeddingNormWeight), w(Role::EmbeddingNormBias));
        return x;
    }
    const torch::Tensor& ids = c.input.ids;
    torch::Tensor x = torch::embedding(w(Role::TokenEmbedding), ids);
    if (config.embedScale > 0) {
        // sqrt(hidden) rounded to the weights' dtype as Gemma does (Gemma 3 through a float32 buffer first).
        torch::Tensor scale = torch::tensor(config.arch->embedScale == EmbedScale::SqrtHiddenViaFloat32
                                                ? static_cast<double>(static_cast<float>(config.embedScale))
                                                : config.embedScale,
                                            torch::TensorOptions().dtype(torch::kFloat64));
        x = x * scale.to(x.scalar_type()).to(x.device());
    }
    if (config.projectedEmbeddings) x = torch::linear(x, w(Role::ProjectIn));
    if (w(Role::TokenTypeEmbedding).defined()) {
        const torch::Tensor types = c.input.typeIds.defined() ? c.input.typeIds : torch::zeros_like(ids);
        x = x + torch::embedding(w(Role::TokenTypeEmbedding), types);
    }
    if (config.arch->positionKind == PositionKind::Learned) {
        torch::Tensor positions;
        if (config.paddingAwarePositions) {
            // RoBERTa: real tokens count from padding_idx + 1, pads keep padding_idx.
            const torch::Tensor real = ids.ne(config.padTokenId).to(torch::kLong);
            positions = torch::cumsum(real, 1) * real + config.padTokenId;
        } else {
            positions =
                (torch::arange(count, ids.options()) + config.positionOffset).unsqueeze(0).expand({batch, count});
        }
        x = x + torch::embedding(w(Role::PositionEmbedding), positions);
    }
    if (config.arch->embeddingNorm) x = normalize(config, x, w(Role::EmbeddingNormWeight), w(Role::EmbeddingNormBias));
    return x;
}

torch::Tensor attentionBlock(const Context& c, int64_t layer, const torch::Tensor& x) {
    const ModelConfig& config = c.config;
    const BoundWeights& w = c.w;
    const int64_t batch = x.size(0), count = x.size(1), heads = config.heads, kvHeads = config.kvHeads;
    const int64_t dim = config.headDim;
    torch::Tensor q, k, v;
    switch (config.arch->qkvLayout) {
        case QkvLayout::Separate:
            q = project(x, w(layer, Role::QWeight), w(layer, Role::QBias), false);
            k = project(x, w(layer, Role::KWeight), w(layer, Role::KBias), false);
            v = project(x, w(layer, Role::VWeight), w(layer, Role::VBias), false);
            break;
        case QkvLayout::FusedConcat: {
            const torch::Tensor qkv =
                project(x, w(layer, Role::QkvWeight), w(layer, Role::QkvBias), w.isTransposed(Role::QkvWeight));
            q = qkv.narrow(-1, 0, config.qDim());
            k = qkv.narrow(-1, config.qDim(), config.kvDim());
            v = qkv.narrow(-1, config.qDim() + config.kvDim(), config.kvDim());
            break;
        }
        case QkvLayout::FusedPerHead: {
            const torch::Tensor qkv = project(x, w(layer, Role::QkvWeight), w(layer, Role::QkvBias), false)
                                          .view({batch, count, heads, 3 * dim});
            q = qkv.narrow(-1, 0, dim);
            k = qkv.narrow(-1, dim, dim);
            v = qkv.narrow(-1, 2 * dim, dim);
            break;
        }
    }
    if (config.arch->qkNorm == QkNorm::WholeProjection) {
        // OLMo 2: one statistic over all heads' queries (and keys), before they are split.
        q = rmsNorm(config, q, w(layer, Role::QNormWeight));
        k = rmsNorm(config, k, w(layer, Role::KNormWeight));
    }
    q = q.reshape({batch, count, heads, dim});
    k = k.reshape({batch, count, kvHeads, dim});
    if (config.arch->qkNorm == QkNorm::PerHead) {
        q = rmsNorm(config, q, w(layer, Role::QNormWeight));
        k = rmsNorm(config, k, w(layer, Role::KNormWeight));
    }
    q = q.transpose(1, 2);
    k = k.transpose(1, 2);
    v = v.reshape({batch, count, kvHeads, dim}).transpose(1, 2).contiguous();
    if (config.rotaryDims > 0) {
        const bool local = !config.localRope.empty() && config.localRope[static_cast<size_t>(layer)];
        const RotaryTables& t = local ? c.local : c.global;
        const RotaryStyle style = config.arch->rotaryStyle;
        if (config.arch->rotaryInFloat32) {
            q = applyRotary(q.to(torch::kFloat32), t.cos, t.sin, style).to(v.scalar_type());
            k = applyRotary(k.to(torch::kFloat32), t.cos, t.sin, style).to(v.scalar_type());
        } else {
            q = applyRotary(q, t.cos, t.sin, style);
            k = applyRotary(k, t.cos, t.sin, style);
        }
    }
    q = q.contiguous();
    k = k.contiguous();
    if (c.input.observer) c.input.observer->attention(layer, q, k, v);

    AttentionRule rule = AttentionRule::forLayer(config, layer);
    rule.relativeBias = w(Role::RelativeBias);
    torch::Tensor out = fusedAttention(rule, q, k, v);
    if (!out.defined()) out = blockedAttention(rule, q, k, v, c.input.cancel);
    if (c.input.headMask.defined()) out = out * c.input.headMask[layer].to(out.scalar_type()).view({1, heads, 1, 1});
    if (c.input.observer) c.input.observer->headOutputs(layer, out);
    out = out.transpose(1, 2).reshape({batch, count, heads * dim});
    return project(out, w(layer, Role::OWeight), w(layer, Role::OBias), w.isTransposed(Role::OWeight));
}

// A decoder's attention over the encoder's output: queries from the decoder, keys and values from the source; no
// causal mask and no position bias.
torch::Tensor crossAttentionBlock(const Context& c, int64_t layer, const torch::Tensor& x) {
    const ModelConfig& config = c.config;
    const BoundWeights& w = c.w;
    const torch::Tensor& source = c.input.encoderHidden;
    if (!source.defined()) throw EngineError("a decoder stack needs the encoder's output", "forward");
    const int64_t batch = x.size(0), count = x.size(1), sourceCount = source.size(1);
    const int64_t heads = config.heads, kvHeads = config.kvHeads, dim = config.headDim;
    const torch::Tensor q = torch::linear(x, w(layer, Role::CrossQWeight), w(layer, Role::CrossQBias))
                                .view({batch, count, heads, dim})
                                .transpose(1, 2)
                                .contiguous();
    const torch::Tensor k = torch::linear(source, w(layer, Role::CrossKWeight), w(layer, Role::CrossKBias))
                                .view({batch, sourceCount, kvHeads, dim})
                                .transpose(1, 2)
                                .contiguous();
    const torch::Tensor v = torch::linear(source, w(layer, Role::CrossVWeight), w(layer, Role::CrossVBias))
                                .view({batch, sourceCount, kvHeads, dim})
                                .transpose(1, 2)
                                .contiguous();
    if (c.input.observer) c.input.observer->crossAttention(layer, q, k, v);
    AttentionRule rule;
    rule.scale = config.attentionScale;
    torch::Tensor out = fusedAttention(rule, q, k, v);
    if (!out.defined()) out = blockedAttention(rule, q, k, v, c.input.cancel);
    if (c.input.crossHeadMask.defined())
        out = out * c.input.crossHeadMask[layer].to(out.scalar_type()).view({1, heads, 1, 1});
    out = out.transpose(1, 2).reshape({batch, count, heads * dim});
    return torch::linear(out, w(layer, Role::CrossOWeight), w(layer, Role::CrossOBias));
}

torch::Tensor mlpBlock(const Context& c, int64_t layer, const torch::Tensor& x) {
    const BoundWeights& w = c.w;
    const bool conv1d = w.isTransposed(Role::UpWeight);
    torch::Tensor h;
    if (c.config.arch->fusedGateUp) {
        const torch::Tensor both = torch::linear(x, w(layer, Role::GateUpWeight));
        h = activate(both.narrow(-1, 0, c.config.intermediate), c.config.activation) *
            both.narrow(-1, c.config.intermediate, c.config.intermediate);
    } else if (c.config.gatedMlp) {
        h = activate(project(x, w(layer, Role::GateWeight), w(layer, Role::GateBias), conv1d), c.config.activation) *
            project(x, w(layer, Role::UpWeight), w(layer, Role::UpBias), conv1d);
    } else {
        h = activate(project(x, w(layer, Role::UpWeight), w(layer, Role::UpBias), conv1d), c.config.activation);
    }
    torch::Tensor out =
        project(h, w(layer, Role::DownWeight), w(layer, Role::DownBias), w.isTransposed(Role::DownWeight));
    if (c.input.observer) c.input.observer->mlpOutput(layer, out);
    return out;
}

torch::Tensor block(const Context& c, int64_t layer, const torch::Tensor& x) {
    const ModelConfig& config = c.config;
    const BoundWeights& w = c.w;
    auto attnNorm = [&](const torch::Tensor& h) {
        return normalize(config, h, w(layer, Role::AttnNormWeight), w(layer, Role::AttnNormBias));
    };
    auto mlpNorm = [&](const torch::Tensor& h) {
        return normalize(config, h, w(layer, Role::MlpNormWeight), w(layer, Role::MlpNormBias));
    };
    auto outputNorm = [&](Role role, const torch::Tensor& h) { return rmsNorm(config, h, w(layer, role)); };
    switch (config.arch->placement) {
        case NormPlacement::Sandwich: {
            const torch::Tensor h = x + outputNorm(Role::AttnOutNormWeight, attentionBlock(c, layer, attnNorm(x)));
            return h + outputNorm(Role::MlpOutNormWeight, mlpBlock(c, layer, mlpNorm(h)));
        }
        case NormPlacement::OutputOnly: {
            const torch::Tensor h = x + outputNorm(Role::AttnOutNormWeight, attentionBlock(c, layer, x));
            return h + outputNorm(Role::MlpOutNormWeight, mlpBlock(c, layer, h));
        }
        default:
            break;
    }
    const bool cross = w(layer, Role::CrossQWeight).defined();
    auto crossNorm = [&](const torch::Tensor& h) {
        return normalize(config, h, w(layer, Role::CrossNormWeight), w(layer, Role::CrossNormBias));
    };
    if (!config.preNorm) {
        torch::Tensor h = attnNorm(attentionBlock(c, layer, x) + x);
        if (cross) h = crossNorm(crossAttentionBlock(c, layer, h) + h);
        return mlpNorm(mlpBlock(c, layer, h) + h);
    }
    const torch::Tensor normed = attnNorm(x);
    torch::Tensor attended = attentionBlock(c, layer, normed);
    if (config.arch->layerScale) {
        const torch::Tensor h = attended * w(layer, Role::LayerScale1) + x;
        return mlpBlock(c, layer, mlpNorm(h)) * w(layer, Role::LayerScale2) + h;
    }
    if (config.parallelResidual && config.arch->sharedParallelNorm) return attended + mlpBlock(c, layer, normed) + x;
    if (config.parallelResidual) return mlpBlock(c, layer, mlpNorm(x)) + attended + x;
    torch::Tensor h = attended + x;
    if (cross) h = h + crossAttentionBlock(c, layer, crossNorm(h));
    return mlpBlock(c, layer, mlpNorm(h)) + h;
}

torch::Tensor head(const Context& c, torch::Tensor x) {
    const ModelConfig& config = c.config;
    const BoundWeights& w = c.w;
    switch (config.arch->head) {
        case HeadKind::LanguageModel: {
            if (config.outputScale > 0) x = x * config.outputScale;
            const torch::Tensor& bias = w(Role::HeadBias);
            torch::Tensor logits = torch::linear(x, w(Role::HeadWeight), bias.defined() ? bias.view({-1}) : bias);
            if (config.finalSoftcap > 0) logits = torch::tanh(logits / config.finalSoftcap) * config.finalSoftcap;
            return logits;
        }
        case HeadKind::MaskedLanguageModel:
            x = activate(torch::linear(x, w(Role::HeadTransformWeight), w(Role::HeadTransformBias)),
                         config.headActivation);
            x = torch::layer_norm(x, {x.size(-1)}, w(Role::HeadNormWeight), w(Role::HeadNormBias), config.normEps);
            return torch::linear(x, w(Role::HeadWeight), w(Role::HeadBias));
        case HeadKind::ImageClassifier:
            return torch::linear(x.select(1, 0), w(Role::HeadWeight), w(Role::HeadBias));
        case HeadKind::PooledEmbedding: {
            const torch::Tensor pooled = torch::layer_norm(x.select(1, 0), {x.size(-1)}, w(Role::HeadNormWeight),
                                                           w(Role::HeadNormBias), config.normEps);
            return w(Role::HeadWeight).defined() ? torch::linear(pooled, w(Role::HeadWeight)) : pooled;
        }
        case HeadKind::ClassAndPatchMean: {
            const int64_t first = 1 + config.registerTokens;
            const torch::Tensor patches = x.narrow(1, first, x.size(1) - first).mean(1);
            return torch::linear(torch::cat({x.select(1, 0), patches}, -1), w(Role::HeadWeight), w(Role::HeadBias));
        }
        case HeadKind::None:
            break;
    }
    return x;
}

}  // namespace

int64_t imageTokenCount(const ModelConfig& config, const torch::Tensor& pixels) {
    return 1 + config.registerTokens + (pixels.size(2) / config.patchSize) * (pixels.size(3) / config.patchSize);
}

std::pair<torch::Tensor, torch::Tensor> rotaryTables(const ModelConfig& config, int64_t count,
                                                     const torch::Device& device, bool local) {
    // Mirrors transformers' rope initialisation op by op in float32, so angles round the same way.
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    const int64_t dims = config.rotaryDims;
    const torch::Tensor exponents =
        torch::arange(0, dims, 2, torch::TensorOptions().dtype(torch::kLong).device(device)).to(torch::kFloat32) /
        static_cast<double>(dims);
    torch::Tensor inverse = torch::reciprocal(torch::pow(local ? config.localRopeTheta : config.ropeTheta, exponents));
    const RopeScaling& scaling = local ? config.localRopeScaling : config.ropeScaling;
    if (scaling.type == "linear") {
        inverse = inverse / scaling.factor;
    } else if (scaling.type == "llama3") {
        const double lowWavelength = scaling.originalMaxPositions / scaling.lowFreqFactor;
        const double highWavelength = scaling.originalMaxPositions / scaling.highFreqFactor;
        const torch::Tensor wavelength = torch::reciprocal(inverse) * (2 * 3.14159265358979323846);
        torch::Tensor scaled = torch::where(wavelength > lowWavelength, inverse / scaling.factor, inverse);
        const torch::Tensor smooth =
            (torch::reciprocal(wavelength) * scaling.originalMaxPositions - scaling.lowFreqFactor) /
            (scaling.highFreqFactor - scaling.lowFreqFactor);
        const torch::Tensor smoothed = (1 - smooth) * scaled / scaling.factor + smooth * scaled;
        const torch::Tensor medium =
            (wavelength < highWavelength).logical_not().logical_and((wavelength > lowWavelength).logical_not());
        inverse = torch::where(medium, smoothed, scaled);
    }
    const torch::Tensor positions = torch::arange(count, options);
    const torch::Tensor angles = torch::outer(positions, inverse);
    // Each angle serves both halves (rotate_half) or both members of its pair (GPT-J).
    const torch::Tensor both = config.arch->rotaryStyle == RotaryStyle::Interleaved ? angles.repeat_interleave(2, -1)
                                                                                    : torch::cat({angles, angles}, -1);
    return {both.cos(), both.sin()};
}

torch::Tensor forward(const ModelConfig& config, const BoundWeights& weights, const ForwardInput& input) {
    const bool image = config.imageInput();
    const torch::Tensor& shapeSource = image ? input.pixels : input.ids;
    if (!shapeSource.defined()) throw EngineError(image ? "no image given" : "no token ids given", "forward");
    const int64_t batch = shapeSource.size(0);
    const int64_t count = image ? imageTokenCount(config, input.pixels) : input.ids.size(1);
    Context c{config, weights, input, {}, {}};
    if (config.rotaryDims > 0) {
        const auto dtype = config.arch->rotaryInFloat32 ? torch::kFloat32 : weights(Role::TokenEmbedding).scalar_type();
        for (const bool local : {false, true}) {
            if (local && config.localRope.empty()) break;
            auto tables = rotaryTables(config, count, shapeSource.device(), local);
            RotaryTables& target = local ? c.local : c.global;
            target.cos = tables.first.to(dtype);
            target.sin = tables.second.to(dtype);
        }
    }
    torch::Tensor x = embed(c, batch, count);
    if (input.embeddingScale.defined()) x = x * input.embeddingScale.to(x.scalar_type()).unsqueeze(-1);
    if (input.observer) input.observer->embeddings(x);
    for (int64_t layer = 0; layer < config.layers; ++layer) {
        if (input.cancel && input.cancel->load()) throw CancelledError();
        x = block(c, layer, x);
        if (input.observer) input.observer->blockOutput(layer, x);
    }
    if (config.finalNorm) x = normalize(config, x, weights(Role::FinalNormWeight), weights(Role::FinalNormBias));
    if (config.projectedEmbeddings) x = torch::linear(x, weights(Role::ProjectOut));
    if (!input.computeHead || !weights.hasHead) return x;
    return head(c, x);
}

}  // namespace attnscope::model
