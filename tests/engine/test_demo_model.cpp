// The bundled demo model (resources/models/demo) shows what the app teaches, measured with the head metrics:
// induction heads on the repeated-random probe, a previous-token head, and a first-token sink in a later layer that
// holds for ordinary English and German sentences it never saw, as in real language models.
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
    void isAThreeLayerLlama() {
        const auto& info = demoModel()->info();
        QCOMPARE(info.layers, 3);
        QCOMPARE(info.heads, 8);
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
        QVERIFY(top.layer >= 1);
        QVERIFY2(top.sink >= 0.8, qPrintable(QString::number(top.sink)));
        QCOMPARE(top.topKey, 0);
        for (const auto& s : scores)  // layer 0 reads the words (its strongest sink, 0:5, parks 0.41)
            if (s.layer == 0) QVERIFY2(s.sink < 0.5, qPrintable(QString::number(s.sink)));
    }

    void oneLaterHeadSinksOnEveryOrdinarySentence() {
        // Sentences of everyday English and German that are in none of the training files: one head of a later
        // layer puts at least 0.8 of its attention on <|bos|> in every one, as real language models do.
        const std::vector<std::string> sentences = {
            "Yesterday my sister bought fresh bread at the bakery before work.",
            "Could you send me the report by Friday afternoon?",
            "This recipe needs two eggs, some flour, butter and a pinch of salt.",
            "The children built a snowman with a carrot nose and two coal eyes.",
            "We missed the last ferry, so we stayed at a small inn by the harbour.",
            "Die Katze schläft auf dem warmen Sofa, während draußen der Regen fällt.",
            "Kannst du mir bitte sagen, wann der nächste Bus abfährt?",
            "Die Apotheke an der Ecke schließt samstags um sechs.",
            "Am 24. Dezember bleibt unsere Filiale ab 14 Uhr geschlossen.",
        };
        std::vector<std::vector<HeadScores>> all;
        for (const auto& sentence : sentences) all.push_back(scoresOfText(sentence));
        double bestWorst = 0;
        QString bestHead;
        for (size_t h = 0; h < all.front().size(); ++h) {
            if (all.front()[h].layer == 0) continue;
            double worst = 1;
            for (const auto& scores : all) worst = std::min(worst, scores[h].sink);
            if (worst > bestWorst) {
                bestWorst = worst;
                bestHead = QString("%1:%2").arg(all.front()[h].layer).arg(all.front()[h].head);
            }
        }
        QVERIFY2(bestWorst >= 0.8, qPrintable(bestHead + " " + QString::number(bestWorst)));
    }
};

QTEST_GUILESS_MAIN(TestDemoModel)
#include "test_demo_model.moc"
