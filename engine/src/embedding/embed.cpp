// embed(): validates the input and options, then dispatches to PCA, t-SNE or UMAP.
#include <omp.h>

#include <cmath>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"

namespace attnscope {

EmbeddingMethod parseEmbeddingMethod(const std::string& text) {
    if (text == "pca") return EmbeddingMethod::Pca;
    if (text == "tsne" || text == "t-sne") return EmbeddingMethod::Tsne;
    if (text == "umap") return EmbeddingMethod::Umap;
    throw EngineError("unknown method '" + text + "' (expected pca, tsne or umap)", "embedding method");
}

NeighbourDevice parseNeighbourDevice(const std::string& text) {
    if (text == "auto") return NeighbourDevice::Automatic;
    if (text == "cpu") return NeighbourDevice::Cpu;
    if (text == "cuda") return NeighbourDevice::Cuda;
    throw EngineError("unknown device '" + text + "' (expected auto, cpu or cuda)", "neighbour search");
}

std::string embeddingMethodName(EmbeddingMethod method) {
    switch (method) {
        case EmbeddingMethod::Pca:
            return "pca";
        case EmbeddingMethod::Tsne:
            return "tsne";
        case EmbeddingMethod::Umap:
            return "umap";
    }
    return "?";
}

EmbeddingResult embed(const FloatMatrix& points, const EmbeddingOptions& options, JobControl* control,
                      const EmbeddingProgress& onProgress) {
    const std::string where = "embedding (" + embeddingMethodName(options.method) + ")";
    if (options.dims != 2 && options.dims != 3)
        throw EngineError("dims must be 2 or 3, got " + std::to_string(options.dims), where);
    if (points.rows < 3 || points.cols < 1)
        throw EngineError("needs at least 3 points of at least 1 dimension, got " + std::to_string(points.rows) +
                              " x " + std::to_string(points.cols),
                          where);
    if (points.values.size() != static_cast<size_t>(points.rows * points.cols))
        throw EngineError("matrix holds " + std::to_string(points.values.size()) + " values, not rows x cols", where);
    for (size_t v = 0; v < points.values.size(); ++v)
        if (!std::isfinite(points.values[v]))
            throw EngineError("value at row " + std::to_string(v / static_cast<size_t>(points.cols)) + ", column " +
                                  std::to_string(v % static_cast<size_t>(points.cols)) + " is not finite",
                              where);
    const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    EmbeddingResult result;
    switch (options.method) {
        case EmbeddingMethod::Pca:
            if (points.cols < options.dims)
                throw EngineError("PCA to " + std::to_string(options.dims) +
                                      " dimensions needs at least that many "
                                      "input dimensions, got " +
                                      std::to_string(points.cols),
                                  where);
            result = embedding::runPca(points, options);
            break;
        case EmbeddingMethod::Tsne:
            result = embedding::runTsne(points, options, threads, control, onProgress);
            break;
        case EmbeddingMethod::Umap:
            if (options.landmarksAbove > 0 && points.rows > options.landmarksAbove && options.landmarks < points.rows)
                result = embedding::runUmapWithLandmarks(points, options, threads, control, onProgress);
            else
                result = embedding::runUmap(points, options, threads, control, onProgress);
            break;
    }
    if (control) control->setProgress(1.0, "done");
    return result;
}

}  // namespace attnscope
