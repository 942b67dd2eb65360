// PipelineTokenizer: runs the stages in Hugging Face's order and reports offsets in code points of the input.
#include "tokenizer/tokenizer_pipeline.h"

#include <stdexcept>

#include "attnscope/error.h"
#include "tokenizer/decoders.h"
#include "tokenizer/models.h"
#include "tokenizer/normalizers.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

namespace {

// Byte offsets of `text` -> code point offsets, with the conversion rules of tokenizers' Python binding
// (an end past the last byte maps to one after the last character; an unmappable start leaves bytes as they are).
class CharOffsetConverter {
public:
    explicit CharOffsetConverter(std::string_view text) : charIndex_(text.size()) {
        uint32_t index = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            if (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++index;
            charIndex_[i] = index;
        }
    }
    std::pair<int64_t, int64_t> convert(size_t start, size_t end) const {
        if (start >= charIndex_.size()) return {static_cast<int64_t>(start), static_cast<int64_t>(end)};
        const int64_t first = charIndex_[start];
        if (end < charIndex_.size()) return {first, charIndex_[end]};
        const int64_t last = end >= 1 && end - 1 < charIndex_.size() ? charIndex_[end - 1] : first + 1;
        return {first, last + 1};
    }

private:
    std::vector<uint32_t> charIndex_;
};

}  // namespace

PipelineTokenizer::PipelineTokenizer(TokenizerParts parts)
    : parts_(std::move(parts)), added_(parts_.addedTokens, parts_.normalizer.get()) {
    if (!parts_.model) throw EngineError("no model", parts_.source);
}

Encoding PipelineTokenizer::encodeSequence(const std::string& text, int64_t typeId) const {
    if (const size_t bad = findInvalidUtf8(text); bad != std::string::npos)
        throw EngineError("input text is not valid UTF-8 (at byte " + std::to_string(bad) + ")", "tokenizer");
    Encoding encoding;
    try {
        PreTokenizedString pieces = added_.extractAndNormalize(parts_.normalizer.get(), text);
        if (parts_.preTokenizer) parts_.preTokenizer->preTokenize(pieces);
        pieces.tokenize([&](const NormalizedString& word) { return parts_.model->tokenize(word.get()); });

        const CharOffsetConverter converter(text);
        for (const Split& split : pieces.splits()) {
            const NormalizedString& word = split.normalized;
            const size_t shift = word.offsetsOriginal().start;
            for (const Token& token : *split.tokens) {
                size_t start = token.start, end = token.end;
                if (const auto original = word.normalizedToOriginal(token.start, token.end)) {
                    start = shift + original->start;
                    end = shift + original->end;
                }
                encoding.ids.push_back(token.id);
                encoding.tokens.push_back(token.value);
                encoding.offsets.push_back(converter.convert(start, end));
            }
        }
    } catch (const EngineError&) {
        throw;
    } catch (const std::exception& error) {
        throw EngineError(error.what(), parts_.source);
    }
    encoding.typeIds.assign(encoding.ids.size(), typeId);
    encoding.specialTokens.assign(encoding.ids.size(), 0);
    encoding.sequenceIds.assign(encoding.ids.size(), 0);
    return encoding;
}

Encoding PipelineTokenizer::postProcess(std::vector<Encoding> encodings, bool addSpecialTokens) const {
    for (size_t i = 0; i < encodings.size(); ++i) setSequenceId(encodings[i], static_cast<int>(i));
    if (parts_.postProcessor)
        encodings = parts_.postProcessor->processEncodings(std::move(encodings), addSpecialTokens);
    Encoding merged;
    for (const auto& encoding : encodings) appendEncoding(merged, encoding);
    return merged;
}

Encoding PipelineTokenizer::encode(const std::string& text, bool addSpecialTokens) const {
    std::vector<Encoding> encodings;
    encodings.push_back(encodeSequence(text, 0));
    return postProcess(std::move(encodings), addSpecialTokens);
}

Encoding PipelineTokenizer::encodePair(const std::string& first, const std::string& second,
                                       bool addSpecialTokens) const {
    std::vector<Encoding> encodings;
    encodings.push_back(encodeSequence(first, 0));
    encodings.push_back(encodeSequence(second, 1));
    return postProcess(std::move(encodings), addSpecialTokens);
}

std::string PipelineTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const {
    std::vector<std::string> tokens;
    tokens.reserve(ids.size());
    for (int64_t id : ids) {
        if (id < 0 || id > UINT32_MAX) continue;
        auto token = added_.idToToken(static_cast<uint32_t>(id));
        if (!token) token = parts_.model->idToToken(static_cast<uint32_t>(id));
        if (!token || (skipSpecialTokens && added_.isSpecial(*token))) continue;
        tokens.push_back(std::move(*token));
    }
    std::string text;
    if (parts_.decoder) {
        for (const auto& piece : parts_.decoder->decodeChain(std::move(tokens))) text += piece;
    } else {
        for (size_t i = 0; i < tokens.size(); ++i) text += (i ? " " : "") + tokens[i];
    }
    return text;
}

std::string PipelineTokenizer::displayLabel(const std::string& token) const {
    if (token.size() == 6 && token.rfind("<0x", 0) == 0 && token[5] == '>') return token;
    std::string text = token;
    if (parts_.byteLevel) {
        std::string bytes;
        size_t position = 0;
        bool allBytes = true;
        while (position < token.size() && allBytes) {
            const int byte = charToByte(nextCodePoint(token, position));
            allBytes = byte >= 0;
            bytes.push_back(static_cast<char>(byte));
        }
        if (allBytes) {
            if (findInvalidUtf8(bytes) != std::string::npos) {
                // Part of a character: show the bytes themselves.
                std::string hex;
                for (char byte : bytes) hex += byteFallbackToken(static_cast<unsigned char>(byte));
                return hex;
            }
            text = bytes;
        }
    }
    std::string label;
    size_t position = 0;
    while (position < text.size()) {
        const char32_t c = nextCodePoint(text, position);
        if (c == ' ' || c == parts_.spaceMarker) {
            label += "\xE2\x90\xA3";  // ␣
        } else if (c == '\n') {
            label += "\xE2\x86\xB5";  // ↵
        } else if (c == '\t') {
            label += "\xE2\x87\xA5";  // ⇥
        } else if (c < 0x20 || c == 0x7F) {
            label += byteFallbackToken(static_cast<unsigned char>(c));
        } else {
            appendUtf8(label, c);
        }
    }
    return label;
}

int64_t PipelineTokenizer::vocabSize() const {
    auto size = static_cast<int64_t>(parts_.model->vocabSize());
    for (const auto& token : added_.tokens())
        if (!parts_.model->tokenToId(token.content)) ++size;
    return size;
}

std::optional<int64_t> PipelineTokenizer::tokenToId(const std::string& token) const {
    if (const auto id = added_.tokenToId(token)) return *id;
    if (const auto id = parts_.model->tokenToId(token)) return *id;
    return std::nullopt;
}

std::string PipelineTokenizer::idToToken(int64_t id) const {
    if (id < 0 || id > UINT32_MAX) return {};
    if (auto token = added_.idToToken(static_cast<uint32_t>(id))) return *token;
    return parts_.model->idToToken(static_cast<uint32_t>(id)).value_or(std::string());
}

}  // namespace attnscope::tok
