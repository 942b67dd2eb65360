// Encoder-decoder models (T5, BART) beyond parity: the three attentions as parts of one run, the cross part's shape,
// masks that name their attention, the decoder's default start token, and the refusals.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/head_importance.h"
#include "attnscope/model.h"
#include "tiny_models.h"

using namespace attnscope;

namespace {

ModelInput sourceAndTarget(int source, int target) {
    ModelInput input;
    for (int i = 0; i < source; ++i) input.ids.push_back((i * 7 + 3) % 50);
    for (int i = 0; i < target; ++i) input.decoderIds.push_back((i * 11 + 5) % 50);
    return input;
}

float largestChange(const FloatMatrix& a, const FloatMatrix& b) {
    float most = 0;
    for (size_t i = 0; i < a.values.size(); ++i) most = std::max(most, std::abs(a.values[i] - b.values[i]));
    return most;
}

}  // namespace

class TestEncoderDecoder : public QObject {
    Q_OBJECT
private slots:
    void aRunHoldsTheEncoderTheDecoderAndTheCrossAttention_data() {
        QTest::addColumn<QString>("arch");
        QTest::newRow("t5") << "t5";
        QTest::newRow("bart") << "bart";
    }
    void aRunHoldsTheEncoderTheDecoderAndTheCrossAttention() {
        QFETCH(QString, arch);
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, arch.toStdString()));
        QVERIFY(model->info().encoderDecoder);
        QCOMPARE(model->info().decoderLayers, 2);
        const auto capture = model->run(sourceAndTarget(7, 4));
        const auto encoder = capture->part(AttentionKind::Encoder);
        const auto decoder = capture->part(AttentionKind::Decoder);
        const auto cross = capture->part(AttentionKind::Cross);
        QVERIFY(encoder && decoder && cross);
        QCOMPARE(decoder.get(), capture.get());  // a run returns its decoder part
        QCOMPARE(encoder->kind(), AttentionKind::Encoder);
        QCOMPARE(cross->kind(), AttentionKind::Cross);
        QCOMPARE(encoder->tokenCount(), 7);
        QCOMPARE(decoder->tokenCount(), 4);
        QCOMPARE(cross->tokenCount(), 4);
        QCOMPARE(cross->keyTokenCount(), 7);
        QCOMPARE(cross->keyTokens(), encoder->input().tokens);
        QCOMPARE(cross->runInput().ids, capture->runInput().ids);
        QCOMPARE(capture->logits().rows, int64_t(4));
        QVERIFY(!encoder->hasLogits());
        const auto map = cross->attention(1, 2);
        QCOMPARE(map.rows, int64_t(4));
        QCOMPARE(map.cols, int64_t(7));
        for (int64_t row = 0; row < map.rows; ++row) {
            double sum = 0;
            for (int64_t col = 0; col < map.cols; ++col) sum += map(row, col);
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
        // A row and a tile are cut from the same map; pooling keeps the rectangle.
        const auto row = cross->attentionRow(1, 2, 3);
        QCOMPARE(row.size(), size_t(7));
        QCOMPARE(row[5], map(3, 5));
        QCOMPARE(cross->pooledAttention(1, 2, 3, Pooling::Max).cols, int64_t(3));
        QCOMPARE(cross->pooledAttention(1, 2, 3, Pooling::Max).rows, int64_t(3));
        // The decoder's own attention is causal, the encoder's is not.
        QCOMPARE(decoder->attention(0, 0)(0, 1), 0.0f);
        QVERIFY(encoder->attention(0, 0)(0, 1) > 0.0f);
    }

    void masksNameTheAttentionTheyAct() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "t5"));
        const auto input = sourceAndTarget(6, 5);
        const auto plain = model->run(input);
        RunOptions options;
        options.mask = HeadMask::parse("cross:0:1");
        const auto masked = model->run(input, options);
        // The encoder never sees the cross mask; the decoder's later layers do.
        QCOMPARE(largestChange(plain->part(AttentionKind::Encoder)->attention(1, 0),
                               masked->part(AttentionKind::Encoder)->attention(1, 0)),
                 0.0f);
        QVERIFY(largestChange(plain->attention(1, 0), masked->attention(1, 0)) > 1e-6f);
        QVERIFY(masked->part(AttentionKind::Cross)->mask().contains(0, 1));
        QVERIFY(masked->part(AttentionKind::Encoder)->mask().empty());
        QCOMPARE(HeadMask::parse("enc:1:2, cross:0:1,dec:0:3").toString(), std::string("enc:1:2,dec:0:3,cross:0:1"));
    }

    void aPlainMaskOrAHeadOutsideItsStackIsRefused() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "bart"));
        RunOptions options;
        options.mask = HeadMask::parse("0:1");
        try {
            model->run(sourceAndTarget(5, 3), options);
            QFAIL("a plain L:H was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("enc:0:1") != std::string::npos, error.what());
        }
        options.mask = HeadMask::parse("cross:2:0");
        QVERIFY_THROWS_EXCEPTION(EngineError, model->run(sourceAndTarget(5, 3), options));
        ModelInput outside = sourceAndTarget(5, 3);
        outside.decoderIds[1] = 50;
        try {
            model->run(outside);
            QFAIL("a decoder id outside the vocabulary was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("decoder token id 50") != std::string::npos, error.what());
        }
    }

    void anEmptyTargetRunsTheDecoderStartTokenAlone() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "bart"));
        const auto capture = model->run(sourceAndTarget(5, 0));
        QCOMPARE(capture->tokenCount(), 1);
        QCOMPARE(capture->runInput().decoderIds, std::vector<int64_t>{2});  // decoder_start_token_id
    }

    void theAnalysesThatFollowOneStackSaySo() {
        QTemporaryDir dir;
        const auto model = Model::load(tiny::write(dir, "t5"));
        try {
            computeHeadImportance(*model, sourceAndTarget(5, 3), {});
            QFAIL("head importance ran on an encoder-decoder model");
        } catch (const EngineError& error) {
            QVERIFY2(std::string(error.what()).find("not available for encoder-decoder models") != std::string::npos,
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestEncoderDecoder)
#include "test_encoder_decoder.moc"
