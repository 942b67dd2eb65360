// Byte-pair-encoding training for the demo model's tokenizer (small corpora: a plain pair count per merge is enough).
#include "training/bpe_trainer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace attnscope::training {

namespace {

std::string codePointToUtf8(uint32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

// Splits a UTF-8 string into its characters.
std::vector<std::string> characters(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size();) {
        const unsigned char lead = static_cast<unsigned char>(text[i]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out.push_back(text.substr(i, length));
        i += length;
    }
    return out;
}

}  // namespace

std::vector<std::string> byteLevelAlphabet() {
    std::vector<std::string> table(256);
    uint32_t next = 256;
    for (uint32_t b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        table[b] = codePointToUtf8(printable ? b : next++);
    }
    return table;
}

BpeVocabulary trainBytePairEncoding(const std::map<std::string, int64_t>& wordCounts, size_t vocabSize,
                                    const std::vector<std::string>& specials) {
    BpeVocabulary vocabulary;
    vocabulary.specials = specials;
    vocabulary.tokens = specials;
    for (const auto& symbol : byteLevelAlphabet()) vocabulary.tokens.push_back(symbol);

    std::vector<std::pair<std::vector<std::string>, int64_t>> words;
    for (const auto& [word, count] : wordCounts) words.push_back({characters(word), count});

    while (vocabulary.tokens.size() < vocabSize) {
        std::map<std::pair<std::string, std::string>, int64_t> pairCounts;
        for (const auto& [symbols, count] : words)
            for (size_t i = 0; i + 1 < symbols.size(); ++i) pairCounts[{symbols[i], symbols[i + 1]}] += count;
        if (pairCounts.empty()) break;
        // The map is ordered, so among equal counts the lexicographically first pair wins.
        auto best = pairCounts.begin();
        for (auto it = pairCounts.begin(); it != pairCounts.end(); ++it)
            if (it->second > best->second) best = it;
        const auto [left, right] = best->first;
        vocabulary.merges.push_back({left, right});
        vocabulary.tokens.push_back(left + right);
        for (auto& [symbols, count] : words) {
            std::vector<std::string> merged;
            for (size_t i = 0; i < symbols.size(); ++i) {
                if (i + 1 < symbols.size() && symbols[i] == left && symbols[i + 1] == right) {
                    merged.push_back(left + right);
                    ++i;
                } else {
                    merged.push_back(symbols[i]);
                }
            }
            symbols = std::move(merged);
        }
    }
    return vocabulary;
}

std::string byteLevelTokenizerJson(const BpeVocabulary& vocabulary, const std::string& bosToken) {
    using nlohmann::ordered_json;
    ordered_json vocab = ordered_json::object();
    for (size_t id = 0; id < vocabulary.tokens.size(); ++id) vocab[vocabulary.tokens[id]] = id;
    ordered_json merges = ordered_json::array();
    for (const auto& [left, right] : vocabulary.merges) merges.push_back({left, right});
    ordered_json added = ordered_json::array();
    for (size_t id = 0; id < vocabulary.specials.size(); ++id)
        added.push_back({{"id", id},
                         {"content", vocabulary.specials[id]},
                         {"single_word", false},
                         {"lstrip", false},
                         {"rstrip", false},
                         {"normalized", false},
                         {"special", true}});
    const int64_t bosId = static_cast<int64_t>(
        std::find(vocabulary.tokens.begin(), vocabulary.tokens.end(), bosToken) - vocabulary.tokens.begin());
    const ordered_json byteLevel = {
        {"type", "ByteLevel"}, {"add_prefix_space", false}, {"trim_offsets", true}, {"use_regex", true}};
    const ordered_json bos = {{"SpecialToken", {{"id", bosToken}, {"type_id", 0}}}};
    ordered_json tokenizer = {
        {"version", "1.0"},
        {"truncation", nullptr},
        {"padding", nullptr},
        {"added_tokens", added},
        {"normalizer", nullptr},
        {"pre_tokenizer", byteLevel},
        {"post_processor",
         {{"type", "TemplateProcessing"},
          {"single", {bos, {{"Sequence", {{"id", "A"}, {"type_id", 0}}}}}},
          {"pair",
           {bos, {{"Sequence", {{"id", "A"}, {"type_id", 0}}}}, {{"SpecialToken", {{"id", bosToken}, {"type_id", 1}}}},
            {{"Sequence", {{"id", "B"}, {"type_id", 1}}}}}},
          {"special_tokens", {{bosToken, {{"id", bosToken}, {"ids", {bosId}}, {"tokens", {bosToken}}}}}}}},
        {"decoder", byteLevel},
        {"model",
         {{"type", "BPE"},
          {"dropout", nullptr},
          {"unk_token", nullptr},
          {"continuing_subword_prefix", nullptr},
          {"end_of_word_suffix", nullptr},
          {"fuse_unk", false},
          {"byte_fallback", false},
          {"ignore_merges", false},
          {"vocab", vocab},
          {"merges", merges}}}};
    return tokenizer.dump(1, ' ', false);
}

}  // namespace attnscope::training
