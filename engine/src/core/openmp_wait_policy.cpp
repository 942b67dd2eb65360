// Linked into each AttnScope program, not into the engine library: OpenMP threads wait passively unless the
// environment says otherwise (OMP_WAIT_POLICY set by the user is kept).
//
// Debian's LibTorch runs matrix products on OpenBLAS's own threads and everything else on OpenMP's. OpenMP threads
// spin between parallel regions by default, on the very cores OpenBLAS's threads then need: on 2 cores a GPT-2
// small capture of 512 tokens took 2.1-2.2x as long with spinning threads, one of 128 tokens 2.4-2.8x
// (docs/benchmarks.md, "OpenMP waiting"). libgomp reads the policy once, while it is loaded, before main() and before any constructor of a
// library that depends on it; an executable's .preinit_array is the one place that runs earlier.
#include <cstdlib>

#if defined(__ELF__) && ATTNSCOPE_OPENMP_PASSIVE_WAIT

namespace {

void passiveOpenMpWait(int, char**, char**) {
    setenv("OMP_WAIT_POLICY", "PASSIVE", /*overwrite=*/0);
}

__attribute__((section(".preinit_array"), used)) void (*const waitPolicy)(int, char**, char**) = passiveOpenMpWait;

}  // namespace

#endif
