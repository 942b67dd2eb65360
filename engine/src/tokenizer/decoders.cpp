// The decoders of tokenizer.json.
#include "tokenizer/decoders.h"

#include <unicode/utf8.h>

namespace attnscope::tok {

namespace {

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
    if (from.empty()) return;
    std::string out;
    size_t position = 0;
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, position)) {
        out.append(text, position, at - position);
        out.append(to);
        position = at + from.size();
    }
    out.append(text, position, std::string::npos);
    text = std::move(out);
}

// WordPiece's clean-up of spaces before punctuation and English contractions.
void cleanup(std::string& text) {
    static const std::pair<const char*, const char*> kRules[] = {
        {" .", "."},   {" ?", "?"},           {" !", "!"},   {" ,", ","},     {" ' ", "'"},   {" n't", "n't"},
        {" 'm", "'m"}, {" do not", " don't"}, {" 's", "'s"}, {" 've", "'ve"}, {" 're", "'re"}};
    for (const auto& [from, to] : kRules) replaceAll(text, from, to);
}

}  // namespace

std::string utf8Lossy(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT_OR_FFFD(data, i, length, c);
        appendUtf8(out, static_cast<char32_t>(c));
    }
    return out;
}

std::vector<std::string> ByteLevelDecoder::decodeChain(std::vector<std::string> tokens) const {
    std::string bytes;
    for (const auto& token : tokens) {
        std::string tokenBytes;
        bool allMapped = true;
        size_t position = 0;
        while (position < token.size()) {
            const int byte = charToByte(nextCodePoint(token, position));
            if (byte < 0) {
                allMapped = false;
                break;
            }
            tokenBytes.push_back(static_cast<char>(byte));
        }
        bytes += allMapped ? tokenBytes : token;
    }
    return {utf8Lossy(bytes)};
}

std::vector<std::string> WordPieceDecoder::decodeChain(std::vector<std::string> tokens) const {
    for (size_t i = 0; i < tokens.size(); ++i) {
        std::string& token = tokens[i];
        if (i != 0) {
            if (token.rfind(prefix_, 0) == 0) {
                token.erase(0, prefix_.size());
            } else {
                token.insert(0, " ");
            }
        }
        if (cleanup_) cleanup(token);
    }
    return tokens;
}

std::vector<std::string> MetaspaceDecoder::decodeChain(std::vector<std::string> tokens) const {
    for (size_t i = 0; i < tokens.size(); ++i) {
        std::string out;
        const std::string& token = tokens[i];
        size_t position = 0;
        while (position < token.size()) {
            const char32_t c = nextCodePoint(token, position);
            if (c != replacement_) {
                appendUtf8(out, c);
            } else if (!(i == 0 && scheme_ != PrependScheme::Never)) {
                out.push_back(' ');  // the first token loses its markers when they were prepended
            }
        }
        tokens[i] = std::move(out);
    }
    return tokens;
}

std::vector<std::string> ByteFallbackDecoder::decodeChain(std::vector<std::string> tokens) const {
    std::vector<std::string> out;
    std::string pending;
    auto flush = [&]() {
        if (pending.empty()) return;
        if (findInvalidUtf8(pending) == std::string_view::npos) {
            out.push_back(pending);
        } else {
            for (size_t i = 0; i < pending.size(); ++i) out.emplace_back("\xEF\xBF\xBD");
        }
        pending.clear();
    };
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (auto& token : tokens) {
        if (token.size() == 6 && token.rfind("<0x", 0) == 0 && token[5] == '>') {
            const int high = hexValue(token[3]), low = hexValue(token[4]);
            if (high >= 0 && low >= 0) {
                pending.push_back(static_cast<char>(high * 16 + low));
                continue;
            }
        }
        flush();
        out.push_back(std::move(token));
    }
    flush();
    return out;
}

std::vector<std::string> FuseDecoder::decodeChain(std::vector<std::string> tokens) const {
    std::string joined;
    for (const auto& token : tokens) joined += token;
    return {joined};
}

std::vector<std::string> StripDecoder::decodeChain(std::vector<std::string> tokens) const {
    for (auto& token : tokens) {
        std::vector<char32_t> chars;
        size_t position = 0;
        while (position < token.size()) chars.push_back(nextCodePoint(token, position));
        size_t startCut = 0;
        while (startCut < start_ && startCut < chars.size() && chars[startCut] == content_) ++startCut;
        size_t stopCut = chars.size();
        for (size_t i = 0; i < stop_ && stopCut > startCut && chars[stopCut - 1] == content_; ++i) --stopCut;
        std::string out;
        for (size_t i = startCut; i < stopCut; ++i) appendUtf8(out, chars[i]);
        token = std::move(out);
    }
    return tokens;
}

std::vector<std::string> ReplaceDecoder::decodeChain(std::vector<std::string> tokens) const {
    for (auto& token : tokens) {
        std::string out;
        for (const auto& match : pattern_.findMatches(token))
            out.append(match.isMatch ? std::string_view(content_)
                                     : std::string_view(token).substr(match.start, match.end - match.start));
        token = std::move(out);
    }
    return tokens;
}

std::vector<std::string> BpeDecoder::decodeChain(std::vector<std::string> tokens) const {
    for (size_t i = 0; i < tokens.size(); ++i) replaceAll(tokens[i], suffix_, i + 1 == tokens.size() ? "" : " ");
    return tokens;
}

}  // namespace attnscope::tok
