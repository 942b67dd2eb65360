// Builds the demo model's training sequences (see demo_batches.h).
#include "training/demo_batches.h"

#include <algorithm>

#include "attnscope/error.h"

namespace attnscope::training {

DemoBatches::DemoBatches(std::vector<std::vector<int64_t>> documents, int64_t bosId, int64_t firstRandomId,
                         int64_t vocab, int context, uint64_t seed)
    : documents_(std::move(documents)),
      bos_(bosId),
      firstRandom_(firstRandomId),
      vocab_(vocab),
      context_(context),
      random_(seed) {
    if (documents_.empty()) throw EngineError("the corpus is empty", "demo training");
    if (firstRandom_ >= vocab_) throw EngineError("no token ids left for random segments", "demo training");
}

void DemoBatches::appendDocumentTokens(std::vector<int64_t>& sequence, size_t count) {
    while (count > 0) {
        const auto& document = random_.pick(documents_);
        const size_t take = std::min(count, document.size());
        sequence.insert(sequence.end(), document.begin(), document.begin() + static_cast<std::ptrdiff_t>(take));
        count -= take;
    }
}

std::vector<int64_t> DemoBatches::documentSequence() {
    std::vector<int64_t> sequence = {bos_};
    appendDocumentTokens(sequence, static_cast<size_t>(context_ - 1));
    return sequence;
}

std::vector<int64_t> DemoBatches::repeatedSegmentSequence() {
    // BOS, some text, a random segment R, a gap of text, R again (sometimes a third time), text to the end.
    const int length = random_.between(4, std::min(40, (context_ - 8) / 3));
    std::vector<int64_t> segment(static_cast<size_t>(length));
    for (auto& id : segment) id = firstRandom_ + static_cast<int64_t>(random_.below(static_cast<uint64_t>(vocab_ - firstRandom_)));
    std::vector<int64_t> sequence = {bos_};
    const int copies = random_.chance(0.3) ? 3 : 2;
    const int room = context_ - 1 - copies * length;
    const int before = random_.between(0, std::max(0, std::min(30, room / 3)));
    appendDocumentTokens(sequence, static_cast<size_t>(before));
    for (int copy = 0; copy < copies; ++copy) {
        sequence.insert(sequence.end(), segment.begin(), segment.end());
        const int left = context_ - static_cast<int>(sequence.size()) - (copies - copy - 1) * length;
        if (copy + 1 < copies) appendDocumentTokens(sequence, static_cast<size_t>(random_.between(0, std::max(0, std::min(20, left / 2)))));
    }
    if (static_cast<int>(sequence.size()) < context_)
        appendDocumentTokens(sequence, static_cast<size_t>(context_ - static_cast<int>(sequence.size())));
    sequence.resize(static_cast<size_t>(context_));
    return sequence;
}

std::vector<int64_t> DemoBatches::next(int batch) {
    std::vector<int64_t> ids;
    ids.reserve(static_cast<size_t>(batch * context_));
    for (int b = 0; b < batch; ++b) {
        const auto sequence = random_.chance(0.5) ? documentSequence() : repeatedSegmentSequence();
        ids.insert(ids.end(), sequence.begin(), sequence.end());
    }
    return ids;
}

}  // namespace attnscope::training
