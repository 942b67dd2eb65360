// Information flow for the view: engine calls in a job, the matrices cached across positions.
#include "flow_computation.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "attnscope/error.h"
#include "attnscope/image_input.h"

namespace attnscope::app {

namespace {

// Edges lighter than this share of the position's information are not handed to the view.
constexpr double kMinEdgeWeight = 1e-3;

}  // namespace

void FlowMatrixCache::fill(widgets::FlowViewData& data, JobControl& control) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (capture_.lock() != data.capture || skipMaskedHeads_ != data.skipMaskedHeads) {
        raw_ = rollout_ = flow_ = {};
        capture_ = data.capture;
        skipMaskedHeads_ = data.skipMaskedHeads;
        const int n = data.capture->tokenCount();
        if (n <= widgets::kFlowViewMatrixTokens) {
            FlowOptions options;
            options.skipMaskedHeads = data.skipMaskedHeads;
            control.setProgress(0, "rollout");
            raw_ = relevanceMatrix(*data.capture, FlowMethod::Raw, options);
            rollout_ = relevanceMatrix(*data.capture, FlowMethod::Rollout, options);
            if (n <= kMaxFlowMatrixTokens) {
                control.setProgress(0, "flow");
                flow_ = relevanceMatrix(*data.capture, FlowMethod::Flow, options, &control);
            }
        }
    }
    data.raw = raw_;
    data.rollout = rollout_;
    data.flow = flow_;
}

widgets::FlowViewData computeFlowViewData(std::shared_ptr<const AttentionCapture> capture, int position,
                                          FlowMethod method, bool skipMaskedHeads, FlowMatrixCache& cache,
                                          JobControl& control) {
    const auto started = std::chrono::steady_clock::now();
    widgets::FlowViewData data;
    data.capture = std::move(capture);
    data.position = position;
    data.method = method;
    data.skipMaskedHeads = skipMaskedHeads;
    cache.fill(data, control);
    FlowOptions options;
    options.skipMaskedHeads = skipMaskedHeads;
    control.setProgress(0, method == FlowMethod::Flow ? "flow of the position" : "rollout of the position");
    data.graph = layeredFlow(*data.capture, method, position, options, kMinEdgeWeight, &control);
    data.relevance.assign(data.graph.nodes.row(0), data.graph.nodes.row(0) + data.graph.nodes.cols);
    if (data.capture->modelInfo().imageInput) data.image = modelInputImage(*data.capture);
    data.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return data;
}

QImage modelInputImage(const AttentionCapture& capture) {
    const ModelInfo& info = capture.modelInfo();
    const ModelInput& input = capture.input();
    ImagePreprocessing preprocessing = ImagePreprocessing::fromDirectory(info.directory, 224);
    std::vector<float> pixels = input.pixelValues;
    try {
        if (pixels.empty() && !input.imagePath.empty())
            pixels = preprocessImage(readImage(input.imagePath), preprocessing);
    } catch (const EngineError&) {
        return {};  // the file changed or vanished since the run: no picture, the relevance stays in the bars
    }
    const int side = static_cast<int>(std::lround(std::sqrt(pixels.size() / 3.0)));
    if (side <= 0 || static_cast<size_t>(3 * side * side) != pixels.size()) return {};
    QImage image(side, side, QImage::Format_RGB888);
    const size_t plane = static_cast<size_t>(side) * side;
    for (int y = 0; y < side; ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < side; ++x)
            for (int c = 0; c < 3; ++c) {
                double v = pixels[c * plane + static_cast<size_t>(y) * side + x];
                if (preprocessing.doNormalize) v = v * preprocessing.std[c] + preprocessing.mean[c];
                if (preprocessing.doRescale && preprocessing.rescaleFactor > 0) v /= preprocessing.rescaleFactor;
                line[3 * x + c] = static_cast<uchar>(std::clamp(std::lround(v), 0L, 255L));
            }
    }
    return image;
}

}  // namespace attnscope::app
