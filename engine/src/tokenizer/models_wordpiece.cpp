// WordPiece: greedy longest-match-first from the start of the word; continuation pieces carry a prefix ("##").
// A word with any unmatchable rest, or longer than max_input_chars_per_word, becomes one unk token.
#include <stdexcept>

#include "tokenizer/models.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

WordPieceModel::WordPieceModel(const std::vector<std::pair<std::string, uint32_t>>& vocab, WordPieceOptions options)
    : vocab_(vocab), options_(std::move(options)) {}

std::vector<Token> WordPieceModel::tokenize(std::string_view word) const {
    auto unknown = [&]() {
        const auto id = vocab_.find(options_.unkToken);
        if (!id) throw std::runtime_error("WordPiece unk token '" + options_.unkToken + "' is not in the vocabulary");
        return std::vector<Token>{{*id, options_.unkToken, 0, word.size()}};
    };
    if (countCodePoints(word) > options_.maxInputCharsPerWord) return unknown();

    std::vector<Token> pieces;
    std::string candidate;
    size_t start = 0;
    while (start < word.size()) {
        size_t end = word.size();
        bool found = false;
        while (start < end) {
            candidate.clear();
            if (start > 0) candidate += options_.continuingSubwordPrefix;
            candidate.append(word.substr(start, end - start));
            if (const auto id = vocab_.find(candidate)) {
                pieces.push_back({*id, candidate, start, end});
                found = true;
                break;
            }
            // Drop the last character and try the shorter candidate.
            do {
                --end;
            } while (end > start && (static_cast<unsigned char>(word[end]) & 0xC0) == 0x80);
        }
        if (!found) return unknown();
        start = end;
    }
    return pieces;
}

}  // namespace attnscope::tok
