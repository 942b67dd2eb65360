// FloatMatrix's storage: large blocks are aligned to 2 MB and marked for transparent huge pages.
#include <cstdlib>
#include <new>

#include "attnscope/arrays.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace attnscope::detail {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
// Below this, the ordinary allocator: a huge page for a small matrix would waste most of it.
constexpr std::size_t kLargeBlock = std::size_t(4) << 20;

}  // namespace

void* allocateHostBlock(std::size_t bytes) {
    if (bytes < kLargeBlock) return ::operator new(bytes);
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* block = std::aligned_alloc(kHugePage, rounded);
    if (!block) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Advice only: where huge pages are off, the pages are ordinary ones.
    (void)madvise(block, rounded, MADV_HUGEPAGE);
#endif
    return block;
}

void releaseHostBlock(void* block, std::size_t bytes) noexcept {
    if (bytes < kLargeBlock)
        ::operator delete(block);
    else
        std::free(block);
}

}  // namespace attnscope::detail
