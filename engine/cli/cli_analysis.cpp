// attnscope-cli commands of the analysis area.
#include "cli_common.h"

namespace attnscope::cli {

std::vector<Command> analysisCommands() { return {}; }

}  // namespace attnscope::cli
