// Post-processors: add the special tokens a model expects around one sequence or a pair, set type ids, and (for
// byte-level tokenizers) trim spaces out of offsets.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tokenizer/components.h"

namespace attnscope::tok {

struct SpecialToken {
    std::string token;
    int64_t id;
};

class BertProcessing : public PostProcessor {
public:
    BertProcessing(SpecialToken sep, SpecialToken cls) : sep_(std::move(sep)), cls_(std::move(cls)) {}
    std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const override;

private:
    SpecialToken sep_, cls_;
};

class RobertaProcessing : public PostProcessor {
public:
    RobertaProcessing(SpecialToken sep, SpecialToken cls, bool trimOffsets, bool addPrefixSpace)
        : sep_(std::move(sep)), cls_(std::move(cls)), trimOffsets_(trimOffsets), addPrefixSpace_(addPrefixSpace) {}
    std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const override;

private:
    SpecialToken sep_, cls_;
    bool trimOffsets_, addPrefixSpace_;
};

class ByteLevelProcessing : public PostProcessor {
public:
    ByteLevelProcessing(bool trimOffsets, bool addPrefixSpace)
        : trimOffsets_(trimOffsets), addPrefixSpace_(addPrefixSpace) {}
    std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const override;

private:
    bool trimOffsets_, addPrefixSpace_;
};

// One element of a template: a sequence ($A / $B) or a named special token, each with the type id it gets.
struct TemplatePiece {
    bool isSequence;
    int sequence;      // 0 for A, 1 for B
    std::string name;  // special token name
    int64_t typeId;
};

struct TemplateSpecialToken {
    std::vector<int64_t> ids;
    std::vector<std::string> tokens;
};

class TemplateProcessing : public PostProcessor {
public:
    TemplateProcessing(std::vector<TemplatePiece> single, std::vector<TemplatePiece> pair,
                       std::map<std::string, TemplateSpecialToken> specialTokens);
    std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const override;

private:
    std::vector<TemplatePiece> single_, pair_;
    std::map<std::string, TemplateSpecialToken> specialTokens_;
};

class SequenceProcessing : public PostProcessor {
public:
    explicit SequenceProcessing(std::vector<std::unique_ptr<PostProcessor>> steps) : steps_(std::move(steps)) {}
    std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const override;

private:
    std::vector<std::unique_ptr<PostProcessor>> steps_;
};

// Moves offsets past leading/trailing spaces ("Ġ" or whitespace) of each token, as the ByteLevel processor does.
void trimByteLevelOffsets(Encoding& encoding, bool addPrefixSpace);

}  // namespace attnscope::tok
