// Information flow against references computed from transformers (tests/fixtures/models/make_flow_reference.py):
// rollout, flow (networkx) and the raw last layer from transformers' attentions, norm-based attention from its value
// vectors and output projections, and per-head logit attribution from hooks on its modules; plus the properties the
// methods promise (stochastic rows, additive attribution, causal ablation) and the refusals.
#include <QDir>
#include <QtTest>
#include <cmath>
#include <map>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/information_flow.h"
#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"
#include "test_support.h"

using namespace attnscope;

namespace {

std::shared_ptr<Model> modelFor(const QString& caseName) {
    static std::map<QString, std::shared_ptr<Model>> loaded;
    auto& model = loaded[caseName];
    if (!model) model = Model::load(testing::modelFixture(caseName).toStdString());
    return model;
}

std::shared_ptr<const safetensors::File> file(const QString& caseName, const char* name) {
    return safetensors::File::open((testing::modelFixture(caseName) + "/" + name).toStdString());
}

// Largest |a - b| over the cells, or a huge number when the sizes differ.
template <class A, class B>
double worstDiff(const A& a, const B& b, size_t offset = 0) {
    if (a.size() + offset > b.size()) return 1e30;
    double most = 0;
    for (size_t i = 0; i < a.size(); ++i) most = std::max(most, std::abs(double(a[i]) - b[offset + i]));
    return most;
}

QStringList casesWithFlowReference() {
    QStringList cases;
    for (const QString& name :
         QDir(testing::testDataPath("fixtures/models")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFile::exists(testing::modelFixture(name) + "/flow_reference.safetensors")) cases << name;
    return cases;
}

// One row per fixture with a flow reference (that holds `tensor`, when given).
void addCaseRows(const char* tensor = nullptr) {
    QTest::addColumn<QString>("caseName");
    for (const QString& name : casesWithFlowReference())
        if (!tensor || file(name, "flow_reference.safetensors")->contains(tensor))
            QTest::newRow(qPrintable(name)) << name;
}

std::vector<float> sumOfRows(const FloatMatrix& m) {
    std::vector<float> sums(static_cast<size_t>(m.rows), 0.0f);
    for (int64_t i = 0; i < m.rows; ++i)
        for (int64_t j = 0; j < m.cols; ++j) sums[static_cast<size_t>(i)] += m(i, j);
    return sums;
}

}  // namespace

class TestInformationFlow : public QObject {
    Q_OBJECT
private slots:
    void rolloutFlowAndRawMatchTheReference_data() { addCaseRows(); }
    void rolloutFlowAndRawMatchTheReference() {
        QFETCH(QString, caseName);
        const auto ref = file(caseName, "reference.safetensors");
        const auto flow = file(caseName, "flow_reference.safetensors");
        const auto capture = modelFor(caseName)->run(testing::referenceRunInput(*ref, "plain0"));
        for (const auto& [method, key] :
             {std::pair{FlowMethod::Raw, "plain0.raw"}, std::pair{FlowMethod::Rollout, "plain0.rollout"},
              std::pair{FlowMethod::Flow, "plain0.flow"}}) {
            const FloatMatrix ours = relevanceMatrix(*capture, method);
            const double worst = worstDiff(ours.values, flow->floats(key));
            QVERIFY2(worst <= 1e-4, qPrintable(QString("%1: max |diff| %2").arg(key).arg(worst)));
        }
    }

    void rolloutWithoutTheMaskedHeadsMatchesTheReference_data() { addCaseRows(); }
    void rolloutWithoutTheMaskedHeadsMatchesTheReference() {
        QFETCH(QString, caseName);
        const auto ref = file(caseName, "reference.safetensors");
        const auto flow = file(caseName, "flow_reference.safetensors");
        RunOptions run;
        run.mask = HeadMask::parse(flow->metadata().at("mask_one.mask"));
        const auto capture = modelFor(caseName)->run(testing::referenceRunInput(*ref, "mask_one"), run);
        FlowOptions options;
        options.skipMaskedHeads = true;
        const double worst = worstDiff(relevanceMatrix(*capture, FlowMethod::Rollout, options).values,
                                       flow->floats("mask_one.rollout_skip_masked"));
        QVERIFY2(worst <= 1e-4, qPrintable(QString("max |diff| %1").arg(worst)));
    }

    void normBasedAttentionMatchesTransformersValuesAndOutputProjections_data() { addCaseRows("plain0.norm.0"); }
    void normBasedAttentionMatchesTransformersValuesAndOutputProjections() {
        QFETCH(QString, caseName);
        const auto ref = file(caseName, "reference.safetensors");
        const auto flow = file(caseName, "flow_reference.safetensors");
        const auto model = modelFor(caseName);
        const auto capture = model->run(testing::referenceRunInput(*ref, "plain0"));
        const size_t n = static_cast<size_t>(capture->tokenCount());
        for (int layer = 0; layer < capture->layers(); ++layer) {
            const auto heads = flow->floats("plain0.norm." + std::to_string(layer));
            const auto whole = flow->floats("plain0.norm_layer." + std::to_string(layer));
            double scale = 0;
            for (float v : whole) scale = std::max(scale, double(v));
            for (int head = 0; head < capture->heads(); ++head) {
                const double worst =
                    worstDiff(normWeightedAttention(*model, *capture, layer, head).values, heads, head * n * n);
                QVERIFY2(worst <= 1e-4 * (1 + scale),
                         qPrintable(QString("layer %1 head %2: max |diff| %3").arg(layer).arg(head).arg(worst)));
            }
            const double worst = worstDiff(normWeightedAttention(*model, *capture, layer, -1).values, whole);
            QVERIFY2(worst <= 1e-4 * (1 + scale), qPrintable(QString("layer %1: max |diff| %2").arg(layer).arg(worst)));
        }
    }

    void attributionTermsMatchTheReferenceAndAddUpToTheLogit_data() { addCaseRows("plain0.attribution.heads"); }
    void attributionTermsMatchTheReferenceAndAddUpToTheLogit() {
        QFETCH(QString, caseName);
        const auto ref = file(caseName, "reference.safetensors");
        const auto flow = file(caseName, "flow_reference.safetensors");
        const LogitAttribution ours = attributeLogit(*modelFor(caseName), testing::referenceRunInput(*ref, "plain0"));
        QCOMPARE(ours.target, flow->integers("plain0.attribution.target")[0]);
        const auto scalars = flow->floats("plain0.attribution.scalars");  // embeddings, constant, logit
        const auto heads = flow->floats("plain0.attribution.heads");
        const auto mlp = flow->floats("plain0.attribution.mlp");
        const auto bias = flow->floats("plain0.attribution.attention_bias");
        double magnitude = std::abs(ours.embeddings) + std::abs(ours.constant);
        for (double v : ours.headTerms) magnitude += std::abs(v);
        for (double v : ours.mlpTerms) magnitude += std::abs(v);
        const double tolerance = 1e-5 * (1 + magnitude);
        QVERIFY2(std::abs(ours.embeddings - scalars[0]) <= tolerance, qPrintable(QString::number(ours.embeddings)));
        QVERIFY2(std::abs(ours.constant - scalars[1]) <= tolerance, qPrintable(QString::number(ours.constant)));
        QVERIFY2(std::abs(ours.logit - scalars[2]) <= 1e-3 * (1 + std::abs(scalars[2])),
                 qPrintable(QString("logit %1 vs %2").arg(ours.logit).arg(scalars[2])));
        for (size_t i = 0; i < heads.size(); ++i)
            QVERIFY2(std::abs(ours.headTerms[i] - heads[i]) <= tolerance,
                     qPrintable(QString("head %1: %2 vs %3").arg(i).arg(ours.headTerms[i]).arg(heads[i])));
        for (size_t l = 0; l < mlp.size(); ++l) {
            QVERIFY(std::abs(ours.mlpTerms[l] - mlp[l]) <= tolerance);
            QVERIFY(std::abs(ours.attentionBias[l] - bias[l]) <= tolerance);
        }
        // The terms add up to the model's own logit: the documented tolerance (docs/metrics.md).
        QVERIFY2(std::abs(ours.residual()) <= tolerance,
                 qPrintable(QString("sum %1, logit %2").arg(ours.sum()).arg(ours.logit)));
    }

    void rolloutAndFlowRowsStayStochasticAndTheirLayeredGraphsEndAtThePosition() {
        const auto ref = file("llama", "reference.safetensors");
        const auto capture = modelFor("llama")->run(testing::referenceRunInput(*ref, "plain1"));
        const int n = capture->tokenCount(), layers = capture->layers();
        for (FlowMethod method : {FlowMethod::Rollout, FlowMethod::Flow}) {
            const FloatMatrix whole = relevanceMatrix(*capture, method);
            for (float sum : sumOfRows(whole)) QVERIFY(std::abs(sum - 1) < 1e-5);
            const int position = n - 2;
            const std::vector<float> row = relevanceRow(*capture, method, position);
            QVERIFY(worstDiff(row, std::vector<float>(whole.row(position), whole.row(position) + n)) < 1e-5);
            const FloatMatrix layered = layeredRelevance(*capture, method, position);
            QCOMPARE(layered.rows, int64_t(layers + 1));
            QVERIFY(worstDiff(row, std::vector<float>(layered.row(0), layered.row(0) + n)) < 1e-5);
            QVERIFY(std::abs(layered(layers, position) - 1) < 1e-5);
            // A node passes on exactly what it holds: its value is the sum of the edges leaving it upwards.
            const LayeredFlow graph = layeredFlow(*capture, method, position, {}, 0.0);
            FloatMatrix leaving(layers + 1, n);
            for (const FlowEdge& e : graph.edges) leaving(e.layer - 1, e.from) += e.weight;
            for (int l = 0; l < layers; ++l)
                for (int k = 0; k < n; ++k)
                    QVERIFY2(std::abs(leaving(l, k) - graph.nodes(l, k)) < 1e-5,
                             qPrintable(QString("layer %1 token %2: %3 vs %4")
                                            .arg(l)
                                            .arg(k)
                                            .arg(leaving(l, k))
                                            .arg(graph.nodes(l, k))));
            // A causal model: nothing after the position reaches it, at any layer.
            for (int l = 0; l <= layers; ++l)
                for (int k = position + 1; k < n; ++k) QCOMPARE(layered(l, k), 0.0f);
        }
    }

    void theNormWeightedCaptureRenormalisesTheNormBasedMapsRowByRow() {
        const auto ref = file("llama", "reference.safetensors");
        const auto model = modelFor("llama");
        const auto capture = model->run(testing::referenceRunInput(*ref, "plain0"));
        const auto weighted = normWeightedCapture(*model, capture);
        const int n = capture->tokenCount();
        for (int layer = 0; layer < capture->layers(); ++layer)
            for (int head = 0; head < capture->heads(); ++head) {
                const FloatMatrix norm = normWeightedAttention(*model, *capture, layer, head);
                const FloatMatrix shown = weighted->attention(layer, head);
                for (int i = 0; i < n; ++i) {
                    double sum = 0;
                    for (int j = 0; j < n; ++j) sum += norm(i, j);
                    for (int j = 0; j < n; ++j) QVERIFY(std::abs(shown(i, j) - norm(i, j) / sum) < 1e-5);
                }
                // Tiles and rows agree with the whole map.
                const FloatMatrix tile = weighted->attentionTile(layer, head, 3, 5, 1, 6);
                for (int r = 0; r < 5; ++r)
                    for (int c = 0; c < 6; ++c) QVERIFY(std::abs(tile(r, c) - shown(3 + r, 1 + c)) < 1e-6);
                const std::vector<float> row = weighted->attentionRow(layer, head, n - 1);
                QVERIFY(worstDiff(row, std::vector<float>(shown.row(n - 1), shown.row(n - 1) + n)) < 1e-6);
            }
        QCOMPARE(weighted->hiddenNorms().values, capture->hiddenNorms().values);
    }

    void tokenAblationLeavesLaterTokensOfACausalModelWithoutEffect() {
        const auto ref = file("gpt2", "reference.safetensors");
        const ModelInput input = testing::referenceRunInput(*ref, "plain0");
        const int position = 5;
        const std::vector<float> change = tokenAblation(*modelFor("gpt2"), input, position);
        QCOMPARE(change.size(), input.ids.size());
        double before = 0;
        for (int j = 0; j <= position; ++j) before = std::max(before, double(std::abs(change[j])));
        QVERIFY(before > 1e-3);
        for (size_t j = position + 1; j < change.size(); ++j) QVERIFY(std::abs(change[j]) < 1e-5);
    }

    void attributionIsRefusedWhereTheResidualStreamIsNotLinearInTheLogits() {
        const auto ref = file("bert", "reference.safetensors");
        try {
            attributeLogit(*modelFor("bert"), testing::referenceRunInput(*ref, "plain0"));
            QFAIL("a post-norm masked LM was attributed");
        } catch (const EngineError& error) {
            QVERIFY2(QString::fromStdString(error.what()).contains("post-norm"), error.what());
        }
    }

    void flowOfAWholeLongInputIsRefusedNamingThePosition() {
        ModelInput input;
        for (int i = 0; i < kMaxFlowMatrixTokens + 1; ++i) input.ids.push_back(5 + i % 50);
        const auto capture = modelFor("gpt2")->run(input);
        try {
            relevanceMatrix(*capture, FlowMethod::Flow);
            QFAIL("flow of 65 tokens was computed as a whole matrix");
        } catch (const EngineError& error) {
            QVERIFY2(QString::fromStdString(error.what()).contains("--position"), error.what());
        }
        QCOMPARE(relevanceRow(*capture, FlowMethod::Flow, 64).size(), size_t(65));
    }
};

QTEST_APPLESS_MAIN(TestInformationFlow)
#include "test_information_flow.moc"
