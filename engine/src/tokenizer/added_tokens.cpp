// AddedVocabulary: extraction of added tokens from the input before normalization and the model.
#include "tokenizer/added_tokens.h"

#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

bool endsWithWordCharacter(std::string_view text) {
    if (text.empty()) return false;
    size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t position = start;
    return isWordCharacter(nextCodePoint(text, position));
}

bool startsWithWordCharacter(std::string_view text) {
    if (text.empty()) return false;
    size_t position = 0;
    return isWordCharacter(nextCodePoint(text, position));
}

// Start of the whitespace run that ends `text`.
size_t trailingWhitespaceStart(std::string_view text) {
    size_t start = text.size();
    while (start > 0) {
        size_t previous = start - 1;
        while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80) --previous;
        size_t position = previous;
        if (!isWhitespace(nextCodePoint(text, position))) break;
        start = previous;
    }
    return start;
}

// Length of the whitespace run that starts `text`.
size_t leadingWhitespaceLength(std::string_view text) {
    size_t position = 0;
    while (position < text.size()) {
        size_t next = position;
        if (!isWhitespace(nextCodePoint(text, next))) break;
        position = next;
    }
    return position;
}

}  // namespace

void AddedVocabulary::Matcher::add(std::string_view pattern, size_t tokenIndex) {
    if (pattern.empty()) return;
    firstByte[static_cast<unsigned char>(pattern[0])] = true;
    uint32_t node = 0;
    for (char byte : pattern) {
        const auto key = static_cast<unsigned char>(byte);
        const auto it = children[node].find(key);
        if (it != children[node].end()) {
            node = it->second;
            continue;
        }
        const auto child = static_cast<uint32_t>(children.size());
        children[node].emplace(key, child);
        children.emplace_back();
        terminal.push_back(-1);
        node = child;
    }
    if (terminal[node] < 0) terminal[node] = static_cast<int64_t>(tokenIndex);
}

std::optional<std::pair<size_t, size_t>> AddedVocabulary::Matcher::longestAt(std::string_view text, size_t at) const {
    std::optional<std::pair<size_t, size_t>> best;
    if (!firstByte[static_cast<unsigned char>(text[at])]) return best;
    uint32_t node = 0;
    for (size_t i = at; i < text.size(); ++i) {
        const auto it = children[node].find(static_cast<unsigned char>(text[i]));
        if (it == children[node].end()) break;
        node = it->second;
        if (terminal[node] >= 0) best = std::make_pair(i + 1 - at, static_cast<size_t>(terminal[node]));
    }
    return best;
}

AddedVocabulary::AddedVocabulary(std::vector<AddedToken> tokens, const Normalizer* normalizer)
    : tokens_(std::move(tokens)) {
    for (size_t i = 0; i < tokens_.size(); ++i) {
        const AddedToken& token = tokens_[i];
        byContent_[token.content] = token.id;
        byId_[token.id] = i;
        if (token.special) special_.insert(token.content);
    }
    // Hugging Face matches special tokens before the others when both start at the same place with the same
    // length; registering them first keeps that order.
    for (bool specialPass : {true, false}) {
        for (size_t i = 0; i < tokens_.size(); ++i) {
            const AddedToken& token = tokens_[i];
            if (token.special != specialPass || token.content.empty()) continue;
            if (!token.normalized) {
                raw_.add(token.content, i);
                continue;
            }
            NormalizedString content(token.content);
            if (normalizer) normalizer->normalize(content);
            normalized_.add(content.get(), i);
            if (normalizer && content.get() != token.content) normalizedSpelling_[token.id] = content.get();
        }
    }
}

std::vector<Split> AddedVocabulary::splitOnMatches(NormalizedString&& text, const Matcher& matcher) const {
    const std::string& sentence = text.get();
    struct Piece {
        std::optional<uint32_t> id;
        size_t start, end;
    };
    std::vector<Piece> pieces;
    size_t startOffset = 0;
    size_t searchFrom = 0;
    while (searchFrom < sentence.size()) {
        std::optional<std::pair<size_t, size_t>> found;
        size_t matchStart = searchFrom;
        for (; matchStart < sentence.size(); ++matchStart)
            if ((found = matcher.longestAt(sentence, matchStart))) break;
        if (!found) break;
        size_t start = matchStart;
        size_t stop = matchStart + found->first;
        searchFrom = stop;  // matches never overlap, even when one is then discarded
        const AddedToken& token = tokens_[found->second];
        if (token.singleWord) {
            const bool startSpace = start == 0 || !endsWithWordCharacter(std::string_view(sentence).substr(0, start));
            const bool stopSpace =
                stop == sentence.size() || !startsWithWordCharacter(std::string_view(sentence).substr(stop));
            if (!startSpace || !stopSpace) continue;
        }
        if (token.lstrip)
            start = std::max(trailingWhitespaceStart(std::string_view(sentence).substr(0, start)), startOffset);
        if (token.rstrip) stop += leadingWhitespaceLength(std::string_view(sentence).substr(stop));
        if (startOffset < start) pieces.push_back({std::nullopt, startOffset, start});
        pieces.push_back({token.id, start, stop});
        startOffset = stop;
    }
    if (startOffset != sentence.size()) pieces.push_back({std::nullopt, startOffset, sentence.size()});
    if (sentence.empty()) pieces.push_back({std::nullopt, 0, 0});

    std::vector<Split> splits;
    splits.reserve(pieces.size());
    for (const Piece& piece : pieces) {
        NormalizedString slice = text.slice(piece.start, piece.end);
        if (piece.id) {
            const std::string value = slice.get();
            splits.push_back({std::move(slice), std::vector<Token>{{*piece.id, value, 0, value.size()}}});
        } else {
            splits.push_back({std::move(slice), std::nullopt});
        }
    }
    return splits;
}

PreTokenizedString AddedVocabulary::extractAndNormalize(const Normalizer* normalizer, std::string_view text) const {
    PreTokenizedString pretokenized(text);
    if (!raw_.empty())
        pretokenized.split([&](size_t, NormalizedString&& piece) { return splitOnMatches(std::move(piece), raw_); });
    pretokenized.split([&](size_t, NormalizedString&& piece) {
        if (normalizer) normalizer->normalize(piece);
        if (normalized_.empty()) {
            std::vector<Split> one;
            one.push_back({std::move(piece), std::nullopt});
            return one;
        }
        return splitOnMatches(std::move(piece), normalized_);
    });
    return pretokenized;
}

std::optional<uint32_t> AddedVocabulary::tokenToId(std::string_view content) const {
    const auto it = byContent_.find(std::string(content));
    if (it == byContent_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> AddedVocabulary::idToToken(uint32_t id) const {
    const auto it = byId_.find(id);
    if (it == byId_.end()) return std::nullopt;
    if (const auto spelling = normalizedSpelling_.find(id); spelling != normalizedSpelling_.end())
        return spelling->second;
    return tokens_[it->second].content;
}

}  // namespace attnscope::tok
