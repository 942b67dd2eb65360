// The post-processors of tokenizer.json, and the Encoding helpers they share with the pipeline.
#include "tokenizer/post_processors.h"

#include <stdexcept>

#include "tokenizer/normalizers.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

void appendEncoding(Encoding& target, const Encoding& source) {
    target.ids.insert(target.ids.end(), source.ids.begin(), source.ids.end());
    target.tokens.insert(target.tokens.end(), source.tokens.begin(), source.tokens.end());
    target.offsets.insert(target.offsets.end(), source.offsets.begin(), source.offsets.end());
    target.typeIds.insert(target.typeIds.end(), source.typeIds.begin(), source.typeIds.end());
    target.specialTokens.insert(target.specialTokens.end(), source.specialTokens.begin(), source.specialTokens.end());
    target.sequenceIds.insert(target.sequenceIds.end(), source.sequenceIds.begin(), source.sequenceIds.end());
}

void setSequenceId(Encoding& encoding, int sequenceId) {
    for (size_t i = 0; i < encoding.size(); ++i)
        if (!encoding.specialTokens[i]) encoding.sequenceIds[i] = sequenceId;
}

void setTypeIds(Encoding& encoding, int64_t typeId) {
    encoding.typeIds.assign(encoding.size(), typeId);
}

Encoding specialTokensEncoding(const std::vector<int64_t>& ids, const std::vector<std::string>& tokens,
                               int64_t typeId) {
    Encoding encoding;
    encoding.ids = ids;
    encoding.tokens = tokens;
    encoding.offsets.assign(ids.size(), {0, 0});
    encoding.typeIds.assign(ids.size(), typeId);
    encoding.specialTokens.assign(ids.size(), 1);
    encoding.sequenceIds.assign(ids.size(), -1);
    return encoding;
}

namespace {

Encoding special(const SpecialToken& token, int64_t typeId) {
    return specialTokensEncoding({token.id}, {token.token}, typeId);
}

Encoding concatenate(std::initializer_list<const Encoding*> parts) {
    Encoding out;
    for (const Encoding* part : parts) appendEncoding(out, *part);
    return out;
}

bool isByteLevelSpace(char32_t c) {
    return c == byteToChar(' ') || isWhitespace(c);
}

}  // namespace

void trimByteLevelOffsets(Encoding& encoding, bool addPrefixSpace) {
    for (size_t i = 0; i < encoding.size(); ++i) {
        std::vector<char32_t> chars;
        const std::string& token = encoding.tokens[i];
        size_t position = 0;
        while (position < token.size()) chars.push_back(nextCodePoint(token, position));
        size_t leading = 0;
        while (leading < chars.size() && isByteLevelSpace(chars[leading])) ++leading;
        size_t trailing = 0;
        while (trailing < chars.size() && isByteLevelSpace(chars[chars.size() - 1 - trailing])) ++trailing;
        if (leading == 0 && trailing == 0) continue;
        auto& [start, end] = encoding.offsets[i];
        if (leading > 0) {
            // A single prefix space the pre-tokenizer added to the first word is part of it.
            const bool isFirst = i == 0 || start == 0;
            if (isFirst && addPrefixSpace && leading == 1) leading = 0;
            start = std::min(start + static_cast<int64_t>(leading), end);
        }
        if (trailing > 0 && end >= static_cast<int64_t>(trailing))
            end = std::max(end - static_cast<int64_t>(trailing), start);
    }
}

std::vector<Encoding> BertProcessing::processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const {
    if (!addSpecialTokens) return encodings;
    for (size_t i = 0; i < encodings.size(); ++i) {
        const Encoding& e = encodings[i];
        if (i == 0) {
            const Encoding cls = special(cls_, 0), sep = special(sep_, 0);
            encodings[i] = concatenate({&cls, &e, &sep});
        } else {
            const Encoding sep = special(sep_, 1);
            encodings[i] = concatenate({&e, &sep});
        }
    }
    return encodings;
}

std::vector<Encoding> RobertaProcessing::processEncodings(std::vector<Encoding> encodings,
                                                          bool addSpecialTokens) const {
    for (auto& encoding : encodings) {
        if (trimOffsets_) trimByteLevelOffsets(encoding, addPrefixSpace_);
        setTypeIds(encoding, 0);  // RoBERTa gives every token type 0
    }
    if (!addSpecialTokens) return encodings;
    for (size_t i = 0; i < encodings.size(); ++i) {
        const Encoding& e = encodings[i];
        const Encoding sep = special(sep_, 0);
        const Encoding first = i == 0 ? special(cls_, 0) : special(sep_, 0);
        encodings[i] = concatenate({&first, &e, &sep});
    }
    return encodings;
}

std::vector<Encoding> ByteLevelProcessing::processEncodings(std::vector<Encoding> encodings, bool) const {
    if (trimOffsets_)
        for (auto& encoding : encodings) trimByteLevelOffsets(encoding, addPrefixSpace_);
    return encodings;
}

TemplateProcessing::TemplateProcessing(std::vector<TemplatePiece> single, std::vector<TemplatePiece> pair,
                                       std::map<std::string, TemplateSpecialToken> specialTokens)
    : single_(std::move(single)), pair_(std::move(pair)), specialTokens_(std::move(specialTokens)) {
    for (const auto* pieces : {&single_, &pair_})
        for (const auto& piece : *pieces)
            if (!piece.isSequence && !specialTokens_.count(piece.name))
                throw std::invalid_argument("template uses special token '" + piece.name +
                                            "', which special_tokens does not define");
}

std::vector<Encoding> TemplateProcessing::processEncodings(std::vector<Encoding> encodings,
                                                           bool addSpecialTokens) const {
    const auto& pieces = encodings.size() > 1 ? pair_ : single_;
    Encoding out;
    for (const auto& piece : pieces) {
        if (piece.isSequence) {
            const auto index = static_cast<size_t>(piece.sequence);
            if (index >= encodings.size()) continue;
            Encoding sequence = encodings[index];
            setTypeIds(sequence, piece.typeId);
            setSequenceId(sequence, piece.sequence);
            appendEncoding(out, sequence);
        } else if (addSpecialTokens) {
            const auto& token = specialTokens_.at(piece.name);
            appendEncoding(out, specialTokensEncoding(token.ids, token.tokens, piece.typeId));
        }
    }
    return {std::move(out)};
}

std::vector<Encoding> SequenceProcessing::processEncodings(std::vector<Encoding> encodings,
                                                           bool addSpecialTokens) const {
    for (const auto& step : steps_) encodings = step->processEncodings(std::move(encodings), addSpecialTokens);
    return encodings;
}

}  // namespace attnscope::tok
