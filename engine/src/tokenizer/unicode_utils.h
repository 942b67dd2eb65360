// UTF-8 walking and the Unicode character classes the tokenizer components ask about, answered by ICU so no
// Unicode table is written by hand. Everything here works on UTF-8 bytes, because offsets are byte based until the
// very end (as in Hugging Face tokenizers).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace attnscope::tok {

// Decodes the code point starting at `pos` of valid UTF-8 and moves `pos` past it.
inline char32_t nextCodePoint(std::string_view text, size_t& pos) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
        ++pos;
        return byte;
    }
    int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    char32_t c = byte & (0x7F >> length);
    for (int i = 1; i < length; ++i) c = (c << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
    pos += length;
    return c;
}

// Byte length of the UTF-8 sequence whose first byte is `lead`.
inline size_t utf8SequenceLength(unsigned char lead) {
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

inline size_t utf8Length(char32_t c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

void appendUtf8(std::string& out, char32_t c);
std::string toUtf8(char32_t c);

// Number of code points in valid UTF-8.
size_t countCodePoints(std::string_view text);

// Byte offset of the first ill-formed sequence (lone surrogates included), or npos when `text` is valid UTF-8.
size_t findInvalidUtf8(std::string_view text);

// Character classes, with the meaning Rust's standard library / the crates used by tokenizers give them.
bool isWhitespace(char32_t c);                 // White_Space (char::is_whitespace)
bool isPunctuation(char32_t c);                // general category P*
bool isBertPunctuation(char32_t c);            // ASCII punctuation or P*
bool isNumeric(char32_t c);                    // Nd, Nl, No (char::is_numeric)
bool isNonspacingMark(char32_t c);             // Mn
bool isOtherControlFormatPrivate(char32_t c);  // Cc, Cf, Co (unicode_categories' is_other)
bool isWordCharacter(char32_t c);              // regex \w: Alphabetic, Mark, Nd, Pc, Join_Control
int combiningClass(char32_t c);

// Full lowercase mapping of one character in isolation (no context, root locale), as Rust's char::to_lowercase.
void appendLowercase(std::vector<char32_t>& out, char32_t c);

// A compiled Oniguruma-flavoured regular expression (the patterns found in tokenizer.json) run by ICU.
// Thread-safe: matching creates its own matcher.
class Regex {
public:
    // Throws std::invalid_argument with ICU's message when the pattern does not compile.
    explicit Regex(const std::string& pattern);
    ~Regex();
    Regex(const Regex&) = delete;
    Regex& operator=(const Regex&) = delete;

    // All non-overlapping matches in `text` (UTF-8), as byte ranges, leftmost first.
    std::vector<std::pair<size_t, size_t>> findAll(std::string_view text) const;
    const std::string& pattern() const { return source_; }

private:
    std::string source_;
    std::unique_ptr<icu::RegexPattern> compiled_;
};

// The regex source that matches `literal` exactly.
std::string escapeRegex(std::string_view literal);

}  // namespace attnscope::tok
