// What a model predicts, read from a capture's logits: probabilities, the most likely tokens at a position, the loss
// on the input, and how much a masked re-run changed the predictions (KL divergence per position). Plain C++ on
// logit rows, shared by the GUI's prediction panel, the CLI and the tests. Formulas in docs/metrics.md.
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <vector>

#include "attnscope/arrays.h"

namespace attnscope {

// softmax(logits) computed stably (the maximum is subtracted first); sums to one.
ATTNSCOPE_ENGINE_EXPORT std::vector<double> softmax(const float* logits, int64_t count);
// ln softmax(logits), stable for very negative logits.
ATTNSCOPE_ENGINE_EXPORT std::vector<double> logSoftmax(const float* logits, int64_t count);

struct ATTNSCOPE_ENGINE_EXPORT TokenPrediction {
    int64_t id = 0;          // the vocabulary id (or class label for image classifiers)
    double probability = 0;  // softmax of the row
    double logit = 0;
};

// The `k` most probable entries of row `row` of `logits`, most probable first; equal probabilities keep the lower id
// first. Throws EngineError when the row is out of range.
ATTNSCOPE_ENGINE_EXPORT std::vector<TokenPrediction> topPredictions(const FloatMatrix& logits, int64_t row, int k);

// KL(P || Q) = sum_v P(v) (ln P(v) - ln Q(v)) in nats, with P = softmax(p) and Q = softmax(q). Zero for equal rows.
ATTNSCOPE_ENGINE_EXPORT double klDivergence(const float* p, const float* q, int64_t count);

// How the loss on the input is measured: causal LMs predict the next token, masked LMs reconstruct each position.
enum class InputLossKind { NextToken, SameToken };

// Causal: mean over i < N-1 of -ln softmax(logits_i)[ids_{i+1}] (mean next-token cross-entropy).
// SameToken: mean over i of -ln softmax(logits_i)[ids_i] (how well a masked LM reproduces its input).
// NaN when there is no position to score (N < 2 for NextToken, N = 0 for SameToken). Throws EngineError when the
// logits do not have one row per id or an id is outside the vocabulary.
ATTNSCOPE_ENGINE_EXPORT double inputLoss(const FloatMatrix& logits, const std::vector<int64_t>& ids,
                                         InputLossKind kind);

// A masked run compared with the plain run of the same input.
struct ATTNSCOPE_ENGINE_EXPORT PredictionComparison {
    std::vector<double> klPerPosition;  // KL(before_i || after_i) in nats, one per row
    double meanKl = 0;
    double maxKl = 0;
    int maxKlPosition = -1;
    double lossBefore = 0;  // inputLoss of each run (NaN when undefined)
    double lossAfter = 0;
};

// Throws EngineError when the two logit matrices differ in shape.
ATTNSCOPE_ENGINE_EXPORT PredictionComparison comparePredictions(const FloatMatrix& before, const FloatMatrix& after,
                                                                const std::vector<int64_t>& ids, InputLossKind kind);

}  // namespace attnscope
