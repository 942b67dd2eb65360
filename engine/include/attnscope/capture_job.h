// A capture as a Job: the forward pass on its own thread with per-layer progress and cancellation, for callers
// (the GUI) that must not block.
#pragma once

#include <memory>

#include "attnscope/capture.h"
#include "attnscope/engine_export.h"
#include "attnscope/job.h"
#include "attnscope/model.h"

namespace attnscope {

using CaptureJob = Job<std::shared_ptr<const AttentionCapture>>;

// Starts model->run(input, options) at once. Progress is layers done / layers, the stage "layer L of N";
// cancel() stops it between layers (result() then throws CancelledError). The job keeps the model alive.
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<CaptureJob> startCapture(std::shared_ptr<const Model> model, ModelInput input,
                                                                 RunOptions options = {});

}  // namespace attnscope
