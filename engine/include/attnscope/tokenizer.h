// Turns text into the ids a model was trained with, reproducing Hugging Face `tokenizers` from tokenizer.json
// (or the older vocab.txt / vocab.json + merges.txt files).
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attnscope {

struct ATTNSCOPE_ENGINE_EXPORT Encoding {
    std::vector<int64_t> ids;
    std::vector<std::string> tokens;                   // vocabulary strings exactly as stored ("ĠThe", "##ing")
    std::vector<std::pair<int64_t, int64_t>> offsets;  // [start, end) in Unicode code points of the input
    std::vector<int64_t> typeIds;                      // 0 for the first text, 1 for the pair
    std::vector<uint8_t> specialTokens;                // 1 where the token is special (added by a template)
    std::vector<int> sequenceIds;                      // 0, 1, or -1 for special tokens
    size_t size() const { return ids.size(); }
};

class ATTNSCOPE_ENGINE_EXPORT Tokenizer {
public:
    // Reads tokenizer.json from `directory`, else vocab.txt (WordPiece), else vocab.json + merges.txt (BPE).
    // Throws EngineError naming the file and the component on any problem.
    static std::shared_ptr<Tokenizer> fromDirectory(const std::string& directory);
    static std::shared_ptr<Tokenizer> fromJsonFile(const std::string& path);

    virtual ~Tokenizer() = default;

    virtual Encoding encode(const std::string& text, bool addSpecialTokens = true) const = 0;
    virtual Encoding encodePair(const std::string& first, const std::string& second,
                                bool addSpecialTokens = true) const = 0;
    virtual std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens = true) const = 0;

    // A readable label for a token: "Ġ"/"▁" shown as a visible space marker, byte tokens as "<0xE2>".
    virtual std::string displayLabel(const std::string& token) const = 0;

    virtual int64_t vocabSize() const = 0;
    virtual std::optional<int64_t> tokenToId(const std::string& token) const = 0;
    virtual std::string idToToken(int64_t id) const = 0;
};

}  // namespace attnscope
