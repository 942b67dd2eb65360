// A piece of text being normalized and split, that remembers where every byte came from in the original input.
// This mirrors Hugging Face tokenizers' NormalizedString/PreTokenizedString closely on purpose: token offsets must
// come out exactly as that library reports them, including its quirks (inserted characters inherit the alignment of
// the character before them, removed characters are folded into the one before them, and so on).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attnscope::tok {

// Where a normalized byte came from: a [start, end) byte range of the original text (relative to the slice).
struct Alignment {
    uint32_t start = 0;
    uint32_t end = 0;
    bool operator==(const Alignment& other) const { return start == other.start && end == other.end; }
};

// One character of a transformation and how it relates to the current text:
// 0 replaces the next character, +1 is inserted, -N replaces the next character and removes the N after it.
struct CharChange {
    char32_t c;
    int change;
};

struct ByteRange {
    size_t start = 0;
    size_t end = 0;
};

// A piece of a text and whether it matched a pattern; the pieces cover the text in order.
struct PatternMatch {
    size_t start;
    size_t end;
    bool isMatch;
};

enum class SplitBehavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous };

using CharPredicate = std::function<bool(char32_t)>;

// Pattern helpers producing the PatternMatch lists the split and replace operations consume.
std::vector<PatternMatch> findCharMatches(std::string_view text, const CharPredicate& predicate);
std::vector<PatternMatch> matchesFromRanges(std::string_view text,
                                            const std::vector<std::pair<size_t, size_t>>& ranges);
std::vector<PatternMatch> invertMatches(std::vector<PatternMatch> matches);

class NormalizedString {
public:
    NormalizedString() = default;
    explicit NormalizedString(std::string_view original);

    const std::string& get() const { return normalized_; }
    bool empty() const { return normalized_.empty(); }
    size_t size() const { return normalized_.size(); }
    size_t originalLength() const { return originalLength_; }
    // [start, end) of this piece in the whole input, in bytes.
    ByteRange offsetsOriginal() const { return {originalShift_, originalShift_ + originalLength_}; }
    size_t originalShift() const { return originalShift_; }
    const std::vector<Alignment>& alignments() const { return alignments_; }

    // Normalized byte range -> original byte range (relative to this piece), as convert_offsets(Normalized(..)).
    std::optional<ByteRange> normalizedToOriginal(size_t start, size_t end) const;
    // Original byte range (relative to this piece) -> normalized byte range, as convert_offsets(Original(..)).
    std::optional<ByteRange> originalToNormalized(size_t start, size_t end) const;

    // The sub-piece covering normalized bytes [start, end) (which must lie on character boundaries).
    NormalizedString slice(size_t start, size_t end) const;

    // Rewrites normalized bytes [start, end) with `changes` (see CharChange); `initialRemoved` characters at the
    // start of the range are dropped before the first change applies.
    void transformRange(size_t start, size_t end, const std::vector<CharChange>& changes, size_t initialRemoved);
    // Rewrites the whole text (the range that covers the whole original).
    void transform(const std::vector<CharChange>& changes, size_t initialRemoved);

    // Rewrites every byte b of the text as the UTF-8 of `byteToChar(b)`; each new byte keeps the alignment of the
    // byte it came from. (The same result as a transformation replacing each character by one character per byte,
    // computed without building that transformation.)
    void mapEachByte(const std::function<char32_t(unsigned char)>& byteToChar);

    void prepend(std::string_view text);
    void append(std::string_view text);
    void filter(const CharPredicate& keep);
    void map(const std::function<char32_t(char32_t)>& mapping);
    void lowercase();
    void replace(const std::vector<PatternMatch>& matches, std::string_view content);
    void strip(bool left, bool right);

    std::vector<NormalizedString> split(const std::vector<PatternMatch>& matches, SplitBehavior behavior) const;

    // The characters of the normalized text, each with change 0 (a starting point for transformations).
    std::vector<char32_t> codePoints() const;

private:
    std::string normalized_;
    std::vector<Alignment> alignments_;  // one per byte of normalized_
    size_t originalLength_ = 0;
    size_t originalShift_ = 0;
};

// A token produced by a model for one split: byte offsets are relative to the split's normalized text.
struct Token {
    uint32_t id;
    std::string value;
    size_t start;
    size_t end;
};

struct Split {
    NormalizedString normalized;
    std::optional<std::vector<Token>> tokens;  // set for added tokens and after the model ran
};

class PreTokenizedString {
public:
    explicit PreTokenizedString(std::string_view original);

    // Replaces every split without tokens by the pieces `splitter` returns; empty pieces are dropped.
    void split(const std::function<std::vector<Split>(size_t index, NormalizedString&&)>& splitter);
    void splitPlain(const std::function<std::vector<NormalizedString>(size_t index, NormalizedString&&)>& splitter);
    void normalize(const std::function<void(NormalizedString&)>& normalizer);
    void tokenize(const std::function<std::vector<Token>(const NormalizedString&)>& model);

    const std::string& original() const { return original_; }
    std::vector<Split>& splits() { return splits_; }
    const std::vector<Split>& splits() const { return splits_; }

private:
    std::string original_;
    std::vector<Split> splits_;
};

}  // namespace attnscope::tok
