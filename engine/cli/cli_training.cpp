// attnscope-cli commands of the training area.
#include "cli_common.h"

namespace attnscope::cli {

std::vector<Command> trainingCommands() { return {}; }

}  // namespace attnscope::cli
