// AttentionCapture: maps, rows, tiles and layer means agree; maps follow from the stored queries and keys; head
// masking equals zeroing the head's slice of the output projection; memory grows with N, not N^2; the capture job
// reports progress and cancels.
#include <sys/resource.h>

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>

#include "attnscope/capture.h"
#include "attnscope/capture_job.h"
#include "attnscope/error.h"
#include "attnscope/model.h"
#include "attnscope/tools/safetensors.h"
#include "tiny_models.h"

using namespace attnscope;

namespace {

ModelInput idsInput(int count) {
    ModelInput input;
    for (int i = 0; i < count; ++i) input.ids.push_back((i * 11 + 5) % 50);
    return input;
}

float maxDifference(const FloatMatrix& a, const FloatMatrix& b) {
    if (a.rows != b.rows || a.cols != b.cols) return 1e30f;
    float most = 0;
    for (size_t i = 0; i < a.values.size(); ++i) most = std::max(most, std::abs(a.values[i] - b.values[i]));
    return most;
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

class TestCaptureTiles : public QObject {
    Q_OBJECT
private slots:
    void tilesRowsAndMeansAgreeWithTheFullMap_data() {
        QTest::addColumn<QString>("arch");
        QTest::newRow("causal gpt2") << "gpt2";
        QTest::newRow("bidirectional bert") << "bert";
        QTest::newRow("sliding-window mistral") << "mistral";
    }
    void tilesRowsAndMeansAgreeWithTheFullMap() {
        QFETCH(QString, arch);
        QTemporaryDir dir;
        const auto capture = Model::load(tiny::write(dir, arch.toStdString()))->run(idsInput(40));
        const auto map = capture->attention(1, 3);
        const auto tile = capture->attentionTile(1, 3, 5, 12, 3, 26);
        for (int r = 0; r < 12; ++r)
            for (int c = 0; c < 26; ++c) QVERIFY(std::abs(tile(r, c) - map(5 + r, 3 + c)) <= 1e-6f);
        const auto row = capture->attentionRow(1, 3, 33);
        for (int c = 0; c < 40; ++c) QVERIFY(std::abs(row[static_cast<size_t>(c)] - map(33, c)) <= 1e-6f);

        FloatMatrix mean(40, 40);
        for (int head = 0; head < 4; ++head) {
            const auto each = capture->attention(1, head);
            for (size_t i = 0; i < mean.values.size(); ++i) mean.values[i] += each.values[i] / 4;
        }
        QVERIFY(maxDifference(mean, capture->layerMeanAttention(1)) <= 1e-6f);
        QVERIFY_THROWS_EXCEPTION(EngineError, capture->attentionTile(1, 3, 30, 11, 0, 5));
        QVERIFY_THROWS_EXCEPTION(EngineError, capture->attention(2, 0));
    }

    void pooledMapsEqualPoolingTheFullMapOnTheHost_data() {
        QTest::addColumn<int>("tokens");
        QTest::addColumn<int>("bins");
        QTest::newRow("bins divide the tokens") << 40 << 8;
        QTest::newRow("bins do not divide them") << 37 << 8;
        QTest::newRow("more bins than tokens") << 5 << 64;
    }
    void pooledMapsEqualPoolingTheFullMapOnTheHost() {
        QFETCH(int, tokens);
        QFETCH(int, bins);
        QTemporaryDir dir;
        const auto capture = Model::load(tiny::write(dir, "gpt2"))->run(idsInput(tokens));
        // The engine pools where its tensors are; the interface's default pools the full map element by element.
        for (const Pooling pooling : {Pooling::Max, Pooling::MeanOfQueries}) {
            const FloatMatrix pooled = capture->pooledAttention(1, 2, bins, pooling);
            const FloatMatrix reference = capture->AttentionCapture::pooledAttention(1, 2, bins, pooling);
            QCOMPARE(pooled.rows, static_cast<int64_t>(std::min(tokens, bins)));
            QVERIFY2(maxDifference(pooled, reference) <= 1e-6f, pooling == Pooling::Max ? "max" : "mean of queries");
        }
    }

    void mapsFollowFromStoredQueriesAndKeys_data() {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<bool>("causal");
        QTest::newRow("gpt2") << "gpt2" << true;
        QTest::newRow("llama rotary gqa") << "llama" << true;
        QTest::newRow("bert") << "bert" << false;
    }
    void mapsFollowFromStoredQueriesAndKeys() {
        QFETCH(QString, arch);
        QFETCH(bool, causal);
        QTemporaryDir dir;
        const auto capture = Model::load(tiny::write(dir, arch.toStdString()))->run(idsInput(12));
        const int head = 3, n = 12, d = capture->headDim();
        const auto q = capture->queries(0, head);
        const auto k = capture->keys(0, head);
        QCOMPARE(q.rows, int64_t(n));
        QCOMPARE(q.cols, int64_t(d));
        const auto map = capture->attention(0, head);
        for (int i = 0; i < n; ++i) {
            std::vector<double> scores(static_cast<size_t>(n), -INFINITY);
            double top = -INFINITY, sum = 0;
            for (int j = 0; j < n; ++j) {
                if (causal && j > i) continue;
                double dot = 0;
                for (int x = 0; x < d; ++x) dot += double(q(i, x)) * k(j, x);
                scores[static_cast<size_t>(j)] = dot / std::sqrt(double(d));
                top = std::max(top, scores[static_cast<size_t>(j)]);
            }
            for (auto& s : scores) sum += (s = std::exp(s - top));
            for (int j = 0; j < n; ++j) QVERIFY(std::abs(scores[static_cast<size_t>(j)] / sum - map(i, j)) < 1e-5);
        }
        if (arch == "llama") {  // GQA: heads 2 and 3 read kv head 1
            QCOMPARE(capture->kvHeadOf(2), 1);
            QCOMPARE(maxDifference(capture->keys(0, 2), capture->keys(0, 3)), 0.0f);
            QVERIFY(maxDifference(capture->keys(0, 1), capture->keys(0, 2)) > 0.0f);
        }
    }

    void maskingAHeadEqualsZeroingItsSliceOfTheOutputProjection() {
        QTemporaryDir dir;
        const auto folder = tiny::write(dir, "gpt2");
        RunOptions options;
        options.mask = HeadMask::parse("1:2");
        const auto masked = Model::load(folder)->run(idsInput(10), options);
        const auto plain = Model::load(folder)->run(idsInput(10));
        QCOMPARE(QString::fromStdString(masked->mask().toString()), QString("1:2"));
        // Layer 0 and the masked layer's own attention are untouched; what follows changes.
        QCOMPARE(maxDifference(masked->attention(1, 2), plain->attention(1, 2)), 0.0f);
        QVERIFY(maxDifference(masked->logits(), plain->logits()) > 1e-3f);

        // Conv1D c_proj is [in, out]: head 2 of width 8 feeds input rows 16..23.
        const std::string path = folder + "/model.safetensors";
        safetensors::Writer writer;
        {
            const auto file = safetensors::File::open(path);
            for (const auto& name : file->names()) {
                auto values = file->floats(name);
                if (name == "transformer.h.1.attn.c_proj.weight")
                    std::fill(values.begin() + 16 * 32, values.begin() + 24 * 32, 0.0f);
                writer.addFloat(name, file->tensor(name).shape, values);
            }
        }
        writer.write(path);
        const auto zeroed = Model::load(folder)->run(idsInput(10));
        QVERIFY(maxDifference(masked->logits(), zeroed->logits()) < 1e-5f);
        QVERIFY(maxDifference(masked->hiddenNorms(), zeroed->hiddenNorms()) < 1e-5f);
    }

    void storedMemoryGrowsWithTokensNotTokensSquared() {
        QTemporaryDir dir;
        const std::string folder = (dir.path() + "/long").toStdString();
        writeRandomModel(folder, R"({"model_type":"gpt2","n_embd":32,"n_head":4,"n_layer":4,"n_positions":4096,
                                     "vocab_size":50})");
        const auto model = Model::load(folder);
        const auto small = model->run(idsInput(1024));
        const long before = peakRssKb();
        const auto large = model->run(idsInput(4096));
        const long grownKb = peakRssKb() - before;
        // 4 layers x 4 heads of 4096^2 float maps would be 1 GiB; queries, keys, values and logits are ~6 MB.
        QCOMPARE(large->storedBytes(), small->storedBytes() * 4);
        QVERIFY(large->storedBytes() < 8 * 1024 * 1024);
        QVERIFY2(grownKb < 400 * 1024, qPrintable(QString("peak RSS grew by %1 MB").arg(grownKb / 1024)));
        const auto row = large->attentionRow(3, 1, 4095);
        double sum = 0;
        for (float p : row) sum += p;
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
    }

    void captureJobReportsProgressAndResult() {
        QTemporaryDir dir;
        std::shared_ptr<const Model> model = Model::load(tiny::write(dir, "llama"));
        const auto job = startCapture(model, idsInput(20));
        const auto capture = job->result();
        QCOMPARE(capture->tokenCount(), 20);
        QCOMPARE(job->progress(), 1.0);
        QVERIFY(job->finished());
    }

    void cancelledCaptureJobThrowsCancelled() {
        QTemporaryDir dir;
        const std::string folder = (dir.path() + "/long").toStdString();
        writeRandomModel(folder, R"({"model_type":"gpt2","n_embd":32,"n_head":4,"n_layer":8,"n_positions":4096,
                                     "vocab_size":50})");
        std::shared_ptr<const Model> model = Model::load(folder);
        const auto job = startCapture(model, idsInput(4096));
        job->cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, job->result());
    }

    void progressIsReportedPerLayer() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "bert"));
        std::vector<int> seen;
        model->run(idsInput(5), {}, [&](int done, int total) {
            QCOMPARE(total, 2);
            seen.push_back(done);
        });
        QCOMPARE(seen, (std::vector<int>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestCaptureTiles)
#include "test_capture_tiles.moc"
