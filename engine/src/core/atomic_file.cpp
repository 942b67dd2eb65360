// Temporary file, then rename: the file replaces the old one whole or not at all.
#include "attnscope/tools/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <system_error>

#include "attnscope/error.h"

namespace attnscope {

namespace {
std::atomic<unsigned> counter{0};
}

AtomicFile::AtomicFile(std::string path, bool binary) : path_(std::move(path)) {
    const std::filesystem::path target(path_);
    if (std::filesystem::is_directory(target)) throw EngineError("is a folder, not a file", path_);
    temporary_ = path_ + ".partial-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    out_.open(temporary_, binary ? std::ios::binary | std::ios::trunc : std::ios::trunc);
    if (!out_) {
        const auto folder = target.parent_path();
        if (!folder.empty() && !std::filesystem::is_directory(folder))
            throw EngineError("the folder " + folder.string() + " does not exist", path_);
        throw EngineError("cannot open the file for writing", path_);
    }
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    out_.close();
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::commit() {
    out_.flush();
    out_.close();
    if (!out_) throw EngineError("writing failed (disk full?)", path_);
    std::error_code error;
    std::filesystem::rename(temporary_, path_, error);
    if (error) throw EngineError("cannot replace the file: " + error.message(), path_);
    committed_ = true;
}

}  // namespace attnscope
