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

HeadMask HeadMask::parse(const std::string& text) {
    HeadMask mask;
    std::stringstream stream(text);
    std::string item;
    while (std::getline(stream, item, ',')) {
        const auto begin = item.find_first_not_of(" \t");
        if (begin == std::string::npos) continue;
        item = item.substr(begin, item.find_last_not_of(" \t") - begin + 1);
        const auto colon = item.find(':');
        if (colon == std::string::npos)
            throw EngineError("expected LAYER:HEAD pairs such as 0:3,2:1, got '" + text + "'", "head mask");
        mask.set(parseIndex(item.substr(0, colon), text), parseIndex(item.substr(colon + 1), text), true);
    }
    return mask;
}

std::string HeadMask::toString() const {
    std::string out;
    for (const auto& id : heads_) {
        if (!out.empty()) out += ',';
        out += std::to_string(id.layer) + ':' + std::to_string(id.head);
    }
    return out;
}

void HeadMask::set(int layer, int head, bool masked) {
    if (masked)
        heads_.insert({layer, head});
    else
        heads_.erase({layer, head});
}

void HeadMask::validate(int layers, int heads) const {
    for (const auto& id : heads_) {
        if (id.layer < 0 || id.layer >= layers || id.head < 0 || id.head >= heads)
            throw EngineError("head " + std::to_string(id.layer) + ":" + std::to_string(id.head) +
                                  " is outside the model's " + std::to_string(layers) + " layers x " +
                                  std::to_string(heads) + " heads",
                              "head mask");
    }
}

}  // namespace attnscope
