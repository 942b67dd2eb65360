// TEMPORARY, engine branch only: lets the model code link before the tokenizer branch lands. The lead deletes
// this file at merge; Tokenizer::fromDirectory then comes from engine/src/tokenizer.
#include "attnscope/error.h"
#include "attnscope/tokenizer.h"

namespace attnscope {

std::shared_ptr<Tokenizer> Tokenizer::fromDirectory(const std::string& directory) {
    throw EngineError("tokenizer not built yet", directory);
}

}  // namespace attnscope
