// attnscope-cli commands of the embedding area: `embed` lays out any float matrix (.npy) with PCA, t-SNE or UMAP.
// Embedding a head's queries and keys straight from a model (--model/--corpus) belongs here too once captures
// exist; until then, save them as .npy and pass --vectors.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <thread>

#include "attnscope/embedding.h"
#include "attnscope/error.h"
#include "attnscope/job.h"
#include "attnscope/npy.h"
#include "attnscope/runtime.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

void writeCsv(const std::string& path, const FloatMatrix& coordinates) {
    std::ofstream out(path);
    if (!out) throw EngineError("cannot create file", path);
    out << (coordinates.cols == 3 ? "x,y,z\n" : "x,y\n");
    char number[32];
    for (int64_t i = 0; i < coordinates.rows; ++i) {
        for (int64_t c = 0; c < coordinates.cols; ++c) {
            std::snprintf(number, sizeof number, "%.7g", static_cast<double>(coordinates(i, c)));
            out << (c ? "," : "") << number;
        }
        out << '\n';
    }
    if (!out) throw EngineError("cannot write file", path);
}

int runEmbed(const std::vector<std::string>& args) {
    po::options_description options("embed options");
    options.add_options()("vectors", po::value<std::string>()->required(),
                          "input .npy: a 2-D C-order float32/float64 matrix, one point per row")(
        "method", po::value<std::string>()->default_value("umap"), "pca, tsne or umap")(
        "dims", po::value<int>()->default_value(2), "2 or 3")(
        "seed", po::value<unsigned long long>()->default_value(42), "random seed (same seed, same output)")(
        "threads", po::value<int>()->default_value(0), "threads (0: all cores)")(
        "iterations", po::value<int>()->default_value(0), "t-SNE iterations / UMAP epochs (0: default)")(
        "perplexity", po::value<double>()->default_value(30.0), "t-SNE perplexity")(
        "neighbours", po::value<int>()->default_value(15), "UMAP neighbours (the point itself included)")(
        "min-dist", po::value<double>()->default_value(0.1), "UMAP min_dist")(
        "no-quality", "skip the kNN-preservation score")("verbose", "print each stage's start time on stderr")(
        "out", po::value<std::string>()->required(), "output CSV with header x,y (or x,y,z)");
    po::variables_map values;
    if (!parseArguments("embed", args, options, values)) return 0;

    EmbeddingOptions embedding;
    embedding.method = parseEmbeddingMethod(values["method"].as<std::string>());
    embedding.dims = values["dims"].as<int>();
    embedding.seed = values["seed"].as<unsigned long long>();
    embedding.threads = values["threads"].as<int>();
    embedding.iterations = values["iterations"].as<int>();
    embedding.perplexity = values["perplexity"].as<double>();
    embedding.neighbours = values["neighbours"].as<int>();
    embedding.minDist = values["min-dist"].as<double>();
    if (embedding.threads > 0) setThreadCount(embedding.threads);

    const FloatMatrix points = readNpyMatrix(values["vectors"].as<std::string>());
    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    // Runs as a Job, as the GUI does; with --verbose the stages are polled and printed as they change.
    const auto job =
        Job<EmbeddingResult>::start([&](JobControl& control) { return embed(points, embedding, &control); });
    std::string stage;
    while (!job->finished()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (values.count("verbose") && job->stage() != stage) {
            stage = job->stage();
            std::fprintf(stderr, "%7.2f s  %s\n", elapsed(), stage.c_str());
        }
    }
    const EmbeddingResult result = job->result();
    const double seconds = elapsed();
    writeCsv(values["out"].as<std::string>(), result.coordinates);

    char line[96];
    if (values.count("no-quality")) {
        std::snprintf(line, sizeof line, "seconds=%.1f", seconds);
    } else {
        std::snprintf(line, sizeof line, "knn_preservation=%.3f seconds=%.1f",
                      knnPreservation(points, result.coordinates), seconds);
    }
    std::cerr << line << "\n";
    return 0;
}

// Scores a layout made elsewhere (e.g. by R in the benchmarks) with the same function `embed` uses.
int runEmbeddingQuality(const std::vector<std::string>& args) {
    po::options_description options("embedding-quality options");
    options.add_options()("vectors", po::value<std::string>()->required(), "original vectors (.npy)")(
        "embedding", po::value<std::string>()->required(), "their layout (.npy), one row per vector")(
        "k", po::value<int>()->default_value(10), "neighbours compared");
    po::variables_map values;
    if (!parseArguments("embedding-quality", args, options, values)) return 0;
    const FloatMatrix points = readNpyMatrix(values["vectors"].as<std::string>());
    const FloatMatrix layout = readNpyMatrix(values["embedding"].as<std::string>());
    char line[64];
    std::snprintf(line, sizeof line, "knn_preservation=%.4f", knnPreservation(points, layout, values["k"].as<int>()));
    std::cout << line << "\n";
    return 0;
}

}  // namespace

std::vector<Command> embeddingCommands() {
    return {{"embed", "lay out vectors (.npy) in 2-D or 3-D with PCA, t-SNE or UMAP; writes CSV", runEmbed},
            {"embedding-quality", "kNN preservation of a layout (.npy) of vectors (.npy)", runEmbeddingQuality}};
}

}  // namespace attnscope::cli
