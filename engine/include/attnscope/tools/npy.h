// NumPy .npy files of 2-D float matrices: the exchange format of `attnscope-cli embed --vectors` and benchmarks.
#pragma once

#include "attnscope/engine_export.h"

#include <string>

#include "attnscope/arrays.h"

namespace attnscope {

// Reads a .npy file (format version 1, 2 or 3) holding a 2-D, C-order, little-endian float32 or float64 array;
// float64 is converted to float. Throws EngineError naming the file for anything else.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix readNpyMatrix(const std::string& path);

// Writes `matrix` as a version 1.0 .npy file of little-endian float32.
ATTNSCOPE_ENGINE_EXPORT void writeNpyMatrix(const std::string& path, const FloatMatrix& matrix);

}  // namespace attnscope
