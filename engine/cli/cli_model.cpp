// attnscope-cli commands of the model area.
#include "cli_common.h"

namespace attnscope::cli {

std::vector<Command> modelCommands() { return {}; }

}  // namespace attnscope::cli
