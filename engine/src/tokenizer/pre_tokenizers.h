// Pre-tokenizers: split the text into the words a model tokenizes one at a time (and may rewrite them).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tokenizer/components.h"
#include "tokenizer/normalizers.h"

namespace attnscope::tok {

// GPT-2's byte level: optional prefix space, GPT-2's split regex, then every byte as a printable character.
class ByteLevelPreTokenizer : public PreTokenizer {
public:
    ByteLevelPreTokenizer(bool addPrefixSpace, bool useRegex);
    void preTokenize(PreTokenizedString& text) const override;

private:
    bool addPrefixSpace_;
    std::shared_ptr<Regex> regex_;  // null when use_regex is false
};

// Whitespace removed, then every punctuation character on its own.
class BertPreTokenizer : public PreTokenizer {
public:
    void preTokenize(PreTokenizedString& text) const override;
};

// Keeps runs of word characters and runs of other non-space characters (the regex \w+|[^\w\s]+).
class WhitespacePreTokenizer : public PreTokenizer {
public:
    void preTokenize(PreTokenizedString& text) const override;
};

class WhitespaceSplitPreTokenizer : public PreTokenizer {
public:
    void preTokenize(PreTokenizedString& text) const override;
};

enum class PrependScheme { Always, First, Never };

class MetaspacePreTokenizer : public PreTokenizer {
public:
    MetaspacePreTokenizer(char32_t replacement, PrependScheme scheme, bool split)
        : replacement_(replacement), scheme_(scheme), split_(split) {}
    void preTokenize(PreTokenizedString& text) const override;

private:
    char32_t replacement_;
    PrependScheme scheme_;
    bool split_;
};

class SplitPreTokenizer : public PreTokenizer {
public:
    SplitPreTokenizer(TextPattern pattern, SplitBehavior behavior, bool invert)
        : pattern_(std::move(pattern)), behavior_(behavior), invert_(invert) {}
    void preTokenize(PreTokenizedString& text) const override;

private:
    TextPattern pattern_;
    SplitBehavior behavior_;
    bool invert_;
};

class DigitsPreTokenizer : public PreTokenizer {
public:
    explicit DigitsPreTokenizer(bool individualDigits) : individual_(individualDigits) {}
    void preTokenize(PreTokenizedString& text) const override;

private:
    bool individual_;
};

class PunctuationPreTokenizer : public PreTokenizer {
public:
    explicit PunctuationPreTokenizer(SplitBehavior behavior) : behavior_(behavior) {}
    void preTokenize(PreTokenizedString& text) const override;

private:
    SplitBehavior behavior_;
};

class CharDelimiterSplitPreTokenizer : public PreTokenizer {
public:
    explicit CharDelimiterSplitPreTokenizer(char32_t delimiter) : delimiter_(delimiter) {}
    void preTokenize(PreTokenizedString& text) const override;

private:
    char32_t delimiter_;
};

class SequencePreTokenizer : public PreTokenizer {
public:
    explicit SequencePreTokenizer(std::vector<std::unique_ptr<PreTokenizer>> steps) : steps_(std::move(steps)) {}
    void preTokenize(PreTokenizedString& text) const override {
        for (const auto& step : steps_) step->preTokenize(text);
    }

private:
    std::vector<std::unique_ptr<PreTokenizer>> steps_;
};

}  // namespace attnscope::tok
