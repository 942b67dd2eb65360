// The pre-tokenizers of tokenizer.json.
#include "tokenizer/pre_tokenizers.h"

namespace attnscope::tok {

namespace {

const char* const kGpt2Pattern = R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)";

void splitOnChars(PreTokenizedString& text, const CharPredicate& predicate, SplitBehavior behavior) {
    text.splitPlain([&](size_t, NormalizedString&& piece) {
        return piece.split(findCharMatches(piece.get(), predicate), behavior);
    });
}

}  // namespace

ByteLevelPreTokenizer::ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex) : addPrefixSpace_(addPrefixSpace) {
    if (useRegex) regex_ = std::make_shared<Regex>(kGpt2Pattern);
}

void ByteLevelPreTokenizer::preTokenize(PreTokenizedString& text) const {
    text.splitPlain([&](size_t, NormalizedString&& piece) {
        if (addPrefixSpace_ && piece.get().rfind(' ', 0) != 0) piece.prepend(" ");
        if (!regex_) return std::vector<NormalizedString>{std::move(piece)};
        return piece.split(matchesFromRanges(piece.get(), regex_->findAll(piece.get())), SplitBehavior::Isolated);
    });
    text.normalize(
        [](NormalizedString& piece) { piece.mapEachByte([](unsigned char byte) { return byteToChar(byte); }); });
}

void BertPreTokenizer::preTokenize(PreTokenizedString& text) const {
    splitOnChars(text, isWhitespace, SplitBehavior::Removed);
    splitOnChars(text, isBertPunctuation, SplitBehavior::Isolated);
}

void WhitespacePreTokenizer::preTokenize(PreTokenizedString& text) const {
    text.splitPlain([](size_t, NormalizedString&& piece) {
        // Runs of \w and runs of [^\w\s] are kept; whitespace between them goes.
        const std::string& s = piece.get();
        std::vector<std::pair<size_t, size_t>> ranges;
        size_t position = 0;
        while (position < s.size()) {
            const size_t start = position;
            const char32_t c = nextCodePoint(s, position);
            if (isWhitespace(c)) continue;
            const bool word = isWordCharacter(c);
            size_t end = position;
            while (end < s.size()) {
                size_t next = end;
                const char32_t d = nextCodePoint(s, next);
                if (word ? !isWordCharacter(d) : (isWordCharacter(d) || isWhitespace(d))) break;
                end = next;
            }
            ranges.emplace_back(start, end);
            position = end;
        }
        return piece.split(invertMatches(matchesFromRanges(s, ranges)), SplitBehavior::Removed);
    });
}

void WhitespaceSplitPreTokenizer::preTokenize(PreTokenizedString& text) const {
    splitOnChars(text, isWhitespace, SplitBehavior::Removed);
}

void MetaspacePreTokenizer::preTokenize(PreTokenizedString& text) const {
    const std::string replacement = toUtf8(replacement_);
    text.splitPlain([&](size_t, NormalizedString&& piece) {
        piece.replace(findCharMatches(piece.get(), [](char32_t c) { return c == U' '; }), replacement);
        const bool startsWithReplacement = piece.get().rfind(replacement, 0) == 0;
        if (!startsWithReplacement && (scheme_ == PrependScheme::Always ||
                                       (scheme_ == PrependScheme::First && piece.offsetsOriginal().start == 0)))
            piece.prepend(replacement);
        if (!split_) return std::vector<NormalizedString>{std::move(piece)};
        const char32_t r = replacement_;
        return piece.split(findCharMatches(piece.get(), [r](char32_t c) { return c == r; }),
                           SplitBehavior::MergedWithNext);
    });
}

void SplitPreTokenizer::preTokenize(PreTokenizedString& text) const {
    text.splitPlain([&](size_t, NormalizedString&& piece) {
        auto matches = pattern_.findMatches(piece.get());
        if (invert_) matches = invertMatches(std::move(matches));
        return piece.split(matches, behavior_);
    });
}

void DigitsPreTokenizer::preTokenize(PreTokenizedString& text) const {
    splitOnChars(text, isNumeric, individual_ ? SplitBehavior::Isolated : SplitBehavior::Contiguous);
}

void PunctuationPreTokenizer::preTokenize(PreTokenizedString& text) const {
    splitOnChars(text, isBertPunctuation, behavior_);
}

void CharDelimiterSplitPreTokenizer::preTokenize(PreTokenizedString& text) const {
    const char32_t delimiter = delimiter_;
    splitOnChars(
        text, [delimiter](char32_t c) { return c == delimiter; }, SplitBehavior::Removed);
}

}  // namespace attnscope::tok
