// Facts about the engine's runtime for the about box and --version, and the one place threads are set.
#pragma once

#include "attnscope/engine_export.h"

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

// Sets LibTorch's intra-op threads and OpenMP's threads; 0 means all cores.
ATTNSCOPE_ENGINE_EXPORT void setThreadCount(int threads);

}  // namespace attnscope
