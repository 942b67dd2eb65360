// NumPy .npy files of 2-D float matrices: the exchange format of `attnscope-cli embed --vectors` and benchmarks.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <string>
#include <vector>

#include "attnscope/arrays.h"

namespace attnscope {

// An array of any rank, C order.
struct ATTNSCOPE_ENGINE_EXPORT FloatArray {
    std::vector<int64_t> shape;
    FloatValues values;
};

// Reads a .npy file (format version 1, 2 or 3) holding a C-order, little-endian float32 or float64 array of any rank;
// float64 is converted to float. Throws EngineError naming the file for anything else.
ATTNSCOPE_ENGINE_EXPORT FloatArray readNpyArray(const std::string& path);
// The same for a 2-D array only.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix readNpyMatrix(const std::string& path);

// Writes `matrix` as a version 1.0 .npy file of little-endian float32.
ATTNSCOPE_ENGINE_EXPORT void writeNpyMatrix(const std::string& path, const FloatMatrix& matrix);

}  // namespace attnscope
