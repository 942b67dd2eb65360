// A small deterministic generator (SplitMix64) for everything that must repeat exactly for a seed (corpora, probes,
// embeddings' initialisation): the same seed gives the same numbers on every machine, unlike
// std::uniform_int_distribution, whose algorithm differs between standard libraries.
#pragma once

#include <cstdint>
#include <vector>

namespace attnscope {

class DeterministicRandom {
public:
    explicit DeterministicRandom(uint64_t seed) : state_(seed) {}

    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); rejection sampling keeps every value equally likely.
    uint64_t below(uint64_t n) {
        const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        uint64_t value = next();
        while (value >= limit) value = next();
        return value % n;
    }
    // Uniform in [low, high].
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<uint64_t>(high - low + 1))); }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return uniform() < probability; }
    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }

private:
    uint64_t state_;
};

}  // namespace attnscope
