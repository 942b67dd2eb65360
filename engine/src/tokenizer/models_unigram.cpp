// Unigram (SentencePiece): the segmentation with the highest total piece score, found by Viterbi over every piece
// that starts at every character. A character no piece covers costs min_score - 10 as unk; consecutive unknowns are
// fused, and with byte_fallback an unknown piece becomes its <0xXX> byte tokens instead.
#include <limits>
#include <stdexcept>

#include "tokenizer/models.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

constexpr double kUnkPenalty = 10.0;

std::vector<std::pair<std::string, uint32_t>> idsOf(const std::vector<std::pair<std::string, double>>& pieces) {
    std::vector<std::pair<std::string, uint32_t>> entries;
    entries.reserve(pieces.size());
    for (size_t i = 0; i < pieces.size(); ++i) entries.emplace_back(pieces[i].first, static_cast<uint32_t>(i));
    return entries;
}

}  // namespace

UnigramModel::UnigramModel(std::vector<std::pair<std::string, double>> pieces, std::optional<uint32_t> unkId,
                           bool byteFallback)
    : pieces_(std::move(pieces)), vocab_(idsOf(pieces_)), unkId_(unkId), byteFallback_(byteFallback) {
    if (unkId_ && *unkId_ >= pieces_.size())
        throw std::invalid_argument("unk_id " + std::to_string(*unkId_) + " is outside the vocabulary");
    minScore_ = std::numeric_limits<double>::infinity();
    terminal_.push_back(-1);
    for (size_t id = 0; id < pieces_.size(); ++id) {
        const auto& [piece, score] = pieces_[id];
        minScore_ = std::min(minScore_, score);
        uint32_t node = 0;
        for (char byte : piece) {
            const uint64_t key = static_cast<uint64_t>(node) << 8 | static_cast<unsigned char>(byte);
            const auto it = edges_.find(key);
            if (it != edges_.end()) {
                node = it->second;
            } else {
                const auto child = static_cast<uint32_t>(terminal_.size());
                terminal_.push_back(-1);
                edges_.emplace(key, child);
                node = child;
            }
        }
        // A repeated spelling resolves to its last id, as Hugging Face's token -> id map does.
        if (!piece.empty()) terminal_[node] = static_cast<int64_t>(id);
    }
    if (pieces_.empty()) minScore_ = 0.0;
}

std::vector<std::string_view> UnigramModel::segment(std::string_view word) const {
    struct Best {
        uint32_t id = 0;
        double score = 0.0;
        std::optional<size_t> start;
    };
    const double unkScore = minScore_ - kUnkPenalty;
    std::vector<Best> best(word.size() + 1);
    size_t start = 0;
    while (start < word.size()) {
        const double scoreSoFar = best[start].score;
        const size_t charLength = utf8SequenceLength(static_cast<unsigned char>(word[start]));
        bool hasSingleCharacter = false;
        uint32_t node = 0;
        for (size_t end = start; end < word.size(); ++end) {
            const auto it = edges_.find(static_cast<uint64_t>(node) << 8 | static_cast<unsigned char>(word[end]));
            if (it == edges_.end()) break;
            node = it->second;
            if (terminal_[node] < 0) continue;
            const auto id = static_cast<uint32_t>(terminal_[node]);
            Best& target = best[end + 1];
            const double candidate = pieces_[id].second + scoreSoFar;
            if (!target.start || candidate > target.score) target = {id, candidate, start};
            if (end + 1 - start == charLength) hasSingleCharacter = true;
        }
        if (!hasSingleCharacter) {
            if (!unkId_) throw std::runtime_error("Unigram model has no unk_id for an unknown character");
            Best& target = best[start + charLength];
            const double candidate = unkScore + scoreSoFar;
            if (!target.start || candidate > target.score) target = {*unkId_, candidate, start};
        }
        start += charLength;
    }

    std::vector<std::string_view> reversed;
    size_t end = word.size();
    size_t unknownStart = std::string_view::npos;  // start of the unk run being fused, walking backwards
    size_t unknownEnd = 0;
    while (end > 0) {
        const Best& node = best[end];
        const size_t from = *node.start;
        if (unkId_ && node.id == *unkId_) {
            if (unknownStart == std::string_view::npos) unknownEnd = end;
            unknownStart = from;
        } else {
            if (unknownStart != std::string_view::npos) {
                reversed.push_back(word.substr(unknownStart, unknownEnd - unknownStart));
                unknownStart = std::string_view::npos;
            }
            reversed.push_back(word.substr(from, end - from));
        }
        end = from;
    }
    if (unknownStart != std::string_view::npos)
        reversed.push_back(word.substr(unknownStart, unknownEnd - unknownStart));
    return {reversed.rbegin(), reversed.rend()};
}

std::vector<Token> UnigramModel::tokenize(std::string_view word) const {
    std::vector<Token> tokens;
    if (word.empty()) return tokens;
    size_t offset = 0;
    for (std::string_view piece : segment(word)) {
        const size_t end = offset + piece.size();
        if (const auto id = vocab_.find(piece)) {
            tokens.push_back({*id, std::string(piece), offset, end});
        } else {
            bool done = false;
            if (byteFallback_) {
                std::vector<Token> bytes;
                for (char byte : piece) {
                    std::string name = byteFallbackToken(static_cast<unsigned char>(byte));
                    const auto byteId = vocab_.find(name);
                    if (!byteId) break;
                    bytes.push_back({*byteId, std::move(name), offset, end});
                }
                if (bytes.size() == piece.size()) {
                    tokens.insert(tokens.end(), bytes.begin(), bytes.end());
                    done = true;
                }
            }
            if (!done) {
                if (!unkId_) throw std::runtime_error("Unigram model has no unk_id for an unknown piece");
                // The token keeps the text it covers, not the unk spelling (Hugging Face does the same).
                tokens.push_back({*unkId_, std::string(piece), offset, end});
            }
        }
        offset = end;
    }
    return tokens;
}

}  // namespace attnscope::tok
