// attnscope-cli info and capture: the JSON and safetensors contract scripts rely on, checked against the engine
// API on a random model and against transformers' reference on the fixtures.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

#include "attnscope/capture.h"
#include "attnscope/model.h"
#include "attnscope/tools/random_model.h"
#include "attnscope/tools/safetensors.h"
#include "test_support.h"

using namespace attnscope;

namespace {

using testing::ProcessResult;

ProcessResult cli(const QStringList& args) {
    return testing::runCli(args);
}

const char* kTinyBert = R"({"model_type":"bert","hidden_size":32,"num_attention_heads":4,"num_hidden_layers":2,
    "intermediate_size":48,"vocab_size":40,"max_position_embeddings":32,"type_vocab_size":2})";

template <class A, class B>
double maxDiff(const A& a, const B& b) {
    if (a.size() != b.size()) return 1e30;
    double most = 0;
    for (size_t i = 0; i < a.size(); ++i) most = std::max(most, std::abs(double(a[i]) - b[i]));
    return most;
}

// A version 1.0 .npy of little-endian float32 with the given shape text, e.g. "(3, 32, 32)".
void writeNpy(const QString& path, const std::string& shape, const std::vector<float>& values) {
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
    while ((10 + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const char magic[] = "\x93NUMPY\x01\x00";
    file.write(magic, 8);
    const quint16 length = static_cast<quint16>(header.size());
    const char lengthBytes[2] = {static_cast<char>(length & 0xff), static_cast<char>(length >> 8)};
    file.write(lengthBytes, 2);
    file.write(header.data(), static_cast<qint64>(header.size()));
    file.write(reinterpret_cast<const char*>(values.data()), static_cast<qint64>(values.size() * sizeof(float)));
}

}  // namespace

class TestCliModel : public QObject {
    Q_OBJECT
private slots:
    void infoPrintsTheModelAsJson() {
        QTemporaryDir dir;
        const std::string folder = (dir.path() + "/bert").toStdString();
        writeRandomModel(folder, kTinyBert);
        const auto result = cli({"info", "--model", QString::fromStdString(folder)});
        QCOMPARE(result.exitCode, 0);
        const auto info = nlohmann::json::parse(result.out.toStdString());
        QCOMPARE(info["architecture"].get<std::string>(), std::string("bert"));
        QCOMPARE(info["layers"].get<int>(), 2);
        QCOMPARE(info["heads"].get<int>(), 4);
        QCOMPARE(info["kv_heads"].get<int>(), 4);
        QCOMPARE(info["head_dim"].get<int>(), 8);
        QCOMPARE(info["hidden"].get<int>(), 32);
        QCOMPARE(info["vocab"].get<int>(), 40);
        QCOMPARE(info["max_positions"].get<int>(), 32);
        QCOMPARE(info["dtype"].get<std::string>(), std::string("float32"));
        QCOMPARE(info["parameters"].get<int64_t>(), Model::load(folder)->info().parameters);
    }

    void captureWritesMapsNormsLogitsAndMetadata() {
        QTemporaryDir dir;
        const std::string folder = (dir.path() + "/bert").toStdString();
        writeRandomModel(folder, kTinyBert);
        const QString out = dir.path() + "/capture.safetensors";
        const auto result = cli({"capture", "--model", QString::fromStdString(folder), "--ids", "2,7,9,3,11,3",
                                 "--type-ids", "0,0,0,0,1,1", "--mask", "1:2,0:0", "--out", out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        const auto file = safetensors::File::open(out.toStdString());
        QCOMPARE(file->integers("input_ids"), (std::vector<int64_t>{2, 7, 9, 3, 11, 3}));
        QCOMPARE(file->integers("token_type_ids"), (std::vector<int64_t>{0, 0, 0, 0, 1, 1}));
        QCOMPARE(file->tensor("attention.1").shape, (std::vector<int64_t>{4, 6, 6}));
        QCOMPARE(file->tensor("hidden_norms").shape, (std::vector<int64_t>{3, 6}));
        QCOMPARE(file->tensor("logits").shape, (std::vector<int64_t>{6, 40}));
        QCOMPARE(QString::fromStdString(file->metadata().at("mask")), QString("0:0,1:2"));
        QCOMPARE(nlohmann::json::parse(file->metadata().at("tokens")).size(), size_t(6));

        ModelInput input;
        input.ids = {2, 7, 9, 3, 11, 3};
        input.typeIds = {0, 0, 0, 0, 1, 1};
        RunOptions options;
        options.mask = HeadMask::parse("1:2,0:0");
        const auto capture = Model::load(folder)->run(input, options);
        QCOMPARE(maxDiff(file->floats("logits"), capture->logits().values), 0.0);
        QCOMPARE(maxDiff(file->floats("hidden_norms"), capture->hiddenNorms().values), 0.0);
        const auto maps = file->floats("attention.1");
        const auto head2 = capture->attention(1, 2).values;
        QCOMPARE(maxDiff(std::vector<float>(maps.begin() + 72, maps.begin() + 108), head2), 0.0);
    }

    void captureMatchesTheTransformersFixture() {
        const QString folder = ATTNSCOPE_TEST_DATA_DIR "/fixtures/models/gpt2";
        if (!QFile::exists(folder + "/reference.safetensors")) QSKIP("the gpt2 fixture has not landed yet");
        const auto ref = safetensors::File::open((folder + "/reference.safetensors").toStdString());
        const std::string run = ref->metadata().at("runs").substr(0, ref->metadata().at("runs").find(','));
        QStringList ids;
        for (auto id : ref->integers(run + ".input_ids")) ids << QString::number(id);
        QTemporaryDir dir;
        const QString out = dir.path() + "/capture.safetensors";
        const auto mask = ref->metadata().count(run + ".mask") ? ref->metadata().at(run + ".mask") : std::string();
        const auto result = cli({"capture", "--model", folder, "--ids", ids.join(","), "--mask",
                                 QString::fromStdString(mask), "--out", out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto file = safetensors::File::open(out.toStdString());
        for (int layer = 0; file->contains("attention." + std::to_string(layer)); ++layer) {
            const auto name = "attention." + std::to_string(layer);
            QVERIFY(maxDiff(file->floats(name), ref->floats(run + "." + name)) <= 1e-4);
        }
        const auto logits = ref->floats(run + ".logits");
        double scale = 1;
        for (float v : logits) scale = std::max(scale, std::abs(double(v)));
        QVERIFY(maxDiff(file->floats("logits"), logits) <= 1e-3 * scale);
    }

    void captureOfPreprocessedPixelsMatchesTheTransformersFixture() {
        const QString folder = testing::modelFixture("vit");
        const auto ref = safetensors::File::open((folder + "/reference.safetensors").toStdString());
        // The processor's own output for the wide image (resized by transformers), as a [3, 32, 32] .npy.
        const std::vector<float> pixels = ref->floats("plain1.pixel_values");
        QTemporaryDir dir;
        const QString npy = dir.filePath("pixels.npy");
        writeNpy(npy, "(3, 32, 32)", pixels);
        const QString out = dir.filePath("capture.safetensors");
        const auto result = cli({"capture", "--model", folder, "--pixels", npy, "--out", out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto file = safetensors::File::open(out.toStdString());
        for (int layer = 0; file->contains("attention." + std::to_string(layer)); ++layer) {
            const auto name = "attention." + std::to_string(layer);
            QVERIFY(maxDiff(file->floats(name), ref->floats("plain1." + name)) <= 1e-4);
        }
        // Pixels of another layout are refused in one line naming the file.
        writeNpy(npy, "(32, 96)", pixels);
        const auto wrong = cli({"capture", "--model", folder, "--pixels", npy, "--out", out});
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err.trimmed().count('\n'), 0);
        QVERIFY2(wrong.err.contains("pixels.npy") && wrong.err.contains("(32, 96)"), qPrintable(wrong.err));
        // And so are pixels for a text model.
        const auto text = cli({"capture", "--model", testing::modelFixture("gpt2"), "--pixels", npy, "--out", out});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.err.contains("--pixels"), qPrintable(text.err));
    }

    void randomModelWritesALoadableFolderForTheConfig() {
        QTemporaryDir dir;
        QFile config(dir.filePath("config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(kTinyBert);
        config.close();
        const auto result = cli({"random-model", "--config", config.fileName(), "--out", dir.filePath("m"), "--seed",
                                 "3", "--scale", "0.5"});
        QCOMPARE(result.exitCode, 0);
        const auto model = Model::load(dir.filePath("m").toStdString());
        QCOMPARE(model->info().layers, 2);
        QCOMPARE(model->info().heads, 4);
        const auto missing = cli({"random-model", "--config", dir.filePath("none.json"), "--out", dir.filePath("n")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("none.json") && missing.err.contains("cannot read"), qPrintable(missing.err));
        const auto unknown =
            cli({"random-model", "--config", config.fileName(), "--out", dir.filePath("m2"), "--dtype", "int3"});
        QVERIFY(unknown.exitCode != 0);
    }

    void trainDemoWritesTheGrammarCorpus() {
        QTemporaryDir dir;
        const auto result =
            cli({"train-demo", "--write-corpus", dir.filePath("c.txt"), "--documents", "12", "--seed", "7"});
        QCOMPARE(result.exitCode, 0);
        QFile file(dir.filePath("c.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12);
        // The shipped corpus was made with these flags: its first lines are these documents.
        QFile shipped(QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/corpus/demo_grammar.txt");
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QStringList shippedLines = QString::fromUtf8(shipped.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(shippedLines.size(), 150);
        QCOMPARE(shippedLines.mid(0, 12), lines);
    }

    void metricsOfATextFileScoreEachLineAsItsOwnInput() {
        QTemporaryDir dir;
        const QString model = testing::modelFixture("gpt2");
        QFile texts(dir.filePath("texts.txt"));
        QVERIFY(texts.open(QIODevice::WriteOnly));
        texts.write("the cat sat on the mat\n\n  \nthe dog ran\r\n");
        texts.close();
        const auto lines = cli({"metrics", "--model", model, "--text-file", texts.fileName()});
        QCOMPARE(lines.exitCode, 0);
        const QStringList out = lines.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 2);  // the blank lines are not inputs
        const QStringList inputs = {"the cat sat on the mat", "the dog ran"};
        for (int i = 0; i < 2; ++i) {
            // Each line holds what `metrics --text` prints for that text alone.
            const auto alone = cli({"metrics", "--model", model, "--text", inputs[i]});
            QCOMPARE(alone.exitCode, 0);
            QCOMPARE(nlohmann::json::parse(out[i].toStdString()), nlohmann::json::parse(alone.out.toStdString()));
        }
        const auto csv = cli({"metrics", "--model", model, "--text-file", texts.fileName(), "--format", "csv"});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.split('\n', Qt::SkipEmptyParts);
        QVERIFY(rows[0].startsWith("line,layer,head,sink"));
        QVERIFY(rows[1].startsWith("1,0,0,"));
        QVERIFY(rows.last().startsWith("4,"));

        const auto both = cli({"metrics", "--model", model, "--text-file", texts.fileName(), "--text", "a"});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains("--text-file"));
        const auto missing = cli({"metrics", "--model", model, "--text-file", dir.filePath("none.txt")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.txt: cannot read the file"));
    }

    void errorsExitNonZeroWithOneLine() {
        QTemporaryDir dir;
        const auto missing = cli({"info", "--model", dir.path() + "/nothing"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("model folder does not exist"));
        QCOMPARE(missing.err.trimmed().count('\n'), 0);

        const std::string folder = (dir.path() + "/bert").toStdString();
        writeRandomModel(folder, kTinyBert);
        const auto noInput = cli({"capture", "--model", QString::fromStdString(folder), "--out", dir.path() + "/x"});
        QVERIFY(noInput.exitCode != 0);
        QVERIFY(noInput.err.contains("exactly one of --text, --ids, --image or --pixels"));
        const auto noTokenizer =
            cli({"capture", "--model", QString::fromStdString(folder), "--text", "hello", "--out", dir.path() + "/x"});
        QVERIFY(noTokenizer.exitCode != 0);
        QVERIFY(noTokenizer.err.contains("tokenizer"));
    }
};

QTEST_GUILESS_MAIN(TestCliModel)
#include "test_cli_model.moc"
