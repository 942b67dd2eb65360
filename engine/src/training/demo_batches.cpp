// Builds the demo model's training sequences (see demo_batches.h).
#include "training/demo_batches.h"

#include <algorithm>

#include "attnscope/error.h"

namespace attnscope::training {

DemoBatches::DemoBatches(std::vector<std::vector<int64_t>> documents, int64_t bosId, int64_t firstRandomId,
                         int64_t vocab, int context, uint64_t seed, int64_t recallId)
    : documents_(std::move(documents)),
      bos_(bosId),
      firstRandom_(firstRandomId),
      vocab_(vocab),
      recall_(recallId),
      context_(context),
      random_(seed) {
    if (documents_.empty()) throw EngineError("the corpus is empty", "demo training");
    if (firstRandom_ >= vocab_) throw EngineError("no token ids left for random segments", "demo training");
    if (recall_ >= firstRandom_) throw EngineError("the recall trigger must be a special token", "demo training");
    // Random segments draw from the most frequent tokens first: their embeddings are shaped by the text early on,
    // which lets copying form sooner than on bytes the text never uses.
    std::vector<int64_t> counts(static_cast<size_t>(vocab_), 0);
    for (const auto& document : documents_)
        for (const auto id : document)
            if (id >= firstRandom_ && id < vocab_) ++counts[static_cast<size_t>(id)];
    for (int64_t id = firstRandom_; id < vocab_; ++id) byFrequency_.push_back(id);
    std::stable_sort(byFrequency_.begin(), byFrequency_.end(), [&](int64_t a, int64_t b) {
        return counts[static_cast<size_t>(a)] > counts[static_cast<size_t>(b)];
    });
}

void DemoBatches::setSentenceDocuments(std::vector<std::vector<int64_t>> documents) {
    for (const auto& document : documents)
        if (document.empty()) throw EngineError("a sentence document is empty", "demo training");
    sentenceDocuments_ = std::move(documents);
}

void DemoBatches::setGrammarDocuments(std::vector<std::vector<int64_t>> documents) {
    if (documents.empty()) throw EngineError("the corpus is empty", "demo training");
    documents_ = std::move(documents);
}

const std::vector<int64_t>& DemoBatches::drawDocument() {
    const bool sentence = sentenceShare_ > 0 && !sentenceDocuments_.empty() && random_.chance(sentenceShare_);
    return random_.pick(sentence ? sentenceDocuments_ : documents_);
}

void DemoBatches::appendDocumentTokens(std::vector<int64_t>& sequence, size_t count) {
    while (count > 0) {
        if (documentBos_ && !sequence.empty() && sequence.back() != bos_) {
            sequence.push_back(bos_);
            if (--count == 0) break;
        }
        const auto& document = drawDocument();
        const size_t take = std::min(count, document.size());
        sequence.insert(sequence.end(), document.begin(), document.begin() + static_cast<std::ptrdiff_t>(take));
        count -= take;
    }
}

void DemoBatches::setRecallAnswer(int offset) {
    if (offset != -1 && offset != 1) throw EngineError("the recall answer's offset must be -1 or +1", "demo training");
    recallOffset_ = offset;
}

void DemoBatches::setBookmark(int64_t markId) {
    if (recall_ < 0 || markId < 0 || markId >= firstRandom_ || markId == recall_ || markId == bos_)
        throw EngineError("the bookmark needs a recall trigger and a mark that are distinct special tokens",
                          "demo training");
    mark_ = markId;
}

std::vector<int64_t> DemoBatches::documentSequence(double recallRate, std::vector<uint8_t>* recalled) {
    std::vector<int64_t> text;
    appendDocumentTokens(text, static_cast<size_t>(context_ - 1));
    if (recall_ < 0 || recallRate <= 0) {
        if (recalled) recalled->assign(static_cast<size_t>(context_), 0);
        text.insert(text.begin(), bos_);
        return text;
    }
    std::vector<int64_t> sequence = {bos_};
    std::vector<uint8_t> answers(static_cast<size_t>(context_), 0);
    const auto full = static_cast<size_t>(context_);
    if (mark_ >= 0) {
        int64_t open = -1;  // the token before the open mark
        int gap = 0;
        for (size_t next = 0; sequence.size() < full;) {
            const int64_t last = sequence.back();
            if (open < 0 && last >= firstRandom_ && sequence.size() + 5 <= full && random_.chance(recallRate)) {
                sequence.push_back(mark_);
                open = last;
                gap = random_.between(2, 24);
            } else if (open >= 0 && gap <= 0 && sequence.size() + 2 <= full) {
                sequence.push_back(recall_);
                answers[sequence.size()] = 1;
                sequence.push_back(open);
                open = -1;
            } else {
                sequence.push_back(text[next++]);
                --gap;
            }
        }
        if (recalled) *recalled = std::move(answers);
        return sequence;
    }
    for (size_t next = 0; sequence.size() < full;) {
        if (sequence.size() >= 3 && sequence.size() + 2 <= full && random_.chance(recallRate)) {
            const size_t last = sequence.size() - 1;
            size_t earlier = last;
            while (--earlier >= 1 && sequence[earlier] != sequence[last]) {
            }
            // The answer is the token just before or after the most recent earlier occurrence; where that is BOS
            // or a trigger there is no ordinary answer, so none is asked.
            const size_t answer = earlier + static_cast<size_t>(recallOffset_ > 0 ? 1 : -1);
            if (earlier >= 1 && answer >= 1 && sequence[answer] != recall_) {
                sequence.push_back(recall_);
                answers[sequence.size()] = 1;
                sequence.push_back(sequence[answer]);
                continue;
            }
        }
        sequence.push_back(text[next++]);
    }
    if (recalled) *recalled = std::move(answers);
    return sequence;
}

std::vector<int64_t> DemoBatches::randomSegment(int maxLength, int64_t alphabet) {
    const auto size = static_cast<uint64_t>(std::clamp<int64_t>(alphabet, 2, static_cast<int64_t>(byFrequency_.size())));
    std::vector<int64_t> segment(static_cast<size_t>(random_.between(4, std::max(4, maxLength))));
    for (auto& id : segment) id = byFrequency_[static_cast<size_t>(random_.below(size))];
    return segment;
}

std::vector<int64_t> DemoBatches::textSegment(int maxLength) {
    const auto& document = drawDocument();
    // One sentence: the document's sentences are separated by BOS under --sentence-bos; otherwise the whole document.
    std::vector<size_t> starts = {0};
    for (size_t i = 0; i < document.size(); ++i)
        if (document[i] == bos_) starts.push_back(i + 1);
    const size_t first = random_.pick(starts);
    size_t end = first;
    while (end < document.size() && document[end] != bos_) ++end;
    const auto available = static_cast<int>(std::min<size_t>(end - first, static_cast<size_t>(maxLength)));
    if (available < 4) return {};
    const auto length = static_cast<size_t>(random_.between(4, available));
    const size_t start = first + static_cast<size_t>(random_.below(end - first - length + 1));
    return {document.begin() + static_cast<std::ptrdiff_t>(start),
            document.begin() + static_cast<std::ptrdiff_t>(start + length)};
}

std::vector<int64_t> DemoBatches::repeatedSegmentSequence(int64_t alphabet, std::vector<uint8_t>* copyable) {
    // BOS, some text, a segment R (random tokens, or a span of text), a gap of text, R again (sometimes a third
    // time), text to the end.
    const int maxLength = std::min(40, (context_ - 8) / 3);
    std::vector<int64_t> segment;
    if (textRepeatShare_ > 0 && random_.chance(textRepeatShare_)) segment = textSegment(maxLength);
    if (segment.empty()) segment = randomSegment(maxLength, alphabet);
    const int length = static_cast<int>(segment.size());
    std::vector<int64_t> sequence = {bos_};
    const int copies = random_.chance(0.3) ? 3 : 2;
    const int room = context_ - 1 - copies * length;
    const int before = random_.between(0, std::max(0, std::min(30, room / 3)));
    appendDocumentTokens(sequence, static_cast<size_t>(before));
    std::vector<size_t> copyStarts;
    for (int copy = 0; copy < copies; ++copy) {
        copyStarts.push_back(sequence.size());
        sequence.insert(sequence.end(), segment.begin(), segment.end());
        const int left = context_ - static_cast<int>(sequence.size()) - (copies - copy - 1) * length;
        if (copy + 1 < copies) appendDocumentTokens(sequence, static_cast<size_t>(random_.between(0, std::max(0, std::min(20, left / 2)))));
    }
    if (static_cast<int>(sequence.size()) < context_)
        appendDocumentTokens(sequence, static_cast<size_t>(context_ - static_cast<int>(sequence.size())));
    sequence.resize(static_cast<size_t>(context_));
    if (copyable) {
        copyable->assign(sequence.size(), 0);
        for (size_t copy = 1; copy < copyStarts.size(); ++copy)
            for (size_t k = 1; k < segment.size() && copyStarts[copy] + k < sequence.size(); ++k)
                (*copyable)[copyStarts[copy] + k] = 1;
    }
    return sequence;
}

std::vector<int64_t> DemoBatches::periodicSequence(int64_t alphabet, std::vector<uint8_t>* copyable) {
    // BOS, then one random segment repeated until the context is full: most tokens are predictable by copying,
    // which is what makes induction heads form within a few thousand steps.
    const auto segment = randomSegment(40, alphabet);
    std::vector<int64_t> sequence = {bos_};
    if (copyable) copyable->assign(static_cast<size_t>(context_), 0);
    for (size_t i = 0; static_cast<int>(sequence.size()) < context_; ++i) {
        if (copyable && i >= segment.size() && i % segment.size() != 0) (*copyable)[sequence.size()] = 1;
        sequence.push_back(segment[i % segment.size()]);
    }
    return sequence;
}

void DemoBatches::setBigramChain(int64_t size, int successors) {
    size = std::clamp<int64_t>(size, 2, static_cast<int64_t>(byFrequency_.size()));
    if (successors < 1) throw EngineError("the bigram chain needs at least one successor per token", "demo training");
    chain_.assign(static_cast<size_t>(size), {});
    chainState_.assign(static_cast<size_t>(vocab_), 0);
    for (size_t i = 0; i < chain_.size(); ++i) chainState_[static_cast<size_t>(byFrequency_[i])] = i;
    for (auto& next : chain_)
        for (int k = 0; k < successors; ++k)
            next.push_back(byFrequency_[static_cast<size_t>(random_.below(static_cast<uint64_t>(size)))]);
}

std::vector<int64_t> DemoBatches::bigramSequence() {
    if (chain_.empty()) throw EngineError("no bigram chain was set", "demo training");
    std::vector<int64_t> sequence = {bos_, byFrequency_[static_cast<size_t>(random_.below(chain_.size()))]};
    while (static_cast<int>(sequence.size()) < context_)
        sequence.push_back(random_.pick(chain_[chainState_[static_cast<size_t>(sequence.back())]]));
    return sequence;
}

std::vector<int64_t> DemoBatches::unrepeatedSequence(int64_t alphabet) {
    const auto size = std::clamp<int64_t>(alphabet, 2, static_cast<int64_t>(byFrequency_.size()));
    std::vector<int64_t> pool(byFrequency_.begin(), byFrequency_.begin() + size);
    const auto length = std::min<int64_t>(size, random_.between(8, context_ - 1));
    std::vector<int64_t> sequence = {bos_};
    for (int64_t i = 0; i < length; ++i) {  // a partial Fisher-Yates shuffle: distinct tokens
        const auto pick = i + static_cast<int64_t>(random_.below(static_cast<uint64_t>(size - i)));
        std::swap(pool[static_cast<size_t>(i)], pool[static_cast<size_t>(pick)]);
        sequence.push_back(pool[static_cast<size_t>(i)]);
    }
    if (static_cast<int>(sequence.size()) < context_)
        appendDocumentTokens(sequence, static_cast<size_t>(context_ - static_cast<int>(sequence.size())));
    return sequence;
}

DemoBatches::Batch DemoBatches::next(int batch, double repeatedFraction, double periodicShare, int64_t alphabet,
                                     double unrepeatedFraction, double recallRate, double bigramFraction) {
    Batch result;
    result.ids.reserve(static_cast<size_t>(batch * context_));
    result.copyable.reserve(static_cast<size_t>(batch * context_));
    result.recalled.reserve(static_cast<size_t>(batch * context_));
    std::vector<uint8_t> copyable, recalled;
    for (int b = 0; b < batch; ++b) {
        std::vector<int64_t> sequence;
        recalled.assign(static_cast<size_t>(context_), 0);
        if (unrepeatedFraction > 0 && random_.chance(unrepeatedFraction)) {
            sequence = unrepeatedSequence(alphabet);
            copyable.assign(sequence.size(), 0);
        } else if (bigramFraction > 0 && random_.chance(bigramFraction)) {
            sequence = bigramSequence();
            copyable.assign(sequence.size(), 0);
        } else if (!random_.chance(repeatedFraction)) {
            sequence = documentSequence(recallRate, &recalled);
            copyable.assign(sequence.size(), 0);
        } else if (random_.chance(periodicShare)) {
            sequence = periodicSequence(alphabet, &copyable);
        } else {
            sequence = repeatedSegmentSequence(alphabet, &copyable);
        }
        result.ids.insert(result.ids.end(), sequence.begin(), sequence.end());
        result.copyable.insert(result.copyable.end(), copyable.begin(), copyable.end());
        result.recalled.insert(result.recalled.end(), recalled.begin(), recalled.end());
    }
    return result;
}

}  // namespace attnscope::training
