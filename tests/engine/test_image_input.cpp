// Image input: stb decoding and the Pillow-compatible resampler (bit-exact against Pillow's Image.resize output
// recorded by tests/fixtures/images/make_resize_reference.py), plus rescale/normalize.
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "attnscope/error.h"
#include "attnscope/image_input.h"

using namespace attnscope;

namespace {
const std::string kImages = ATTNSCOPE_TEST_DATA_DIR "/fixtures/images/";
}

class TestImageInput : public QObject {
    Q_OBJECT
private slots:
    void decodesPngToRgb() {
        const auto image = readImage(kImages + "resize_source.png");
        QCOMPARE(image.width, 37);
        QCOMPARE(image.height, 23);
        // The generator's pixel (x=5, y=2): ((5*53+2*19)%256, (25+14)%256, (255-55+4)%256).
        const size_t at = (2 * 37 + 5) * 3;
        QCOMPARE(int(image.pixels[at]), (5 * 53 + 2 * 19) % 256);
        QCOMPARE(int(image.pixels[at + 1]), 39);
        QCOMPARE(int(image.pixels[at + 2]), 204);
    }

    void resizeMatchesPillowExactly_data() {
        QTest::addColumn<int>("index");
        std::ifstream in(kImages + "resize_reference.json");
        const auto reference = nlohmann::json::parse(in);
        for (size_t i = 0; i < reference["cases"].size(); ++i) {
            const auto& c = reference["cases"][i];
            QTest::newRow(qPrintable(QString("%1x%2 resample %3")
                                         .arg(c["width"].get<int>())
                                         .arg(c["height"].get<int>())
                                         .arg(c["resample"].get<int>())))
                << int(i);
        }
    }
    void resizeMatchesPillowExactly() {
        QFETCH(int, index);
        std::ifstream in(kImages + "resize_reference.json");
        const auto c = nlohmann::json::parse(in)["cases"][size_t(index)];
        const auto source = readImage(kImages + "resize_source.png");
        const auto resized = resizeImage(source, c["width"], c["height"], c["resample"]);
        const auto expected = c["pixels"].get<std::vector<int>>();
        QCOMPARE(resized.pixels.size(), expected.size());
        int mismatches = 0;
        for (size_t i = 0; i < expected.size(); ++i) mismatches += int(resized.pixels[i]) != expected[i];
        QCOMPARE(mismatches, 0);
    }

    void rescaleAndNormalizeFollowTheProcessor() {
        RgbImage image;
        image.width = 1;
        image.height = 1;
        image.pixels = {0, 128, 255};
        ImagePreprocessing options;
        options.doResize = false;
        options.mean = {0.5, 0.4, 0.3};
        options.std = {0.5, 0.25, 0.2};
        const auto pixels = preprocessImage(image, options);
        QCOMPARE(pixels.size(), size_t(3));
        QCOMPARE(pixels[0], -1.0f);
        QVERIFY(std::abs(pixels[1] - (128.0f / 255.0f - 0.4f) / 0.25f) < 1e-6f);
        QVERIFY(std::abs(pixels[2] - (1.0f - 0.3f) / 0.2f) < 1e-6f);
    }

    void resamplerFollowsTheTransformersVersionThatWroteTheFolder() {
        QTemporaryDir dir;
        const std::string folder = dir.path().toStdString();
        std::ofstream(folder + "/config.json") << R"({"model_type": "vit", "transformers_version": "4.44.2"})";
        QVERIFY(ImagePreprocessing::fromDirectory(folder, 32).resampler == Resampler::Pillow);
        std::ofstream(folder + "/config.json") << R"({"model_type": "vit", "transformers_version": "5.17.0"})";
        QVERIFY(ImagePreprocessing::fromDirectory(folder, 32).resampler == Resampler::Torchvision);
        std::ofstream(folder + "/config.json") << R"({"model_type": "vit", "transformers_version": "4.44.2"})";
        std::ofstream(folder + "/preprocessor_config.json") << R"({"image_processor_type": "ViTImageProcessorFast"})";
        QVERIFY(ImagePreprocessing::fromDirectory(folder, 32).resampler == Resampler::Torchvision);
    }

    void torchvisionRoundingDiffersFromPillowByAtMostOneLevel() {
        const auto source = readImage(kImages + "resize_source.png");
        const auto pillow = resizeImage(source, 16, 16, 2, Resampler::Pillow);
        const auto torchvision = resizeImage(source, 16, 16, 2, Resampler::Torchvision);
        int differing = 0;
        for (size_t i = 0; i < pillow.pixels.size(); ++i) {
            QVERIFY(std::abs(int(pillow.pixels[i]) - int(torchvision.pixels[i])) <= 1);
            differing += pillow.pixels[i] != torchvision.pixels[i];
        }
        QVERIFY(differing < int(pillow.pixels.size()) / 5);
    }

    void unreadableImageNamesTheFile() {
        try {
            readImage(kImages + "make_resize_reference.py");
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            QVERIFY(std::string(error.what()).find("make_resize_reference.py") != std::string::npos);
        }
    }

    void truncatedUncompressedImageIsRefusedBeforeDecoding() {
        // A 24-bit BMP header claiming 4000 x 3000 pixels, and no pixels.
        std::vector<unsigned char> bmp(54, 0);
        bmp[0] = 'B', bmp[1] = 'M', bmp[10] = 54, bmp[14] = 40;
        bmp[18] = 4000 & 0xff, bmp[19] = 4000 >> 8, bmp[22] = 3000 & 0xff, bmp[23] = 3000 >> 8;
        bmp[26] = 1, bmp[28] = 24;
        QTemporaryDir dir;
        const std::string path = dir.filePath("claims.bmp").toStdString();
        std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bmp.data()), 54);
        try {
            readImage(path);
            QFAIL("expected an error");
        } catch (const EngineError& error) {
            const std::string text = error.what();
            QVERIFY2(text.find("4000 x 3000") != std::string::npos && text.find("truncated") != std::string::npos &&
                         text.find("claims.bmp") != std::string::npos,
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestImageInput)
#include "test_image_input.moc"
