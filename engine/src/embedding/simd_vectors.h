// Fixed-width float and int vectors in GCC's generic vector extension, shared by the embedding kernels: any target
// gets SIMD from them (one AVX register or two SSE ones for eight lanes) without intrinsics.
#pragma once

#include <cstdint>

// The vectors are passed only to functions inlined into their callers, so the ABI note GCC gives for 32-byte vector
// arguments without AVX does not apply.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace attnscope::embedding {

using Floats8 = float __attribute__((vector_size(32)));  // one AVX register
using Ints8 = int32_t __attribute__((vector_size(32)));
using Floats4 = float __attribute__((vector_size(16)));  // one SSE register

}  // namespace attnscope::embedding
