// Head metrics on hand-made attention matrices: each formula of docs/metrics.md with numbers worked out by hand,
// which keys a query may see, corpus means, roles, and errors that must not escape the parallel loop.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "../engine/tiny_models.h"
#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"

using namespace attnscope;

namespace {

FloatMatrix matrix(std::initializer_list<std::initializer_list<float>> rows) {
    FloatMatrix m(static_cast<int64_t>(rows.size()), static_cast<int64_t>(rows.begin()->size()));
    int64_t r = 0;
    for (const auto& row : rows) {
        int64_t c = 0;
        for (float v : row) m(r, c++) = v;
        ++r;
    }
    return m;
}

// A causal 4x4 map: every query after the first puts 0.5 on key 0 and the rest on the previous token.
FloatMatrix sinkAndPrevious() {
    return matrix({{1, 0, 0, 0}, {1, 0, 0, 0}, {0.5f, 0.5f, 0, 0}, {0.5f, 0, 0.5f, 0}});
}

HeadScores withScores(double sink, double prev, double induction, double entropyFraction, double local) {
    HeadScores s;
    s.sink = sink;
    s.prevToken = prev;
    s.induction = induction;
    s.entropyFraction = entropyFraction;
    s.local = local;
    return s;
}

}  // namespace

class TestHeadMetrics : public QObject {
    Q_OBJECT
private slots:
    void sinkAndPreviousTokenAverageQueriesAfterTheFirst() {
        const HeadScores s = scoreAttention(sinkAndPrevious(), {});
        // Queries 1..3 give key 0: 1, 0.5, 0.5; the previous token: 1, 0.5, 0.5.
        QCOMPARE(s.sink, 2.0 / 3.0);
        QCOMPARE(s.prevToken, 2.0 / 3.0);
        QCOMPARE(s.topKey, 0);
        QCOMPARE(s.topKeyShare, 3.0 / 4.0);  // key 0 receives 1 + 1 + 0.5 + 0.5 over 4 queries
        QCOMPARE(s.valueSink, -1.0);
        QCOMPARE(s.induction, -1.0);
    }

    void entropyFractionIsRelativeToTheKeysAQueryCanSee() {
        const HeadScores s = scoreAttention(sinkAndPrevious(), {});
        // Rows 2 and 3 have entropy ln 2 and see 3 and 4 keys; row 1 has entropy 0; row 0 sees one key only.
        QCOMPARE(s.entropy, 2 * std::log(2.0) / 4);
        QVERIFY(std::abs(s.entropyFraction - (std::log(2.0) / std::log(3.0) + std::log(2.0) / std::log(4.0)) / 3) <
                1e-12);
    }

    void slidingWindowLimitsTheVisibleKeys() {
        KeyVisibility window{true, 2};
        QCOMPARE(window.visibleKeys(0, 4), int64_t(1));
        QCOMPARE(window.visibleKeys(3, 4), int64_t(2));
        QCOMPARE((KeyVisibility{true, 0}).visibleKeys(3, 4), int64_t(4));
        QCOMPARE((KeyVisibility{false, 0}).visibleKeys(0, 4), int64_t(4));
        // Row 3 spreads evenly over the two keys of its window: a fraction of 1 there, not ln 2 / ln 4.
        const FloatMatrix a = matrix({{1, 0, 0}, {0.5f, 0.5f, 0}, {0, 0.5f, 0.5f}});
        QCOMPARE(scoreAttention(a, {}, nullptr, KeyVisibility{true, 2}).entropyFraction, 1.0);
        QVERIFY(scoreAttention(a, {}, nullptr).entropyFraction < 1.0);  // inferred as causal without a window
    }

    void bidirectionalRowsAreMeasuredAgainstEveryKey() {
        const FloatMatrix a = matrix({{0.5f, 0.5f}, {0.5f, 0.5f}});
        const HeadScores s = scoreAttention(a, {});
        QCOMPARE(s.entropyFraction, 1.0);  // both rows uniform over 2 keys (a causal reading would skip row 0)
    }

    void localCountsAttentionWithinTwoPositions() {
        FloatMatrix a(4, 4);
        for (int i = 0; i < 4; ++i) a(i, 0) = 1;  // everything on key 0: rows 0..2 are local, row 3 is not
        QCOMPARE(scoreAttention(a, {}).local, 3.0 / 4.0);
    }

    void valueSinkWeightsKeysByValueNorm() {
        // Keys 0 and 1 share row 2's attention; key 0's value is 3 times shorter, so it writes a quarter.
        const FloatMatrix a = matrix({{1, 0, 0}, {1, 0, 0}, {0.5f, 0.5f, 0}});
        const HeadScores s = scoreAttention(a, {1, 3, 1});
        QCOMPARE(s.valueSink, (1.0 + 0.25) / 2);
        const FloatMatrix weighted = valueWeightedAttention(a, {1, 3, 1}, true);
        QCOMPARE(weighted(2, 0), 0.25f);
        QCOMPARE(weighted(2, 1), 0.75f);
        QCOMPARE(valueWeightedAttention(a, {1, 3, 1}, false)(2, 1), 1.5f);
        QVERIFY_THROWS_EXCEPTION(EngineError, valueWeightedAttention(a, {1, 3}, false));
    }

    void inductionReadsTheTokenAfterTheEarlierCopy() {
        // [BOS] a b a b: first copy at 1, length 2; query 3 (a) should look at 2 (b), query 4 (b) at 3 (a).
        InductionProbe probe;
        probe.firstCopy = 1;
        probe.length = 2;
        FloatMatrix a(5, 5);
        a(3, 2) = 0.8f;
        a(3, 0) = 0.2f;
        a(4, 3) = 0.6f;
        a(4, 0) = 0.4f;
        QVERIFY(std::abs(inductionScore(a, probe) - 0.7) < 1e-7);
        probe.length = 3;
        QVERIFY_THROWS_EXCEPTION(EngineError, inductionScore(a, probe));
    }

    void probeIsBosThenTheSameRandomTokensTwice() {
        const InductionProbe probe = makeInductionProbe(6, 7, 50, int64_t(0), {1, 2});
        QCOMPARE(probe.ids.size(), size_t(13));
        QCOMPARE(probe.ids[0], int64_t(0));
        QCOMPARE(probe.firstCopy, 1);
        for (int k = 0; k < 6; ++k) {
            QCOMPARE(probe.ids[size_t(1 + k)], probe.ids[size_t(7 + k)]);
            QVERIFY(probe.ids[size_t(1 + k)] > 2);  // neither BOS nor the excluded ids
        }
        QCOMPARE(makeInductionProbe(6, 7, 50, int64_t(0), {1, 2}).ids, probe.ids);
        QVERIFY(makeInductionProbe(6, 8, 50, int64_t(0), {1, 2}).ids != probe.ids);
    }

    void aProbeLongerThanTheCaptureIsAnErrorNotACrash() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "gpt2"));
        ModelInput input;
        input.ids = {1, 2, 3, 4};
        const auto capture = model->run(input);
        InductionProbe probe;
        probe.firstCopy = 1;
        probe.length = 3;
        QVERIFY_THROWS_EXCEPTION(EngineError, computeHeadScores(*capture, &probe));
        // The same for errors raised inside the parallel loop over heads: a capture without attention maps.
        RunOptions logitsOnly;
        logitsOnly.keepAttention = false;
        QVERIFY_THROWS_EXCEPTION(EngineError, computeHeadScores(*model->run(input, logitsOnly)));
    }

    void captureScoresUseTheModelsWindows() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "mistral"));  // sliding_window 4
        QCOMPARE(model->info().slidingWindows, std::vector<int>({4, 4}));
        ModelInput input;
        input.ids = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        const auto capture = model->run(input);
        const auto scores = computeHeadScores(*capture);
        QCOMPARE(scores.size(), size_t(8));
        const HeadScores direct =
            scoreAttention(capture->attention(1, 2), {}, nullptr, KeyVisibility{true, 4});
        QCOMPARE(scores[6].entropyFraction, direct.entropyFraction);
        QCOMPARE(scores[6].layer, 1);
        QCOMPARE(scores[6].head, 2);
    }

    void attentionReceivedSumsHeadsAndQueries() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "gpt2"));
        ModelInput input;
        input.ids = {1, 2, 3, 4, 5};
        const auto capture = model->run(input);
        const auto layer1 = attentionReceived(*capture, 1);
        double total = 0;
        for (double v : layer1) total += v;
        QVERIFY(std::abs(total - 4 * 5) < 1e-4);  // 4 heads x 5 rows, each summing to one
        QVERIFY(layer1[0] >= 4 - 1e-5);              // query 0 of every head can only see key 0
        const auto all = attentionReceived(*capture, -1);
        const auto layer0 = attentionReceived(*capture, 0);
        for (size_t j = 0; j < all.size(); ++j) QVERIFY(std::abs(all[j] - layer0[j] - layer1[j]) < 1e-5);
    }

    void massiveActivationsStandTenTimesAboveTheirLayersMedian() {
        FloatMatrix norms(2, 4);
        norms.values = {1, 2, 3, 4,       // median 2.5: nothing above 25
                        300, 10, 12, 14};  // median 13: 300 is 23x
        const auto found = findMassiveActivations(norms);
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found[0].row, 1);
        QCOMPARE(found[0].token, 0);
        QCOMPARE(found[0].norm, 300.0);
        QCOMPARE(found[0].ratio, 300.0 / 13.0);
        QCOMPARE(findMassiveActivations(norms, 1.5).size(), size_t(2));  // now 4 (1.6x) in row 0 counts too
    }

    void corpusMeansAverageEveryField() {
        HeadScores a = withScores(0.2, 0.4, -1, 0.5, 0.1), b = withScores(0.6, 0.0, 0.8, 0.7, 0.3);
        a.topKey = 3;
        b.topKey = 1;
        a.valueSink = -1;
        b.valueSink = 0.5;
        const auto mean = meanHeadScores({{a}, {b}, {b}});
        QCOMPARE(mean.size(), size_t(1));
        QVERIFY(std::abs(mean[0].sink - (0.2 + 0.6 + 0.6) / 3) < 1e-12);
        QVERIFY(std::abs(mean[0].prevToken - 0.4 / 3) < 1e-12);
        QCOMPARE(mean[0].topKey, 1);         // the most frequent top key
        QCOMPARE(mean[0].induction, 0.8);    // the probe-less input does not pull it towards -1
        QCOMPARE(mean[0].valueSink, 0.5);
        QCOMPARE(meanHeadScores({{a}})[0].induction, -1.0);
        QVERIFY_THROWS_EXCEPTION(EngineError, meanHeadScores({{a}, {a, b}}));
    }

    void roleIsTheFirstRuleThatHolds() {
        QCOMPARE(headRole(withScores(0.9, 0.5, 0.5, 0, 0)), std::string("induction"));
        QCOMPARE(headRole(withScores(0.9, 0.5, -1, 0, 0)), std::string("previous-token"));
        QCOMPARE(headRole(withScores(0.9, 0.1, -1, 0.9, 0)), std::string("sink"));
        QCOMPARE(headRole(withScores(0.1, 0.1, -1, 0.9, 0.9)), std::string("broad"));
        QCOMPARE(headRole(withScores(0.1, 0.1, -1, 0.2, 0.9)), std::string("local"));
        QCOMPARE(headRole(withScores(0.1, 0.1, -1, 0.2, 0.2)), std::string("mixed"));
        RoleThresholds strict;
        strict.sink = 0.95;
        QCOMPARE(headRole(withScores(0.9, 0.1, -1, 0.2, 0.2), strict), std::string("mixed"));
    }
};

QTEST_GUILESS_MAIN(TestHeadMetrics)
#include "test_head_metrics.moc"
