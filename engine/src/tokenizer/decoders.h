// Decoders: turn vocabulary tokens back into text (each step maps the token list to a new one; the pipeline joins
// the last list).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tokenizer/components.h"
#include "tokenizer/normalizers.h"
#include "tokenizer/pre_tokenizers.h"

namespace attnscope::tok {

class ByteLevelDecoder : public Decoder {
public:
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;
};

class WordPieceDecoder : public Decoder {
public:
    WordPieceDecoder(std::string prefix, bool cleanup) : prefix_(std::move(prefix)), cleanup_(cleanup) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;

private:
    std::string prefix_;
    bool cleanup_;
};

class MetaspaceDecoder : public Decoder {
public:
    MetaspaceDecoder(char32_t replacement, PrependScheme scheme) : replacement_(replacement), scheme_(scheme) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;

private:
    char32_t replacement_;
    PrependScheme scheme_;
};

class ByteFallbackDecoder : public Decoder {
public:
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;
};

class FuseDecoder : public Decoder {
public:
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;
};

class StripDecoder : public Decoder {
public:
    StripDecoder(char32_t content, size_t start, size_t stop) : content_(content), start_(start), stop_(stop) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;

private:
    char32_t content_;
    size_t start_, stop_;
};

class ReplaceDecoder : public Decoder {
public:
    ReplaceDecoder(TextPattern pattern, std::string content)
        : pattern_(std::move(pattern)), content_(std::move(content)) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;

private:
    TextPattern pattern_;
    std::string content_;
};

class BpeDecoder : public Decoder {
public:
    explicit BpeDecoder(std::string suffix) : suffix_(std::move(suffix)) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override;

private:
    std::string suffix_;
};

class SequenceDecoder : public Decoder {
public:
    explicit SequenceDecoder(std::vector<std::unique_ptr<Decoder>> steps) : steps_(std::move(steps)) {}
    std::vector<std::string> decodeChain(std::vector<std::string> tokens) const override {
        for (const auto& step : steps_) tokens = step->decodeChain(std::move(tokens));
        return tokens;
    }

private:
    std::vector<std::unique_ptr<Decoder>> steps_;
};

// Bytes to text, each ill-formed sequence replaced by U+FFFD (the "maximal subpart" rule Rust's lossy decoding uses).
std::string utf8Lossy(std::string_view bytes);

}  // namespace attnscope::tok
