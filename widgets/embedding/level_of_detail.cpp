// Stratified subsampling for the embedding view's level of detail; see level_of_detail.h.
#include "embedding/level_of_detail.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace attnscope::widgets {

std::vector<std::int32_t> stratifiedSubsample(const QueryKeyPoints& points, std::int64_t target, std::uint64_t seed) {
    const std::int64_t n = points.size();
    if (target >= n) {
        std::vector<std::int32_t> all(static_cast<size_t>(n));
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    target = std::max<std::int64_t>(target, 0);

    // Group point ids by stratum 2 * input + isKey (a counting sort keeps each stratum in point order).
    const size_t strata = 2 * points.tokens.size();
    std::vector<std::int64_t> start(strata + 1, 0);
    for (std::int64_t i = 0; i < n; ++i)
        ++start[2 * static_cast<size_t>(points.input[static_cast<size_t>(i)]) + points.isKey[static_cast<size_t>(i)] +
                1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::int32_t> grouped(static_cast<size_t>(n));
    std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
    for (std::int64_t i = 0; i < n; ++i) {
        const size_t s =
            2 * static_cast<size_t>(points.input[static_cast<size_t>(i)]) + points.isKey[static_cast<size_t>(i)];
        grouped[static_cast<size_t>(fill[s]++)] = static_cast<std::int32_t>(i);
    }

    // One point per non-empty stratum first, then the rest of the budget in proportion to what each stratum has
    // left, by largest remainder so the total is exact.
    std::vector<std::int64_t> quota(strata, 0);
    std::int64_t nonEmpty = 0;
    for (size_t s = 0; s < strata; ++s)
        if (start[s + 1] > start[s]) {
            quota[s] = 1;
            ++nonEmpty;
        }
    const std::int64_t spare = std::max<std::int64_t>(0, target - nonEmpty);
    const std::int64_t leftover = n - nonEmpty;
    if (spare > 0 && leftover > 0) {
        std::vector<std::pair<double, size_t>> remainders;
        std::int64_t given = 0;
        for (size_t s = 0; s < strata; ++s) {
            const std::int64_t size = start[s + 1] - start[s];
            if (size <= 1) continue;
            const double share = double(spare) * double(size - 1) / double(leftover);
            const auto whole = static_cast<std::int64_t>(share);
            quota[s] += whole;
            given += whole;
            remainders.emplace_back(share - double(whole), s);
        }
        // Largest remainders first; ties by stratum so the result does not depend on the sort's stability.
        std::sort(remainders.begin(), remainders.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (size_t r = 0; r < remainders.size() && given < spare; ++r, ++given) ++quota[remainders[r].second];
    }

    // A partial Fisher-Yates shuffle per stratum, with one generator in stratum order: deterministic for a seed.
    std::mt19937_64 generator(seed);
    std::vector<std::int32_t> chosen;
    chosen.reserve(static_cast<size_t>(std::min(n, std::max(target, nonEmpty))));
    for (size_t s = 0; s < strata; ++s) {
        std::int32_t* first = grouped.data() + start[s];
        const std::int64_t size = start[s + 1] - start[s];
        for (std::int64_t k = 0; k < quota[s]; ++k) {
            const std::int64_t j = k + static_cast<std::int64_t>(generator() % static_cast<std::uint64_t>(size - k));
            std::swap(first[k], first[j]);
            chosen.push_back(first[k]);
        }
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

std::vector<std::int32_t> interleaveStrata(const QueryKeyPoints& points, const std::vector<std::int32_t>& ids,
                                           std::uint64_t seed) {
    const auto stratumOf = [&points](std::int32_t id) {
        return 2 * static_cast<size_t>(points.input[static_cast<size_t>(id)]) + points.isKey[static_cast<size_t>(id)];
    };
    std::vector<std::vector<std::int32_t>> groups(2 * points.tokens.size());
    for (const std::int32_t id : ids) groups[stratumOf(id)].push_back(id);

    std::mt19937_64 generator(seed);
    struct Entry {
        double key;
        size_t stratum;
        std::int32_t id;
    };
    std::vector<Entry> entries;
    entries.reserve(ids.size());
    for (size_t s = 0; s < groups.size(); ++s) {
        auto& group = groups[s];
        for (size_t k = 0; k + 1 < group.size(); ++k) std::swap(group[k], group[k + generator() % (group.size() - k)]);
        for (size_t rank = 0; rank < group.size(); ++rank)
            entries.push_back({(rank + 0.5) / double(group.size()), s, group[rank]});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.key != b.key ? a.key < b.key : a.stratum < b.stratum; });
    std::vector<std::int32_t> ordered(entries.size());
    for (size_t j = 0; j < entries.size(); ++j) ordered[j] = entries[j].id;
    return ordered;
}

}  // namespace attnscope::widgets
