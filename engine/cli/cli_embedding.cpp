// attnscope-cli commands of the embedding area: `embed` lays out a float matrix (.npy) with PCA, t-SNE or UMAP, or
// one head's jointly normalised queries and keys over a corpus run through a model (--corpus); `embedding-quality`
// scores a layout made elsewhere.
#include <cctype>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <thread>

#include "attnscope/corpus_vectors.h"
#include "attnscope/embedding.h"
#include "attnscope/error.h"
#include "attnscope/job.h"
#include "attnscope/model.h"
#include "attnscope/query_key_embedding.h"
#include "attnscope/runtime.h"
#include "attnscope/tools/npy.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

std::string formatNumber(float value) {
    char number[32];
    std::snprintf(number, sizeof number, "%.7g", static_cast<double>(value));
    return number;
}

void writeCoordinates(std::ostream& out, const FloatMatrix& coordinates, int64_t row) {
    for (int64_t c = 0; c < coordinates.cols; ++c) out << (c ? "," : "") << formatNumber(coordinates(row, c));
}

void writeCsv(const std::string& path, const FloatMatrix& coordinates) {
    std::ofstream out(path);
    if (!out) throw EngineError("cannot create file", path);
    out << (coordinates.cols == 3 ? "x,y,z\n" : "x,y\n");
    for (int64_t i = 0; i < coordinates.rows; ++i) {
        writeCoordinates(out, coordinates, i);
        out << '\n';
    }
    if (!out) throw EngineError("cannot write file", path);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. Fields with leading or
// trailing blanks are quoted too, so readers that trim keep byte-level tokens such as " the" intact.
std::string csvField(const std::string& text) {
    const bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                       (!text.empty() && (std::isspace(static_cast<unsigned char>(text.front())) ||
                                          std::isspace(static_cast<unsigned char>(text.back()))));
    if (!quote) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

// kind,input,position,token,x,y[,z]: one row per query and per key, in the points' order.
void writePointsCsv(const std::string& path, const QueryKeyPoints& points) {
    std::ofstream out(path);
    if (!out) throw EngineError("cannot create file", path);
    out << (points.dimensions() == 3 ? "kind,input,position,token,x,y,z\n" : "kind,input,position,token,x,y\n");
    for (int64_t i = 0; i < points.size(); ++i) {
        const auto u = static_cast<size_t>(i);
        out << (points.isKey[u] ? "k," : "q,") << points.input[u] << ',' << points.position[u] << ','
            << csvField(points.token(i)) << ',';
        writeCoordinates(out, points.coordinates, i);
        out << '\n';
    }
    if (!out) throw EngineError("cannot write file", path);
}

// Waits for a job, printing each new stage with its start time when `verbose`.
template <class Result>
Result waitFor(const std::shared_ptr<Job<Result>>& job, bool verbose, const std::function<double()>& elapsed) {
    std::string stage;
    while (!job->finished()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (verbose && job->stage() != stage) {
            stage = job->stage();
            std::fprintf(stderr, "%7.2f s  %s\n", elapsed(), stage.c_str());
        }
    }
    return job->result();
}

void printQualityLine(bool withQuality, const FloatMatrix& points, const FloatMatrix& layout, double seconds) {
    char line[96];
    if (withQuality) {
        std::snprintf(line, sizeof line, "knn_preservation=%.3f seconds=%.1f", knnPreservation(points, layout),
                      seconds);
    } else {
        std::snprintf(line, sizeof line, "seconds=%.1f", seconds);
    }
    std::cerr << line << "\n";
}

// --corpus: capture the corpus (a Job), embed one head's normalised queries and keys (a Job), write the points.
void embedCorpusHead(const po::variables_map& values, const EmbeddingOptions& embedding) {
    const bool verbose = values.count("verbose") > 0;
    const auto start = std::chrono::steady_clock::now();
    const std::function<double()> elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    if (!values.count("layer") || !values.count("head"))
        throw EngineError("--corpus needs --layer and --head", "embed");
    const int layer = values["layer"].as<int>(), head = values["head"].as<int>();
    const std::shared_ptr<const Model> model = Model::load(modelDirectoryOrDefault(values));
    const ModelInfo& info = model->info();
    if (layer < 0 || layer >= info.layers || head < 0 || head >= info.heads)
        throw EngineError("layer " + std::to_string(layer) + " head " + std::to_string(head) + " is outside the " +
                              std::to_string(info.layers) + " layers x " + std::to_string(info.heads) + " heads of " +
                              info.directory,
                          "embed");
    CorpusCaptureOptions capture;
    capture.memoryLimitBytes = static_cast<int64_t>(values["memory-limit-mb"].as<double>() * 1024.0 * 1024.0);
    const auto corpus =
        waitFor(startCorpusCapture(model, readCorpus(values["corpus"].as<std::string>()), capture), verbose, elapsed);
    if (verbose)
        std::fprintf(
            stderr, "%7.2f s  captured %d inputs, %lld tokens, %.1f MB of queries and keys%s\n", elapsed(),
            corpus->inputCount(), static_cast<long long>(corpus->totalTokens()),
            static_cast<double>(corpus->storedBytes()) / (1024.0 * 1024.0),
            corpus->truncatedInputs()
                ? (" (" + std::to_string(corpus->truncatedInputs()) + " inputs cut to the model's length)").c_str()
                : "");
    const QueryKeyEmbedding result = waitFor(startQueryKeyEmbedding(corpus, layer, head, embedding), verbose, elapsed);
    writePointsCsv(values["out"].as<std::string>(), result.points);
    const bool quality = !values.count("no-quality");
    printQualityLine(quality, quality ? normalisedQueryKeyRows(*corpus, layer, head).rows : FloatMatrix(),
                     result.points.coordinates, result.seconds);
}

int runEmbed(const std::vector<std::string>& args) {
    po::options_description options("embed options (give --vectors, or --corpus with --layer and --head)");
    options.add_options()("vectors", po::value<std::string>(),
                          "input .npy: a 2-D C-order float32/float64 matrix, one point per row")(
        "corpus", po::value<std::string>(),
        "a text file (one input per line), a folder of .txt files or a folder of images")(
        "model", po::value<std::string>(), "model folder for --corpus (default: the bundled demo model)")(
        "layer", po::value<int>(), "layer of the head to embed (--corpus)")("head", po::value<int>(),
                                                                            "head to embed (--corpus)")(
        "memory-limit-mb", po::value<double>()->default_value(4096.0),
        "refuse a corpus whose queries and keys would need more (--corpus)")(
        "method", po::value<std::string>()->default_value("umap"), "pca, tsne or umap")(
        "dims", po::value<int>()->default_value(2), "2 or 3")(
        "seed", po::value<unsigned long long>()->default_value(42), "random seed (same seed, same output)")(
        "threads", po::value<int>()->default_value(0), "threads (0: all cores)")(
        "iterations", po::value<int>()->default_value(0), "t-SNE iterations / UMAP epochs (0: default)")(
        "perplexity", po::value<double>()->default_value(30.0), "t-SNE perplexity")(
        "neighbours", po::value<int>()->default_value(15), "UMAP neighbours (the point itself included)")(
        "min-dist", po::value<double>()->default_value(0.1), "UMAP min_dist")(
        "no-quality", "skip the kNN-preservation score")("verbose", "print each stage's start time on stderr")(
        "out", po::value<std::string>()->required(),
        "output CSV: x,y[,z] per row (--vectors); kind,input,position,token,x,y[,z] per point (--corpus)");
    po::variables_map values;
    if (!parseArguments("embed", args, options, values)) return 0;
    if (values.count("vectors") == values.count("corpus"))
        throw EngineError("give either --vectors FILE.npy or --corpus FILE (with --layer and --head)", "embed");

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
    if (values.count("corpus")) {
        embedCorpusHead(values, embedding);
        return 0;
    }

    const FloatMatrix points = readNpyMatrix(values["vectors"].as<std::string>());
    const auto start = std::chrono::steady_clock::now();
    const std::function<double()> elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    // Runs as a Job, as the GUI does; with --verbose the stages are polled and printed as they change.
    const EmbeddingResult result =
        waitFor(Job<EmbeddingResult>::start([&](JobControl& control) { return embed(points, embedding, &control); }),
                values.count("verbose") > 0, elapsed);
    const double seconds = elapsed();
    writeCsv(values["out"].as<std::string>(), result.coordinates);
    printQualityLine(!values.count("no-quality"), points, result.coordinates, seconds);
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
    return {{"embed", "lay out vectors (.npy), or a head's queries and keys over a corpus, in 2-D or 3-D; writes CSV",
             runEmbed},
            {"embedding-quality", "kNN preservation of a layout (.npy) of vectors (.npy)", runEmbeddingQuality}};
}

}  // namespace attnscope::cli
