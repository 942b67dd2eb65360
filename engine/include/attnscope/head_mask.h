// A set of (layer, head) pairs whose attention output is zeroed before the output projection.
#pragma once

#include "attnscope/engine_export.h"

#include <set>
#include <string>
#include <utility>

namespace attnscope {

struct ATTNSCOPE_ENGINE_EXPORT HeadId {
    int layer = 0;
    int head = 0;
    bool operator<(const HeadId& o) const { return std::pair(layer, head) < std::pair(o.layer, o.head); }
    bool operator==(const HeadId& o) const { return layer == o.layer && head == o.head; }
};

class ATTNSCOPE_ENGINE_EXPORT HeadMask {
public:
    HeadMask() = default;

    // Parses "L:H,L:H" (0-based); throws EngineError on malformed text.
    static HeadMask parse(const std::string& text);
    // The canonical "L:H,L:H" text, sorted; empty when nothing is masked.
    std::string toString() const;

    bool contains(int layer, int head) const { return heads_.count({layer, head}) != 0; }
    void set(int layer, int head, bool masked);
    void toggle(int layer, int head) { set(layer, head, !contains(layer, head)); }
    void clear() { heads_.clear(); }
    bool empty() const { return heads_.empty(); }
    size_t size() const { return heads_.size(); }
    const std::set<HeadId>& heads() const { return heads_; }
    // Throws EngineError naming the first pair outside layers x heads.
    void validate(int layers, int heads) const;

    bool operator==(const HeadMask& o) const { return heads_ == o.heads_; }
    bool operator!=(const HeadMask& o) const { return !(*this == o); }

private:
    std::set<HeadId> heads_;
};

}  // namespace attnscope
