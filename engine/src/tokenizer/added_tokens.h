// Added tokens (tokenizer.json "added_tokens"): found in the text before the model sees it, longest match first,
// honouring single_word, lstrip, rstrip and normalized exactly as Hugging Face's AddedVocabulary does.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tokenizer/components.h"

namespace attnscope::tok {

struct AddedToken {
    std::string content;
    uint32_t id = 0;
    bool singleWord = false;
    bool lstrip = false;
    bool rstrip = false;
    bool normalized = true;
    bool special = false;
};

class AddedVocabulary {
public:
    AddedVocabulary() = default;
    // `normalizer` (may be null) normalizes the contents of tokens matched after normalization.
    AddedVocabulary(std::vector<AddedToken> tokens, const Normalizer* normalizer);

    // Splits `text` on added tokens (first on the raw text, then on the normalized rest) and normalizes the rest.
    PreTokenizedString extractAndNormalize(const Normalizer* normalizer, std::string_view text) const;

    std::optional<uint32_t> tokenToId(std::string_view content) const;
    // The spelling used when decoding: the normalized content for normalized tokens the normalizer changes (so a
    // decoder can undo the normalization), else the content.
    std::optional<std::string> idToToken(uint32_t id) const;
    bool isSpecial(const std::string& content) const { return special_.count(content) != 0; }
    const std::vector<AddedToken>& tokens() const { return tokens_; }

private:
    // Patterns matched leftmost-first, longest at a position, via a byte trie.
    struct Matcher {
        std::vector<std::unordered_map<unsigned char, uint32_t>> children{1};
        std::vector<int64_t> terminal{-1};  // index into tokens_, or -1
        std::array<bool, 256> firstByte{};  // bytes some pattern starts with, to skip the rest quickly
        void add(std::string_view pattern, size_t tokenIndex);
        // The longest pattern starting at `at`: (length, token index).
        std::optional<std::pair<size_t, size_t>> longestAt(std::string_view text, size_t at) const;
        bool empty() const { return children.size() == 1; }
    };
    std::vector<Split> splitOnMatches(NormalizedString&& text, const Matcher& matcher) const;

    std::vector<AddedToken> tokens_;
    std::unordered_map<std::string, uint32_t> byContent_;
    std::unordered_map<uint32_t, size_t> byId_;
    std::unordered_map<uint32_t, std::string> normalizedSpelling_;
    std::unordered_set<std::string> special_;
    Matcher raw_;
    Matcher normalized_;
};

}  // namespace attnscope::tok
