// `attnscope-cli tokenize`: JSON on stdout for a text or a pair, one error line and a non-zero exit on bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <filesystem>

#include "test_support.h"

namespace fs = std::filesystem;

namespace {

// Standard output and error as bytes: the JSON is parsed, the error lines counted.
struct Run {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& arguments) {
    const auto result = attnscope::testing::runCli(arguments, 60000);
    return {result.exitCode, result.out.toUtf8(), result.err.toUtf8()};
}

// A model folder holding only the hand-written BERT tokenizer.
QString bertFolder() {
    const fs::path folder = fs::path(ATTNSCOPE_TEST_OUTPUT_DIR) / "cli_tokenize_bert";
    fs::create_directories(folder);
    fs::copy_file(fs::path(ATTNSCOPE_TEST_DATA_DIR) / "tokenizer" / "data" / "bert_wordpiece.json",
                  folder / "tokenizer.json", fs::copy_options::overwrite_existing);
    return QString::fromStdString(folder.string());
}

QString numbers(const QJsonArray& array) {
    QStringList out;
    for (const auto& value : array) out << QString::number(value.toInteger());
    return out.join(' ');
}

}  // namespace

class TestCliTokenize : public QObject {
    Q_OBJECT
private slots:
    void printsIdsTokensOffsetsAndTypeIds() {
        const Run run = cli({"tokenize", "--model", bertFolder(), "--text", "Hello, World!"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(numbers(json["ids"].toArray()), QString("2 5 13 6 7 3"));
        QCOMPARE(json["tokens"].toArray().at(1).toString(), QString("hello"));
        QCOMPARE(json["offsets"].toArray().at(3).toArray().at(0).toInt(), 7);
        QCOMPARE(json["offsets"].toArray().at(3).toArray().at(1).toInt(), 12);
        QCOMPARE(numbers(json["type_ids"].toArray()), QString("0 0 0 0 0 0"));
    }
    void encodesPairsAndCanLeaveOutSpecialTokens() {
        const Run pair = cli({"tokenize", "--model", bertFolder(), "--text", "hello", "--pair", "world"});
        QCOMPARE(pair.exitCode, 0);
        QCOMPARE(numbers(QJsonDocument::fromJson(pair.out).object()["type_ids"].toArray()), QString("0 0 0 1 1"));
        const Run plain = cli({"tokenize", "--model", bertFolder(), "--text", "hello", "--no-special"});
        QCOMPARE(numbers(QJsonDocument::fromJson(plain.out).object()["ids"].toArray()), QString("5"));
    }
    void missingModelFolderIsOneErrorLine() {
        const Run run = cli({"tokenize", "--model", "/nonexistent/model", "--text", "hi"});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains("/nonexistent/model"));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliTokenize)
#include "test_cli_tokenize.moc"
