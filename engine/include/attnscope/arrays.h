// Plain row-major float arrays handed from the engine to its callers, so nothing outside the engine sees LibTorch.
#pragma once

#include "attnscope/engine_export.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace attnscope {

// A dense rows x cols matrix of floats, row-major.
struct ATTNSCOPE_ENGINE_EXPORT FloatMatrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<float> values;

    FloatMatrix() = default;
    FloatMatrix(int64_t r, int64_t c, float fill = 0.0f) : rows(r), cols(c), values(static_cast<size_t>(r * c), fill) {}

    float& operator()(int64_t r, int64_t c) { return values[static_cast<size_t>(r * cols + c)]; }
    float operator()(int64_t r, int64_t c) const { return values[static_cast<size_t>(r * cols + c)]; }
    const float* row(int64_t r) const { return values.data() + r * cols; }
    float* row(int64_t r) { return values.data() + r * cols; }
    bool empty() const { return values.empty(); }
};

}  // namespace attnscope
