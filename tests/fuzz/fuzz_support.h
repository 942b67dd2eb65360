// What the fuzz targets share. Each target is one LLVMFuzzerTestOneInput over a parser that reads a file the user
// gives (safetensors, its index, config.json, tokenizer.json, .npy, an image, a session). The parser may refuse the
// input with EngineError, naming the file; anything else it throws, a crash, a sanitizer report or memory past the
// fuzzer's -rss_limit_mb is a finding.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

namespace attnscope::fuzz {

// A scratch folder for this process (the parsers read files, as they do for users).
inline const std::string& scratchFolder() {
    static const std::string folder = [] {
        const char* base = std::getenv("TMPDIR");
        std::string path = std::string(base && *base ? base : "/tmp") + "/attnscope-fuzz-" + std::to_string(::getpid());
        std::string command = "mkdir -p '" + path + "'";
        if (std::system(command.c_str()) != 0) std::abort();
        return path;
    }();
    return folder;
}

// Writes the input to `name` in the scratch folder and returns its path.
inline std::string writeInput(const uint8_t* data, size_t size, const std::string& name) {
    const std::string path = scratchFolder() + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) std::abort();
    return path;
}

}  // namespace attnscope::fuzz
