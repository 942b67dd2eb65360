// Training sequences for the demo model: grammar documents, and random token segments repeated at varying lengths
// and positions (so copying must be learned from content, not from a fixed offset).
#pragma once

#include <cstdint>
#include <vector>

#include "core/deterministic_random.h"

namespace attnscope::training {

class DemoBatches {
public:
    // `documents`: the tokenized corpus (without BOS); random segments draw ids from [firstRandomId, vocab).
    DemoBatches(std::vector<std::vector<int64_t>> documents, int64_t bosId, int64_t firstRandomId, int64_t vocab,
                int context, uint64_t seed);

    // `batch` sequences of `context` ids, each starting with BOS, row-major.
    std::vector<int64_t> next(int batch);
    // One sequence of each kind, for tests and the model card.
    std::vector<int64_t> documentSequence();
    std::vector<int64_t> repeatedSegmentSequence();

private:
    void appendDocumentTokens(std::vector<int64_t>& sequence, size_t count);

    std::vector<std::vector<int64_t>> documents_;
    int64_t bos_, firstRandom_, vocab_;
    int context_;
    DeterministicRandom random_;
};

}  // namespace attnscope::training
