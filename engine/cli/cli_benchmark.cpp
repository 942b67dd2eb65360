// attnscope-cli benchmark: how long a capture takes on this machine, input length by input length. Each length
// is run --repeat times after one warm-up run; the time is the wall clock of Model::run up to the capture being
// usable (queries and keys kept, norms on the host, logits checked), so the GPU has finished its work. Also one full
// attention map recomputed on demand and the model view's thumbnails (every head pooled to 64 x 64), the two
// things the views ask of a capture first, and the minor page faults of a timed run (memory the run touched for the
// first time). Prints one JSON object per length. --profile writes LibTorch's own trace of the timed runs' operators.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

// Full maps above this many tokens are not timed: one is 4 GB of floats on the host at 32768.
constexpr int kLargestTimedMap = 16384;
constexpr int kThumbnailBins = 64;
constexpr int kLargestCheckedMean = 2048;

po::options_description benchmarkOptions() {
    po::options_description options = flagGroup("benchmark options");
    addLoadOptions(options);
    options.add_options()("tokens", po::value<std::string>()->value_name("N,N,...")->default_value("512,2048"),
                          "input lengths to time; the ids are i * 7919 mod the vocabulary")(
        "no-attention", "keep no queries and keys (the forward pass and the logits alone)")("no-logits",
                                                                                            "compute no logits")(
        "profile", po::value<std::string>()->value_name("FILE"),
        "write the timed runs' operators, as LibTorch's profiler records them on the calling thread, to FILE (Chrome "
        "trace JSON)");
    addRanged<int>(options, "repeat", 3, 1, 1000, "timed runs per length (after one warm-up run)");
    return options;
}

long minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

double millisecondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

nlohmann::ordered_json timeLength(const Model& model, const std::string& device, int tokens, int repeat,
                                  const RunOptions& options, const std::string& profile) {
    ModelInput input;
    const int64_t vocab = std::max(1, model.info().vocab);
    for (int64_t i = 0; i < tokens; ++i) input.ids.push_back(i * 7919 % vocab);
    nlohmann::ordered_json row = {{"tokens", tokens}};
    try {
        std::shared_ptr<const AttentionCapture> capture = model.run(input, options);  // warm-up
        capture.reset();
        resetDevicePeak(device);
        std::vector<double> times;
        long faults = 0;
        {
            std::unique_ptr<OperatorProfile> recording;
            if (!profile.empty()) recording = std::make_unique<OperatorProfile>(profile);
            for (int r = 0; r < repeat; ++r) {
                capture.reset();  // the previous run's memory is free before the next one starts
                const long faultsBefore = minorFaults();
                const auto start = std::chrono::steady_clock::now();
                capture = model.run(input, options);
                times.push_back(millisecondsSince(start));
                faults += minorFaults() - faultsBefore;
            }
        }
        std::sort(times.begin(), times.end());
        row["best_ms"] = times.front();
        row["median_ms"] = times[times.size() / 2];
        row["minor_faults_per_run"] = faults / repeat;
        const int64_t peak = devicePeakBytes(device);
        if (peak >= 0) row["peak_device_bytes"] = peak;
        if (options.keepAttention) {
            const int layer = capture->layers() - 1;
            if (tokens <= kLargestTimedMap) {
                // The first map pays for anything made once (pinned buffers, kernels); the second is what a user
                // stepping through heads waits for.
                const std::pair<const char*, int> maps[] = {{"map_ms", 0}, {"map_again_ms", 1 % capture->heads()}};
                for (const auto& [key, head] : maps) {
                    const auto start = std::chrono::steady_clock::now();
                    (void)capture->attention(layer, head);
                    row[key] = millisecondsSince(start);
                }
            }
            if (tokens <= kLargestCheckedMean) {
                // A check of the device's own path for the mean of heads (the attention map's "mean" view) against
                // the mean of the single maps: the two are computed by different code on a GPU.
                const FloatMatrix mean = capture->layerMeanAttention(layer);
                std::vector<double> sum(mean.values.size(), 0.0);
                for (int h = 0; h < capture->heads(); ++h) {
                    const FloatMatrix map = capture->attention(layer, h);
                    for (size_t i = 0; i < sum.size(); ++i) sum[i] += map.values[i];
                }
                double worst = 0;
                for (size_t i = 0; i < sum.size(); ++i)
                    worst = std::max(worst, std::abs(sum[i] / capture->heads() - mean.values[i]));
                row["layer_mean_max_diff"] = worst;
            }
            auto start = std::chrono::steady_clock::now();
            for (int l = 0; l < capture->layers(); ++l)
                for (int h = 0; h < capture->heads(); ++h)
                    (void)capture->pooledAttention(l, h, kThumbnailBins, Pooling::Max);
            row["thumbnails_ms"] = millisecondsSince(start);
        }
    } catch (const EngineError& error) {
        // Out of memory at one length says something; the lengths after it are still worth trying.
        row["error"] = error.what();
    }
    return row;
}

int benchmark(const po::variables_map& values) {
    std::vector<int> lengths;
    for (const long long n : parseIntegerList(values["tokens"].as<std::string>(), "--tokens")) {
        if (n < 1 || n > (1 << 20))
            throw FlagError("expected lengths from 1 to 1048576, got " + std::to_string(n), "--tokens");
        lengths.push_back(static_cast<int>(n));
    }
    const auto model = loadModel(values);
    const std::string device = model->info().device;
    if (model->info().imageInput) throw FlagError("times text models; this one reads images", "--model");
    RunOptions options;
    options.keepAttention = !values.count("no-attention");
    options.keepLogits = !values.count("no-logits");
    options.keepValues = false;
    const std::string profile = values.count("profile") ? values["profile"].as<std::string>() : std::string();
    if (!profile.empty() && lengths.size() > 1)
        throw FlagError("profiles one length at a time (its trace would hold them all)", "--profile");
    if (!profile.empty() && !std::ofstream(profile)) throw FlagError("cannot write '" + profile + "'", "--profile");
    for (const int tokens : lengths) {
        nlohmann::ordered_json row = {{"model", model->info().directory},
                                      {"architecture", model->info().architecture},
                                      {"device", device},
                                      {"dtype", model->info().computeDtype}};
        row.update(timeLength(*model, device, tokens, values["repeat"].as<int>(), options, profile));
        std::cout << row.dump() << std::endl;
    }
    return 0;
}

}  // namespace

std::vector<Command> benchmarkCommands() {
    return {
        {"benchmark", "time captures of a model at several input lengths (JSON lines)", benchmarkOptions, benchmark}};
}

}  // namespace attnscope::cli
