// Parity with transformers: for every fixture case under tests/fixtures/models and every run recorded in its
// reference.safetensors, the engine's attention maps, residual norms and logits match transformers' own outputs.
#include <QDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>

#include "attnscope/capture.h"
#include "attnscope/error.h"
#include "attnscope/image_input.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "attnscope/tools/safetensors.h"
#include "test_support.h"

using namespace attnscope;

namespace {

const QString kModels = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR "/fixtures/models");

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) out.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

std::shared_ptr<const safetensors::File> reference(const QString& caseName) {
    return safetensors::File::open((kModels + "/" + caseName + "/reference.safetensors").toStdString());
}

std::shared_ptr<Model> modelFor(const QString& caseName) {
    static std::map<QString, std::shared_ptr<Model>> loaded;  // several runs share one load
    auto& model = loaded[caseName];
    if (!model) model = Model::load((kModels + "/" + caseName).toStdString());
    return model;
}

std::string metadata(const safetensors::File& file, const std::string& key) {
    const auto it = file.metadata().find(key);
    return it == file.metadata().end() ? std::string() : it->second;
}

double maxAbs(const std::vector<float>& values) {
    double most = 0;
    for (float v : values) most = std::max(most, std::abs(double(v)));
    return most;
}

// Every head's map against the reference's [H, queries, keys] tensors named PREFIX<layer>.
void compareMaps(const AttentionCapture& capture, const safetensors::File& ref, const std::string& prefix) {
    const int heads = capture.heads(), n = capture.tokenCount(), m = capture.keyTokenCount();
    for (int layer = 0; layer < capture.layers(); ++layer) {
        const auto expected = ref.floats(prefix + std::to_string(layer));
        QCOMPARE(expected.size(), size_t(heads) * n * m);
        for (int head = 0; head < heads; ++head) {
            const auto map = capture.attention(layer, head);
            QCOMPARE(map.values.size(), size_t(n) * m);
            double worst = 0;
            for (size_t i = 0; i < map.values.size(); ++i)
                worst = std::max(worst, std::abs(double(map.values[i]) - expected[size_t(head) * n * m + i]));
            QVERIFY2(worst <= 1e-4, qPrintable(QString("%1%2 head %3: max |diff| %4")
                                                   .arg(QString::fromStdString(prefix))
                                                   .arg(layer)
                                                   .arg(head)
                                                   .arg(worst)));
        }
    }
}

void compareNorms(const AttentionCapture& capture, const safetensors::File& ref, const std::string& key) {
    const auto norms = ref.floats(key);
    QCOMPARE(capture.hiddenNorms().values.size(), norms.size());
    for (size_t i = 0; i < norms.size(); ++i) {
        const double diff = std::abs(double(capture.hiddenNorms().values[i]) - norms[i]);
        QVERIFY2(diff <= 1e-4 * std::abs(norms[i]) + 1e-6, qPrintable(QString("%1 %2: %3 vs %4")
                                                                          .arg(QString::fromStdString(key))
                                                                          .arg(i)
                                                                          .arg(capture.hiddenNorms().values[i])
                                                                          .arg(norms[i])));
    }
}

}  // namespace

class TestModelParity : public QObject {
    Q_OBJECT
private slots:
    void matchesTransformers_data() {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("run");
        const QStringList cases = QDir(kModels).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const auto& caseName : cases) {
            if (!QFile::exists(kModels + "/" + caseName + "/reference.safetensors")) continue;
            const auto ref = reference(caseName);
            for (const auto& run : split(metadata(*ref, "runs")))
                QTest::newRow(qPrintable(caseName + "/" + QString::fromStdString(run)))
                    << caseName << QString::fromStdString(run);
        }
        if (cases.isEmpty()) QTest::newRow("no fixtures") << QString() << QString();
    }

    void matchesTransformers() {
        QFETCH(QString, caseName);
        QFETCH(QString, run);
        if (caseName.isEmpty()) QSKIP("tests/fixtures/models holds no reference fixtures yet");
        const auto ref = reference(caseName);
        const std::string r = run.toStdString();
        const auto model = modelFor(caseName);
        RunOptions options;
        options.mask = HeadMask::parse(metadata(*ref, r + ".mask"));
        const auto capture = model->run(testing::referenceRunInput(*ref, r), options);
        if (ref->contains(r + ".encoder_attention.0")) {
            // Encoder-decoder: each attention kind is a part of the capture, with its own reference maps.
            QVERIFY(capture->modelInfo().encoderDecoder);
            const auto encoder = capture->part(AttentionKind::Encoder);
            const auto decoder = capture->part(AttentionKind::Decoder);
            const auto cross = capture->part(AttentionKind::Cross);
            QVERIFY(encoder && decoder && cross);
            QCOMPARE(cross->keyTokenCount(), encoder->tokenCount());
            compareMaps(*encoder, *ref, r + ".encoder_attention.");
            compareMaps(*decoder, *ref, r + ".decoder_attention.");
            compareMaps(*cross, *ref, r + ".cross_attention.");
            compareNorms(*encoder, *ref, r + ".encoder_hidden_norms");
            compareNorms(*decoder, *ref, r + ".decoder_hidden_norms");
            // The folder's tokenizer gives the ids transformers ran, on both sides.
            QVERIFY(model->tokenizer());
            QCOMPARE(model->tokenizer()->encode(metadata(*ref, r + ".text")).ids, ref->integers(r + ".input_ids"));
            QCOMPARE(model->tokenizer()->encode(metadata(*ref, r + ".target")).ids,
                     ref->integers(r + ".decoder_input_ids"));
        } else {
            compareMaps(*capture, *ref, r + ".attention.");
            compareNorms(*capture, *ref, r + ".hidden_norms");
        }

        if (ref->contains(r + ".logits")) {
            QVERIFY(capture->hasLogits());
            const auto logits = ref->floats(r + ".logits");
            QCOMPARE(capture->logits().values.size(), logits.size());
            const double tolerance = 1e-3 * std::max(1.0, maxAbs(logits));
            double worst = 0;
            for (size_t i = 0; i < logits.size(); ++i)
                worst = std::max(worst, std::abs(double(capture->logits().values[i]) - logits[i]));
            QVERIFY2(worst <= tolerance, qPrintable(QString("logits max |diff| %1 > %2").arg(worst).arg(tolerance)));
        }
    }

    // ViT runs also keep the image: our decoding + Pillow-style resize + rescale/normalize must give the
    // processor's pixel_values, and a capture from the file must match the reference.
    void imagePreprocessingMatchesTheProcessor_data() {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("run");
        const QStringList cases = QDir(kModels).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        bool any = false;
        for (const auto& caseName : cases) {
            if (!QFile::exists(kModels + "/" + caseName + "/reference.safetensors")) continue;
            const auto ref = reference(caseName);
            for (const auto& run : split(metadata(*ref, "runs")))
                if (!metadata(*ref, run + ".image").empty()) {
                    QTest::newRow(qPrintable(caseName + "/" + QString::fromStdString(run)))
                        << caseName << QString::fromStdString(run);
                    any = true;
                }
        }
        if (!any) QTest::newRow("no image fixtures") << QString() << QString();
    }

    void imagePreprocessingMatchesTheProcessor() {
        QFETCH(QString, caseName);
        QFETCH(QString, run);
        if (caseName.isEmpty()) QSKIP("no image fixtures yet");
        const auto ref = reference(caseName);
        const std::string r = run.toStdString();
        const std::string folder = (kModels + "/" + caseName).toStdString();
        const std::string image = folder + "/" + metadata(*ref, r + ".image");
        const auto expected = ref->floats(r + ".pixel_values");
        const auto options = ImagePreprocessing::fromDirectory(folder, 224);
        const auto pixels = preprocessImage(readImage(image), options);
        QCOMPARE(pixels.size(), expected.size());
        double worst = 0;
        for (size_t i = 0; i < pixels.size(); ++i) worst = std::max(worst, std::abs(double(pixels[i]) - expected[i]));
        // One 8-bit level after normalisation is 1 / 255 / std.
        const double level = 1.0 / 255.0 / *std::min_element(options.std.begin(), options.std.end());
        QVERIFY2(worst <= 1e-5 + level * 0.01, qPrintable(QString("pixel max |diff| %1").arg(worst)));

        ModelInput input;
        input.imagePath = image;
        RunOptions runOptions;
        runOptions.mask = HeadMask::parse(metadata(*ref, r + ".mask"));
        const auto capture = modelFor(caseName)->run(input, runOptions);
        const auto logits = ref->floats(r + ".logits");
        double logitWorst = 0;
        for (size_t i = 0; i < logits.size(); ++i)
            logitWorst = std::max(logitWorst, std::abs(double(capture->logits().values[i]) - logits[i]));
        QVERIFY2(logitWorst <= 1e-3 * std::max(1.0, maxAbs(logits)), qPrintable(QString("logits %1").arg(logitWorst)));
    }
};

QTEST_GUILESS_MAIN(TestModelParity)
#include "test_model_parity.moc"
