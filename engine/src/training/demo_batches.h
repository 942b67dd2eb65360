// Training sequences for the demo model: grammar documents, and random token segments repeated at varying lengths
// and positions (so copying must be learned from content, not from a fixed offset).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/deterministic_random.h"

namespace attnscope::training {

class DemoBatches {
public:
    // `documents`: the tokenized corpus (without BOS); random segments draw ids from [firstRandomId, vocab).
    // `recallId` (a special token below firstRandomId, or -1 for none) is the trigger of the recall job below.
    DemoBatches(std::vector<std::vector<int64_t>> documents, int64_t bosId, int64_t firstRandomId, int64_t vocab,
                int context, uint64_t seed, int64_t recallId = -1);

    struct Batch {
        std::vector<int64_t> ids;       // batch x context, row-major, each row starting with BOS
        std::vector<uint8_t> copyable;  // same layout: 1 where the token repeats its segment's earlier copy and
                                        // is not the copy's first token, i.e. where induction can predict it
        std::vector<uint8_t> recalled;  // same layout: 1 on the token that follows a recall trigger
    };
    // `batch` sequences of `context` ids. A `repeatedFraction` of them (in expectation) hold random segments drawn
    // from the `alphabet` ordinary tokens most frequent in the documents (all of [firstRandomId, vocab) at most): a
    // `periodicShare` of those a segment repeated to the end, the others a segment repeated two or three times with
    // text around; the rest are grammar text, with recall triggers at `recallRate` (see documentSequence). An
    // `unrepeatedFraction` of all sequences (taken first) hold random tokens that never repeat, and a `bigramFraction`
    // (taken next) walks of the bigram chain.
    Batch next(int batch, double repeatedFraction, double periodicShare, int64_t alphabet,
               double unrepeatedFraction = 0.0, double recallRate = 0.0, double bigramFraction = 0.0);

    // A second pool of text documents (ordinary sentences): each document a text sequence draws comes from it with
    // probability `share` (setSentenceShare; 0 until then), from the grammar otherwise.
    void setSentenceDocuments(std::vector<std::vector<int64_t>> documents);
    // Replaces the grammar documents text sequences draw from (the order random segments take tokens in, by their
    // frequency in the first documents, stays).
    void setGrammarDocuments(std::vector<std::vector<int64_t>> documents);
    void setSentenceShare(double share) { sentenceShare_ = share; }
    // Sink study: with `on`, every text document appended after other tokens starts with BOS, as packed pretraining
    // data separates its documents, so the start a head parks on is BOS rather than the previous sentence's end.
    void setDocumentBos(bool on) { documentBos_ = on; }
    // Sink study: a `share` of the repeated segments (not the periodic ones) is a span of one sentence of a text
    // document (drawn as text is, see setSentenceShare) instead of random tokens, so copying and the previous-token
    // head that feeds it also pay off on ordinary words. Spans shorter than 4 tokens fall back to random tokens.
    void setTextRepeatShare(double share) { textRepeatShare_ = share; }

    // Which neighbour of the earlier occurrence answers a recall trigger: +1 the token after it (the default), -1
    // the token before it.
    void setRecallAnswer(int offset);
    // Bookmarks instead of recalls of an earlier occurrence: `markId` (a special token below firstRandomId) is put
    // after a text token, and the recall trigger later in the sequence is answered by that token ("a <|mark|> ...
    // <|recall|> a"). The head that answers needs keys reading a position's own token (the mark) and values reading
    // its predecessor (through a previous-token head), the reverse of a copying head's, and nothing in ordinary text
    // asks for it (the sink study's hope of an idle head; docs/demo-model.md has what the runs showed).
    void setBookmark(int64_t markId);

    // Sequences of a fixed random Markov chain (see bigramSequence) join next(): `size` states (the most frequent
    // ordinary tokens), each followed by one of `successors` tokens, uniformly.
    void setBigramChain(int64_t size, int successors);

    // One sequence of each kind, for tests; `copyable` (optional) receives the mask above.
    // Grammar text. With a recall trigger and `recallRate` > 0: after each text token `a` that occurred earlier in
    // the sequence, with that probability, the trigger and then the token that followed (or preceded, see
    // setRecallAnswer) `a`'s most recent earlier occurrence ("a b ... a <|recall|> b"); `recalled` marks the answers.
    // With a bookmark (setBookmark), `recallRate` is instead the probability of a mark after each text token while
    // none is open; the trigger follows 2 to 24 tokens later.
    std::vector<int64_t> documentSequence(double recallRate = 0.0, std::vector<uint8_t>* recalled = nullptr);
    std::vector<int64_t> repeatedSegmentSequence(int64_t alphabet, std::vector<uint8_t>* copyable = nullptr);
    std::vector<int64_t> periodicSequence(int64_t alphabet, std::vector<uint8_t>* copyable = nullptr);
    // BOS, then a walk of the bigram chain to the end: tokens recur often, yet what followed a token earlier says
    // nothing about what follows it now (only the current token does), so no earlier key is worth reading.
    std::vector<int64_t> bigramSequence();
    // BOS, random tokens of the alphabet none of which occurs twice, then text to the end: nothing to copy.
    std::vector<int64_t> unrepeatedSequence(int64_t alphabet);

private:
    // A text document: an ordinary-sentence one with the sentence share's probability, else a grammar one.
    const std::vector<int64_t>& drawDocument();
    void appendDocumentTokens(std::vector<int64_t>& sequence, size_t count);
    std::vector<int64_t> randomSegment(int maxLength, int64_t alphabet);
    std::vector<int64_t> textSegment(int maxLength);  // empty where the drawn sentence is too short

    std::vector<std::vector<int64_t>> documents_;
    std::vector<std::vector<int64_t>> sentenceDocuments_;
    double sentenceShare_ = 0.0;
    bool documentBos_ = false;
    double textRepeatShare_ = 0.0;
    std::vector<int64_t> byFrequency_;  // ordinary ids, most frequent in the documents first
    int64_t bos_, firstRandom_, vocab_, recall_;
    int64_t mark_ = -1;
    int recallOffset_ = 1;
    std::vector<std::vector<int64_t>> chain_;  // state index -> successor ids; states are byFrequency_'s first
    std::vector<size_t> chainState_;           // token id -> state index
    int context_;
    DeterministicRandom random_;
};

}  // namespace attnscope::training
