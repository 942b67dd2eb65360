// Hostile files and extreme options through attnscope-cli, one case per row of the reliability table (issue 17):
// each ends with exit 1 (bad input) or 2 (a bad flag), a one-line message naming the file, key or flag, no output
// file, and a peak RSS under 1 GB. Inputs are made here from the fixtures, a few bytes each.
#include <sys/resource.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>

#include "attnscope/runtime.h"
#include "test_support.h"

using attnscope::testing::modelFixture;
using attnscope::testing::ProcessResult;
using attnscope::testing::runCli;

namespace {

// The largest resident set of any child this process has waited for, in bytes (Linux reports kilobytes).
qint64 peakChildBytes() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<qint64>(usage.ru_maxrss) * 1024;
}

constexpr qint64 kMemoryBound = qint64(1) << 30;

QByteArray readAll(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A copy of a fixture model folder.
QString copyFixture(const QTemporaryDir& dir, const QString& fixture, const QString& name) {
    const QString to = dir.filePath(name);
    QDir().mkpath(to);
    for (const QFileInfo& file : QDir(modelFixture(fixture)).entryInfoList(QDir::Files))
        QFile::copy(file.filePath(), to + "/" + file.fileName());
    return to;
}

void editJson(const QString& path, const std::function<void(QJsonObject&)>& edit) {
    QJsonObject object = QJsonDocument::fromJson(readAll(path)).object();
    edit(object);
    writeAll(path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Fills every float32 of `tensor` in a safetensors file with NaN.
void poisonTensor(const QString& path, const QString& tensor) {
    QByteArray bytes = readAll(path);
    const auto headerSize = qFromLittleEndian<quint64>(bytes.constData());
    const QJsonObject header = QJsonDocument::fromJson(bytes.mid(8, static_cast<int>(headerSize))).object();
    const QJsonArray offsets = header[tensor].toObject()["data_offsets"].toArray();
    QVERIFY(!offsets.isEmpty());
    const float nan = std::nanf("");
    for (qint64 at = offsets[0].toInteger(); at < offsets[1].toInteger(); at += 4)
        std::memcpy(bytes.data() + 8 + headerSize + at, &nan, 4);
    writeAll(path, bytes);
}

// A NumPy header in front of `data`, claiming `shape`.
QByteArray npy(const QString& shape, const QByteArray& data) {
    QByteArray header = QStringLiteral("{'descr': '<f4', 'fortran_order': False, 'shape': (%1), }").arg(shape).toLatin1();
    while ((10 + header.size() + 1) % 64 != 0) header += ' ';
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian<quint16>(static_cast<quint16>(header.size()));
    out.append(reinterpret_cast<const char*>(&length), 2);
    return out + header + data;
}

QByteArray floats(const std::vector<float>& values) {
    return QByteArray(reinterpret_cast<const char*>(values.data()), static_cast<qsizetype>(values.size() * 4));
}

quint32 crc32(const QByteArray& bytes) {
    quint32 crc = 0xffffffffu;
    for (char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char* type, const QByteArray& data) {
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(data.size()), out.data());
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return out + body + crc;
}

// A PNG header claiming width x height pixels (8-bit RGB) over a few hundred bytes of data.
QByteArray claimedPng(quint32 width, quint32 height) {
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8;  // bit depth
    ihdr[9] = 2;  // RGB
    const QByteArray idat = qCompress(QByteArray(512, '\0')).mid(4);  // a zlib stream, too short for the image
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) +
           pngChunk("IEND", {});
}

}  // namespace

class TestCliHostile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    // Exit `code`, one line on stderr holding every one of `names`, no file at `output` (when given), memory bounded.
    void expectRefusal(const ProcessResult& run, int code, const QStringList& names, const QString& output = {}) {
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QVERIFY2(run.exitCode == code, qPrintable(QString("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QCOMPARE(run.err.trimmed().count('\n'), 0);
        for (const QString& name : names) QVERIFY2(run.err.contains(name), qPrintable(name + " not in: " + run.err));
        if (!output.isEmpty()) QVERIFY2(!QFileInfo::exists(output), qPrintable(output));
        QVERIFY2(peakChildBytes() < kMemoryBound, qPrintable(QString::number(peakChildBytes())));
    }

private slots:
    void theMemoryMeasureSeesTheChildren() {
        QCOMPARE(runCli({"info", "--model", modelFixture("gpt2")}).exitCode, 0);
        QVERIFY(peakChildBytes() > (qint64(20) << 20));  // LibTorch alone is more than 20 MB
    }

    void parallelRunsOutsideTheirRangeAreRefusedAtParsing() {
        for (const char* value : {"100000", "30000", "-3"})
            expectRefusal(runCli({"importance", "--model", modelFixture("gpt2"), "--text", "the cat sat",
                                  "--parallel-runs", value}),
                          2, {"--parallel-runs", "expected 0 to 256"});
    }

    void aBillionLayersAreRefusedBeforeAnyAllocation() {
        const QString model = copyFixture(dir_, "gpt2", "billion");
        editJson(model + "/config.json", [](QJsonObject& c) { c["n_layer"] = 1000000000; });
        expectRefusal(runCli({"info", "--model", model}), 1, {"config.json", "n_layer", "expected 1 to 4096"});
    }

    void aTenMegabyteAddedTokenIsRefused() {
        const QString model = copyFixture(dir_, "gpt2", "added");
        editJson(model + "/tokenizer.json", [](QJsonObject& t) {
            QJsonArray added = t["added_tokens"].toArray();
            added.append(QJsonObject{{"id", 599},
                                     {"content", QString(10'000'000, 'x')},
                                     {"single_word", false},
                                     {"lstrip", false},
                                     {"rstrip", false},
                                     {"normalized", false},
                                     {"special", false}});
            t["added_tokens"] = added;
        });
        expectRefusal(runCli({"tokenize", "--model", model, "--text", "hello"}), 1,
                      {"tokenizer.json", "added_tokens", "10000000 bytes"});
    }

    void anNpyHeaderClaimingGigabytesIsRefusedBeforeReading() {
        const QString path = dir_.filePath("claims.npy");
        writeAll(path, npy("134217728, 8", QByteArray(1600, '\0')));
        const QString out = dir_.filePath("claims.csv");
        expectRefusal(runCli({"embed", "--vectors", path, "--out", out}), 1,
                      {"claims.npy", "truncated data", "4294967296 bytes"}, out);
        expectRefusal(runCli({"embedding-quality", "--vectors", path, "--embedding", path}), 1,
                      {"claims.npy", "truncated data"});
        writeAll(path, npy("2, 2", QByteArray(64, '\0')));
        expectRefusal(runCli({"embed", "--vectors", path, "--out", out}), 1, {"extra data"}, out);
    }

    void aProbeLongerThanTheModelIsRefusedBeforeItIsDrawn() {
        expectRefusal(runCli({"metrics", "--model", modelFixture("gpt2"), "--probe", "induction", "--probe-length",
                              "100000000"}),
                      2, {"--probe-length"});
        expectRefusal(runCli({"metrics", "--model", modelFixture("gpt2"), "--probe", "induction", "--probe-length",
                              "1000"}),
                      2, {"--probe-length", "needs 2001 positions", "takes 128"});
    }

    void anImageClaimingFourHundredMegapixelsIsRefusedFromItsHeader() {
        const QString image = dir_.filePath("huge.png");
        writeAll(image, claimedPng(20000, 20000));
        const QString out = dir_.filePath("huge.safetensors");
        expectRefusal(runCli({"capture", "--model", modelFixture("vit"), "--image", image, "--out", out}), 1,
                      {"huge.png", "20000 x 20000 pixels", "megapixels"}, out);
    }

    void embeddingIterationsAndTheMemoryLimitHaveRanges() {
        const QString out = dir_.filePath("iterations.csv");
        expectRefusal(runCli({"embed", "--vectors", "x.npy", "--iterations", "2000000000", "--out", out}), 2,
                      {"--iterations", "expected 0 to 100000"}, out);
        const ProcessResult help = runCli({"embed", "--help"});
        QCOMPARE(help.exitCode, 0);
        const QString text = help.out.simplified();  // the help wraps its lines
        QVERIFY2(text.contains("0: only the memory the machine has") && text.contains("(0 to 100000)"),
                 qPrintable(help.out));
    }

    void theNeighbourDeviceIsOneOfThreeAndCudaNeedsADevice() {
        const QString out = dir_.filePath("neighbours.csv");
        expectRefusal(runCli({"embed", "--vectors", "x.npy", "--neighbour-device", "gpu", "--out", out}), 2,
                      {"--neighbour-device", "auto, cpu or cuda"}, out);
        if (attnscope::runtimeInfo().cudaAvailable) return;  // the refusal below is for builds without CUDA
        const QString vectors = dir_.filePath("neighbour_vectors.npy");
        std::vector<float> values(40 * 4);
        for (size_t i = 0; i < values.size(); ++i) values[i] = std::sin(static_cast<float>(i));
        writeAll(vectors, npy("40, 4", floats(values)));
        expectRefusal(runCli({"embed", "--vectors", vectors, "--neighbour-device", "cuda", "--out", out}), 1,
                      {"neighbour search on cuda", "no CUDA device"}, out);
    }

    void theDemoRecallAnswerIsAfterBeforeOrMark() {
        const QString out = dir_.filePath("recall_demo");
        expectRefusal(runCli({"train-demo", "--out", out, "--recall-rate", "0.2", "--recall-answer", "sideways"}), 2,
                      {"--recall-answer", "before or mark", "sideways"}, out);
        expectRefusal(runCli({"train-demo", "--out", out, "--recall-answer", "mark"}), 2,
                      {"--recall-answer", "--recall-rate"}, out);
    }

    void theDemoSentencesFileMustExistAndHoldSentences() {
        const QString out = dir_.filePath("sentences_demo");
        const QString missing = dir_.filePath("no_sentences.txt");
        expectRefusal(runCli({"train-demo", "--out", out, "--steps", "1", "--sentences", missing}), 1,
                      {"no_sentences.txt", "cannot read the sentences file"}, out);
        QFile blank(dir_.filePath("blank_sentences.txt"));
        QVERIFY(blank.open(QIODevice::WriteOnly));
        blank.write("\n \n");
        blank.close();
        expectRefusal(runCli({"train-demo", "--out", out, "--steps", "1", "--sentences", blank.fileName()}), 1,
                      {"blank_sentences.txt", "has no sentences"}, out);
        expectRefusal(runCli({"train-demo", "--out", out, "--sentence-share", "1.5"}), 2, {"--sentence-share"}, out);
        expectRefusal(runCli({"train-demo", "--out", out, "--steps", "1", "--early-sentence-share", "0.1"}), 1,
                      {"--early-sentence-share", "--sentences"}, out);
    }

    void nanWeightsFailTheRunNamingTheLayer() {
        const QString model = copyFixture(dir_, "llama", "nan");
        poisonTensor(model + "/model.safetensors", "model.layers.1.self_attn.q_proj.weight");
        const QString out = dir_.filePath("nan.safetensors");
        expectRefusal(runCli({"capture", "--model", model, "--text", "the cat sat on the mat", "--out", out}), 1,
                      {"layer 1's attention holds NaN", "--allow-nonfinite"}, out);
        expectRefusal(runCli({"metrics", "--model", model, "--text", "the cat sat on the mat"}), 1,
                      {"layer 1's attention"});
        expectRefusal(runCli({"importance", "--model", model, "--text", "the cat sat on the mat"}), 1,
                      {"loss is NaN"});

        // Allowed: a warning, and NaN scores stay empty cells with the role "undefined", never a number.
        const ProcessResult allowed = runCli({"metrics", "--model", model, "--text", "the cat sat on the mat",
                                              "--format", "csv", "--allow-nonfinite"});
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY2(allowed.err.startsWith("warning: ") && allowed.err.contains("layer 1"), qPrintable(allowed.err));
        const QStringList rows = allowed.out.trimmed().split('\n');
        QVERIFY(rows.size() == 13);
        QVERIFY2(rows[5].startsWith("1,0,,") && rows[5].endsWith(",undefined"), qPrintable(rows[5]));
        QVERIFY2(!rows[1].endsWith(",undefined"), qPrintable(rows[1]));  // layer 0 comes before the NaN
    }

    void brokenRotaryAndNormConstantsAreRefusedFromTheConfig() {
        const QString model = copyFixture(dir_, "llama", "constants");
        editJson(model + "/config.json", [](QJsonObject& c) { c["rope_theta"] = 0; });
        expectRefusal(runCli({"info", "--model", model}), 1, {"config.json", "rope_theta", "above 1, got 0"});
        editJson(model + "/config.json", [](QJsonObject& c) {
            c["rope_theta"] = 10000;
            c["rms_norm_eps"] = -1;
        });
        expectRefusal(runCli({"info", "--model", model}), 1, {"config.json", "rms_norm_eps", "got -1"});
        editJson(model + "/config.json", [](QJsonObject& c) {
            c["rms_norm_eps"] = 1e-6;
            c["hidden_size"] = 1e308;
        });
        expectRefusal(runCli({"info", "--model", model}), 1, {"config.json", "hidden_size", "must be an integer"});
    }

    void embeddingQualityRefusesNaNVectorsNamingTheFile() {
        std::vector<float> values(30 * 4, 0.5f);
        for (size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(std::sin(double(i)));
        values[9] = std::nanf("");
        const QString vectors = dir_.filePath("nan_vectors.npy"), layout = dir_.filePath("layout.npy");
        writeAll(vectors, npy("30, 4", floats(values)));
        writeAll(layout, npy("30, 2", floats(std::vector<float>(values.begin(), values.begin() + 60))));
        expectRefusal(runCli({"embedding-quality", "--vectors", vectors, "--embedding", layout}), 1,
                      {"nan_vectors.npy", "row 2, column 1 is NaN"});
        const QString out = dir_.filePath("nan_layout.csv");
        expectRefusal(runCli({"embed", "--vectors", vectors, "--out", out}), 1, {"nan_vectors.npy", "NaN"}, out);
    }

    void aTokenizerWithAnEmptyVocabularyIsRefused() {
        const QString model = copyFixture(dir_, "gpt2", "empty_vocab");
        editJson(model + "/tokenizer.json", [](QJsonObject& t) {
            QJsonObject bpe = t["model"].toObject();
            bpe["vocab"] = QJsonObject();
            bpe["merges"] = QJsonArray();
            t["model"] = bpe;
            t["added_tokens"] = QJsonArray();
        });
        const QString out = dir_.filePath("empty.safetensors");
        expectRefusal(runCli({"capture", "--model", model, "--text", "the cat", "--out", out}), 1,
                      {"tokenizer.json", "model.vocab", "empty"}, out);
    }

    void aCorpusLineCutToTheModelsLengthIsReported() {
        const QString corpus = dir_.filePath("long_line.txt");
        QByteArray text = "the cat sat on the mat\n";
        for (int i = 0; i < 400000; ++i) text += "word ";
        writeAll(corpus, text + "\n");
        const ProcessResult run = runCli({"embed", "--model", modelFixture("gpt2"), "--corpus", corpus, "--layer", "0",
                                          "--head", "0", "--method", "pca", "--out", dir_.filePath("long.csv")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("warning: 1 of 2 inputs were cut to the model's 128 positions"), qPrintable(run.err));
        QVERIFY(peakChildBytes() < kMemoryBound);
    }

    void duplicateTensorNamesAndExtraLayersAreRefused() {
        const QString model = copyFixture(dir_, "gpt2", "duplicate");
        QByteArray bytes = readAll(model + "/model.safetensors");
        const auto headerSize = qFromLittleEndian<quint64>(bytes.constData());
        QByteArray header = bytes.mid(8, static_cast<int>(headerSize));
        const int at = header.indexOf("\"transformer.wte.weight\"");
        const QByteArray entry = header.mid(at, header.indexOf('}', at) + 1 - at);
        header.insert(1, entry + ",");
        while (header.size() % 8) header += ' ';
        QByteArray size(8, '\0');
        qToLittleEndian<quint64>(static_cast<quint64>(header.size()), size.data());
        writeAll(model + "/model.safetensors", size + header + bytes.mid(8 + static_cast<int>(headerSize)));
        expectRefusal(runCli({"info", "--model", model}), 1,
                      {"model.safetensors", "names tensor 'transformer.wte.weight' twice"});

        const QString fewer = copyFixture(dir_, "gpt2", "fewer_layers");
        editJson(fewer + "/config.json", [](QJsonObject& c) { c["n_layer"] = 1; });
        expectRefusal(runCli({"info", "--model", fewer}), 1, {"model.safetensors", "a layer past the config's 1"});
    }

    void maskLeastAndTheInputFlagsAreCheckedAgainstTheModel() {
        expectRefusal(runCli({"importance", "--model", modelFixture("gpt2"), "--text", "the cat sat", "--mask-least",
                              "100"}),
                      2, {"--mask-least", "expected 0 to 12"});
        const QString out = dir_.filePath("image_on_text.safetensors");
        expectRefusal(runCli({"capture", "--model", modelFixture("gpt2"), "--image", "cat.png", "--out", out}), 2,
                      {"--image", "reads text, not images"}, out);
    }

    void aLayoutOfTenPointsScoresWithFewerNeighbours() {
        std::vector<float> values(8 * 4);
        for (size_t i = 0; i < values.size(); ++i) values[i] = static_cast<float>(std::cos(double(i) * 0.7));
        const QString vectors = dir_.filePath("eight.npy"), out = dir_.filePath("eight.csv");
        writeAll(vectors, npy("8, 4", floats(values)));
        const ProcessResult run = runCli({"embed", "--vectors", vectors, "--method", "pca", "--out", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("knn_preservation=") && run.err.contains("k=7"), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
