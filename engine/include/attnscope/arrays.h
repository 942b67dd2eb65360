// Plain row-major float arrays handed from the engine to its callers, so nothing outside the engine sees LibTorch.
#pragma once

#include "attnscope/engine_export.h"

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

namespace attnscope {

namespace detail {
// Large blocks (a few MB and up) on transparent huge pages where the system offers them by request.
ATTNSCOPE_ENGINE_EXPORT void* allocateHostBlock(std::size_t bytes);
ATTNSCOPE_ENGINE_EXPORT void releaseHostBlock(void* block, std::size_t bytes) noexcept;
}  // namespace detail

// The allocator of FloatMatrix's values. Two things differ from std::allocator, both for matrices of hundreds of
// megabytes (an 8192 x 8192 attention map is 256 MB): a matrix made uninitialised is not zeroed first, so whoever
// fills it touches each page once (in parallel where it copies in parallel), and large blocks ask for huge pages,
// so touching them costs one fault per 2 MB instead of one per 4 KB.
template <class T>
struct HostAllocator {
    using value_type = T;
    HostAllocator() = default;
    template <class U>
    HostAllocator(const HostAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return static_cast<T*>(detail::allocateHostBlock(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { detail::releaseHostBlock(p, n * sizeof(T)); }
    // Default-initialised (a float stays unwritten) unless a value is given.
    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    template <class U>
    bool operator==(const HostAllocator<U>&) const noexcept {
        return true;
    }
    template <class U>
    bool operator!=(const HostAllocator<U>&) const noexcept {
        return false;
    }
};

using FloatValues = std::vector<float, HostAllocator<float>>;

// A dense rows x cols matrix of floats, row-major.
struct ATTNSCOPE_ENGINE_EXPORT FloatMatrix {
    int64_t rows = 0;
    int64_t cols = 0;
    FloatValues values;

    FloatMatrix() = default;
    FloatMatrix(int64_t r, int64_t c, float fill = 0.0f) : rows(r), cols(c), values(static_cast<size_t>(r * c), fill) {}
    // Values left unwritten, for a caller that writes every one of them.
    static FloatMatrix uninitialized(int64_t r, int64_t c) {
        FloatMatrix m;
        m.rows = r;
        m.cols = c;
        m.values.resize(static_cast<size_t>(r * c));
        return m;
    }

    float& operator()(int64_t r, int64_t c) { return values[static_cast<size_t>(r * cols + c)]; }
    float operator()(int64_t r, int64_t c) const { return values[static_cast<size_t>(r * cols + c)]; }
    const float* row(int64_t r) const { return values.data() + r * cols; }
    float* row(int64_t r) { return values.data() + r * cols; }
    bool empty() const { return values.empty(); }
};

}  // namespace attnscope
