// Parsing and printing of head masks ("L:H,L:H"), shared by the CLI, the GUI flags and saved sessions.
#include "attnscope/head_mask.h"

#include <sstream>

#include "attnscope/error.h"

namespace attnscope {

namespace {

int parseIndex(const std::string& text, const std::string& whole) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6)
        throw EngineError("expected LAYER:HEAD pairs such as 0:3,2:1, got '" + whole + "'", "head mask");
    return std::stoi(text);
}

}  // namespace

const char* attentionKindPrefix(AttentionKind kind) {
    switch (kind) {
        case AttentionKind::Encoder:
            return "enc";
        case AttentionKind::Decoder:
            return "dec";
        case AttentionKind::Cross:
            return "cross";
        case AttentionKind::Self:
            break;
    }
    return "";
}

HeadMask HeadMask::parse(const std::string& text) {
    HeadMask mask;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        const auto begin = item.find_first_not_of(" \t");
        if (begin == std::string::npos) continue;
        item = item.substr(begin, item.find_last_not_of(" \t") - begin + 1);
        AttentionKind kind = AttentionKind::Self;
        for (const auto candidate : {AttentionKind::Encoder, AttentionKind::Decoder, AttentionKind::Cross}) {
            const std::string prefix = std::string(attentionKindPrefix(candidate)) + ":";
            if (item.rfind(prefix, 0) == 0) {
                kind = candidate;
                item = item.substr(prefix.size());
                break;
            }
        }
        const auto colon = item.find(':');
        if (colon == std::string::npos)
            throw EngineError(
                "expected LAYER:HEAD pairs such as 0:3,2:1 (enc:L:H, dec:L:H or cross:L:H for "
                "encoder-decoder models), got '" +
                    text + "'",
                "head mask");
        mask.set(kind, parseIndex(item.substr(0, colon), text), parseIndex(item.substr(colon + 1), text), true);
    }
    return mask;
}

std::string HeadMask::toString() const {
    std::string out;
    for (const auto& id : heads_) {
        if (!out.empty()) out += ',';
        if (id.kind != AttentionKind::Self) out += std::string(attentionKindPrefix(id.kind)) + ':';
        out += std::to_string(id.layer) + ':' + std::to_string(id.head);
    }
    return out;
}

void HeadMask::set(int layer, int head, bool masked) {
    set(AttentionKind::Self, layer, head, masked);
}

void HeadMask::set(AttentionKind kind, int layer, int head, bool masked) {
    if (masked)
        heads_.insert({layer, head, kind});
    else
        heads_.erase({layer, head, kind});
}

HeadMask HeadMask::only(AttentionKind kind) const {
    HeadMask out;
    for (const auto& id : heads_)
        if (id.kind == kind) out.set(id.layer, id.head, true);
    return out;
}

HeadMask HeadMask::asKind(AttentionKind kind) const {
    HeadMask out;
    for (const auto& id : heads_) out.set(kind, id.layer, id.head, true);
    return out;
}

HeadMask HeadMask::without(AttentionKind kind) const {
    HeadMask out;
    for (const auto& id : heads_)
        if (id.kind != kind) out.heads_.insert(id);
    return out;
}

void HeadMask::validate(int layers, int heads) const {
    for (const auto& id : heads_) {
        HeadMask one;
        one.set(id.kind, id.layer, id.head, true);
        if (id.layer < 0 || id.layer >= layers || id.head < 0 || id.head >= heads)
            throw EngineError("head " + one.toString() + " is outside the model's " + std::to_string(layers) +
                                  " layers x " + std::to_string(heads) + " heads",
                              "head mask");
    }
}

}  // namespace attnscope
