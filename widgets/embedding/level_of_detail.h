// The subsample drawn while the camera moves: a fixed random subset of the points, stratified by (input, query or
// key) so every input and both kinds stay on screen in their proportions, however few points are drawn.
#pragma once

#include <cstdint>
#include <vector>

#include "attnscope/qk_embedding_data.h"

namespace attnscope::widgets {

// About `target` point indices, ascending, drawn without replacement with `seed` (same inputs, same subset).
// Every non-empty stratum (an input's queries, an input's keys) keeps at least one point, so the result exceeds
// `target` only when there are more strata than `target`. Above the point count, every point is returned.
std::vector<std::int32_t> stratifiedSubsample(const QueryKeyPoints& points, std::int64_t target,
                                              std::uint64_t seed = 1);

// The same ids in an order where every prefix is itself close to stratified: a random order within each stratum,
// and the strata interleaved by (rank + 1/2) / stratum size. Drawing the first k of them thins the picture evenly,
// which lets the view shrink or grow its moving-frame subsample without choosing a new one.
std::vector<std::int32_t> interleaveStrata(const QueryKeyPoints& points, const std::vector<std::int32_t>& ids,
                                           std::uint64_t seed = 1);

}  // namespace attnscope::widgets
