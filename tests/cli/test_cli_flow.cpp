// attnscope-cli flow and attribution: the JSON contract of issue #18 (method, tokens, layers, matrix; per-head terms
// beside the logit) and the one-line refusals.
#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

#include "attnscope/information_flow.h"
#include "test_support.h"

using namespace attnscope;

namespace {

QString gpt2() {
    return testing::modelFixture("gpt2");
}

QString ids(int count) {
    QStringList list;
    for (int i = 0; i < count; ++i) list << QString::number(5 + (i * 7) % 60);
    return list.join(',');
}

}  // namespace

class TestCliFlow : public QObject {
    Q_OBJECT
private slots:
    void flowPrintsTheMethodTokensLayersAndAStochasticMatrix() {
        const auto result = testing::runCli({"flow", "--model", gpt2(), "--ids", ids(6), "--method", "rollout"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["method"].get<std::string>(), std::string("rollout"));
        QCOMPARE(json["tokens"].size(), size_t(6));
        QCOMPARE(json["layers"].get<int>(), 3);
        QCOMPARE(json["matrix"].size(), size_t(6));
        for (const auto& row : json["matrix"]) {
            double sum = 0;
            for (const auto& v : row) sum += v.get<double>();
            QVERIFY(std::abs(sum - 1) < 1e-5);
        }
    }

    void flowWithAPositionPrintsOnlyThatRow() {
        const auto result =
            testing::runCli({"flow", "--model", gpt2(), "--ids", ids(6), "--method", "flow", "--position", "4"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["positions"], nlohmann::json::array({4}));
        QCOMPARE(json["matrix"].size(), size_t(1));
        QCOMPARE(json["matrix"][0].size(), size_t(6));
    }

    void normPrintsTheChosenHeadsNormWeightedMap() {
        const auto result = testing::runCli(
            {"flow", "--model", gpt2(), "--ids", ids(5), "--method", "norm", "--layer", "1", "--head", "2"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["layer"].get<int>(), 1);
        QCOMPARE(json["head"].get<int>(), 2);
        QCOMPARE(json["matrix"].size(), size_t(5));
    }

    void flowOfALongInputWithoutAPositionIsRefusedInOneLine() {
        const auto result =
            testing::runCli({"flow", "--model", gpt2(), "--ids", ids(kMaxFlowMatrixTokens + 2), "--method", "flow"});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err.trimmed().count('\n'), 0);
        QVERIFY2(result.err.contains("--position"), qPrintable(result.err));
    }

    void attributionTermsAddUpToTheLogit() {
        const auto result = testing::runCli({"attribution", "--model", gpt2(), "--ids", ids(7)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto json = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(json["heads"].size(), size_t(3 * 4));
        QCOMPARE(json["layers"].size(), size_t(3));
        double sum = json["embeddings"].get<double>() + json["constant"].get<double>();
        for (const auto& head : json["heads"]) sum += head["term"].get<double>();
        for (const auto& layer : json["layers"])
            sum += layer["mlp"].get<double>() + layer["attention_bias"].get<double>();
        QVERIFY2(std::abs(sum - json["logit"].get<double>()) < 1e-4,
                 qPrintable(QString("sum %1, logit %2").arg(sum).arg(json["logit"].get<double>())));
    }

    void attributionOfAPostNormModelIsRefusedNamingWhy() {
        const auto result =
            testing::runCli({"attribution", "--model", testing::modelFixture("bert"), "--ids", "2,7,9,3"});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed().count('\n'), 0);
        QVERIFY2(result.err.contains("post-norm"), qPrintable(result.err));
    }
};

QTEST_APPLESS_MAIN(TestCliFlow)
#include "test_cli_flow.moc"
