// Linked into each AttnScope program, not into the engine library: memory a capture frees stays with the process for
// the next one, unless the environment says otherwise (glibc's MALLOC_* variables or malloc tunables set by the user
// are kept).
//
// A forward pass allocates and frees hundreds of megabytes of activations. With glibc's defaults, blocks from
// 128 KB up are mapped and unmapped each time, and the heap is trimmed as soon as 128 KB at its top are free, so
// every run touches its memory for the first time again: GPT-2 small at 512 tokens took ~276,000 page faults a
// run on the H100 machine's CPU, and a first touch in that virtual machine is slow. Keeping blocks up to 32 MB on
// the heap and trimming only above 256 MB brings that to the logits' own ~25,000 (they are larger than any block
// glibc keeps), and the capture from 246-272 ms to 143-186 ms, 0.53-0.63x transformers eager (docs/benchmarks.md,
// "Memory the forward pass touches"). Made in the executable's .preinit_array, before any library allocates.
#include <cstdlib>
#include <cstring>

#if defined(__ELF__) && defined(__GLIBC__)
#include <malloc.h>

namespace {

void keepFreedMemory(int, char**, char**) {
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (!tunables || !std::strstr(tunables, "malloc")) {
        if (!std::getenv("MALLOC_MMAP_THRESHOLD_")) mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
        if (!std::getenv("MALLOC_TRIM_THRESHOLD_")) mallopt(M_TRIM_THRESHOLD, 256 << 20);
        if (!std::getenv("MALLOC_TOP_PAD_")) mallopt(M_TOP_PAD, 64 << 20);
    }
}

__attribute__((section(".preinit_array"), used)) void (*const memoryPolicy)(int, char**, char**) = keepFreedMemory;

}  // namespace

#endif
