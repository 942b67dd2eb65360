// Facts about the engine's runtime for the about box and --version, and the one place threads are set.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <memory>
#include <string>

namespace attnscope {

struct ATTNSCOPE_ENGINE_EXPORT RuntimeInfo {
    std::string engineVersion;
    std::string torchVersion;
    std::string boostVersion;
    std::string icuVersion;
    bool cudaAvailable = false;
    int cudaDevices = 0;
    int torchThreads = 0;   // LibTorch intra-op threads
    int openmpThreads = 0;  // the engine's own OpenMP loops
};

ATTNSCOPE_ENGINE_EXPORT RuntimeInfo runtimeInfo();

// Memory the machine can give now without swapping (Linux: MemAvailable), in bytes; -1 when unknown.
ATTNSCOPE_ENGINE_EXPORT int64_t availableMemoryBytes();
// "31.2 GB": bytes for messages.
ATTNSCOPE_ENGINE_EXPORT std::string formatBytes(int64_t bytes);
// A number for messages: "0", "1e-05", "NaN", "infinity", "-infinity" (never "-nan" or "0.000000").
ATTNSCOPE_ENGINE_EXPORT std::string formatValue(double value);

// The most memory LibTorch's allocator has held on a CUDA device since the last reset, in bytes; -1 for the CPU
// or a build without CUDA. The reset also waits for the device to finish its work.
ATTNSCOPE_ENGINE_EXPORT int64_t devicePeakBytes(const std::string& device);
ATTNSCOPE_ENGINE_EXPORT void resetDevicePeak(const std::string& device);

// While one lives, LibTorch's profiler records the operators run on the thread that made it; the destructor writes
// them to `path` as a Chrome trace (JSON: name, start and duration in microseconds of each call). For benchmarks.
// Throws EngineError naming the file when it cannot be written.
class ATTNSCOPE_ENGINE_EXPORT OperatorProfile {
public:
    explicit OperatorProfile(const std::string& path);
    ~OperatorProfile();
    OperatorProfile(const OperatorProfile&) = delete;
    OperatorProfile& operator=(const OperatorProfile&) = delete;

private:
    struct Recording;
    std::unique_ptr<Recording> recording_;
};

// Sets LibTorch's intra-op threads and OpenMP's threads; 0 means all cores.
ATTNSCOPE_ENGINE_EXPORT void setThreadCount(int threads);

}  // namespace attnscope
