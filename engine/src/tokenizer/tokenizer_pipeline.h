// The tokenizer pipeline: added tokens, normalizer, pre-tokenizer, model, post-processor, decoder, assembled from
// tokenizer.json (tokenizer_json.cpp) or the older vocabulary files (legacy_files.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "attnscope/tokenizer.h"
#include "tokenizer/added_tokens.h"
#include "tokenizer/components.h"

namespace attnscope::tok {

struct TokenizerParts {
    std::unique_ptr<Normalizer> normalizer;
    std::unique_ptr<PreTokenizer> preTokenizer;
    std::unique_ptr<Model> model;
    std::unique_ptr<PostProcessor> postProcessor;
    std::unique_ptr<Decoder> decoder;
    std::vector<AddedToken> addedTokens;
    bool byteLevel = false;         // tokens spell bytes with GPT-2's printable characters
    char32_t spaceMarker = 0x2581;  // the Metaspace replacement character ("▁")
    std::string source;             // the file(s) it was read from, for error messages
};

class PipelineTokenizer : public Tokenizer {
public:
    explicit PipelineTokenizer(TokenizerParts parts);

    Encoding encode(const std::string& text, bool addSpecialTokens = true) const override;
    Encoding encodePair(const std::string& first, const std::string& second,
                        bool addSpecialTokens = true) const override;
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens = true) const override;
    std::string displayLabel(const std::string& token) const override;
    int64_t vocabSize() const override;
    std::optional<int64_t> tokenToId(const std::string& token) const override;
    std::string idToToken(int64_t id) const override;

private:
    // One sequence through added tokens, normalizer, pre-tokenizer and model; offsets in code points.
    Encoding encodeSequence(const std::string& text, int64_t typeId) const;
    Encoding postProcess(std::vector<Encoding> encodings, bool addSpecialTokens) const;

    TokenizerParts parts_;
    AddedVocabulary added_;
};

}  // namespace attnscope::tok
