// What the Information Flow view shows, computed off the GUI thread: the whole matrices (cached per capture, as a
// click on another position needs only the position's graph), the position's relevance and layered graph, and, for a
// vision model, the image as the model saw it.
#pragma once

#include <QImage>
#include <memory>
#include <mutex>

#include "analysis/flow_view.h"
#include "attnscope/job.h"

namespace attnscope::app {

// The matrices of the last capture asked for; shared by the jobs of one session (one at a time runs).
class FlowMatrixCache {
public:
    // The raw, rollout and flow matrices for `capture` (computing what is missing; empty beyond the view's limits).
    void fill(widgets::FlowViewData& data, JobControl& control);

private:
    std::mutex mutex_;
    std::weak_ptr<const AttentionCapture> capture_;
    bool skipMaskedHeads_ = false;
    FloatMatrix raw_, rollout_, flow_;
};

widgets::FlowViewData computeFlowViewData(std::shared_ptr<const AttentionCapture> capture, int position,
                                          FlowMethod method, bool skipMaskedHeads, FlowMatrixCache& cache,
                                          JobControl& control);

// The preprocessed image a vision capture ran on, as RGB (its normalisation undone); null when it cannot be read.
QImage modelInputImage(const AttentionCapture& capture);

}  // namespace attnscope::app
