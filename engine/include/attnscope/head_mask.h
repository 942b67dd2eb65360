// A set of (layer, head) pairs whose attention output is zeroed before the output projection.
#pragma once

#include "attnscope/engine_export.h"

#include <set>
#include <string>
#include <tuple>

namespace attnscope {

// Which attention a head belongs to: the one attention of decoder-only and encoder-only models (Self), or in an
// encoder-decoder model the encoder's self-attention, the decoder's, or the decoder's attention over the source.
enum class AttentionKind { Self, Encoder, Decoder, Cross };
// "enc", "dec", "cross" (the mask prefixes); "" for Self.
ATTNSCOPE_ENGINE_EXPORT const char* attentionKindPrefix(AttentionKind kind);

struct ATTNSCOPE_ENGINE_EXPORT HeadId {
    int layer = 0;
    int head = 0;
    AttentionKind kind = AttentionKind::Self;
    bool operator<(const HeadId& o) const {
        return std::tuple(kind, layer, head) < std::tuple(o.kind, o.layer, o.head);
    }
    bool operator==(const HeadId& o) const { return layer == o.layer && head == o.head && kind == o.kind; }
};

class ATTNSCOPE_ENGINE_EXPORT HeadMask {
public:
    HeadMask() = default;

    // Parses "L:H,L:H" (0-based), where encoder-decoder heads say their kind first: "enc:L:H", "dec:L:H",
    // "cross:L:H"; throws EngineError on malformed text.
    static HeadMask parse(const std::string& text);
    // The canonical text, sorted (Self heads first, then enc:, dec:, cross:); empty when nothing is masked.
    std::string toString() const;

    bool contains(int layer, int head) const { return heads_.count({layer, head}) != 0; }
    bool contains(AttentionKind kind, int layer, int head) const { return heads_.count({layer, head, kind}) != 0; }
    void set(int layer, int head, bool masked);
    void set(AttentionKind kind, int layer, int head, bool masked);
    // The heads of one kind, as a mask of Self heads (what a view of that attention edits); and back.
    HeadMask only(AttentionKind kind) const;
    HeadMask asKind(AttentionKind kind) const;
    // Heads of any other kind than `kind`.
    HeadMask without(AttentionKind kind) const;
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
