// Finding NaN and infinity in a capture.
#include <cmath>

#include "attnscope/capture.h"
#include "attnscope/error.h"

namespace attnscope {

std::string NonFiniteReport::describe() const {
    if (!any()) return {};
    std::string text;
    if (firstRow == 0)
        text = "the token embeddings hold NaN or infinity";
    else if (firstRow > 0)
        text = "layer " + std::to_string(firstRow - 1) + (attention ? "'s attention" : "'s output") +
               " holds NaN or infinity";
    if (logits) text += text.empty() ? "the logits hold NaN or infinity" : " (and so do the logits)";
    return text + ": the weights or the config (rope_theta, the norm epsilon) are broken";
}

NonFiniteReport findNonFinite(const AttentionCapture& capture) {
    NonFiniteReport report;
    const FloatMatrix& norms = capture.hiddenNorms();
    for (int64_t row = 0; row < norms.rows && report.firstRow < 0; ++row)
        for (int64_t t = 0; t < norms.cols; ++t)
            if (!std::isfinite(norms(row, t))) {
                report.firstRow = static_cast<int>(row);
                break;
            }
    // Where in that layer: its queries or keys (then its attention maps are NaN), or after them.
    if (report.firstRow > 0) {
        const int layer = report.firstRow - 1;
        auto finite = [](const FloatMatrix& m) {
            for (float v : m.values)
                if (!std::isfinite(v)) return false;
            return true;
        };
        try {
            for (int head = 0; head < capture.heads() && !report.attention; ++head)
                report.attention = !finite(capture.queries(layer, head)) || !finite(capture.keys(layer, head));
        } catch (const EngineError&) {
            // A logits-only run kept no queries and keys: the layer is all the report can say.
        }
    }
    report.logits = capture.hasLogits() && !capture.logitsFinite();
    return report;
}

}  // namespace attnscope
