// Runtime facts (library versions, threads, CUDA) and the single place thread counts are set.
#include "attnscope/runtime.h"

#include <omp.h>
#include <unicode/uversion.h>

#include <torch/csrc/autograd/profiler_legacy.h>

#include <boost/version.hpp>
#include <fstream>
#include <thread>

#include "attnscope/error.h"

#ifdef ATTNSCOPE_CUDA_ALLOCATOR_STATS
#include <c10/cuda/CUDACachingAllocator.h>
#include <c10/cuda/CUDAFunctions.h>
#endif

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

#ifdef ATTNSCOPE_CUDA_ALLOCATOR_STATS
namespace {
int cudaIndex(const std::string& device) {
    const torch::Device parsed(device);
    return parsed.has_index() ? parsed.index() : 0;
}
}  // namespace

int64_t devicePeakBytes(const std::string& device) {
    if (device.rfind("cuda", 0) != 0 || !torch::cuda::is_available()) return -1;
    const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(cudaIndex(device));
    return stats.allocated_bytes[0].peak;  // entry 0: all pools together (StatType::AGGREGATE)
}

void resetDevicePeak(const std::string& device) {
    if (device.rfind("cuda", 0) != 0 || !torch::cuda::is_available()) return;
    c10::cuda::device_synchronize();
    c10::cuda::CUDACachingAllocator::resetPeakStats(cudaIndex(device));
}
#else
int64_t devicePeakBytes(const std::string&) {
    return -1;
}

void resetDevicePeak(const std::string&) {}
#endif

struct OperatorProfile::Recording {
    std::ofstream file;
    std::unique_ptr<torch::autograd::profiler::RecordProfile> profile;
};

OperatorProfile::OperatorProfile(const std::string& path) : recording_(std::make_unique<Recording>()) {
    recording_->file.open(path);
    if (!recording_->file) throw EngineError("cannot write '" + path + "'", "profile");
    recording_->profile = std::make_unique<torch::autograd::profiler::RecordProfile>(recording_->file);
}

OperatorProfile::~OperatorProfile() {
    recording_->profile.reset();  // writes the trace
}

void setThreadCount(int threads) {
    // LibTorch may start with one thread; always set it explicitly.
    const int count = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(count);
    omp_set_num_threads(count);
}

}  // namespace attnscope
