// Normalizers: each rewrites a NormalizedString in place, keeping alignments (see normalized_string.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tokenizer/components.h"
#include "tokenizer/precompiled_charsmap.h"
#include "tokenizer/unicode_forms.h"
#include "tokenizer/unicode_utils.h"

namespace attnscope::tok {

class UnicodeNormalizer : public Normalizer {
public:
    explicit UnicodeNormalizer(UnicodeForm form) : form_(form) {}
    void normalize(NormalizedString& text) const override;

private:
    UnicodeForm form_;
};

class LowercaseNormalizer : public Normalizer {
public:
    void normalize(NormalizedString& text) const override { text.lowercase(); }
};

// Removes nonspacing marks (Mn); meant to follow NFD/NFKD.
class StripAccentsNormalizer : public Normalizer {
public:
    void normalize(NormalizedString& text) const override;
};

struct BertNormalizerOptions {
    bool cleanText = true;
    bool handleChineseChars = true;
    std::optional<bool> stripAccents;  // unset: follow `lowercase`
    bool lowercase = true;
};

class BertNormalizer : public Normalizer {
public:
    explicit BertNormalizer(BertNormalizerOptions options) : options_(options) {}
    void normalize(NormalizedString& text) const override;

private:
    BertNormalizerOptions options_;
};

class PrependNormalizer : public Normalizer {
public:
    explicit PrependNormalizer(std::string prefix) : prefix_(std::move(prefix)) {}
    void normalize(NormalizedString& text) const override { text.prepend(prefix_); }

private:
    std::string prefix_;
};

// A literal or regular-expression pattern, as Replace and Split take it.
class TextPattern {
public:
    static TextPattern literal(std::string text);
    static TextPattern regex(const std::string& pattern);
    std::vector<PatternMatch> findMatches(std::string_view text) const;

private:
    std::string literal_;
    std::shared_ptr<Regex> regex_;
};

class ReplaceNormalizer : public Normalizer {
public:
    ReplaceNormalizer(TextPattern pattern, std::string content)
        : pattern_(std::move(pattern)), content_(std::move(content)) {}
    void normalize(NormalizedString& text) const override;

private:
    TextPattern pattern_;
    std::string content_;
};

class StripNormalizer : public Normalizer {
public:
    StripNormalizer(bool left, bool right) : left_(left), right_(right) {}
    void normalize(NormalizedString& text) const override { text.strip(left_, right_); }

private:
    bool left_;
    bool right_;
};

class PrecompiledNormalizer : public Normalizer {
public:
    explicit PrecompiledNormalizer(PrecompiledCharsmap charsmap) : charsmap_(std::move(charsmap)) {}
    void normalize(NormalizedString& text) const override { charsmap_.normalize(text); }

private:
    PrecompiledCharsmap charsmap_;
};

// Removes some control characters and turns other separators into spaces (SentencePiece's "nmt" rules).
class NmtNormalizer : public Normalizer {
public:
    void normalize(NormalizedString& text) const override;
};

// Rewrites every byte as its GPT-2 byte-level character.
class ByteLevelNormalizer : public Normalizer {
public:
    void normalize(NormalizedString& text) const override;
};

class SequenceNormalizer : public Normalizer {
public:
    explicit SequenceNormalizer(std::vector<std::unique_ptr<Normalizer>> steps) : steps_(std::move(steps)) {}
    void normalize(NormalizedString& text) const override {
        for (const auto& step : steps_) step->normalize(text);
    }

private:
    std::vector<std::unique_ptr<Normalizer>> steps_;
};

// GPT-2's reversible byte <-> printable character table, shared by the byte-level components.
char32_t byteToChar(unsigned char byte);
// The byte a byte-level character stands for, or -1.
int charToByte(char32_t c);

}  // namespace attnscope::tok
