// What each head does, measured on a capture: attention sinks, entropy, previous-token and induction behaviour,
// value-weighted attention. Formulas in docs/metrics.md.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attnscope/arrays.h"

namespace attnscope {

class AttentionCapture;

// A probe for induction heads: [BOS] + R + R, where R is `length` random token ids.
struct ATTNSCOPE_ENGINE_EXPORT InductionProbe {
    std::vector<int64_t> ids;
    int firstCopy = 0;  // position of R's first token in the first copy
    int length = 0;
};

// Draws R uniformly from [0, vocab) minus `excluded` (special tokens), deterministically for `seed`.
ATTNSCOPE_ENGINE_EXPORT InductionProbe makeInductionProbe(int length, uint64_t seed, int64_t vocab,
                                                          std::optional<int64_t> bosTokenId,
                                                          const std::vector<int64_t>& excluded = {});

// An input that ends with a block of at least `minLength` tokens repeated twice ("... R R") is an induction probe:
// its second copy can be scored for induction (e.g. the repeated word list of the Demos menu). The longest such
// block wins; std::nullopt when there is none.
ATTNSCOPE_ENGINE_EXPORT std::optional<InductionProbe> detectInductionProbe(const std::vector<int64_t>& ids,
                                                                           int minLength = 4);

struct ATTNSCOPE_ENGINE_EXPORT HeadScores {
    int layer = 0;
    int head = 0;
    double sink = 0;             // mean over queries i >= 1 of A[i, 0]
    int topKey = 0;              // the key receiving the most attention: argmax_j of (1/N) sum_i A[i, j]
    double topKeyShare = 0;      // that mean
    double entropy = 0;          // mean over queries of -sum_j A[i, j] ln A[i, j] (nats)
    double entropyFraction = 0;  // mean over queries of that entropy / ln(keys the query can see); 1 = uniform
    double prevToken = 0;        // mean over queries i >= 1 of A[i, i-1]
    double local = 0;            // mean over queries of the attention within 2 positions of the query
    double induction = -1;       // on an induction probe: mean over the second copy of A[i, i - length + 1]; -1 if none
    double valueSink = 0;        // mean over queries i >= 1 of |A[i,0] v_0| / sum_j |A[i,j] v_j|; -1 without values
};

// Scores every (layer, head) of `capture`. Pass the probe when the capture was run on one, to fill `induction`.
ATTNSCOPE_ENGINE_EXPORT std::vector<HeadScores> computeHeadScores(const AttentionCapture& capture,
                                                                  const InductionProbe* probe = nullptr);

// Which keys query i may see: every key (bidirectional), or j <= i (causal) and, with a sliding window, i - j < window.
struct ATTNSCOPE_ENGINE_EXPORT KeyVisibility {
    bool causal = false;
    int window = 0;  // 0: no window
    int64_t visibleKeys(int64_t query, int64_t keyCount) const;
    // What a layer of the captured model allows.
    static KeyVisibility forLayer(const AttentionCapture& capture, int layer);
};

// Scores of one attention matrix (rows queries, columns keys); `valueNorms` (one per key) may be empty. Without
// `visibility`, a matrix whose strict upper triangle is all zero counts as causal (no window).
ATTNSCOPE_ENGINE_EXPORT HeadScores scoreAttention(const FloatMatrix& attention, const std::vector<float>& valueNorms,
                                                  const InductionProbe* probe = nullptr,
                                                  const std::optional<KeyVisibility>& visibility = std::nullopt);

// Induction score of one attention matrix on a probe run.
ATTNSCOPE_ENGINE_EXPORT double inductionScore(const FloatMatrix& attention, const InductionProbe& probe);

// Value-weighted attention A[i, j] * |v_j| (rows renormalised to sum to one when `normalise`).
ATTNSCOPE_ENGINE_EXPORT FloatMatrix valueWeightedAttention(const FloatMatrix& attention,
                                                           const std::vector<float>& valueNorms, bool normalise);

// Attention each token receives: for layer l, sum over heads and queries of A[i, j]; layer -1 sums all layers.
ATTNSCOPE_ENGINE_EXPORT std::vector<double> attentionReceived(const AttentionCapture& capture, int layer);

// A token whose residual-stream norm stands far above the rest of its layer ("massive activations").
struct ATTNSCOPE_ENGINE_EXPORT MassiveActivation {
    int row = 0;  // row of AttentionCapture::hiddenNorms(): 0 the embeddings, l + 1 the output of layer l
    int token = 0;
    double norm = 0;
    double ratio = 0;  // norm / the row's median norm
};
// Every (row, token) whose norm exceeds `factor` times the median norm of its row, by row then token.
ATTNSCOPE_ENGINE_EXPORT std::vector<MassiveActivation> findMassiveActivations(const FloatMatrix& hiddenNorms,
                                                                              double factor = 10);

// Means over a corpus: element-wise mean of the scores of several captures of the same model. `topKey` is the most
// frequent top key (the smallest on ties); `induction` and `valueSink` average the inputs that have them (-1 if none).
ATTNSCOPE_ENGINE_EXPORT std::vector<HeadScores> meanHeadScores(const std::vector<std::vector<HeadScores>>& perInput);

// A head's role from its scores; thresholds are visible and adjustable in the GUI.
struct ATTNSCOPE_ENGINE_EXPORT RoleThresholds {
    double sink = 0.5;
    double prevToken = 0.4;
    double induction = 0.4;
    double local = 0.7;
    double broadEntropy = 0.75;  // entropyFraction above this counts as broad
};
ATTNSCOPE_ENGINE_EXPORT std::string headRole(const HeadScores& scores, const RoleThresholds& thresholds = {});

}  // namespace attnscope
