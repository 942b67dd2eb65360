// SentencePiece's precompiled normalization rules (a double-array trie over UTF-8 plus replacement strings), as
// found base64-encoded in tokenizer.json's "Precompiled" normalizer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizer/normalized_string.h"

namespace attnscope::tok {

class PrecompiledCharsmap {
public:
    // `blob` is the decoded charsmap: u32 trie size in bytes, the trie units, then NUL-separated replacements.
    // An empty blob gives a charsmap that changes nothing. Throws std::invalid_argument on a malformed blob.
    explicit PrecompiledCharsmap(std::string_view blob);

    // The replacement for the shortest rule that prefixes `chunk`, if any (SentencePiece's lookup).
    std::optional<std::string_view> transform(std::string_view chunk) const;

    // Applies the rules grapheme by grapheme, as Hugging Face's Precompiled normalizer does.
    void normalize(NormalizedString& text) const;

private:
    std::vector<uint32_t> trie_;
    std::string replacements_;
};

std::string decodeBase64(std::string_view text);

}  // namespace attnscope::tok
