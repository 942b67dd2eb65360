// Reading tokenizer files into pipeline parts: tokenizer.json (tokenizer_json.cpp), and the older vocab.txt or
// vocab.json + merges.txt configured as transformers' fast-tokenizer converters do (legacy_files.cpp).
#pragma once

#include <string>

#include "tokenizer/tokenizer_pipeline.h"

namespace attnscope::tok {

// `file` names the source in error messages. Throws EngineError naming the file and the JSON path of the problem.
TokenizerParts parseTokenizerJson(const std::string& text, const std::string& file);
TokenizerParts readTokenizerJson(const std::string& path);

// BERT WordPiece from `directory`/vocab.txt (and tokenizer_config.json when present).
TokenizerParts readWordPieceVocab(const std::string& directory);
// GPT-2 byte-level BPE from `directory`/vocab.json + merges.txt (and tokenizer_config.json when present).
TokenizerParts readBpeVocabMerges(const std::string& directory);

}  // namespace attnscope::tok
