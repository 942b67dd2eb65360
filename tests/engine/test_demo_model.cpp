// The bundled demo model (resources/models/demo) shows what the app teaches, measured with the head metrics:
// induction heads on the repeated-random probe, a previous-token head, and a first-token sink in the later layer.
#include <QtTest>
#include <algorithm>

#include "attnscope/capture.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/resources.h"
#include "attnscope/tokenizer.h"

using namespace attnscope;

namespace {

std::shared_ptr<Model> demoModel() {
    static std::shared_ptr<Model> model = Model::load(defaultModelDirectory());
    return model;
}

std::vector<HeadScores> scoresOfText(const std::string& text) {
    const auto model = demoModel();
    const auto encoding = model->tokenizer()->encode(text);
    ModelInput input;
    input.ids = encoding.ids;
    input.tokens = encoding.tokens;
    return computeHeadScores(*model->run(input));
}

const HeadScores& best(const std::vector<HeadScores>& scores, double HeadScores::*field) {
    return *std::max_element(scores.begin(), scores.end(),
                             [&](const HeadScores& a, const HeadScores& b) { return a.*field < b.*field; });
}

}  // namespace

class TestDemoModel : public QObject {
    Q_OBJECT
private slots:
    void isATwoLayerLlama() {
        const auto& info = demoModel()->info();
        QCOMPARE(info.layers, 2);
        QCOMPARE(info.heads, 4);
        QVERIFY(info.bosTokenId.has_value());
    }

    void layerOneHeadsAreInductionHeads() {
        const auto model = demoModel();
        for (uint64_t seed : {0, 1, 2}) {
            const auto probe = makeInductionProbe(40, seed, model->info().vocab, model->info().bosTokenId,
                                                  {*model->info().bosTokenId});
            ModelInput input;
            input.ids = probe.ids;
            const auto scores = computeHeadScores(*model->run(input), &probe);
            const auto& top = best(scores, &HeadScores::induction);
            QCOMPARE(top.layer, 1);
            QVERIFY2(top.induction >= 0.5, qPrintable(QString::number(top.induction)));
            int strong = 0;
            for (const auto& s : scores) strong += s.induction >= 0.5;
            QVERIFY2(strong >= 2, qPrintable(QString::number(strong)));
        }
    }

    void firstLayerHasAPreviousTokenHead() {
        const auto scores = scoresOfText("The cat that the dogs follow sleeps near the river with Omar.");
        const auto& top = best(scores, &HeadScores::prevToken);
        QCOMPARE(top.layer, 0);
        QVERIFY2(top.prevToken >= 0.5, qPrintable(QString::number(top.prevToken)));
    }

    void laterLayerSinksOnTheFirstToken() {
        // Nothing to copy in this text: the induction heads park their attention on <|bos|>.
        const auto scores = scoresOfText(
            "The quick brown fox jumps over a lazy dog near my house, and then it runs to the old river.");
        const auto& top = best(scores, &HeadScores::sink);
        QCOMPARE(top.layer, 1);
        QVERIFY2(top.sink >= 0.5, qPrintable(QString::number(top.sink)));
        QCOMPARE(top.topKey, 0);
        for (const auto& s : scores)
            if (s.layer == 0) QVERIFY(s.sink < 0.2);
    }
};

QTEST_GUILESS_MAIN(TestDemoModel)
#include "test_demo_model.moc"
