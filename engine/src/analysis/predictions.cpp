// Softmax, top-k, KL divergence and the loss on the input, over plain logit rows (no LibTorch: the rows are small
// and this runs on the GUI thread as well as in the CLI).
#include "attnscope/predictions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "attnscope/error.h"

namespace attnscope {

namespace {

// ln sum_v exp(x_v), with the maximum taken out so nothing overflows.
double logSumExp(const float* logits, int64_t count) {
    if (count <= 0) return -std::numeric_limits<double>::infinity();
    const double top = *std::max_element(logits, logits + count);
    double sum = 0;
    for (int64_t v = 0; v < count; ++v) sum += std::exp(static_cast<double>(logits[v]) - top);
    return top + std::log(sum);
}

void checkRow(const FloatMatrix& logits, int64_t row, const char* where) {
    if (row < 0 || row >= logits.rows)
        throw EngineError("row " + std::to_string(row) + " is outside the logits' " + std::to_string(logits.rows) +
                              " rows",
                          where);
}

}  // namespace

std::vector<double> logSoftmax(const float* logits, int64_t count) {
    const double norm = logSumExp(logits, count);
    std::vector<double> out(static_cast<size_t>(std::max<int64_t>(count, 0)));
    for (int64_t v = 0; v < count; ++v) out[static_cast<size_t>(v)] = static_cast<double>(logits[v]) - norm;
    return out;
}

std::vector<double> softmax(const float* logits, int64_t count) {
    std::vector<double> out = logSoftmax(logits, count);
    for (double& value : out) value = std::exp(value);
    return out;
}

std::vector<TokenPrediction> topPredictions(const FloatMatrix& logits, int64_t row, int k) {
    checkRow(logits, row, "topPredictions");
    const float* values = logits.row(row);
    const double norm = logSumExp(values, logits.cols);
    std::vector<int64_t> order(static_cast<size_t>(logits.cols));
    std::iota(order.begin(), order.end(), 0);
    const auto count = static_cast<size_t>(std::clamp<int64_t>(k, 0, logits.cols));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(),
                      [values](int64_t a, int64_t b) { return values[a] > values[b] || (values[a] == values[b] && a < b); });
    std::vector<TokenPrediction> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const int64_t id = order[i];
        out.push_back({id, std::exp(static_cast<double>(values[id]) - norm), static_cast<double>(values[id])});
    }
    return out;
}

double klDivergence(const float* p, const float* q, int64_t count) {
    const double normP = logSumExp(p, count);
    const double normQ = logSumExp(q, count);
    double kl = 0;
    for (int64_t v = 0; v < count; ++v) {
        const double logP = static_cast<double>(p[v]) - normP;
        const double logQ = static_cast<double>(q[v]) - normQ;
        kl += std::exp(logP) * (logP - logQ);
    }
    return std::max(0.0, kl);  // rounding can leave -1e-17 for identical rows
}

double inputLoss(const FloatMatrix& logits, const std::vector<int64_t>& ids, InputLossKind kind) {
    const auto tokens = static_cast<int64_t>(ids.size());
    if (logits.rows != tokens)
        throw EngineError("the logits have " + std::to_string(logits.rows) + " rows for " + std::to_string(tokens) +
                              " input ids",
                          "inputLoss");
    const int64_t offset = kind == InputLossKind::NextToken ? 1 : 0;
    const int64_t scored = tokens - offset;
    if (scored <= 0) return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (int64_t i = 0; i < scored; ++i) {
        const int64_t target = ids[static_cast<size_t>(i + offset)];
        if (target < 0 || target >= logits.cols)
            throw EngineError("id " + std::to_string(target) + " is outside the vocabulary of " +
                                  std::to_string(logits.cols),
                              "inputLoss: position " + std::to_string(i + offset));
        sum += logSumExp(logits.row(i), logits.cols) - static_cast<double>(logits.row(i)[target]);
    }
    return sum / static_cast<double>(scored);
}

PredictionComparison comparePredictions(const FloatMatrix& before, const FloatMatrix& after,
                                        const std::vector<int64_t>& ids, InputLossKind kind) {
    if (before.rows != after.rows || before.cols != after.cols)
        throw EngineError("the runs' logits differ in shape (" + std::to_string(before.rows) + "x" +
                              std::to_string(before.cols) + " and " + std::to_string(after.rows) + "x" +
                              std::to_string(after.cols) + ")",
                          "comparePredictions");
    PredictionComparison out;
    out.klPerPosition.resize(static_cast<size_t>(before.rows));
    double sum = 0;
    for (int64_t i = 0; i < before.rows; ++i) {
        const double kl = klDivergence(before.row(i), after.row(i), before.cols);
        out.klPerPosition[static_cast<size_t>(i)] = kl;
        sum += kl;
        if (out.maxKlPosition < 0 || kl > out.maxKl) {
            out.maxKl = kl;
            out.maxKlPosition = static_cast<int>(i);
        }
    }
    out.meanKl = before.rows > 0 ? sum / static_cast<double>(before.rows) : 0.0;
    out.lossBefore = inputLoss(before, ids, kind);
    out.lossAfter = inputLoss(after, ids, kind);
    return out;
}

}  // namespace attnscope
