// What the machine can give (memory available now) and how sizes and numbers read in messages. No LibTorch here:
// the file parsers that check sizes against memory build without it (tests/fuzz).
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>

#include "attnscope/runtime.h"

namespace attnscope {

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

}  // namespace attnscope
