// The models that turn one pre-tokenized word into vocabulary tokens: BPE, WordPiece, WordLevel, Unigram.
// Each algorithm lives in its own models_<name>.cpp.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tokenizer/components.h"

namespace attnscope::tok {

// token -> id with string_view lookups (the keys live in one arena), and id -> token.
class Vocabulary {
public:
    Vocabulary() = default;
    explicit Vocabulary(const std::vector<std::pair<std::string, uint32_t>>& entries);
    Vocabulary(const Vocabulary&) = delete;
    Vocabulary& operator=(const Vocabulary&) = delete;
    Vocabulary(Vocabulary&&) = default;
    Vocabulary& operator=(Vocabulary&&) = default;

    std::optional<uint32_t> find(std::string_view token) const {
        const auto it = index_.find(token);
        if (it == index_.end()) return std::nullopt;
        return it->second;
    }
    bool contains(std::string_view token) const { return index_.count(token) != 0; }
    std::optional<std::string> token(uint32_t id) const;
    size_t size() const { return index_.size(); }

private:
    std::string arena_;
    std::unordered_map<std::string_view, uint32_t> index_;
    std::vector<std::pair<uint32_t, uint32_t>> byId_;  // (offset, length) into arena_, length UINT32_MAX if unused
};

// "<0xE2>" for byte 0xE2, the byte-fallback token spelling.
std::string byteFallbackToken(unsigned char byte);

struct BpeOptions {
    std::optional<std::string> unkToken;
    std::optional<std::string> continuingSubwordPrefix;
    std::optional<std::string> endOfWordSuffix;
    bool fuseUnk = false;
    bool byteFallback = false;
    bool ignoreMerges = false;
};

class BpeModel : public Model {
public:
    // Throws std::invalid_argument naming a merge whose parts or result are not in the vocabulary.
    BpeModel(const std::vector<std::pair<std::string, uint32_t>>& vocab,
             const std::vector<std::pair<std::string, std::string>>& merges, BpeOptions options);

    std::vector<Token> tokenize(std::string_view word) const override;
    std::optional<uint32_t> tokenToId(std::string_view token) const override { return vocab_.find(token); }
    std::optional<std::string> idToToken(uint32_t id) const override { return vocab_.token(id); }
    size_t vocabSize() const override { return vocab_.size(); }

private:
    struct Piece {
        uint32_t id;
        uint32_t length;  // bytes of the word this piece covers
    };
    std::vector<Piece> mergeWord(std::string_view word) const;

    Vocabulary vocab_;
    std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> merges_;  // (left, right) -> (rank, merged id)
    BpeOptions options_;
    mutable std::mutex cacheMutex_;
    mutable std::unordered_map<std::string, std::vector<Piece>> cache_;
};

struct WordPieceOptions {
    std::string unkToken = "[UNK]";
    std::string continuingSubwordPrefix = "##";
    size_t maxInputCharsPerWord = 100;
};

class WordPieceModel : public Model {
public:
    WordPieceModel(const std::vector<std::pair<std::string, uint32_t>>& vocab, WordPieceOptions options);
    std::vector<Token> tokenize(std::string_view word) const override;
    std::optional<uint32_t> tokenToId(std::string_view token) const override { return vocab_.find(token); }
    std::optional<std::string> idToToken(uint32_t id) const override { return vocab_.token(id); }
    size_t vocabSize() const override { return vocab_.size(); }

private:
    Vocabulary vocab_;
    WordPieceOptions options_;
};

class WordLevelModel : public Model {
public:
    WordLevelModel(const std::vector<std::pair<std::string, uint32_t>>& vocab, std::string unkToken);
    std::vector<Token> tokenize(std::string_view word) const override;
    std::optional<uint32_t> tokenToId(std::string_view token) const override { return vocab_.find(token); }
    std::optional<std::string> idToToken(uint32_t id) const override { return vocab_.token(id); }
    size_t vocabSize() const override { return vocab_.size(); }

private:
    Vocabulary vocab_;
    std::string unkToken_;
};

class UnigramModel : public Model {
public:
    UnigramModel(std::vector<std::pair<std::string, double>> pieces, std::optional<uint32_t> unkId, bool byteFallback);
    std::vector<Token> tokenize(std::string_view word) const override;
    std::optional<uint32_t> tokenToId(std::string_view token) const override { return vocab_.find(token); }
    std::optional<std::string> idToToken(uint32_t id) const override { return vocab_.token(id); }
    size_t vocabSize() const override { return pieces_.size(); }

private:
    // The most likely segmentation (Viterbi over the piece lattice), unknown runs fused.
    std::vector<std::string_view> segment(std::string_view word) const;

    std::vector<std::pair<std::string, double>> pieces_;
    Vocabulary vocab_;
    std::optional<uint32_t> unkId_;
    bool byteFallback_;
    double minScore_ = 0.0;
    // Byte trie over the pieces: edges keyed by (node << 8 | byte); terminal piece id per node (-1 if none).
    std::unordered_map<uint64_t, uint32_t> edges_;
    std::vector<int64_t> terminal_;
};

}  // namespace attnscope::tok
