// The five stages of a Hugging Face tokenizer pipeline as small interfaces. Each concrete component lives in the file
// of its stage (normalizers.cpp, pre_tokenizers.cpp, models_*.cpp, post_processors.cpp, decoders.cpp) and is built
// from its tokenizer.json object by tokenizer_json.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attnscope/tokenizer.h"
#include "tokenizer/normalized_string.h"

namespace attnscope::tok {

class Normalizer {
public:
    virtual ~Normalizer() = default;
    virtual void normalize(NormalizedString& text) const = 0;
};

class PreTokenizer {
public:
    virtual ~PreTokenizer() = default;
    virtual void preTokenize(PreTokenizedString& text) const = 0;
};

class Model {
public:
    virtual ~Model() = default;
    // Tokens of one pre-tokenized word; offsets are bytes of `word`.
    virtual std::vector<Token> tokenize(std::string_view word) const = 0;
    virtual std::optional<uint32_t> tokenToId(std::string_view token) const = 0;
    virtual std::optional<std::string> idToToken(uint32_t id) const = 0;
    virtual size_t vocabSize() const = 0;
};

// Post-processors see the encodings of the sequences (one, or two for a pair) and return them with special tokens
// added; the pipeline concatenates the result.
class PostProcessor {
public:
    virtual ~PostProcessor() = default;
    virtual std::vector<Encoding> processEncodings(std::vector<Encoding> encodings, bool addSpecialTokens) const = 0;
};

class Decoder {
public:
    virtual ~Decoder() = default;
    virtual std::vector<std::string> decodeChain(std::vector<std::string> tokens) const = 0;
};

// Encoding helpers shared by the post-processors and the pipeline.
void appendEncoding(Encoding& target, const Encoding& source);
void setSequenceId(Encoding& encoding, int sequenceId);
void setTypeIds(Encoding& encoding, int64_t typeId);
// `count` special tokens with offsets (0, 0), as post-processors add them.
Encoding specialTokensEncoding(const std::vector<int64_t>& ids, const std::vector<std::string>& tokens, int64_t typeId);

}  // namespace attnscope::tok
