// Text for man pages: both binaries write theirs (attnscope --man-page, attnscope-cli --man-page) from their flag
// tables with this one escape.
#pragma once

#include <string>

namespace attnscope {

// `text` as roff prints it literally: a leading dot or quote is not a request, a backslash is not an escape, and '-'
// is a hyphen-minus (so flags can be searched and copied), not a typographic hyphen.
inline std::string roffEscape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

}  // namespace attnscope
