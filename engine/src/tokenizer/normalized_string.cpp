// NormalizedString and PreTokenizedString: text edits that keep byte alignments to the original input.
#include "tokenizer/normalized_string.h"

#include <algorithm>
#include <stdexcept>

#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

std::vector<PatternMatch> findCharMatches(std::string_view text, const CharPredicate& predicate) {
    if (text.empty()) return {{0, 0, false}};
    std::vector<PatternMatch> matches;
    size_t lastOffset = 0;
    size_t position = 0;
    while (position < text.size()) {
        const size_t start = position;
        const char32_t c = nextCodePoint(text, position);
        if (predicate(c)) {
            if (lastOffset < start) matches.push_back({lastOffset, start, false});
            matches.push_back({start, position, true});
            lastOffset = position;
        }
    }
    if (position > lastOffset) matches.push_back({lastOffset, position, false});
    return matches;
}

std::vector<PatternMatch> matchesFromRanges(std::string_view text,
                                            const std::vector<std::pair<size_t, size_t>>& ranges) {
    if (text.empty()) return {{0, 0, false}};
    std::vector<PatternMatch> matches;
    matches.reserve(ranges.size() * 2 + 1);
    size_t previous = 0;
    for (const auto& [start, end] : ranges) {
        if (previous != start) matches.push_back({previous, start, false});
        matches.push_back({start, end, true});
        previous = end;
    }
    if (previous != text.size()) matches.push_back({previous, text.size(), false});
    return matches;
}

std::vector<PatternMatch> invertMatches(std::vector<PatternMatch> matches) {
    for (auto& match : matches) match.isMatch = !match.isMatch;
    return matches;
}

NormalizedString::NormalizedString(std::string_view original)
    : normalized_(original), originalLength_(original.size()) {
    alignments_.reserve(original.size());
    size_t position = 0;
    while (position < original.size()) {
        const size_t start = position;
        position += utf8SequenceLength(static_cast<unsigned char>(original[position]));
        const Alignment alignment{static_cast<uint32_t>(start), static_cast<uint32_t>(position)};
        for (size_t i = start; i < position; ++i) alignments_.push_back(alignment);
    }
}

std::optional<ByteRange> NormalizedString::normalizedToOriginal(size_t start, size_t end) const {
    if (start == end) return ByteRange{start, end};
    if (start > end || end > alignments_.size()) return std::nullopt;
    return ByteRange{alignments_[start].start, alignments_[end - 1].end};
}

std::optional<ByteRange> NormalizedString::originalToNormalized(size_t start, size_t end) const {
    if (start == end) return ByteRange{start, end};
    if (start > end) return std::nullopt;
    if (originalLength_ == 0 && start == 0 && end == 0) return ByteRange{0, normalized_.size()};
    std::optional<size_t> first, last;
    for (size_t i = 0; i < alignments_.size(); ++i) {
        const Alignment& alignment = alignments_[i];
        if (end < alignment.end) break;
        // Zero-width alignments (inserted at the very start) never open a range.
        if (!first && start <= alignment.start && alignment.start != alignment.end) first = i;
        last = i + 1;
    }
    if (first && last) return ByteRange{*first, *last};
    if (first) return ByteRange{*first, *first};
    if (last) return ByteRange{*last, *last};
    return std::nullopt;
}

NormalizedString NormalizedString::slice(size_t start, size_t end) const {
    const auto originalRange = normalizedToOriginal(start, end);
    if (!originalRange) throw std::logic_error("NormalizedString: slice out of range");
    NormalizedString piece;
    piece.normalized_ = normalized_.substr(start, end - start);
    const auto shift = static_cast<uint32_t>(originalRange->start);
    piece.alignments_.reserve(end - start);
    for (size_t i = start; i < end; ++i) {
        const Alignment& a = alignments_[i];
        piece.alignments_.push_back({a.start >= shift ? a.start - shift : 0, a.end >= shift ? a.end - shift : 0});
    }
    piece.originalLength_ = originalRange->end >= originalRange->start ? originalRange->end - originalRange->start : 0;
    piece.originalShift_ = originalShift_ + originalRange->start;
    return piece;
}

void NormalizedString::transformRange(size_t start, size_t end, const std::vector<CharChange>& changes,
                                      size_t initialRemoved) {
    const std::string_view old = std::string_view(normalized_).substr(start, end - start);
    size_t cursor = 0;  // position in `old` of the next character a change consumes
    auto skipChar = [&]() -> size_t {
        if (cursor >= old.size()) return 0;
        const size_t length = utf8SequenceLength(static_cast<unsigned char>(old[cursor]));
        cursor += length;
        return length;
    };
    for (size_t i = 0; i < initialRemoved; ++i) skipChar();

    std::string replacement;
    std::vector<Alignment> replacementAlignments;
    replacement.reserve(old.size());
    replacementAlignments.reserve(old.size());
    for (const CharChange& change : changes) {
        const size_t index = start + cursor;
        Alignment alignment{};
        if (change.change > 0) {
            // An inserted character shares the alignment of the byte before it.
            if (index >= 1) alignment = alignments_[index - 1];
        } else if (index < alignments_.size()) {
            alignment = alignments_[index];
        } else if (!alignments_.empty()) {
            alignment = alignments_.back();
        }
        if (change.change <= 0) skipChar();
        for (int removed = 0; removed < -change.change; ++removed) skipChar();
        const size_t before = replacement.size();
        appendUtf8(replacement, change.c);
        replacementAlignments.insert(replacementAlignments.end(), replacement.size() - before, alignment);
    }

    if (start == 0 && end == normalized_.size()) {
        normalized_ = std::move(replacement);
        alignments_ = std::move(replacementAlignments);
        return;
    }
    normalized_.replace(start, end - start, replacement);
    alignments_.erase(alignments_.begin() + static_cast<std::ptrdiff_t>(start),
                      alignments_.begin() + static_cast<std::ptrdiff_t>(end));
    alignments_.insert(alignments_.begin() + static_cast<std::ptrdiff_t>(start), replacementAlignments.begin(),
                       replacementAlignments.end());
}

void NormalizedString::transform(const std::vector<CharChange>& changes, size_t initialRemoved) {
    const auto range = originalToNormalized(0, originalLength_);
    if (!range) return;
    transformRange(range->start, range->end, changes, initialRemoved);
}

std::vector<char32_t> NormalizedString::codePoints() const {
    std::vector<char32_t> points;
    points.reserve(normalized_.size());
    size_t position = 0;
    while (position < normalized_.size()) points.push_back(nextCodePoint(normalized_, position));
    return points;
}

void NormalizedString::mapEachByte(const std::function<char32_t(unsigned char)>& byteToChar) {
    std::string text;
    std::vector<Alignment> alignments;
    text.reserve(normalized_.size() * 2);
    alignments.reserve(normalized_.size() * 2);
    for (size_t i = 0; i < normalized_.size(); ++i) {
        const size_t before = text.size();
        appendUtf8(text, byteToChar(static_cast<unsigned char>(normalized_[i])));
        alignments.insert(alignments.end(), text.size() - before, alignments_[i]);
    }
    normalized_ = std::move(text);
    alignments_ = std::move(alignments);
}

void NormalizedString::prepend(std::string_view text) {
    if (normalized_.empty() || text.empty()) return;
    size_t position = 0;
    const char32_t next = nextCodePoint(normalized_, position);
    std::vector<CharChange> changes;
    size_t textPosition = 0;
    bool first = true;
    while (textPosition < text.size()) {
        changes.push_back({nextCodePoint(text, textPosition), first ? 0 : 1});
        first = false;
    }
    changes.push_back({next, 1});
    transformRange(0, position, changes, 0);
}

void NormalizedString::append(std::string_view text) {
    if (normalized_.empty() || text.empty()) return;
    size_t lastStart = normalized_.size() - 1;
    while (lastStart > 0 && (static_cast<unsigned char>(normalized_[lastStart]) & 0xC0) == 0x80) --lastStart;
    size_t position = lastStart;
    std::vector<CharChange> changes{{nextCodePoint(normalized_, position), 0}};
    size_t textPosition = 0;
    while (textPosition < text.size()) changes.push_back({nextCodePoint(text, textPosition), 1});
    transformRange(lastStart, normalized_.size(), changes, 0);
}

void NormalizedString::filter(const CharPredicate& keep) {
    const auto points = codePoints();
    std::vector<CharChange> changes;
    changes.reserve(points.size());
    // Walk backwards so each kept character knows how many removed ones follow it.
    int removed = 0;
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        if (keep(*it)) {
            changes.push_back({*it, -removed});
            removed = 0;
        } else {
            ++removed;
        }
    }
    std::reverse(changes.begin(), changes.end());
    transform(changes, static_cast<size_t>(removed));
}

void NormalizedString::map(const std::function<char32_t(char32_t)>& mapping) {
    std::vector<CharChange> changes;
    for (char32_t c : codePoints()) changes.push_back({mapping(c), 0});
    transform(changes, 0);
}

void NormalizedString::lowercase() {
    // Pure ASCII without capitals is left alone: the transformation would be the identity.
    if (std::none_of(normalized_.begin(), normalized_.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) & 0x80); }))
        return;
    std::vector<CharChange> changes;
    std::vector<char32_t> lowered;
    for (char32_t c : codePoints()) {
        lowered.clear();
        appendLowercase(lowered, c);
        for (size_t i = 0; i < lowered.size(); ++i) changes.push_back({lowered[i], i > 0 ? 1 : 0});
    }
    transform(changes, 0);
}

void NormalizedString::replace(const std::vector<PatternMatch>& matches, std::string_view content) {
    // One pass, with the result Hugging Face gets from one transformation per match: the matched characters go,
    // and every character of `content` is inserted with the alignment of the match's last byte.
    if (std::none_of(matches.begin(), matches.end(), [](const PatternMatch& m) { return m.isMatch; })) return;
    std::string text;
    std::vector<Alignment> alignments;
    text.reserve(normalized_.size());
    alignments.reserve(alignments_.size());
    size_t copied = 0;
    for (const PatternMatch& match : matches) {
        if (!match.isMatch) continue;
        text.append(normalized_, copied, match.start - copied);
        alignments.insert(alignments.end(), alignments_.begin() + static_cast<std::ptrdiff_t>(copied),
                          alignments_.begin() + static_cast<std::ptrdiff_t>(match.start));
        const Alignment inserted = match.end >= 1 ? alignments_[match.end - 1] : Alignment{};
        text.append(content);
        alignments.insert(alignments.end(), content.size(), inserted);
        copied = match.end;
    }
    text.append(normalized_, copied, std::string::npos);
    alignments.insert(alignments.end(), alignments_.begin() + static_cast<std::ptrdiff_t>(copied), alignments_.end());
    normalized_ = std::move(text);
    alignments_ = std::move(alignments);
}

void NormalizedString::strip(bool left, bool right) {
    const auto points = codePoints();
    size_t leading = 0;
    if (left)
        while (leading < points.size() && isWhitespace(points[leading])) ++leading;
    size_t trailing = 0;
    if (right)
        while (trailing < points.size() && isWhitespace(points[points.size() - 1 - trailing])) ++trailing;
    if (leading == 0 && trailing == 0) return;
    // Hugging Face compares character indexes with the byte length here; keeping that keeps offsets identical.
    const auto byteLength = static_cast<long long>(normalized_.size());
    const auto keepEnd = byteLength - static_cast<long long>(trailing);
    std::vector<CharChange> changes;
    for (size_t i = 0; i < points.size(); ++i) {
        const auto index = static_cast<long long>(i);
        if (i < leading || index >= keepEnd) continue;
        changes.push_back({points[i], index == keepEnd - 1 ? -static_cast<int>(trailing) : 0});
    }
    transform(changes, leading);
}

std::vector<NormalizedString> NormalizedString::split(const std::vector<PatternMatch>& matches,
                                                      SplitBehavior behavior) const {
    struct Piece {
        size_t start, end;
        bool remove;
    };
    std::vector<Piece> pieces;
    pieces.reserve(matches.size());
    switch (behavior) {
        case SplitBehavior::Isolated:
            for (const auto& m : matches) pieces.push_back({m.start, m.end, false});
            break;
        case SplitBehavior::Removed:
            for (const auto& m : matches) pieces.push_back({m.start, m.end, m.isMatch});
            break;
        case SplitBehavior::Contiguous: {
            bool previousMatch = false;
            for (const auto& m : matches) {
                if (m.isMatch == previousMatch && !pieces.empty()) {
                    pieces.back().end = m.end;
                } else {
                    pieces.push_back({m.start, m.end, false});
                }
                previousMatch = m.isMatch;
            }
            break;
        }
        case SplitBehavior::MergedWithPrevious: {
            bool previousMatch = false;
            for (const auto& m : matches) {
                if (m.isMatch && !previousMatch && !pieces.empty()) {
                    pieces.back().end = m.end;
                } else {
                    pieces.push_back({m.start, m.end, false});
                }
                previousMatch = m.isMatch;
            }
            break;
        }
        case SplitBehavior::MergedWithNext: {
            bool previousMatch = false;
            for (auto it = matches.rbegin(); it != matches.rend(); ++it) {
                if (it->isMatch && !previousMatch && !pieces.empty()) {
                    pieces.back().start = it->start;
                } else {
                    pieces.push_back({it->start, it->end, false});
                }
                previousMatch = it->isMatch;
            }
            std::reverse(pieces.begin(), pieces.end());
            break;
        }
    }
    std::vector<NormalizedString> result;
    result.reserve(pieces.size());
    for (const auto& piece : pieces)
        if (!piece.remove) result.push_back(slice(piece.start, piece.end));
    return result;
}

PreTokenizedString::PreTokenizedString(std::string_view original) : original_(original) {
    splits_.push_back({NormalizedString(original), std::nullopt});
}

void PreTokenizedString::split(const std::function<std::vector<Split>(size_t, NormalizedString&&)>& splitter) {
    std::vector<Split> result;
    result.reserve(splits_.size());
    for (size_t i = 0; i < splits_.size(); ++i) {
        if (splits_[i].tokens) {
            result.push_back(std::move(splits_[i]));
            continue;
        }
        for (auto& piece : splitter(i, std::move(splits_[i].normalized)))
            if (!piece.normalized.empty()) result.push_back(std::move(piece));
    }
    splits_ = std::move(result);
}

void PreTokenizedString::splitPlain(
    const std::function<std::vector<NormalizedString>(size_t, NormalizedString&&)>& splitter) {
    std::vector<Split> result;
    result.reserve(splits_.size());
    for (size_t i = 0; i < splits_.size(); ++i) {
        if (splits_[i].tokens) {
            result.push_back(std::move(splits_[i]));
            continue;
        }
        for (auto& piece : splitter(i, std::move(splits_[i].normalized)))
            if (!piece.empty()) result.push_back({std::move(piece), std::nullopt});
    }
    splits_ = std::move(result);
}

void PreTokenizedString::normalize(const std::function<void(NormalizedString&)>& normalizer) {
    for (auto& split : splits_)
        if (!split.tokens) normalizer(split.normalized);
}

void PreTokenizedString::tokenize(const std::function<std::vector<Token>(const NormalizedString&)>& model) {
    for (auto& split : splits_)
        if (!split.tokens) split.tokens = model(split.normalized);
}

}  // namespace attnscope::tok
