// Runtime facts (library versions, threads, CUDA) and the single place thread counts are set.
#include "attnscope/runtime.h"

#include <omp.h>
#include <unicode/uversion.h>

#include <boost/version.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <thread>

namespace attnscope {

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.engineVersion = ATTNSCOPE_VERSION;
    info.torchVersion = TORCH_VERSION;
    info.boostVersion = std::to_string(BOOST_VERSION / 100000) + "." + std::to_string(BOOST_VERSION / 100 % 1000) +
                        "." + std::to_string(BOOST_VERSION % 100);
    info.icuVersion = U_ICU_VERSION;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDevices = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.torchThreads = at::get_num_threads();
    info.openmpThreads = omp_get_max_threads();
    return info;
}

int64_t availableMemoryBytes() {
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    int64_t kilobytes = 0;
    std::string unit;
    while (meminfo >> key >> kilobytes >> unit)
        if (key == "MemAvailable:") return kilobytes * 1024;
    return -1;
}

std::string formatBytes(int64_t bytes) {
    char text[32];
    if (bytes >= (int64_t(1) << 30))
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / double(int64_t(1) << 30));
    else
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / double(1 << 20));
    return text;
}

std::string formatValue(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "infinity" : "-infinity";
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

void setThreadCount(int threads) {
    // LibTorch may start with one thread; always set it explicitly.
    const int count = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(count);
    omp_set_num_threads(count);
}

}  // namespace attnscope
