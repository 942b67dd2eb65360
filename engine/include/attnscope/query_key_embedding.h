// Joint query-key embeddings of a captured corpus (AttentionViz): one head's queries and keys, normalised together
// (normaliseQueriesAndKeys), laid out with PCA, t-SNE or UMAP as QueryKeyPoints for the view; and every head, one
// after another, as small embeddings for the matrix view. See docs/embedding.md, "Corpus pipeline".
#pragma once

#include "attnscope/engine_export.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "attnscope/corpus_vectors.h"
#include "attnscope/embedding.h"
#include "attnscope/job.h"
#include "attnscope/qk_embedding_data.h"

namespace attnscope {

// What is embedded for one head: the jointly normalised queries of every input, then its keys
// (stackRows(q', k')), and the normalisation's scale.
struct ATTNSCOPE_ENGINE_EXPORT QueryKeyRows {
    FloatMatrix rows;  // [2 x totalTokens, head_dim]: every input's queries in input order, then every input's keys
    double scale = 1.0;
};
ATTNSCOPE_ENGINE_EXPORT QueryKeyRows normalisedQueryKeyRows(const CorpusVectors& corpus, int layer, int head);

struct ATTNSCOPE_ENGINE_EXPORT QueryKeyEmbedding {
    int layer = 0;
    int head = 0;
    QueryKeyPoints points;  // rows as QueryKeyPoints::fromStackedRows orders them; inputLabels are the corpus labels
    std::vector<double> explainedVarianceRatio;  // PCA only
    int iterations = 0;                          // t-SNE iterations or UMAP epochs
    std::string neighbourSearch;                 // how the neighbour graph was found (t-SNE, UMAP)
    double neighbourSeconds = 0;
    int64_t landmarks = 0;  // UMAP: points laid out before the others were placed among them (0: all)
    double normalisationScale = 1.0;
    double seconds = 0.0;  // the embedding alone
};

// Embeds one head. `onProgress` (t-SNE, UMAP) receives the current coordinates every options.progressEvery
// iterations, on the calling thread, rows in the order of the final points (so a view can update them in place).
// `control`: progress and cancel (CancelledError), as embed(). Throws EngineError on a bad layer or head.
ATTNSCOPE_ENGINE_EXPORT QueryKeyEmbedding embedQueryKeyHead(const CorpusVectors& corpus, int layer, int head,
                                                            const EmbeddingOptions& options,
                                                            JobControl* control = nullptr,
                                                            const EmbeddingProgress& onProgress = {});

using QueryKeyEmbeddingJob = Job<QueryKeyEmbedding>;

// embedQueryKeyHead on its own thread. `onProgress` is called on the job's thread: a GUI queues the coordinates to
// its own thread (e.g. QMetaObject::invokeMethod) before touching a view.
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<QueryKeyEmbeddingJob> startQueryKeyEmbedding(
    std::shared_ptr<const CorpusVectors> corpus, int layer, int head, EmbeddingOptions options,
    EmbeddingProgress onProgress = {});

struct ATTNSCOPE_ENGINE_EXPORT HeadMatrixOptions {
    EmbeddingOptions embedding = [] {
        EmbeddingOptions pca;
        pca.method = EmbeddingMethod::Pca;  // fast: a few milliseconds per head for thousands of tokens
        return pca;
    }();
    // Tokens embedded per head (both their query and their key); 0 means all. Above it, a fixed sample of tokens
    // drawn with embedding.seed, the same for every head, keeps t-SNE or UMAP per head affordable.
    int64_t maxTokensPerHead = 0;
};

// Called on the job's thread as each head starts, advances, finishes or fails (a failure is reported and the
// next head goes on; cancel stops the whole job).
struct ATTNSCOPE_ENGINE_EXPORT HeadMatrixCallbacks {
    std::function<void(int layer, int head, double fraction)> progress;
    std::function<void(int layer, int head, const QueryKeyPoints& points)> ready;
    std::function<void(int layer, int head, const std::string& reason)> failed;
};

// Every head's embedding, layer by layer, head by head, index layer * heads + head. A failed head's points are
// empty (coordinates with no rows).
using HeadMatrixJob = Job<std::vector<QueryKeyPoints>>;
ATTNSCOPE_ENGINE_EXPORT std::vector<QueryKeyPoints> embedEveryHead(const CorpusVectors& corpus,
                                                                   const HeadMatrixOptions& options,
                                                                   JobControl* control = nullptr,
                                                                   const HeadMatrixCallbacks& callbacks = {});
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<HeadMatrixJob> startHeadMatrixEmbedding(
    std::shared_ptr<const CorpusVectors> corpus, HeadMatrixOptions options, HeadMatrixCallbacks callbacks = {});

}  // namespace attnscope
