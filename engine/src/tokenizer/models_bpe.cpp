// Byte-pair encoding: characters (or byte-fallback tokens, or unk) merged by rank, lowest rank first and leftmost
// first among equals, exactly as Hugging Face's Word::merge_all does (dropout is a training device and is ignored).
#include <queue>
#include <stdexcept>

#include "tokenizer/models.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

uint64_t pairKey(uint32_t left, uint32_t right) {
    return static_cast<uint64_t>(left) << 32 | right;
}

// Results for words up to this length are cached (longer ones are rare and would bloat the cache).
constexpr size_t kMaxCachedWordBytes = 256;
constexpr size_t kCacheCapacity = 100000;

}  // namespace

BpeModel::BpeModel(const std::vector<std::pair<std::string, uint32_t>>& vocab,
                   const std::vector<std::pair<std::string, std::string>>& merges, BpeOptions options)
    : vocab_(vocab), options_(std::move(options)) {
    const size_t prefixLength = options_.continuingSubwordPrefix ? options_.continuingSubwordPrefix->size() : 0;
    merges_.reserve(merges.size());
    std::string merged;
    for (size_t rank = 0; rank < merges.size(); ++rank) {
        const auto& [left, right] = merges[rank];
        const auto leftId = vocab_.find(left);
        if (!leftId)
            throw std::invalid_argument("merge " + std::to_string(rank) + " uses '" + left +
                                        "', which is not in the vocabulary");
        const auto rightId = vocab_.find(right);
        if (!rightId)
            throw std::invalid_argument("merge " + std::to_string(rank) + " uses '" + right +
                                        "', which is not in the vocabulary");
        merged.assign(left);
        merged.append(right, std::min(prefixLength, right.size()), std::string::npos);
        const auto mergedId = vocab_.find(merged);
        if (!mergedId)
            throw std::invalid_argument("merge " + std::to_string(rank) + " makes '" + merged +
                                        "', which is not in the vocabulary");
        // A repeated pair keeps its last rank, as a map built from the list would.
        merges_[pairKey(*leftId, *rightId)] = {static_cast<uint32_t>(rank), *mergedId};
    }
}

std::vector<BpeModel::Piece> BpeModel::mergeWord(std::string_view word) const {
    struct Symbol {
        uint32_t id;
        int prev;
        int next;
        uint32_t length;
    };
    std::vector<Symbol> symbols;
    symbols.reserve(word.size());
    auto add = [&](uint32_t id, uint32_t length) {
        const int index = static_cast<int>(symbols.size());
        if (!symbols.empty()) symbols.back().next = index;
        symbols.push_back({id, index - 1, -1, length});
    };

    // A pending unk token (id, byte length) that later unknown characters may be fused into.
    bool hasUnk = false;
    uint32_t unkTokenId = 0, unkLength = 0;
    auto unkId = [&]() {
        const auto id = vocab_.find(*options_.unkToken);
        if (!id) throw std::runtime_error("unk token '" + *options_.unkToken + "' is not in the vocabulary");
        return *id;
    };
    std::string symbol;
    size_t position = 0;
    while (position < word.size()) {
        const size_t start = position;
        position += utf8SequenceLength(static_cast<unsigned char>(word[position]));
        const auto byteLength = static_cast<uint32_t>(position - start);
        symbol.clear();
        if (start > 0 && options_.continuingSubwordPrefix) symbol += *options_.continuingSubwordPrefix;
        symbol.append(word.substr(start, byteLength));
        if (position == word.size() && options_.endOfWordSuffix) symbol += *options_.endOfWordSuffix;

        if (const auto id = vocab_.find(symbol)) {
            if (hasUnk) {
                add(unkTokenId, unkLength);
                hasUnk = false;
            }
            add(*id, byteLength);
            continue;
        }
        if (options_.byteFallback) {
            std::vector<uint32_t> bytes;
            for (char byte : symbol) {
                const auto id = vocab_.find(byteFallbackToken(static_cast<unsigned char>(byte)));
                if (!id) break;
                bytes.push_back(*id);
            }
            if (bytes.size() == symbol.size()) {
                // A pending unk is deliberately not flushed first (Hugging Face behaves the same way).
                for (uint32_t id : bytes) add(id, 1);
                continue;
            }
        }
        if (options_.unkToken) {
            if (hasUnk && options_.fuseUnk) {
                unkLength += byteLength;
            } else {
                if (hasUnk) add(unkTokenId, unkLength);
                unkTokenId = unkId();
                unkLength = byteLength;
                hasUnk = true;
            }
        }
    }
    if (hasUnk) add(unkTokenId, unkLength);

    struct Merge {
        size_t position;
        uint32_t rank;
        uint32_t newId;
        bool operator<(const Merge& other) const {
            // std::priority_queue pops the largest: make that the lowest rank, then the leftmost position.
            if (rank != other.rank) return rank > other.rank;
            return position > other.position;
        }
    };
    std::priority_queue<Merge> queue;
    for (size_t i = 0; i + 1 < symbols.size(); ++i) {
        const auto it = merges_.find(pairKey(symbols[i].id, symbols[i + 1].id));
        if (it != merges_.end()) queue.push({i, it->second.first, it->second.second});
    }
    while (!queue.empty()) {
        const Merge top = queue.top();
        queue.pop();
        Symbol& current = symbols[top.position];
        if (current.length == 0 || current.next == -1) continue;
        const auto nextIndex = static_cast<size_t>(current.next);
        const Symbol right = symbols[nextIndex];
        const auto check = merges_.find(pairKey(current.id, right.id));
        if (check == merges_.end() || check->second.second != top.newId) continue;  // stale entry

        current.id = top.newId;
        current.length += right.length;
        current.next = right.next;
        symbols[nextIndex].length = 0;
        if (right.next > -1 && static_cast<size_t>(right.next) < symbols.size())
            symbols[static_cast<size_t>(right.next)].prev = static_cast<int>(top.position);

        if (current.prev >= 0) {
            const auto it = merges_.find(pairKey(symbols[static_cast<size_t>(current.prev)].id, current.id));
            if (it != merges_.end())
                queue.push({static_cast<size_t>(current.prev), it->second.first, it->second.second});
        }
        if (current.next >= 0 && static_cast<size_t>(current.next) < symbols.size()) {
            const auto it = merges_.find(pairKey(current.id, symbols[static_cast<size_t>(current.next)].id));
            if (it != merges_.end()) queue.push({top.position, it->second.first, it->second.second});
        }
    }

    std::vector<Piece> pieces;
    for (const Symbol& s : symbols)
        if (s.length != 0) pieces.push_back({s.id, s.length});
    return pieces;
}

std::vector<Token> BpeModel::tokenize(std::string_view word) const {
    if (word.empty()) return {};
    if (options_.ignoreMerges) {
        if (const auto id = vocab_.find(word)) return {Token{*id, std::string(word), 0, word.size()}};
    }
    std::vector<Piece> pieces;
    bool cached = false;
    if (word.size() <= kMaxCachedWordBytes) {
        std::lock_guard<std::mutex> lock(cacheMutex_);
        const auto it = cache_.find(std::string(word));
        if (it != cache_.end()) {
            pieces = it->second;
            cached = true;
        }
    }
    if (!cached) {
        pieces = mergeWord(word);
        if (word.size() <= kMaxCachedWordBytes) {
            std::lock_guard<std::mutex> lock(cacheMutex_);
            if (cache_.size() < kCacheCapacity) cache_.emplace(std::string(word), pieces);
        }
    }
    std::vector<Token> tokens;
    tokens.reserve(pieces.size());
    size_t offset = 0;
    for (const Piece& piece : pieces) {
        tokens.push_back({piece.id, vocab_.token(piece.id).value_or(""), offset, offset + piece.length});
        offset += piece.length;
    }
    return tokens;
}

}  // namespace attnscope::tok
