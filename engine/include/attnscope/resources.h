// Where AttnScope's bundled data (the demo model, the demo corpus) lives, in the build tree or after install.
#pragma once

#include <string>

namespace attnscope {

// $ATTNSCOPE_RESOURCES if set, else <prefix>/share/attnscope next to the running binary, else the source tree's
// resources/. Throws EngineError when none exists.
std::string resourceDirectory();

// The bundled demo model folder (resources/models/demo).
std::string defaultModelDirectory();

}  // namespace attnscope
