// The bulk of tokenizer.json (model.vocab and model.merges: most of a 10 MB file) read straight into vectors, so the
// JSON DOM only holds the small rest. Two ways in: a dedicated fast reader for well-formed files, and nlohmann's
// parser callback, which also gives precise errors for malformed entries.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attnscope::tok {

struct ModelBulk {
    bool vocabTaken = false;  // model.vocab was an object or array and its entries are below
    bool vocabIsObject = false;
    bool mergesTaken = false;                             // model.merges was an array and its entries are below
    std::vector<std::pair<std::string, uint32_t>> vocab;  // "token": id
    std::vector<std::pair<std::string, double>> pieces;   // [piece, score] (Unigram)
    std::vector<std::pair<std::string, std::string>> merges;
    // The first malformed entry: its JSON path below model (e.g. "merges[3]") and what is wrong.
    std::optional<std::pair<std::string, std::string>> problem;
};

// Reads model.vocab / model.merges of a well-formed file into `bulk` and replaces them in `text` by empty containers.
// Returns false, leaving both untouched, when anything is unusual (duplicate keys included).
bool readModelBulkFast(std::string& text, ModelBulk& bulk);

// Parses `text` with nlohmann, moving model.vocab / model.merges entries into `bulk` instead of the DOM.
nlohmann::json parseWithModelBulkAside(const std::string& text, ModelBulk& bulk);

}  // namespace attnscope::tok
