// WordLevel: each word is looked up whole; anything else is the unk token.
#include <stdexcept>

#include "tokenizer/models.h"

namespace attnscope::tok {

WordLevelModel::WordLevelModel(const std::vector<std::pair<std::string, uint32_t>>& vocab, std::string unkToken)
    : vocab_(vocab), unkToken_(std::move(unkToken)) {}

std::vector<Token> WordLevelModel::tokenize(std::string_view word) const {
    if (const auto id = vocab_.find(word)) return {{*id, std::string(word), 0, word.size()}};
    const auto unk = vocab_.find(unkToken_);
    if (!unk) throw std::runtime_error("WordLevel unk token '" + unkToken_ + "' is not in the vocabulary");
    return {{*unk, unkToken_, 0, word.size()}};
}

}  // namespace attnscope::tok
