// The synthetic English-like corpus the bundled demo model is trained on: a small grammar with number agreement,
// nested clauses, numbers and names that recur within a document (so copying earlier tokens pays off).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/deterministic_random.h"

namespace attnscope::training {

// Whether a document of a length without memory (`endChance` above 0) takes another sentence, `length` characters
// long so far: it ends after each sentence with that chance, and stops at 2000 characters, more than a training
// sequence holds. One rule for the grammar's documents and for documents of ordinary sentences.
inline bool documentGoesOn(DeterministicRandom& random, double endChance, size_t length) {
    return !random.chance(endChance) && length < 2000;
}

class DemoGrammar {
public:
    // One document: a few sentences about two or three recurring people, on one line (no newline): 3 to 8 of them,
    // or, with `endChance` above 0, as many as a document ending after each sentence with that chance gives. The
    // sentences are joined by `separator`.
    std::string document(DeterministicRandom& random, double endChance = 0.0, char separator = ' ') const;
    // Every word the grammar can produce, for building the tokenizer's vocabulary.
    std::vector<std::string> words() const;
};

}  // namespace attnscope::training
