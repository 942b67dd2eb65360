// Writing a file so that readers see either the old file or the whole new one, never half of it: the bytes go to a
// temporary file beside the target, which replaces the target only when everything was written. Used for every file
// the engine and the CLI write (captures, .npy, CSV, JSON).
#pragma once

#include <fstream>
#include <string>

#include "attnscope/engine_export.h"

namespace attnscope {

class ATTNSCOPE_ENGINE_EXPORT AtomicFile {
public:
    // Opens a temporary file in `path`'s folder; throws EngineError naming `path` when it cannot.
    explicit AtomicFile(std::string path, bool binary = true);
    // Removes the temporary file unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return out_; }
    // Flushes, closes and renames the temporary file over `path`; throws EngineError (disk full, no permission).
    void commit();

private:
    std::string path_;
    std::string temporary_;
    std::ofstream out_;
    bool committed_ = false;
};

}  // namespace attnscope
