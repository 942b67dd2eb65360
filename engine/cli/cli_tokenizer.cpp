// attnscope-cli commands of the tokenizer area.
#include "cli_common.h"

namespace attnscope::cli {

std::vector<Command> tokenizerCommands() { return {}; }

}  // namespace attnscope::cli
