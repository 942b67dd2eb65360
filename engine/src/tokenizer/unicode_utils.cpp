// ICU-backed character classes and regular expressions for the tokenizer components.
#include "tokenizer/unicode_utils.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace attnscope::tok {

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string toUtf8(char32_t c) {
    std::string out;
    appendUtf8(out, c);
    return out;
}

size_t countCodePoints(std::string_view text) {
    size_t count = 0;
    for (char byte : text) count += (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
    return count;
}

size_t findInvalidUtf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) return static_cast<size_t>(start);
    }
    return std::string_view::npos;
}

bool isWhitespace(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool isPunctuation(char32_t c) {
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_P_MASK) != 0;
}

bool isBertPunctuation(char32_t c) {
    if (c < 0x80) return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    return isPunctuation(c);
}

bool isNumeric(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_N_MASK) != 0;
}

bool isNonspacingMark(char32_t c) {
    return u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool isOtherControlFormatPrivate(char32_t c) {
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR || type == U_PRIVATE_USE_CHAR;
}

bool isWordCharacter(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    const auto u = static_cast<UChar32>(c);
    const auto mask = U_GET_GC_MASK(u);
    return u_hasBinaryProperty(u, UCHAR_ALPHABETIC) || (mask & (U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0 ||
           u_hasBinaryProperty(u, UCHAR_JOIN_CONTROL);
}

int combiningClass(char32_t c) {
    return c < 0x300 ? 0 : u_getCombiningClass(static_cast<UChar32>(c));
}

void appendLowercase(std::vector<char32_t>& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    UChar source[2];
    int32_t sourceLength = 0;
    U16_APPEND_UNSAFE(source, sourceLength, static_cast<UChar32>(c));
    UChar lowered[8];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = u_strToLower(lowered, 8, source, sourceLength, "", &status);
    if (U_FAILURE(status)) {
        out.push_back(c);
        return;
    }
    for (int32_t i = 0; i < length;) {
        UChar32 lower;
        U16_NEXT(lowered, i, length, lower);
        out.push_back(static_cast<char32_t>(lower));
    }
}

Regex::Regex(const std::string& pattern) : source_(pattern) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    // Oniguruma's defaults: ^ and $ are line anchors, and only \n ends a line.
    compiled_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern),
                                               UREGEX_MULTILINE | UREGEX_UNIX_LINES, parseError, status));
    if (U_FAILURE(status)) {
        throw std::invalid_argument("invalid regular expression /" + pattern + "/ (" + u_errorName(status) +
                                    " at offset " + std::to_string(parseError.offset) + ")");
    }
}

Regex::~Regex() = default;

std::vector<std::pair<size_t, size_t>> Regex::findAll(std::string_view text) const {
    std::vector<std::pair<size_t, size_t>> matches;
    if (text.empty()) return matches;
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(compiled_->matcher(utf16, status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("regex matcher: ") + u_errorName(status));
    // Matches come in increasing order, so one cursor maps UTF-16 indexes back to UTF-8 bytes.
    int32_t index16 = 0;
    size_t index8 = 0;
    auto toBytes = [&](int32_t target) {
        while (index16 < target) {
            const auto lead = static_cast<unsigned char>(text[index8]);
            const size_t length = utf8SequenceLength(lead);
            index8 += length;
            index16 += length == 4 ? 2 : 1;
        }
        return index8;
    };
    while (matcher->find(status) && U_SUCCESS(status)) {
        const int32_t start = matcher->start(status);
        const int32_t end = matcher->end(status);
        const size_t start8 = toBytes(start);
        const size_t end8 = toBytes(end);
        // Like Oniguruma's iterator: no empty match right where the previous match ended.
        if (start8 == end8 && !matches.empty() && matches.back().second == end8) continue;
        matches.emplace_back(start8, end8);
    }
    if (U_FAILURE(status)) throw std::runtime_error(std::string("regex search: ") + u_errorName(status));
    return matches;
}

std::string escapeRegex(std::string_view literal) {
    std::string out;
    for (char c : literal) {
        if (std::string_view("\\^$.|?*+()[]{}-#&~ \t\n").find(c) != std::string_view::npos) out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

}  // namespace attnscope::tok
