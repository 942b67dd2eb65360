// attnscope-cli commands of the embedding area.
#include "cli_common.h"

namespace attnscope::cli {

std::vector<Command> embeddingCommands() { return {}; }

}  // namespace attnscope::cli
