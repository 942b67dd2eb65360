// Where AttnScope's bundled data (the demo model, the demo corpus) lives, in the build tree or after install.
#pragma once

#include "attnscope/engine_export.h"

#include <string>

namespace attnscope {

// $ATTNSCOPE_RESOURCES if set, else <prefix>/share/attnscope next to the running binary, else the source tree's
// resources/. Throws EngineError when none exists.
ATTNSCOPE_ENGINE_EXPORT std::string resourceDirectory();

// The bundled demo model folder (resources/models/demo).
ATTNSCOPE_ENGINE_EXPORT std::string defaultModelDirectory();

}  // namespace attnscope
