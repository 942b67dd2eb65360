// Finds the bundled resources whether AttnScope runs from its build tree or from an installed prefix.
#include "attnscope/resources.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "attnscope/error.h"

namespace fs = std::filesystem;

namespace attnscope {

namespace {

fs::path executableDirectory() {
    std::error_code error;
    const auto self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : self.parent_path();
}

}  // namespace

std::string resourceDirectory() {
    if (const char* env = std::getenv("ATTNSCOPE_RESOURCES"); env && *env) {
        if (!fs::is_directory(env)) throw EngineError("folder does not exist", std::string("ATTNSCOPE_RESOURCES=") + env);
        return env;
    }
    const fs::path installed = executableDirectory() / ".." / "share" / "attnscope";
    if (fs::is_directory(installed)) return fs::weakly_canonical(installed).string();
    // A binary in the build tree reads the source tree's resources, not an older installed copy.
    if (fs::is_directory(ATTNSCOPE_SOURCE_RESOURCE_DIR)) return ATTNSCOPE_SOURCE_RESOURCE_DIR;
    if (fs::is_directory(ATTNSCOPE_INSTALLED_RESOURCE_DIR)) return ATTNSCOPE_INSTALLED_RESOURCE_DIR;
    throw EngineError("AttnScope's resources were not found; set ATTNSCOPE_RESOURCES", "resources");
}

std::string defaultModelDirectory() { return (fs::path(resourceDirectory()) / "models" / "demo").string(); }

}  // namespace attnscope
