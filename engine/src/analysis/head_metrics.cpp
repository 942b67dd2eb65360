// Per-head metrics computed from a capture's attention maps (docs/metrics.md has every formula).
#include "attnscope/head_metrics.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "core/deterministic_random.h"

namespace attnscope {

namespace {

std::vector<float> rowNorms(const FloatMatrix& vectors) {
    std::vector<float> norms(static_cast<size_t>(vectors.rows));
    for (int64_t r = 0; r < vectors.rows; ++r) {
        double sum = 0;
        for (int64_t c = 0; c < vectors.cols; ++c) sum += double(vectors(r, c)) * vectors(r, c);
        norms[static_cast<size_t>(r)] = static_cast<float>(std::sqrt(sum));
    }
    return norms;
}

}  // namespace

InductionProbe makeInductionProbe(int length, uint64_t seed, int64_t vocab, std::optional<int64_t> bosTokenId,
                                  const std::vector<int64_t>& excluded) {
    if (length < 2) throw EngineError("the probe needs at least 2 random tokens", "induction probe");
    if (vocab < 2) throw EngineError("the model has no vocabulary to draw from", "induction probe");
    DeterministicRandom random(seed);
    InductionProbe probe;
    probe.length = length;
    if (bosTokenId) probe.ids.push_back(*bosTokenId);
    probe.firstCopy = static_cast<int>(probe.ids.size());
    std::vector<int64_t> segment;
    while (static_cast<int>(segment.size()) < length) {
        const auto id = static_cast<int64_t>(random.below(static_cast<uint64_t>(vocab)));
        if (std::find(excluded.begin(), excluded.end(), id) != excluded.end()) continue;
        if (bosTokenId && id == *bosTokenId) continue;
        segment.push_back(id);
    }
    probe.ids.insert(probe.ids.end(), segment.begin(), segment.end());
    probe.ids.insert(probe.ids.end(), segment.begin(), segment.end());
    return probe;
}

double inductionScore(const FloatMatrix& attention, const InductionProbe& probe) {
    // Query at second-copy offset k sees the token R[k]; its earlier occurrence is at firstCopy + k, and the token
    // that followed it there, the one an induction head attends to, is at firstCopy + k + 1.
    const int second = probe.firstCopy + probe.length;
    if (attention.rows < second + probe.length)
        throw EngineError("the capture is shorter than the probe", "induction score");
    double sum = 0;
    for (int k = 0; k < probe.length; ++k) sum += attention(second + k, probe.firstCopy + k + 1);
    return sum / probe.length;
}

FloatMatrix valueWeightedAttention(const FloatMatrix& attention, const std::vector<float>& valueNorms, bool normalise) {
    if (static_cast<int64_t>(valueNorms.size()) != attention.cols)
        throw EngineError("expected one value norm per key (" + std::to_string(attention.cols) + "), got " +
                              std::to_string(valueNorms.size()),
                          "value-weighted attention");
    FloatMatrix out(attention.rows, attention.cols);
    for (int64_t i = 0; i < attention.rows; ++i) {
        double total = 0;
        for (int64_t j = 0; j < attention.cols; ++j) {
            out(i, j) = attention(i, j) * valueNorms[static_cast<size_t>(j)];
            total += out(i, j);
        }
        if (normalise && total > 0)
            for (int64_t j = 0; j < attention.cols; ++j) out(i, j) = static_cast<float>(out(i, j) / total);
    }
    return out;
}

int64_t KeyVisibility::visibleKeys(int64_t query, int64_t keyCount) const {
    if (!causal) return keyCount;
    return window > 0 ? std::min<int64_t>(query + 1, window) : query + 1;
}

KeyVisibility KeyVisibility::forLayer(const AttentionCapture& capture, int layer) {
    const ModelInfo& info = capture.modelInfo();
    KeyVisibility visibility;
    visibility.causal = info.causal;
    if (info.causal && layer >= 0 && layer < static_cast<int>(info.slidingWindows.size()))
        visibility.window = info.slidingWindows[static_cast<size_t>(layer)];
    return visibility;
}

namespace {

// A matrix with nothing above the diagonal came from a causal head (a bidirectional softmax never gives exact
// zeros for a whole triangle).
KeyVisibility inferVisibility(const FloatMatrix& attention) {
    for (int64_t i = 0; i < attention.rows; ++i)
        for (int64_t j = i + 1; j < attention.cols; ++j)
            if (attention(i, j) > 0) return {false, 0};
    return {true, 0};
}

}  // namespace

HeadScores scoreAttention(const FloatMatrix& attention, const std::vector<float>& valueNorms,
                          const InductionProbe* probe, const std::optional<KeyVisibility>& visibility) {
    HeadScores s;
    const int64_t n = attention.rows;
    if (n == 0) return s;
    if (attention.cols != n) throw EngineError("the attention matrix is not square", "head scores");
    if (!valueNorms.empty() && static_cast<int64_t>(valueNorms.size()) != n)
        throw EngineError("expected one value norm per key", "head scores");
    // NaN or infinity in the weights makes every score undefined: NaN, never a number that looks measured.
    for (float v : attention.values)
        if (!std::isfinite(v)) {
            const double nan = std::nan("");
            s.sink = s.topKeyShare = s.entropy = s.entropyFraction = s.prevToken = s.local = s.valueSink = nan;
            s.induction = probe ? nan : -1;
            s.topKey = -1;
            return s;
        }
    const KeyVisibility keys = visibility ? *visibility : inferVisibility(attention);
    std::vector<double> received(static_cast<size_t>(n), 0.0);
    double entropy = 0, entropyFraction = 0, sink = 0, prev = 0, local = 0, valueSink = 0;
    int fractionRows = 0;
    for (int64_t i = 0; i < n; ++i) {
        double rowEntropy = 0, weighted = 0;
        for (int64_t j = 0; j < n; ++j) {
            const double p = attention(i, j);
            received[static_cast<size_t>(j)] += p;
            if (p > 0) rowEntropy -= p * std::log(p);
            if (std::abs(i - j) <= 2) local += p;
            if (!valueNorms.empty()) weighted += p * valueNorms[static_cast<size_t>(j)];
        }
        entropy += rowEntropy;
        const int64_t visible = keys.visibleKeys(i, n);
        if (visible > 1) {
            entropyFraction += rowEntropy / std::log(static_cast<double>(visible));
            ++fractionRows;
        }
        if (i >= 1) {
            sink += attention(i, 0);
            prev += attention(i, i - 1);
            if (!valueNorms.empty() && weighted > 0) valueSink += attention(i, 0) * valueNorms[0] / weighted;
        }
    }
    s.entropy = entropy / n;
    s.entropyFraction = fractionRows ? entropyFraction / fractionRows : 0;
    s.local = local / n;
    s.sink = n > 1 ? sink / (n - 1) : 0;
    s.prevToken = n > 1 ? prev / (n - 1) : 0;
    s.valueSink = valueNorms.empty() ? -1 : (n > 1 ? valueSink / (n - 1) : 0);
    const auto top = std::max_element(received.begin(), received.end());
    s.topKey = static_cast<int>(top - received.begin());
    s.topKeyShare = *top / n;
    if (probe) s.induction = inductionScore(attention, *probe);
    return s;
}

std::optional<InductionProbe> detectInductionProbe(const std::vector<int64_t>& ids, int minLength) {
    const int n = static_cast<int>(ids.size());
    for (int length = n / 2; length >= std::max(1, minLength); --length) {
        const int first = n - 2 * length;
        if (std::equal(ids.begin() + first, ids.begin() + first + length, ids.begin() + first + length)) {
            InductionProbe probe;
            probe.ids = ids;
            probe.firstCopy = first;
            probe.length = length;
            return probe;
        }
    }
    return std::nullopt;
}

std::vector<HeadScores> computeHeadScores(const AttentionCapture& capture, const InductionProbe* probe) {
    const int layers = capture.layers(), heads = capture.heads();
    // Checked here because an exception must not leave the OpenMP loop below.
    if (probe && capture.tokenCount() < probe->firstCopy + 2 * probe->length)
        throw EngineError("the capture is shorter than the probe", "induction score");
    std::vector<HeadScores> scores(static_cast<size_t>(layers * heads));
    std::exception_ptr failure;
#pragma omp parallel for schedule(dynamic)
    for (int index = 0; index < layers * heads; ++index) {
        try {
            const int layer = index / heads, head = index % heads;
            const FloatMatrix values = capture.values(layer, head);
            HeadScores s =
                scoreAttention(capture.attention(layer, head), values.empty() ? std::vector<float>() : rowNorms(values),
                               probe, KeyVisibility::forLayer(capture, layer));
            s.layer = layer;
            s.head = head;
            scores[static_cast<size_t>(index)] = s;
        } catch (...) {
#pragma omp critical(head_scores_failure)
            if (!failure) failure = std::current_exception();
        }
    }
    if (failure) std::rethrow_exception(failure);
    return scores;
}

std::vector<double> attentionReceived(const AttentionCapture& capture, int layer) {
    std::vector<double> received(static_cast<size_t>(capture.tokenCount()), 0.0);
    const int first = layer < 0 ? 0 : layer, last = layer < 0 ? capture.layers() - 1 : layer;
    for (int l = first; l <= last; ++l) {
        for (int h = 0; h < capture.heads(); ++h) {
            const FloatMatrix a = capture.attention(l, h);
            for (int64_t i = 0; i < a.rows; ++i)
                for (int64_t j = 0; j < a.cols; ++j) received[static_cast<size_t>(j)] += a(i, j);
        }
    }
    return received;
}

std::vector<MassiveActivation> findMassiveActivations(const FloatMatrix& hiddenNorms, double factor) {
    std::vector<MassiveActivation> found;
    for (int64_t r = 0; r < hiddenNorms.rows; ++r) {
        std::vector<float> sorted(hiddenNorms.row(r), hiddenNorms.row(r) + hiddenNorms.cols);
        if (sorted.empty()) continue;
        std::sort(sorted.begin(), sorted.end());
        const size_t middle = sorted.size() / 2;
        const double median =
            sorted.size() % 2 ? sorted[middle] : (double(sorted[middle - 1]) + double(sorted[middle])) / 2;
        if (median <= 0) continue;
        for (int64_t t = 0; t < hiddenNorms.cols; ++t) {
            const double norm = hiddenNorms(r, t);
            if (norm > factor * median)
                found.push_back({static_cast<int>(r), static_cast<int>(t), norm, norm / median});
        }
    }
    return found;
}

std::vector<HeadScores> meanHeadScores(const std::vector<std::vector<HeadScores>>& perInput) {
    if (perInput.empty()) return {};
    const size_t count = perInput.front().size();
    for (const auto& scores : perInput)
        if (scores.size() != count) throw EngineError("inputs disagree in head count", "corpus means");
    std::vector<HeadScores> mean(count);
    const double n = static_cast<double>(perInput.size());
    for (size_t i = 0; i < count; ++i) {
        HeadScores& m = mean[i];
        m.layer = perInput.front()[i].layer;
        m.head = perInput.front()[i].head;
        std::map<int, int> topKeyVotes;
        double induction = 0, valueSink = 0;
        int inductionInputs = 0, valueInputs = 0;
        for (const auto& scores : perInput) {
            const HeadScores& s = scores[i];
            if (s.layer != m.layer || s.head != m.head)
                throw EngineError("inputs list heads in different orders", "corpus means");
            m.sink += s.sink / n;
            m.topKeyShare += s.topKeyShare / n;
            m.entropy += s.entropy / n;
            m.entropyFraction += s.entropyFraction / n;
            m.prevToken += s.prevToken / n;
            m.local += s.local / n;
            ++topKeyVotes[s.topKey];
            if (s.induction >= 0) {
                induction += s.induction;
                ++inductionInputs;
            }
            if (s.valueSink >= 0) {
                valueSink += s.valueSink;
                ++valueInputs;
            }
        }
        // std::map iterates keys in order, so the first of several equal vote counts is the smallest key.
        int bestVotes = 0;
        for (const auto& [key, votes] : topKeyVotes) {
            if (votes > bestVotes) {
                m.topKey = key;
                bestVotes = votes;
            }
        }
        m.induction = inductionInputs ? induction / inductionInputs : -1;
        m.valueSink = valueInputs ? valueSink / valueInputs : -1;
    }
    return mean;
}

std::string headRole(const HeadScores& s, const RoleThresholds& t) {
    if (std::isnan(s.sink) || std::isnan(s.entropy)) return "undefined";
    if (s.induction >= t.induction) return "induction";
    if (s.prevToken >= t.prevToken) return "previous-token";
    if (s.sink >= t.sink) return "sink";
    if (s.entropyFraction >= t.broadEntropy) return "broad";
    if (s.local >= t.local) return "local";
    return "mixed";
}

}  // namespace attnscope
