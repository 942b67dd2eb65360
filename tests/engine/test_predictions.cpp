// Predictions from logits: softmax, top-k, KL divergence and the loss on the input, against values worked out by
// hand (e.g. softmax([1, 2, 3]) = [e, e^2, e^3] / (e + e^2 + e^3)).
#include <QtTest>
#include <cmath>

#include "attnscope/error.h"
#include "attnscope/predictions.h"

using namespace attnscope;

namespace {
FloatMatrix matrix(std::initializer_list<std::initializer_list<float>> rows) {
    FloatMatrix m(static_cast<int64_t>(rows.size()), static_cast<int64_t>(rows.begin()->size()));
    int64_t r = 0;
    for (const auto& row : rows) {
        int64_t c = 0;
        for (float value : row) m(r, c++) = value;
        ++r;
    }
    return m;
}
}  // namespace

class TestPredictions : public QObject {
    Q_OBJECT
private slots:
    void softmaxOfOneTwoThree() {
        const float logits[] = {1, 2, 3};
        const auto p = softmax(logits, 3);
        QCOMPARE(p.size(), size_t(3));
        QVERIFY(std::abs(p[0] - 0.09003057317038046) < 1e-12);
        QVERIFY(std::abs(p[1] - 0.24472847105479767) < 1e-12);
        QVERIFY(std::abs(p[2] - 0.6652409557748219) < 1e-12);
    }

    void softmaxIsStableForHugeLogits() {
        const float logits[] = {1000, 1000, -1000};
        const auto p = softmax(logits, 3);
        QCOMPARE(p[0], 0.5);
        QCOMPARE(p[1], 0.5);
        QCOMPARE(p[2], 0.0);
        const auto logP = logSoftmax(logits, 3);
        QVERIFY(std::abs(logP[2] - (-2000.0 - std::log(2.0))) < 1e-9);
    }

    void topPredictionsAreSortedWithTiesByLowerId() {
        const FloatMatrix logits = matrix({{0, 3, 1, 3, 2}});
        const auto top = topPredictions(logits, 0, 3);
        QCOMPARE(top.size(), size_t(3));
        QCOMPARE(top[0].id, int64_t(1));
        QCOMPARE(top[1].id, int64_t(3));
        QCOMPARE(top[2].id, int64_t(4));
        const double sum = 1 + 2 * std::exp(3.0) + std::exp(1.0) + std::exp(2.0);
        QVERIFY(std::abs(top[0].probability - std::exp(3.0) / sum) < 1e-12);
        QCOMPARE(top[2].logit, 2.0);
    }

    void topPredictionsNeverExceedTheVocabulary() {
        QCOMPARE(topPredictions(matrix({{1, 2}}), 0, 10).size(), size_t(2));
    }

    void topPredictionsOutsideTheRowsThrow() {
        QVERIFY_THROWS_EXCEPTION(EngineError, topPredictions(matrix({{1, 2}}), 1, 1));
    }

    void klOfHalfHalfAgainstQuarterThreeQuarters() {
        const float p[] = {0, 0};
        const float q[] = {0, static_cast<float>(std::log(3.0))};
        // 0.5 ln(0.5 / 0.25) + 0.5 ln(0.5 / 0.75)
        QVERIFY(std::abs(klDivergence(p, q, 2) - 0.14384103622589042) < 1e-7);
        QCOMPARE(klDivergence(p, p, 2), 0.0);
    }

    void nextTokenLossIsTheMeanCrossEntropyOfTheFollowingIds() {
        const FloatMatrix logits = matrix({{1, 2, 3}, {0, 0, 0}, {5, 0, 0}});
        // -ln p_0(1) = -ln 0.2447..., -ln p_1(2) = ln 3; the last row predicts nothing in the input.
        QVERIFY(std::abs(inputLoss(logits, {0, 1, 2}, InputLossKind::NextToken) - 1.2531091265562448) < 1e-9);
    }

    void sameTokenLossScoresEveryPositionsOwnId() {
        const FloatMatrix logits = matrix({{1, 2, 3}, {0, 0, 0}, {5, 0, 0}});
        QVERIFY(std::abs(inputLoss(logits, {0, 1, 2}, InputLossKind::SameToken) - 2.839868051611313) < 1e-9);
    }

    void lossOfASingleTokenIsUndefinedForNextToken() {
        QVERIFY(std::isnan(inputLoss(matrix({{1, 2}}), {0}, InputLossKind::NextToken)));
    }

    void lossRejectsIdsOutsideTheVocabulary() {
        QVERIFY_THROWS_EXCEPTION(EngineError, inputLoss(matrix({{1, 2}, {1, 2}}), {0, 5}, InputLossKind::NextToken));
        QVERIFY_THROWS_EXCEPTION(EngineError, inputLoss(matrix({{1, 2}}), {0, 1}, InputLossKind::NextToken));
    }

    void comparisonOfIdenticalRunsIsZero() {
        const FloatMatrix logits = matrix({{1, 2, 3}, {0, 0, 0}});
        const auto c = comparePredictions(logits, logits, {2, 1}, InputLossKind::NextToken);
        QCOMPARE(c.klPerPosition, std::vector<double>({0.0, 0.0}));
        QCOMPARE(c.meanKl, 0.0);
        QCOMPARE(c.lossBefore, c.lossAfter);
    }

    void comparisonFindsTheMostChangedPosition() {
        const FloatMatrix before = matrix({{0, 0}, {0, 0}, {0, 0}});
        const FloatMatrix after = matrix({{0, 0}, {0, static_cast<float>(std::log(3.0))}, {0, 0}});
        const auto c = comparePredictions(before, after, {0, 1, 1}, InputLossKind::NextToken);
        QCOMPARE(c.maxKlPosition, 1);
        QVERIFY(std::abs(c.maxKl - 0.14384103622589042) < 1e-7);
        QVERIFY(std::abs(c.meanKl - 0.14384103622589042 / 3) < 1e-7);
        // Before: ln 2 at both scored positions; after: position 1 gives id 1 probability 3/4.
        QVERIFY(std::abs(c.lossBefore - std::log(2.0)) < 1e-9);
        QVERIFY(std::abs(c.lossAfter - (std::log(2.0) - std::log(0.75)) / 2) < 1e-6);
    }

    void comparisonOfDifferentShapesThrows() {
        QVERIFY_THROWS_EXCEPTION(EngineError, comparePredictions(matrix({{0, 0}}), matrix({{0, 0, 0}}), {0},
                                                                 InputLossKind::SameToken));
    }
};

QTEST_GUILESS_MAIN(TestPredictions)
#include "test_predictions.moc"
