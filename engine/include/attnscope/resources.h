// Where AttnScope's bundled data (the demo model, the demo corpus) lives, in the build tree or after install.
#pragma once

#include "attnscope/engine_export.h"

#include <string>

namespace attnscope {

// $ATTNSCOPE_RESOURCES if set, else share/attnscope one folder above the running binary (an installed prefix, or the
// build tree's link to resources/). Throws EngineError when neither exists.
ATTNSCOPE_ENGINE_EXPORT std::string resourceDirectory();

// The bundled demo model folder (resources/models/demo).
ATTNSCOPE_ENGINE_EXPORT std::string defaultModelDirectory();

}  // namespace attnscope
