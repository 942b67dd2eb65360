// Vocabulary: the token <-> id tables every model shares.
#include <cstdio>
#include <limits>

#include "tokenizer/models.h"

namespace attnscope::tok {

Vocabulary::Vocabulary(const std::vector<std::pair<std::string, uint32_t>>& entries) {
    size_t total = 0;
    uint32_t maxId = 0;
    for (const auto& [token, id] : entries) {
        total += token.size();
        maxId = std::max(maxId, id);
    }
    arena_.reserve(total);
    std::vector<size_t> offsets;
    offsets.reserve(entries.size());
    for (const auto& entry : entries) {
        offsets.push_back(arena_.size());
        arena_ += entry.first;
    }
    index_.reserve(entries.size());
    byId_.assign(entries.empty() ? 0 : static_cast<size_t>(maxId) + 1, {0, std::numeric_limits<uint32_t>::max()});
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto& [token, id] = entries[i];
        index_[std::string_view(arena_).substr(offsets[i], token.size())] = id;
        byId_[id] = {static_cast<uint32_t>(offsets[i]), static_cast<uint32_t>(token.size())};
    }
}

std::optional<std::string> Vocabulary::token(uint32_t id) const {
    if (id >= byId_.size() || byId_[id].second == std::numeric_limits<uint32_t>::max()) return std::nullopt;
    return arena_.substr(byId_[id].first, byId_[id].second);
}

std::string byteFallbackToken(unsigned char byte) {
    char text[8];
    std::snprintf(text, sizeof text, "<0x%02X>", byte);
    return text;
}

}  // namespace attnscope::tok
