// Head metrics against an independent implementation: tests/fixtures/metrics/make_metrics.py computed every metric
// from transformers' own attention maps (reference.safetensors); the engine scores a capture of the same input.
// value_sink, which needs value vectors the fixtures do not hold, is checked against a direct computation from the
// capture's values.
#include <QDir>
#include <QFile>
#include <QtTest>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"
#include "test_support.h"

using namespace attnscope;

namespace {

const QString kFixtures = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/fixtures");
constexpr double kTolerance = 1e-4;

nlohmann::json expected(const QString& caseName) {
    QFile file(kFixtures + "/metrics/" + caseName + ".json");
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(file.fileName()));
    return nlohmann::json::parse(file.readAll().toStdString());
}

std::shared_ptr<Model> modelFor(const QString& caseName) {
    static std::map<QString, std::shared_ptr<Model>> loaded;
    auto& model = loaded[caseName];
    if (!model) model = Model::load((kFixtures + "/models/" + caseName).toStdString());
    return model;
}

// The run's input exactly as transformers saw it, and its mask.
RunOptions runOptions(const safetensors::File& ref, const std::string& run) {
    RunOptions options;
    const auto it = ref.metadata().find(run + ".mask");
    if (it != ref.metadata().end()) options.mask = HeadMask::parse(it->second);
    return options;
}

double number(const nlohmann::json& record, const char* key) {
    return record.at(key).get<double>();
}

QStringList cases() {
    QStringList names;
    for (const auto& entry : QDir(kFixtures + "/metrics").entryList({"*.json"}, QDir::Files, QDir::Name))
        names << entry.chopped(5);
    return names;
}

}  // namespace

class TestHeadMetricsReference : public QObject {
    Q_OBJECT
private slots:
    void everyFixtureCaseHasExpectedMetrics() {
        // A new float32 fixture case must get its expected metrics too (rerun make_metrics.py).
        QVERIFY(cases().size() >= 10);
        QVERIFY(cases().contains("gpt2"));
        QVERIFY(cases().contains("bert"));
        QVERIFY(cases().contains("mistral"));
        QVERIFY(cases().contains("vit"));
    }

    void metricsMatchTheIndependentImplementation_data() {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("run");
        for (const auto& caseName : cases()) {
            const nlohmann::json metrics = expected(caseName);  // kept alive: items() refers into it
            for (const auto& [run, unused] : metrics["runs"].items())
                QTest::newRow(qPrintable(caseName + "/" + QString::fromStdString(run)))
                    << caseName << QString::fromStdString(run);
        }
    }

    void metricsMatchTheIndependentImplementation() {
        QFETCH(QString, caseName);
        QFETCH(QString, run);
        const auto ref =
            safetensors::File::open((kFixtures + "/models/" + caseName + "/reference.safetensors").toStdString());
        const auto expectedRun = expected(caseName)["runs"][run.toStdString()];
        const auto capture = modelFor(caseName)->run(testing::referenceRunInput(*ref, run.toStdString()),
                                                     runOptions(*ref, run.toStdString()));
        InductionProbe probe;
        probe.firstCopy = expectedRun["probe_first_copy"].get<int>();
        probe.length = expectedRun["probe_length"].get<int>();
        const auto scores = computeHeadScores(*capture, &probe);
        const auto& heads = expectedRun["heads"];
        QCOMPARE(scores.size(), heads.size());
        int topKeysCompared = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            const HeadScores& s = scores[i];
            const auto& e = heads[i];
            const QByteArray where = QStringLiteral("layer %1 head %2").arg(s.layer).arg(s.head).toUtf8();
            QCOMPARE(s.layer, e["layer"].get<int>());
            QCOMPARE(s.head, e["head"].get<int>());
            const std::pair<const char*, std::pair<double, double>> fields[] = {
                {"sink", {s.sink, number(e, "sink")}},
                {"top_key_share", {s.topKeyShare, number(e, "top_key_share")}},
                {"entropy", {s.entropy, number(e, "entropy")}},
                {"entropy_fraction", {s.entropyFraction, number(e, "entropy_fraction")}},
                {"prev_token", {s.prevToken, number(e, "prev_token")}},
                {"local", {s.local, number(e, "local")}},
                {"induction", {s.induction, number(e, "induction")}},
            };
            for (const auto& [name, values] : fields)
                QVERIFY2(std::abs(values.first - values.second) < kTolerance,
                         qPrintable(QStringLiteral("%1 %2: engine %3, reference %4")
                                        .arg(where.constData(), name)
                                        .arg(values.first, 0, 'g', 9)
                                        .arg(values.second, 0, 'g', 9)));
            // Near-ties may swap under float noise; a clear winner must agree.
            if (e["top_key_margin"].get<double>() > kTolerance) {
                QVERIFY2(s.topKey == e["top_key"].get<int>(), where.constData());
                ++topKeysCompared;
            }
        }
        QVERIFY(topKeysCompared > static_cast<int>(scores.size()) / 2);
    }

    void valueSinkMatchesADirectComputationFromTheValues_data() {
        QTest::addColumn<QString>("caseName");
        for (const char* name : {"gpt2", "llama", "mistral", "bert", "vit"}) QTest::newRow(name) << name;
    }

    void valueSinkMatchesADirectComputationFromTheValues() {
        QFETCH(QString, caseName);
        const auto ref =
            safetensors::File::open((kFixtures + "/models/" + caseName + "/reference.safetensors").toStdString());
        const auto capture = modelFor(caseName)->run(testing::referenceRunInput(*ref, "plain1"));
        const auto scores = computeHeadScores(*capture);
        for (const HeadScores& s : scores) {
            const FloatMatrix a = capture->attention(s.layer, s.head);
            const FloatMatrix v = capture->values(s.layer, s.head);
            QCOMPARE(v.rows, a.cols);
            std::vector<double> norm(static_cast<size_t>(v.rows));
            for (int64_t j = 0; j < v.rows; ++j) {
                double squares = 0;
                for (int64_t d = 0; d < v.cols; ++d) squares += double(v(j, d)) * v(j, d);
                norm[static_cast<size_t>(j)] = std::sqrt(squares);
            }
            double expectedSink = 0;
            for (int64_t i = 1; i < a.rows; ++i) {
                double weighted = 0;
                for (int64_t j = 0; j < a.cols; ++j) weighted += a(i, j) * norm[static_cast<size_t>(j)];
                expectedSink += a(i, 0) * norm[0] / weighted;
            }
            expectedSink /= static_cast<double>(a.rows - 1);
            QVERIFY2(std::abs(s.valueSink - expectedSink) < 1e-6,
                     qPrintable(QStringLiteral("layer %1 head %2: %3 vs %4")
                                    .arg(s.layer)
                                    .arg(s.head)
                                    .arg(s.valueSink)
                                    .arg(expectedSink)));
        }
    }

    void groupedQueryHeadsReadTheirSharedValueHead() {
        // llama: 4 query heads over 2 value heads, so heads 0 and 1 weight keys by the same value norms.
        const auto ref = safetensors::File::open((kFixtures + "/models/llama/reference.safetensors").toStdString());
        const auto capture = modelFor("llama")->run(testing::referenceRunInput(*ref, "plain1"));
        QCOMPARE(capture->kvHeads(), 2);
        QCOMPARE(capture->values(0, 0).values, capture->values(0, 1).values);
        QVERIFY(capture->values(0, 1).values != capture->values(0, 2).values);
    }
};

QTEST_GUILESS_MAIN(TestHeadMetricsReference)
#include "test_head_metrics_reference.moc"
