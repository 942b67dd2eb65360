// AttentionCapture's default answers, for captures that hold their maps on the host (files, tests): the engine's
// own capture overrides both to work where its tensors are.
#include <algorithm>
#include <cmath>
#include <limits>

#include "attnscope/capture.h"

namespace attnscope {

bool AttentionCapture::logitsFinite() const {
    for (float v : logits().values)
        if (!std::isfinite(v)) return false;
    return true;
}

std::shared_ptr<const AttentionCapture> AttentionCapture::part(AttentionKind) const {
    return nullptr;
}

FloatMatrix AttentionCapture::pooledAttention(int layer, int head, int bins, Pooling pooling) const {
    const FloatMatrix w = attention(layer, head);
    const int64_t n = w.rows, m = w.cols;
    const int64_t s = std::clamp<int64_t>(bins, 1, std::max<int64_t>(n, 1));
    const int64_t t = std::clamp<int64_t>(bins, 1, std::max<int64_t>(m, 1));
    FloatMatrix out(s, t);
    for (int64_t r = 0; r < s && n > 0; ++r) {
        const int64_t q0 = poolStart(r, n, s), q1 = poolEnd(r, n, s);
        for (int64_t c = 0; c < t && m > 0; ++c) {
            const int64_t k0 = poolStart(c, m, t), k1 = poolEnd(c, m, t);
            float cell = pooling == Pooling::Max ? -std::numeric_limits<float>::infinity() : 0.0f;
            for (int64_t q = q0; q < q1; ++q) {
                float mass = 0.0f;
                for (int64_t k = k0; k < k1; ++k) {
                    const float v = w(q, k);
                    if (pooling == Pooling::MeanOfQueries)
                        mass += v;
                    else if (v > cell || std::isnan(v))
                        cell = std::isnan(cell) ? cell : v;  // NaN, once in, stays: the cell has no value
                }
                if (pooling == Pooling::MeanOfQueries) cell += mass / static_cast<float>(q1 - q0);
            }
            out(r, c) = cell;
        }
    }
    return out;
}

}  // namespace attnscope
