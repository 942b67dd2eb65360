// A NumPy .npy array (read as a matrix, through the reader of any rank): magic, version, the header dict (descr,
// fortran_order, shape) and the data.
#include "attnscope/error.h"
#include "attnscope/tools/npy.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = attnscope::fuzz::writeInput(data, size, "vectors.npy");
    try {
        const auto matrix = attnscope::readNpyMatrix(path);
        (void)matrix;
    } catch (const attnscope::EngineError&) {
    }
    return 0;
}
