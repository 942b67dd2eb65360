// attnscope-cli commands of the embedding area: `embed` lays out a float matrix (.npy) with PCA, t-SNE or UMAP, or
// one head's jointly normalised queries and keys over a corpus run through a model (--corpus); `embedding-quality`
// scores a layout made elsewhere.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
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
#include "attnscope/tools/atomic_file.h"
#include "attnscope/tools/npy.h"
#include "cli_common.h"

namespace attnscope::cli {

namespace {

std::string outsideModel(int index, int count, const char* what, const std::string& model) {
    return "expected 0 to " + std::to_string(count - 1) + " (the " + std::to_string(count) + " " + what + " of " +
           model + "), got " + std::to_string(index);
}

// A .npy matrix with every value finite: NaN has no place in a layout or a neighbour search, and the file is named.
FloatMatrix readFiniteMatrix(const std::string& path) {
    FloatMatrix matrix = readNpyMatrix(path);
    for (size_t i = 0; i < matrix.values.size(); ++i)
        if (!std::isfinite(matrix.values[i])) {
            const auto cols = static_cast<size_t>(std::max<int64_t>(1, matrix.cols));
            throw EngineError("row " + std::to_string(i / cols) + ", column " + std::to_string(i % cols) + " is " +
                                  formatValue(matrix.values[i]),
                              path);
        }
    return matrix;
}

// "neighbours: exact, cuda (blocked products), 1.23 s" on stderr: which path the neighbour search took; for a UMAP
// of landmarks also "landmarks: 100000 laid out, 880000 placed among them".
void printNeighbourSearch(const std::string& method, double seconds, int64_t landmarks, int64_t points) {
    if (method.empty()) return;  // PCA
    std::fprintf(stderr, "neighbours: %s, %.2f s\n", method.c_str(), seconds);
    if (landmarks > 0)
        std::fprintf(stderr, "landmarks: %lld laid out, %lld placed among them\n", static_cast<long long>(landmarks),
                     static_cast<long long>(points - landmarks));
}

std::string formatNumber(float value) {
    char number[32];
    std::snprintf(number, sizeof number, "%.7g", static_cast<double>(value));
    return number;
}

void writeCoordinates(std::ostream& out, const FloatMatrix& coordinates, int64_t row) {
    for (int64_t c = 0; c < coordinates.cols; ++c) out << (c ? "," : "") << formatNumber(coordinates(row, c));
}

void writeCsv(const std::string& path, const FloatMatrix& coordinates) {
    AtomicFile file(path, false);
    std::ostream& out = file.stream();
    out << (coordinates.cols == 3 ? "x,y,z\n" : "x,y\n");
    for (int64_t i = 0; i < coordinates.rows; ++i) {
        writeCoordinates(out, coordinates, i);
        out << '\n';
    }
    file.commit();
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
    AtomicFile file(path, false);
    std::ostream& out = file.stream();
    out << (points.dimensions() == 3 ? "kind,input,position,token,x,y,z\n" : "kind,input,position,token,x,y\n");
    for (int64_t i = 0; i < points.size(); ++i) {
        const auto u = static_cast<size_t>(i);
        out << (points.isKey[u] ? "k," : "q,") << points.input[u] << ',' << points.position[u] << ','
            << csvField(points.token(i)) << ',';
        writeCoordinates(out, points.coordinates, i);
        out << '\n';
    }
    file.commit();
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

// The kNN-preservation line printed after the output is written; computed before it, so a score that cannot be
// computed leaves no file behind. k is 10, or fewer for a layout of 10 points or less.
std::string qualityLine(bool withQuality, const FloatMatrix& points, const FloatMatrix& layout, double seconds) {
    char line[96];
    if (withQuality && points.rows >= 2) {
        const int k = static_cast<int>(std::min<int64_t>(10, points.rows - 1));
        std::snprintf(line, sizeof line, "knn_preservation=%.3f%s seconds=%.1f", knnPreservation(points, layout, k),
                      k == 10 ? "" : (" k=" + std::to_string(k)).c_str(), seconds);
    } else {
        std::snprintf(line, sizeof line, "seconds=%.1f", seconds);
    }
    return line;
}

// --corpus: capture the corpus (a Job), embed one head's normalised queries and keys (a Job), write the points.
void embedCorpusHead(const po::variables_map& values, const EmbeddingOptions& embedding) {
    const bool verbose = values.count("verbose") > 0;
    const auto start = std::chrono::steady_clock::now();
    const std::function<double()> elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    if (!values.count("layer") || !values.count("head")) throw FlagError("needs --layer and --head", "--corpus");
    const int layer = values["layer"].as<int>(), head = values["head"].as<int>();
    const std::shared_ptr<const Model> model = loadModel(values);
    const ModelInfo& info = model->info();
    if (layer >= info.layers) throw FlagError(outsideModel(layer, info.layers, "layers", info.directory), "--layer");
    if (head >= info.heads) throw FlagError(outsideModel(head, info.heads, "heads", info.directory), "--head");
    CorpusCaptureOptions capture;
    capture.memoryLimitBytes = static_cast<int64_t>(values["memory-limit-mb"].as<double>() * 1024.0 * 1024.0);
    const auto corpus =
        waitFor(startCorpusCapture(model, readCorpus(values["corpus"].as<std::string>()), capture), verbose, elapsed);
    if (corpus->truncatedInputs())
        std::cerr << "warning: " << corpus->truncatedInputs() << " of " << corpus->inputCount()
                  << " inputs were cut to the model's " << info.maxPositions << " positions\n";
    if (verbose)
        std::fprintf(stderr, "%7.2f s  captured %d inputs, %lld tokens, %.1f MB of queries and keys\n", elapsed(),
                     corpus->inputCount(), static_cast<long long>(corpus->totalTokens()),
                     static_cast<double>(corpus->storedBytes()) / (1024.0 * 1024.0));
    const QueryKeyEmbedding result = waitFor(startQueryKeyEmbedding(corpus, layer, head, embedding), verbose, elapsed);
    const bool quality = !values.count("no-quality");
    const std::string line =
        qualityLine(quality, quality ? normalisedQueryKeyRows(*corpus, layer, head).rows : FloatMatrix(),
                    result.points.coordinates, result.seconds);
    writePointsCsv(values["out"].as<std::string>(), result.points);
    printNeighbourSearch(result.neighbourSearch, result.neighbourSeconds, result.landmarks,
                         result.points.coordinates.rows);
    std::cerr << line << "\n";
}

po::options_description embedOptions() {
    const EmbeddingOptions defaults;
    po::options_description options = flagGroup("embed options (give --vectors, or --corpus with --layer and --head)");
    options.add_options()("vectors", po::value<std::string>()->value_name("FILE.npy"),
                          "input .npy: a 2-D C-order float32/float64 matrix, one point per row")(
        "corpus", po::value<std::string>()->value_name("PATH"),
        "a text file (one input per line), a folder of .txt files or a folder of images");
    addLoadOptions(options);
    addRangedOptional<int>(options, "layer", 0, kMaxModelLayers - 1, "layer of the head to embed (--corpus)");
    addRangedOptional<int>(options, "head", 0, kMaxModelHeads - 1, "head to embed (--corpus)");
    addRanged<double>(options, "memory-limit-mb", 4096.0, 0.0, 1 << 24,
                      "refuse a corpus whose queries and keys would need more (--corpus; 0: only the memory the "
                      "machine has)");
    options.add_options()("method", po::value<std::string>()->value_name("METHOD")->default_value("umap"),
                          "pca, tsne or umap");
    addRanged<int>(options, "dims", defaults.dims, 2, 3, "dimensions of the layout");
    options.add_options()("seed", po::value<unsigned long long>()->value_name("N")->default_value(defaults.seed),
                          "random seed (same seed, same output)");
    addRanged<int>(options, "threads", 0, 0, 1024, "threads (0: all cores)");
    addRanged<int>(options, "iterations", 0, 0, 100000, "t-SNE iterations / UMAP epochs (0: the method's default)");
    addRanged<double>(options, "perplexity", defaults.perplexity, 1.0, 1000.0,
                      "t-SNE perplexity (below a third of the points)");
    addRanged<int>(options, "neighbours", defaults.neighbours, 2, 1000,
                   "UMAP neighbours, the point itself included (below the points)");
    addRanged<double>(options, "min-dist", defaults.minDist, 0.0, 10.0, "UMAP min_dist");
    addRanged<int>(options, "landmarks-above", static_cast<int>(defaults.landmarksAbove), 0, 2'000'000'000,
                   "UMAP of more points than this: lay out --landmarks of them and place the others among them (0: "
                   "never)");
    addRanged<int>(options, "landmarks", static_cast<int>(defaults.landmarks), 3, 2'000'000'000,
                   "points laid out by UMAP when there are more than --landmarks-above (above --neighbours)");
    options.add_options()("neighbour-device", po::value<std::string>()->value_name("DEVICE")->default_value("auto"),
                          "t-SNE/UMAP neighbour search: auto (the GPU where LibTorch has CUDA), cpu or cuda");
    options.add_options()("no-quality", "skip the kNN-preservation score")("verbose",
                                                                           "print each stage's start time on stderr")(
        "out", po::value<std::string>()->value_name("FILE")->required(),
        "output CSV: x,y[,z] per row (--vectors); kind,input,position,token,x,y[,z] per point (--corpus)");
    return options;
}

int runEmbed(const po::variables_map& values) {
    if (values.count("vectors") == values.count("corpus"))
        throw FlagError("give either --vectors FILE.npy or --corpus FILE (with --layer and --head)",
                        "--vectors/--corpus");
    EmbeddingOptions embedding;
    try {
        embedding.method = parseEmbeddingMethod(values["method"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--method");
    }
    embedding.dims = values["dims"].as<int>();
    embedding.seed = values["seed"].as<unsigned long long>();
    embedding.threads = values["threads"].as<int>();
    embedding.iterations = values["iterations"].as<int>();
    embedding.perplexity = values["perplexity"].as<double>();
    embedding.neighbours = values["neighbours"].as<int>();
    embedding.minDist = values["min-dist"].as<double>();
    embedding.landmarksAbove = values["landmarks-above"].as<int>();
    embedding.landmarks = values["landmarks"].as<int>();
    if (embedding.landmarks <= embedding.neighbours)
        throw FlagError("needs more landmarks than --neighbours (" + std::to_string(embedding.neighbours) + "), got " +
                            std::to_string(embedding.landmarks),
                        "--landmarks");
    try {
        embedding.neighbourDevice = parseNeighbourDevice(values["neighbour-device"].as<std::string>());
    } catch (const EngineError& error) {
        throw FlagError(error.problem(), "--neighbour-device");
    }
    if (embedding.threads > 0) setThreadCount(embedding.threads);
    if (values.count("corpus")) {
        embedCorpusHead(values, embedding);
        return 0;
    }

    const FloatMatrix points = readFiniteMatrix(values["vectors"].as<std::string>());
    const auto start = std::chrono::steady_clock::now();
    const std::function<double()> elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    // Runs as a Job, as the GUI does; with --verbose the stages are polled and printed as they change.
    const EmbeddingResult result =
        waitFor(Job<EmbeddingResult>::start([&](JobControl& control) { return embed(points, embedding, &control); }),
                values.count("verbose") > 0, elapsed);
    const double seconds = elapsed();
    const std::string line = qualityLine(!values.count("no-quality"), points, result.coordinates, seconds);
    writeCsv(values["out"].as<std::string>(), result.coordinates);
    printNeighbourSearch(result.neighbourSearch, result.neighbourSeconds, result.landmarks, points.rows);
    std::cerr << line << "\n";
    return 0;
}

po::options_description qualityOptions() {
    po::options_description options = flagGroup("embedding-quality options");
    options.add_options()("vectors", po::value<std::string>()->value_name("FILE.npy")->required(),
                          "original vectors (.npy)")("embedding",
                                                     po::value<std::string>()->value_name("FILE.npy")->required(),
                                                     "their layout (.npy), one row per vector");
    addRanged<int>(options, "k", 10, 1, 1000, "neighbours compared (below the number of vectors)");
    return options;
}

// Scores a layout made elsewhere (e.g. by R in the benchmarks) with the same function `embed` uses.
int runEmbeddingQuality(const po::variables_map& values) {
    const FloatMatrix points = readFiniteMatrix(values["vectors"].as<std::string>());
    const FloatMatrix layout = readFiniteMatrix(values["embedding"].as<std::string>());
    char line[64];
    std::snprintf(line, sizeof line, "knn_preservation=%.4f", knnPreservation(points, layout, values["k"].as<int>()));
    std::cout << line << "\n";
    return 0;
}

}  // namespace

std::vector<Command> embeddingCommands() {
    return {{"embed", "lay out vectors (.npy), or a head's queries and keys over a corpus, in 2-D or 3-D; writes CSV",
             embedOptions, runEmbed},
            {"embedding-quality", "kNN preservation of a layout (.npy) of vectors (.npy)", qualityOptions,
             runEmbeddingQuality}};
}

}  // namespace attnscope::cli
