// The synthetic capture behaves like a model's: rows are distributions, causal keys get nothing, and each head
// pattern puts its weight where its name says.
#include <QtTest>
#include <algorithm>
#include <numeric>

#include "fake_capture.h"

using attnscope::FloatMatrix;
using attnscope::testing::FakeCapture;
using attnscope::testing::FakeCaptureSpec;
using attnscope::testing::FakeHeadPattern;
using attnscope::testing::fakeHeadPattern;

namespace {
int argmax(const FloatMatrix& m, int row) {
    return static_cast<int>(std::max_element(m.row(row), m.row(row) + m.cols) - m.row(row));
}
}  // namespace

class TestFakeCapture : public QObject {
    Q_OBJECT
private slots:
    void rowsAreDistributionsAndCausalKeysGetNothing() {
        const FakeCapture capture({2, 4, 20, true});
        for (int h = 0; h < 4; ++h) {
            const FloatMatrix a = capture.attention(1, h);
            for (int q = 0; q < 20; ++q) {
                QVERIFY(std::abs(std::accumulate(a.row(q), a.row(q) + 20, 0.0) - 1.0) < 1e-4);
                for (int k = q + 1; k < 20; ++k) QCOMPARE(a(q, k), 0.0f);
            }
        }
    }
    void previousTokenHeadAttendsToThePreviousToken() {
        const FakeCapture capture({1, 4, 24, true});
        const FloatMatrix a = capture.attention(0, headWith(FakeHeadPattern::PreviousToken, 0, 4));
        for (int q = 1; q < 24; ++q) {
            QCOMPARE(argmax(a, q), q - 1);
            QVERIFY(a(q, q - 1) > 0.9f);
        }
    }
    void sinkHeadPutsAlmostAllWeightOnTheFirstToken() {
        const FakeCapture capture({1, 4, 512, true});
        const FloatMatrix a = capture.attention(0, headWith(FakeHeadPattern::FirstTokenSink, 0, 4));
        for (int q = 0; q < 512; q += 37) QVERIFY2(a(q, 0) > 0.998f, qPrintable(QString::number(a(q, 0))));
    }
    void inductionHeadAttendsAfterThePreviousOccurrence() {
        const FakeCapture capture({1, 4, 40, true});
        const auto& tokens = capture.input().tokens;
        const FloatMatrix a = capture.attention(0, headWith(FakeHeadPattern::Induction, 0, 4));
        // The second "Ġquick" (position 17) follows the first at position 1, so it attends to position 2.
        QCOMPARE(QString::fromStdString(tokens[17]), QString::fromStdString(tokens[1]));
        QCOMPARE(argmax(a, 17), 2);
    }
    void tilesRowsAndLayerMeanAgreeWithTheFullMap() {
        const FakeCapture capture({2, 3, 30, false});
        const FloatMatrix full = capture.attention(1, 2);
        const FloatMatrix tile = capture.attentionTile(1, 2, 5, 7, 10, 9);
        for (int q = 0; q < 7; ++q)
            for (int k = 0; k < 9; ++k) QCOMPARE(tile(q, k), full(5 + q, 10 + k));
        QCOMPARE(capture.attentionRow(1, 2, 11)[4], full(11, 4));
        const FloatMatrix mean = capture.layerMeanAttention(1);
        float expected = 0.0f;
        for (int h = 0; h < 3; ++h) expected += capture.attention(1, h)(8, 3) / 3.0f;
        QVERIFY(std::abs(mean(8, 3) - expected) < 1e-6f);
    }
    void sentencePairHasTypeIdsAndSeparators() {
        const FakeCapture capture({1, 1, 13, false, true});
        const auto& input = capture.input();
        QCOMPARE(QString::fromStdString(input.tokens.front()), QStringLiteral("[CLS]"));
        QCOMPARE(QString::fromStdString(input.tokens.back()), QStringLiteral("[SEP]"));
        QCOMPARE(input.typeIds.size(), size_t(13));
        QCOMPARE(input.typeIds.front(), int64_t(0));
        QCOMPARE(input.typeIds.back(), int64_t(1));
    }
    void anotherVariantChangesOnlyLaterLayers() {
        FakeCaptureSpec spec{3, 2, 12, true};
        const FakeCapture before(spec);
        spec.variant = 1;
        const FakeCapture after(spec);
        QCOMPARE(after.attention(0, 1).values, before.attention(0, 1).values);
        QVERIFY(after.attention(2, 1).values != before.attention(2, 1).values);
    }
};

QTEST_GUILESS_MAIN(TestFakeCapture)
#include "test_fake_capture.moc"
