// The normalizers of tokenizer.json, each a few alignment-preserving edits of a NormalizedString.
#include "tokenizer/normalizers.h"

#include <array>

namespace attnscope::tok {

namespace {

// BERT's notion of whitespace adds \t, \n, \r (already White_Space) and nothing else.
bool isBertWhitespace(char32_t c) {
    return c == '\t' || c == '\n' || c == '\r' || isWhitespace(c);
}

bool isBertControl(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r') return false;
    return isOtherControlFormatPrivate(c);
}

// The CJK blocks BERT isolates with spaces (the ranges of Google's original BERT tokenizer).
bool isChineseChar(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

struct ByteTable {
    std::array<char32_t, 256> toChar{};
    ByteTable() {
        // Printable Latin-1 bytes stand for themselves; the rest are moved above U+0100 in byte order.
        char32_t next = 256;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            toChar[static_cast<size_t>(b)] = printable ? static_cast<char32_t>(b) : next++;
        }
    }
};

const ByteTable& byteTable() {
    static const ByteTable table;
    return table;
}

}  // namespace

char32_t byteToChar(unsigned char byte) {
    return byteTable().toChar[byte];
}

int charToByte(char32_t c) {
    if ((c >= '!' && c <= '~') || (c >= 0xA1 && c <= 0xAC) || (c >= 0xAE && c <= 0xFF)) return static_cast<int>(c);
    if (c < 256 || c >= 256 + 68) return -1;
    const auto& table = byteTable().toChar;
    for (int b = 0; b < 256; ++b)
        if (table[static_cast<size_t>(b)] == c) return b;
    return -1;
}

void UnicodeNormalizer::normalize(NormalizedString& text) const {
    if (text.empty() || isNormalized(text.get(), form_)) return;
    text.transform(normalizationChanges(text.codePoints(), form_), 0);
}

void StripAccentsNormalizer::normalize(NormalizedString& text) const {
    text.filter([](char32_t c) { return !isNonspacingMark(c); });
}

void BertNormalizer::normalize(NormalizedString& text) const {
    if (options_.cleanText) {
        text.filter([](char32_t c) { return !(c == 0 || c == 0xFFFD || isBertControl(c)); });
        text.map([](char32_t c) { return isBertWhitespace(c) ? U' ' : c; });
    }
    if (options_.handleChineseChars) {
        const auto points = text.codePoints();
        if (std::any_of(points.begin(), points.end(), isChineseChar)) {
            std::vector<CharChange> changes;
            for (char32_t c : points) {
                if (isChineseChar(c)) {
                    changes.push_back({U' ', 0});
                    changes.push_back({c, 1});
                    changes.push_back({U' ', 1});
                } else {
                    changes.push_back({c, 0});
                }
            }
            text.transform(changes, 0);
        }
    }
    if (options_.stripAccents.value_or(options_.lowercase)) {
        UnicodeNormalizer(UnicodeForm::NFD).normalize(text);
        text.filter([](char32_t c) { return !isNonspacingMark(c); });
    }
    if (options_.lowercase) text.lowercase();
}

TextPattern TextPattern::literal(std::string text) {
    TextPattern pattern;
    if (text.empty()) pattern.regex_ = std::make_shared<Regex>("");
    pattern.literal_ = std::move(text);
    return pattern;
}

TextPattern TextPattern::regex(const std::string& source) {
    TextPattern pattern;
    pattern.regex_ = std::make_shared<Regex>(source);
    return pattern;
}

std::vector<PatternMatch> TextPattern::findMatches(std::string_view text) const {
    if (regex_) return matchesFromRanges(text, regex_->findAll(text));
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t at = text.find(literal_); at != std::string_view::npos; at = text.find(literal_, at + literal_.size()))
        ranges.emplace_back(at, at + literal_.size());
    return matchesFromRanges(text, ranges);
}

void ReplaceNormalizer::normalize(NormalizedString& text) const {
    text.replace(pattern_.findMatches(text.get()), content_);
}

void NmtNormalizer::normalize(NormalizedString& text) const {
    text.filter([](char32_t c) {
        return !((c >= 0x01 && c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F || c == 0x8F ||
                 c == 0x9F);
    });
    text.map([](char32_t c) {
        const bool toSpace = c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x1680 ||
                             (c >= 0x200B && c <= 0x200F) || c == 0x2028 || c == 0x2029 || c == 0x2581 || c == 0xFEFF ||
                             c == 0xFFFD;
        return toSpace ? U' ' : c;
    });
}

void ByteLevelNormalizer::normalize(NormalizedString& text) const {
    text.mapEachByte([](unsigned char byte) { return byteToChar(byte); });
}

}  // namespace attnscope::tok
