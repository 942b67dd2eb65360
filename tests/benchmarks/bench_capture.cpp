// Engine capture on a GPT-2-small-shaped model (12 layers, 12 heads, 768 wide, vocab 50257, random weights in a
// temporary folder) on the CPU: a capture's wall time and peak RSS, the same forward pass keeping no attention
// (the ratio of the two is the capture overhead), and one full attention map recomputed on demand.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "attnscope/capture.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"
#include "attnscope/tools/random_model.h"

namespace {

std::shared_ptr<attnscope::Model> gpt2Small() {
    static std::shared_ptr<attnscope::Model> model = [] {
        const auto folder = std::filesystem::temp_directory_path() / "attnscope-bench-gpt2-small-8k";
        if (!std::filesystem::exists(folder / "model.safetensors"))
            attnscope::writeRandomModel(folder.string(), R"({"model_type":"gpt2","n_embd":768,"n_head":12,
                "n_layer":12,"n_positions":8192,"vocab_size":50257})");
        return attnscope::Model::load(folder.string());
    }();
    return model;
}

attnscope::ModelInput tokens(int64_t count) {
    attnscope::ModelInput input;
    for (int64_t i = 0; i < count; ++i) input.ids.push_back((i * 7919) % 50257);
    return input;
}

void reportPeakRss(benchmark::State& state) {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["peak_rss_MB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_Capture(benchmark::State& state) {
    const auto model = gpt2Small();
    const auto input = tokens(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(model->run(input));
    reportPeakRss(state);
}

void BM_ForwardWithoutCapture(benchmark::State& state) {
    const auto model = gpt2Small();
    const auto input = tokens(state.range(0));
    attnscope::RunOptions options;
    options.keepAttention = false;
    for (auto _ : state) benchmark::DoNotOptimize(model->run(input, options));
    reportPeakRss(state);
}

void BM_AttentionMapOnDemand(benchmark::State& state) {
    const auto model = gpt2Small();
    attnscope::RunOptions options;
    options.keepLogits = false;
    const auto capture = model->run(tokens(state.range(0)), options);
    for (auto _ : state) benchmark::DoNotOptimize(capture->attention(6, 5));
    reportPeakRss(state);
}

// Few iterations for the long inputs: two shared cores.
void sizes(benchmark::internal::Benchmark* b) {
    b->Unit(benchmark::kMillisecond)->UseRealTime();
}

}  // namespace

BENCHMARK(BM_Capture)->Apply(sizes)->Arg(128)->Arg(512)->Arg(1024)->Iterations(3);
BENCHMARK(BM_ForwardWithoutCapture)->Apply(sizes)->Arg(128)->Arg(512)->Arg(1024)->Iterations(3);
BENCHMARK(BM_AttentionMapOnDemand)->Apply(sizes)->Arg(128)->Arg(512)->Arg(1024)->Arg(4096)->Iterations(3);
BENCHMARK(BM_Capture)->Apply(sizes)->Name("BM_Capture_long")->Arg(4096)->Iterations(1);
BENCHMARK(BM_ForwardWithoutCapture)->Apply(sizes)->Name("BM_ForwardWithoutCapture_long")->Arg(4096)->Iterations(1);

int main(int argc, char** argv) {
    attnscope::setThreadCount(0);
    // The 8192-token capture (the memory bound of the engine's contract) takes minutes on two cores: opt in.
    if (std::getenv("ATTNSCOPE_BENCH_8192"))
        benchmark::RegisterBenchmark("BM_Capture_8192", BM_Capture)->Apply(sizes)->Arg(8192)->Iterations(1);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
