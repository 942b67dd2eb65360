// SentencePiece precompiled charsmap: trie lookup and the grapheme-wise rewrite Hugging Face applies.
#include "tokenizer/precompiled_charsmap.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>

#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

bool hasLeaf(uint32_t unit) {
    return ((unit >> 8) & 1) == 1;
}
uint32_t unitValue(uint32_t unit) {
    return unit & ((1u << 31) - 1);
}
uint32_t unitLabel(uint32_t unit) {
    return unit & ((1u << 31) | 0xFF);
}
uint32_t unitOffset(uint32_t unit) {
    return (unit >> 10) << ((unit & (1u << 9)) >> 6);
}

// Appends the changes for replacing `oldPart` by `newPart`: extra characters count as inserted, missing ones are
// removed after the last replacement character.
void appendReplacement(std::vector<CharChange>& changes, std::string_view oldPart, std::string_view newPart) {
    const auto oldCount = static_cast<int>(countCodePoints(oldPart));
    const auto newCount = static_cast<int>(countCodePoints(newPart));
    size_t position = 0;
    while (position < newPart.size()) changes.push_back({nextCodePoint(newPart, position), 0});
    const int difference = newCount - oldCount;
    if (difference > 0) {
        for (int i = 0; i < difference; ++i) changes[changes.size() - 1 - static_cast<size_t>(i)].change = 1;
    } else if (difference < 0 && !changes.empty()) {
        changes.back().change += difference;
    }
}

}  // namespace

std::string decodeBase64(std::string_view text) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+' || c == '-') return 62;
        if (c == '/' || c == '_') return 63;
        return -1;
    };
    std::string out;
    out.reserve(text.size() * 3 / 4);
    uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=' || c == '\n' || c == '\r') continue;
        const int v = value(c);
        if (v < 0) throw std::invalid_argument("invalid base64 character");
        buffer = (buffer << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    return out;
}

PrecompiledCharsmap::PrecompiledCharsmap(std::string_view blob) {
    if (blob.empty()) return;
    if (blob.size() < 4) throw std::invalid_argument("precompiled_charsmap is shorter than its header");
    auto readU32 = [&](size_t at) {
        return static_cast<uint32_t>(static_cast<unsigned char>(blob[at])) |
               static_cast<uint32_t>(static_cast<unsigned char>(blob[at + 1])) << 8 |
               static_cast<uint32_t>(static_cast<unsigned char>(blob[at + 2])) << 16 |
               static_cast<uint32_t>(static_cast<unsigned char>(blob[at + 3])) << 24;
    };
    const uint32_t trieBytes = readU32(0);
    if (trieBytes % 4 != 0 || 4 + static_cast<size_t>(trieBytes) > blob.size())
        throw std::invalid_argument("precompiled_charsmap trie size does not fit the data");
    trie_.reserve(trieBytes / 4);
    for (size_t at = 4; at < 4 + trieBytes; at += 4) trie_.push_back(readU32(at));
    replacements_ = std::string(blob.substr(4 + trieBytes));
    if (findInvalidUtf8(replacements_) != std::string_view::npos)
        throw std::invalid_argument("precompiled_charsmap replacements are not valid UTF-8");
}

std::optional<std::string_view> PrecompiledCharsmap::transform(std::string_view chunk) const {
    if (trie_.empty()) return std::nullopt;
    size_t node = unitOffset(trie_[0]);
    for (char byte : chunk) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == 0) break;
        node ^= c;
        if (node >= trie_.size()) return std::nullopt;
        const uint32_t unit = trie_[node];
        if (unitLabel(unit) != c) return std::nullopt;
        node ^= unitOffset(unit);
        if (hasLeaf(unit)) {
            if (node >= trie_.size()) return std::nullopt;
            const size_t index = unitValue(trie_[node]);
            if (index > replacements_.size()) return std::nullopt;
            const size_t end = replacements_.find('\0', index);
            return std::string_view(replacements_)
                .substr(index, (end == std::string::npos ? replacements_.size() : end) - index);
        }
    }
    return std::nullopt;
}

void PrecompiledCharsmap::normalize(NormalizedString& text) const {
    if (trie_.empty() || text.empty()) return;
    const std::string& source = text.get();
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, source.data(), static_cast<int64_t>(source.size()), &status);
    std::unique_ptr<icu::BreakIterator> graphemes(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
        utext_close(utext);
        throw std::runtime_error(std::string("ICU grapheme iterator: ") + u_errorName(status));
    }
    graphemes->setText(utext, status);
    std::vector<CharChange> changes;
    changes.reserve(source.size());
    bool modified = false;
    int32_t start = graphemes->first();
    for (int32_t end = graphemes->next(); end != icu::BreakIterator::DONE; start = end, end = graphemes->next()) {
        const std::string_view grapheme =
            std::string_view(source).substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        if (grapheme.size() < 6) {
            if (auto replacement = transform(grapheme)) {
                modified = true;
                appendReplacement(changes, grapheme, *replacement);
                continue;
            }
        }
        size_t position = 0;
        while (position < grapheme.size()) {
            const size_t charStart = position;
            const char32_t c = nextCodePoint(grapheme, position);
            const std::string_view part = grapheme.substr(charStart, position - charStart);
            if (auto replacement = transform(part)) {
                modified = true;
                appendReplacement(changes, part, *replacement);
            } else {
                changes.push_back({c, 0});
            }
        }
    }
    utext_close(utext);
    if (modified) text.transform(changes, 0);
}

}  // namespace attnscope::tok
