// attnscope-cli's man page (roff) and bash completion, generated from the command table that also makes --help.
#pragma once

#include <string>
#include <vector>

#include "cli_common.h"

namespace attnscope::cli {

std::string manPage(const std::vector<Command>& commands);
std::string bashCompletion(const std::vector<Command>& commands);

}  // namespace attnscope::cli
