// Head importance: how much a model's loss on one input depends on each head, measured by ablation (mask the head
// alone and re-run) or estimated from one backward pass (the gradient of the loss with respect to a multiplier of
// each head's output). Which loss, and why, is in docs/metrics.md ("Head importance").
#pragma once

#include "attnscope/engine_export.h"

#include <memory>
#include <string>
#include <vector>

#include "attnscope/head_mask.h"
#include "attnscope/job.h"
#include "attnscope/model.h"

namespace attnscope {

enum class ImportanceMethod { Ablation, Gradient };

ATTNSCOPE_ENGINE_EXPORT std::string importanceMethodName(ImportanceMethod method);  // "ablation", "gradient"
ATTNSCOPE_ENGINE_EXPORT ImportanceMethod
parseImportanceMethod(const std::string& name);  // throws EngineError on other names

// The most forward passes of an ablation sweep in flight at once.
inline constexpr int kMaxParallelRuns = 256;

struct ATTNSCOPE_ENGINE_EXPORT ImportanceOptions {
    ImportanceMethod method = ImportanceMethod::Ablation;
    // Forward passes of the ablation sweep in flight at once, each on one LibTorch thread; 0 picks the measured
    // best for the machine (docs/metrics.md), 1 runs them one after another with all intra-op threads.
    int parallelRuns = 0;
};

struct ATTNSCOPE_ENGINE_EXPORT HeadImportance {
    ImportanceMethod method = ImportanceMethod::Ablation;
    std::string loss;  // what was measured, e.g. "next-token cross-entropy"
    int layers = 0;
    int heads = 0;
    double baseLoss = 0;  // the unmasked input's loss
    // [layers * heads], index layer * heads + head. Ablation: loss with the head masked minus baseLoss (negative
    // when the model does better without it). Gradient: |d loss / d m| at m = 1.
    std::vector<double> scores;
    // Gradient method only: the signed d loss / d m, so -gradient is the first-order estimate of the ablation.
    std::vector<double> gradients;
    double seconds = 0;

    double score(int layer, int head) const { return scores[static_cast<size_t>(layer * heads + head)]; }
};

// The loss the ablation measures, with `mask` applied: what loss(mask) - baseLoss compares against when several
// heads are masked together. Image classifiers: the KL divergence from the unmasked run (an extra forward pass).
ATTNSCOPE_ENGINE_EXPORT double maskedLoss(const Model& model, const ModelInput& input, const HeadMask& mask);

// The loss on `input` with each head's output multiplied by headScales[layer * heads + head] (empty: all ones):
// the function the gradient method differentiates. Throws EngineError for models without logits.
ATTNSCOPE_ENGINE_EXPORT double scaledHeadLoss(const Model& model, const ModelInput& input,
                                              const std::vector<float>& headScales = {});

// Runs the chosen method. `control` (may be null) receives progress and is polled for cancellation between
// forward passes (CancelledError).
ATTNSCOPE_ENGINE_EXPORT HeadImportance computeHeadImportance(const Model& model, const ModelInput& input,
                                                             const ImportanceOptions& options = {},
                                                             JobControl* control = nullptr);

using ImportanceJob = Job<HeadImportance>;
// computeHeadImportance on its own thread; progress counts forward passes, the stage names the method.
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<ImportanceJob> startHeadImportance(std::shared_ptr<const Model> model,
                                                                           ModelInput input,
                                                                           ImportanceOptions options = {});

// The k heads with the lowest scores (ties broken by layer, then head): masking them should cost the least loss.
ATTNSCOPE_ENGINE_EXPORT HeadMask leastImportantHeads(const HeadImportance& importance, int k);

}  // namespace attnscope
