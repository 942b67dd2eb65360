// One head's joint query-key embedding over a captured corpus, and every head's, one after another, for the
// matrix view. The embedding itself is embed(); this file stacks, normalises and names the rows.
#include "attnscope/query_key_embedding.h"

#include <algorithm>
#include <chrono>

#include "attnscope/error.h"
#include "embedding/embedding_internal.h"

namespace attnscope {

namespace {

// The tokens (rows of the corpus's stacked matrices) one head embeds: all, or a sorted seeded sample.
std::vector<int64_t> chooseTokens(int64_t total, int64_t wanted, uint64_t seed) {
    std::vector<int64_t> rows(static_cast<size_t>(total));
    for (int64_t i = 0; i < total; ++i) rows[static_cast<size_t>(i)] = i;
    if (wanted <= 0 || wanted >= total) return rows;
    embedding::Random random(embedding::mixSeeds(seed, 0x7a3b));
    for (int64_t i = 0; i < wanted; ++i) {  // partial Fisher-Yates
        const int64_t j = i + static_cast<int64_t>(random.below(static_cast<uint64_t>(total - i)));
        std::swap(rows[static_cast<size_t>(i)], rows[static_cast<size_t>(j)]);
    }
    rows.resize(static_cast<size_t>(wanted));
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Points for an embedding of (queries of `rows`, then keys of `rows`).
QueryKeyPoints pointsForRows(const CorpusVectors& corpus, const std::vector<int64_t>& rows, FloatMatrix coordinates) {
    if (static_cast<int64_t>(rows.size()) == corpus.totalTokens())
        return QueryKeyPoints::fromStackedRows(std::move(coordinates), corpus.tokenLists());
    QueryKeyPoints points;
    points.coordinates = std::move(coordinates);
    points.tokens = corpus.tokenLists();
    std::vector<int> inputOfRow, positionOfRow;
    for (int input = 0; input < corpus.inputCount(); ++input)
        for (int position = 0; position < corpus.sequenceLength(input); ++position) {
            inputOfRow.push_back(input);
            positionOfRow.push_back(position);
        }
    for (std::uint8_t kind = 0; kind < 2; ++kind)
        for (int64_t row : rows) {
            points.isKey.push_back(kind);
            points.input.push_back(inputOfRow[static_cast<size_t>(row)]);
            points.position.push_back(positionOfRow[static_cast<size_t>(row)]);
        }
    return points;
}

std::vector<std::string> labelsOf(const CorpusVectors& corpus) {
    std::vector<std::string> labels;
    for (int input = 0; input < corpus.inputCount(); ++input) labels.push_back(corpus.label(input));
    return labels;
}

QueryKeyRows normalisedRows(const CorpusVectors& corpus, int layer, int head, const std::vector<int64_t>& rows) {
    const QueryKeyNormalisation normalised =
        normaliseQueriesAndKeys(embedding::selectRows(corpus.queries(layer, head), rows),
                                embedding::selectRows(corpus.keys(layer, head), rows));
    return {stackRows(normalised.queries, normalised.keys), normalised.scale};
}

QueryKeyEmbedding embedRows(const CorpusVectors& corpus, int layer, int head, const std::vector<int64_t>& rows,
                            const EmbeddingOptions& options, JobControl* control, const EmbeddingProgress& onProgress) {
    const QueryKeyRows stacked = normalisedRows(corpus, layer, head, rows);
    const auto started = std::chrono::steady_clock::now();
    EmbeddingResult result = embed(stacked.rows, options, control, onProgress);
    QueryKeyEmbedding out;
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out.layer = layer;
    out.head = head;
    out.points = pointsForRows(corpus, rows, std::move(result.coordinates));
    out.points.inputLabels = labelsOf(corpus);
    out.explainedVarianceRatio = std::move(result.explainedVarianceRatio);
    out.iterations = result.iterations;
    out.neighbourSearch = result.neighbourSearch;
    out.neighbourSeconds = result.neighbourSeconds;
    out.landmarks = result.landmarks;
    out.normalisationScale = stacked.scale;
    return out;
}

void checkHead(const CorpusVectors& corpus, int layer, int head) {
    if (layer < 0 || layer >= corpus.layers() || head < 0 || head >= corpus.heads())
        throw EngineError("layer " + std::to_string(layer) + " head " + std::to_string(head) +
                              " is outside the model's " + std::to_string(corpus.layers()) + " layers x " +
                              std::to_string(corpus.heads()) + " heads",
                          "query-key embedding");
}

}  // namespace

QueryKeyRows normalisedQueryKeyRows(const CorpusVectors& corpus, int layer, int head) {
    checkHead(corpus, layer, head);
    return normalisedRows(corpus, layer, head, chooseTokens(corpus.totalTokens(), 0, 0));
}

QueryKeyEmbedding embedQueryKeyHead(const CorpusVectors& corpus, int layer, int head, const EmbeddingOptions& options,
                                    JobControl* control, const EmbeddingProgress& onProgress) {
    checkHead(corpus, layer, head);
    return embedRows(corpus, layer, head, chooseTokens(corpus.totalTokens(), 0, 0), options, control, onProgress);
}

std::shared_ptr<QueryKeyEmbeddingJob> startQueryKeyEmbedding(std::shared_ptr<const CorpusVectors> corpus, int layer,
                                                             int head, EmbeddingOptions options,
                                                             EmbeddingProgress onProgress) {
    if (!corpus) throw EngineError("no corpus", "query-key embedding");
    checkHead(*corpus, layer, head);
    return QueryKeyEmbeddingJob::start([corpus, layer, head, options, onProgress](JobControl& control) {
        return embedQueryKeyHead(*corpus, layer, head, options, &control, onProgress);
    });
}

std::vector<QueryKeyPoints> embedEveryHead(const CorpusVectors& corpus, const HeadMatrixOptions& options,
                                           JobControl* control, const HeadMatrixCallbacks& callbacks) {
    const int layers = corpus.layers(), heads = corpus.heads();
    const double total = static_cast<double>(layers) * heads;
    const std::vector<int64_t> rows =
        chooseTokens(corpus.totalTokens(), options.maxTokensPerHead, options.embedding.seed);
    EmbeddingOptions embedding = options.embedding;
    // Progress callbacks are where an outer cancel reaches a head's embedding, so make them frequent.
    embedding.progressEvery = std::max(1, std::min(embedding.progressEvery, 10));
    std::vector<QueryKeyPoints> all(static_cast<size_t>(layers * heads));
    for (int layer = 0; layer < layers; ++layer)
        for (int head = 0; head < heads; ++head) {
            const double done = static_cast<double>(layer * heads + head);
            if (control) {
                control->throwIfCancelled();
                control->setProgress(done / total,
                                     "layer " + std::to_string(layer) + " head " + std::to_string(head));
            }
            if (callbacks.progress) callbacks.progress(layer, head, 0.0);
            JobControl headControl;  // the head's own progress, relayed to the callbacks and the whole job
            const EmbeddingProgress relay = [&](const FloatMatrix&, int) {
                if (control && control->cancelled()) headControl.cancel();
                if (callbacks.progress) callbacks.progress(layer, head, headControl.progress());
                if (control) control->setProgress((done + headControl.progress()) / total);
            };
            try {
                QueryKeyEmbedding result = embedRows(corpus, layer, head, rows, embedding, &headControl, relay);
                all[static_cast<size_t>(layer * heads + head)] = std::move(result.points);
                if (callbacks.progress) callbacks.progress(layer, head, 1.0);
                if (callbacks.ready) callbacks.ready(layer, head, all[static_cast<size_t>(layer * heads + head)]);
            } catch (const CancelledError&) {
                throw;
            } catch (const EngineError& error) {
                if (callbacks.failed) callbacks.failed(layer, head, error.what());
            }
        }
    if (control) control->setProgress(1.0, "done");
    return all;
}

std::shared_ptr<HeadMatrixJob> startHeadMatrixEmbedding(std::shared_ptr<const CorpusVectors> corpus,
                                                        HeadMatrixOptions options, HeadMatrixCallbacks callbacks) {
    if (!corpus) throw EngineError("no corpus", "head matrix embedding");
    return HeadMatrixJob::start([corpus, options, callbacks](JobControl& control) {
        return embedEveryHead(*corpus, options, &control, callbacks);
    });
}

}  // namespace attnscope
