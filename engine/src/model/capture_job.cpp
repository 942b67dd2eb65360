// startCapture: Model::run on a Job thread, reporting each finished layer and honouring cancel().
#include "attnscope/capture_job.h"

namespace attnscope {

std::shared_ptr<CaptureJob> startCapture(std::shared_ptr<const Model> model, ModelInput input, RunOptions options) {
    return CaptureJob::start(
        [model = std::move(model), input = std::move(input), options = std::move(options)](JobControl& control) {
            control.setProgress(0.0, "embedding");
            auto progress = [&control](int done, int total) {
                control.setProgress(static_cast<double>(done) / total,
                                    "layer " + std::to_string(done) + " of " + std::to_string(total));
            };
            auto capture = model->run(input, options, progress, control.cancelFlag());
            control.setProgress(1.0, "done");
            return capture;
        });
}

}  // namespace attnscope
