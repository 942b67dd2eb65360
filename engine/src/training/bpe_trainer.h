// Learns a byte-level BPE vocabulary from word counts and writes it as a Hugging Face tokenizer.json, so the demo
// model ships with a tokenizer that both AttnScope and the `tokenizers` library read.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::training {

struct BpeVocabulary {
    std::vector<std::string> tokens;                           // index = id: specials, the 256 bytes, then merges
    std::vector<std::pair<std::string, std::string>> merges;  // in rank order
    std::vector<std::string> specials;
};

// `wordCounts` holds pre-tokenized words already mapped to byte-level symbols (e.g. "Ġdog"). Merges the most frequent
// adjacent pair (ties broken by the pair's text, so training is deterministic) until `vocabSize` tokens exist or
// every word is one token.
BpeVocabulary trainBytePairEncoding(const std::map<std::string, int64_t>& wordCounts, size_t vocabSize,
                                    const std::vector<std::string>& specials);

// The GPT-2 byte-to-symbol table: printable bytes map to themselves, the rest to code points from U+0100.
std::vector<std::string> byteLevelAlphabet();

// A byte-level BPE tokenizer.json (GPT-2 pre-tokenizer and decoder) whose post-processor puts `bosToken` first.
std::string byteLevelTokenizerJson(const BpeVocabulary& vocabulary, const std::string& bosToken);

}  // namespace attnscope::training
