// Finds the bundled resources relative to the running binary, so an installed prefix works wherever it is moved.
#include "attnscope/resources.h"

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
    // Installed: <prefix>/bin/attnscope reads <prefix>/share/attnscope. The build tree has the same shape (the
    // binaries sit one folder below it, and CMake links <build>/share/attnscope to the source's resources/), so no
    // absolute path is compiled in and a moved prefix keeps working.
    const fs::path expected = executableDirectory() / ".." / "share" / "attnscope";
    if (fs::is_directory(expected)) return fs::weakly_canonical(expected).string();
    throw EngineError("AttnScope's resources were not found next to the binary; set ATTNSCOPE_RESOURCES",
                      expected.lexically_normal().string());
}

std::string defaultModelDirectory() { return (fs::path(resourceDirectory()) / "models" / "demo").string(); }

}  // namespace attnscope
