// Head importance by ablation (one masked forward pass per head, several in flight) and by the gradient of the
// loss with respect to the forward pass's per-head output multiplier (one backward pass). docs/metrics.md has the
// losses and why they were chosen.
#include "attnscope/head_importance.h"

#include <omp.h>

#include <algorithm>
#include <thread>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <numeric>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "model/forward.h"
#include "model/forward_access.h"

namespace attnscope {

namespace {

enum class LossKind { NextToken, MaskedToken, ClassDivergence };

LossKind lossKind(const ModelInfo& info) {
    if (!info.hasLogits)
        throw EngineError("the model has no language-model or classifier head, so there is no loss to measure",
                          "head importance");
    if (info.imageInput) return LossKind::ClassDivergence;
    return info.causal ? LossKind::NextToken : LossKind::MaskedToken;
}

std::string lossName(LossKind kind, ImportanceMethod method) {
    switch (kind) {
        case LossKind::NextToken:
            return "next-token cross-entropy";
        case LossKind::MaskedToken:
            return "mean -log p(token) at each position";
        case LossKind::ClassDivergence:
            return method == ImportanceMethod::Ablation ? "KL divergence from the unmasked class distribution"
                                                        : "-log p(unmasked top class)";
    }
    return {};
}

void checkInput(LossKind kind, const ModelInput& input) {
    if (kind == LossKind::NextToken && input.ids.size() < 2)
        throw EngineError("next-token loss needs at least two tokens", "head importance");
}

// log-softmax of one row in double precision.
std::vector<double> logSoftmax(const float* row, int64_t count) {
    const double most = *std::max_element(row, row + count);
    double total = 0;
    for (int64_t c = 0; c < count; ++c) total += std::exp(double(row[c]) - most);
    const double logTotal = most + std::log(total);
    std::vector<double> out(static_cast<size_t>(count));
    for (int64_t c = 0; c < count; ++c) out[static_cast<size_t>(c)] = double(row[c]) - logTotal;
    return out;
}

// The ablation loss from a run's logits; `reference` holds the unmasked class log-probabilities (image models).
double lossFromLogits(LossKind kind, const ModelInput& input, const FloatMatrix& logits,
                      const std::vector<double>& reference) {
    if (kind == LossKind::ClassDivergence) {
        const std::vector<double> logp = logSoftmax(logits.row(0), logits.cols);
        double kl = 0;
        for (size_t c = 0; c < logp.size(); ++c) kl += std::exp(reference[c]) * (reference[c] - logp[c]);
        return kl;
    }
    const int64_t count = static_cast<int64_t>(input.ids.size());
    const int64_t first = 0, last = kind == LossKind::NextToken ? count - 1 : count;
    double total = 0;
    for (int64_t i = first; i < last; ++i) {
        const int64_t target = input.ids[static_cast<size_t>(kind == LossKind::NextToken ? i + 1 : i)];
        total -= logSoftmax(logits.row(i), logits.cols)[static_cast<size_t>(target)];
    }
    return total / static_cast<double>(last - first);
}

// The differentiable loss of the gradient method on logits [1, N, V] or [1, labels]; `topClass` for images.
torch::Tensor lossTensor(LossKind kind, const torch::Tensor& logits, const torch::Tensor& ids, int64_t topClass) {
    const torch::Tensor logp = torch::log_softmax(logits.select(0, 0).to(torch::kFloat64), -1);
    if (kind == LossKind::ClassDivergence) return -logp[topClass];
    const int64_t count = ids.size(1);
    if (kind == LossKind::NextToken)
        return -logp.narrow(0, 0, count - 1).gather(1, ids.select(0, 0).narrow(0, 1, count - 1).unsqueeze(1)).mean();
    return -logp.gather(1, ids.select(0, 0).unsqueeze(1)).mean();
}

RunOptions logitsOnly(const HeadMask& mask) {
    RunOptions options;
    options.mask = mask;
    options.keepAttention = false;
    options.keepValues = false;
    options.keepLogits = true;
    return options;
}

int defaultParallelRuns() {
    // Measured on 2 cores (docs/metrics.md): one run per core, each single-threaded, beats runs one after another
    // with two intra-op threads, because a small model's forward pass leaves most of a second thread idle.
    return std::max(1, omp_get_num_procs());
}

HeadImportance ablation(const Model& model, const ModelInput& input, const ImportanceOptions& options,
                        JobControl* control) {
    const ModelInfo& info = model.info();
    const LossKind kind = lossKind(info);
    checkInput(kind, input);
    const int layers = info.layers, heads = info.heads, total = layers * heads;
    const std::atomic<bool>* cancel = control ? control->cancelFlag() : nullptr;
    if (control) control->setProgress(0, "ablation: unmasked run");

    const auto base = model.run(input, logitsOnly({}), {}, cancel);
    std::vector<double> reference;
    if (kind == LossKind::ClassDivergence) reference = logSoftmax(base->logits().row(0), base->logits().cols);
    HeadImportance result;
    result.method = ImportanceMethod::Ablation;
    result.loss = lossName(kind, result.method);
    result.layers = layers;
    result.heads = heads;
    result.baseLoss = lossFromLogits(kind, input, base->logits(), reference);
    result.scores.assign(static_cast<size_t>(total), 0.0);

    std::atomic<int> done{1};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    if (options.parallelRuns < 0 || options.parallelRuns > kMaxParallelRuns)
        throw EngineError("expected 0 (automatic) to " + std::to_string(kMaxParallelRuns) + ", got " +
                              std::to_string(options.parallelRuns),
                          "parallel runs");
    // More threads than heads or than the machine's cores would only wait; libgomp fails past a few thousand.
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int runs = std::clamp(options.parallelRuns > 0 ? options.parallelRuns : defaultParallelRuns(), 1,
                                std::max(1, std::min({total, 4 * cores, kMaxParallelRuns})));
    // Inside a parallel region of more than one thread, LibTorch's own parallel loops run serially, so each
    // forward pass keeps to its thread.
#pragma omp parallel for num_threads(runs) schedule(dynamic)
    for (int index = 0; index < total; ++index) {
        if ((cancel && cancel->load()) || failed.load()) continue;
        try {
            HeadMask mask;
            mask.set(index / heads, index % heads, true);
            const auto run = model.run(input, logitsOnly(mask), {}, cancel);
            result.scores[static_cast<size_t>(index)] =
                lossFromLogits(kind, input, run->logits(), reference) - result.baseLoss;
            const int finished = ++done;
            if (control)
                control->setProgress(double(finished) / (total + 1), "ablation: head " + std::to_string(finished - 1) +
                                                                          " of " + std::to_string(total));
        } catch (...) {
#pragma omp critical(importance_failure)
            if (!failure) failure = std::current_exception();
            failed.store(true);
        }
    }
    if (control) control->throwIfCancelled();
    if (failure) std::rethrow_exception(failure);
    return result;
}

// Runs the differentiable forward pass with the given multipliers; returns (loss, logits).
std::pair<torch::Tensor, torch::Tensor> differentiableLoss(const Model& model, const ModelInput& input,
                                                           const torch::Tensor& scales, const std::atomic<bool>* cancel,
                                                           std::optional<int64_t> topClass) {
    const auto& access = model::forwardAccess(model);
    const LossKind kind = lossKind(model.info());
    checkInput(kind, input);
    model::ForwardInput forwardInput = access.tensors(input);
    forwardInput.headMask = scales;
    forwardInput.cancel = cancel;
    const torch::Tensor logits = model::forward(access.config(), access.weights(), forwardInput);
    if (kind == LossKind::ClassDivergence && !topClass) topClass = logits.select(0, 0).argmax().item<int64_t>();
    return {lossTensor(kind, logits, forwardInput.ids, topClass.value_or(0)), logits};
}

HeadImportance gradient(const Model& model, const ModelInput& input, JobControl* control) {
    const ModelInfo& info = model.info();
    const LossKind kind = lossKind(info);
    if (control) control->setProgress(0, "gradient: forward and backward pass");
    torch::AutoGradMode enableGrad(true);
    const auto device = model::forwardAccess(model).device();
    torch::Tensor scales =
        torch::ones({info.layers, info.heads}, torch::TensorOptions().dtype(torch::kFloat32).device(device))
            .requires_grad_(true);
    auto [loss, logits] = differentiableLoss(model, input, scales, control ? control->cancelFlag() : nullptr, {});
    loss.backward();
    if (control) control->throwIfCancelled();
    const torch::Tensor grad = scales.grad().to(torch::kCPU).to(torch::kFloat64).contiguous();
    HeadImportance result;
    result.method = ImportanceMethod::Gradient;
    result.loss = lossName(kind, result.method);
    result.layers = info.layers;
    result.heads = info.heads;
    result.baseLoss = loss.item<double>();
    const double* g = grad.data_ptr<double>();
    result.gradients.assign(g, g + grad.numel());
    for (double value : result.gradients) result.scores.push_back(std::abs(value));
    if (control) control->setProgress(1, "gradient: done");
    return result;
}

}  // namespace

double maskedLoss(const Model& model, const ModelInput& input, const HeadMask& mask) {
    const LossKind kind = lossKind(model.info());
    checkInput(kind, input);
    std::vector<double> reference;
    if (kind == LossKind::ClassDivergence) {
        const auto base = model.run(input, logitsOnly({}));
        reference = logSoftmax(base->logits().row(0), base->logits().cols);
    }
    return lossFromLogits(kind, input, model.run(input, logitsOnly(mask))->logits(), reference);
}

double scaledHeadLoss(const Model& model, const ModelInput& input, const std::vector<float>& headScales) {
    const ModelInfo& info = model.info();
    const auto total = static_cast<size_t>(info.layers * info.heads);
    if (!headScales.empty() && headScales.size() != total)
        throw EngineError("expected " + std::to_string(total) + " head scales (layers x heads), got " +
                              std::to_string(headScales.size()),
                          "scaled head loss");
    try {
        torch::NoGradGuard noGrad;
        const auto device = model::forwardAccess(model).device();
        const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
        const torch::Tensor ones = torch::ones({info.layers, info.heads}, options);
        std::optional<int64_t> topClass;
        if (info.imageInput) {
            // The target is the unmasked model's prediction, whatever the scales.
            const auto unscaled = differentiableLoss(model, input, ones, nullptr, {});
            topClass = unscaled.second.select(0, 0).argmax().item<int64_t>();
        }
        const torch::Tensor scales =
            headScales.empty() ? ones : torch::tensor(headScales).view({info.layers, info.heads}).to(device);
        return differentiableLoss(model, input, scales, nullptr, topClass).first.item<double>();
    } catch (const c10::Error& error) {
        throw EngineError(std::string("LibTorch failed: ") + error.what_without_backtrace(), "scaled head loss");
    }
}

HeadImportance computeHeadImportance(const Model& model, const ModelInput& input, const ImportanceOptions& options,
                                     JobControl* control) {
    const auto started = std::chrono::steady_clock::now();
    if (model.info().encoderDecoder)  // the same answer for both methods
        throw EngineError("is not available for encoder-decoder models (" + model.info().architecture +
                              "): it follows one stack's residual stream",
                          "head importance");
    HeadImportance result;
    try {
        result = options.method == ImportanceMethod::Ablation ? ablation(model, input, options, control)
                                                              : gradient(model, input, control);
    } catch (const c10::Error& error) {
        throw EngineError(std::string("LibTorch failed: ") + error.what_without_backtrace(), "head importance");
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

std::shared_ptr<ImportanceJob> startHeadImportance(std::shared_ptr<const Model> model, ModelInput input,
                                                   ImportanceOptions options) {
    return ImportanceJob::start([model = std::move(model), input = std::move(input), options](JobControl& control) {
        return computeHeadImportance(*model, input, options, &control);
    });
}

HeadMask leastImportantHeads(const HeadImportance& importance, int k) {
    std::vector<int> order(importance.scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return importance.scores[static_cast<size_t>(a)] < importance.scores[static_cast<size_t>(b)];
    });
    HeadMask mask;
    const int count = std::clamp(k, 0, static_cast<int>(order.size()));
    for (int i = 0; i < count; ++i) mask.set(order[static_cast<size_t>(i)] / importance.heads,
                                             order[static_cast<size_t>(i)] % importance.heads, true);
    return mask;
}

}  // namespace attnscope
