// `attnscope-cli embed --model DIR --corpus FILE --layer L --head H`: one CSV row per query and key with the
// documented columns, tokens CSV-quoted, the quality line on stderr, the same file for the same seed.
#include <QtTest>

#include "test_support.h"

namespace {

using attnscope::testing::runCli;

QString outputPath(const QString& name) {
    return attnscope::testing::outputPath("cli_embed_corpus_" + name);
}

QString gpt2() {
    return attnscope::testing::modelFixture("gpt2");
}

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
}

// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
QStringList csvFields(const QString& line) {
    QStringList fields{QString()};
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.append(QString());
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

QStringList corpusArguments(const QString& method, const QString& out) {
    return {"embed",   "--model",   gpt2(),   "--corpus", outputPath("corpus.txt"),
            "--layer", "1",         "--head", "2",        "--method",
            method,    "--threads", "2",      "--out",    outputPath(out)};
}

}  // namespace

class TestCliEmbedCorpus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QFile corpus(outputPath("corpus.txt"));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        corpus.write("The cat sat.\nAlice said \"hi\", then left.\n\nBob has 3 apples.\nWhy?\nA dog runs.\n");
    }

    void writesOneRowPerQueryAndKeyWithTheDocumentedColumns() {
        const auto run = runCli(corpusArguments("pca", "pca.csv"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(QRegularExpression("^knn_preservation=0\\.\\d{3} seconds=\\d+\\.\\d\\n$").match(run.err).hasMatch(),
                 qPrintable(run.err));
        const QStringList lines = readLines(outputPath("pca.csv"));
        QCOMPARE(lines[0], QString("kind,input,position,token,x,y"));
        const int points = static_cast<int>(lines.size()) - 1;
        QCOMPARE(points % 2, 0);
        // Queries of every input, then keys; inputs 0..4 in order, positions from 0.
        const QStringList first = csvFields(lines[1]), last = csvFields(lines.last());
        QCOMPARE(first.mid(0, 3), (QStringList{"q", "0", "0"}));
        QCOMPARE(csvFields(lines[points / 2 + 1]).mid(0, 3), (QStringList{"k", "0", "0"}));
        QCOMPARE(last[0], QString("k"));
        QCOMPARE(last[1], QString("4"));
        for (const QString& line : lines.mid(1)) QCOMPARE(csvFields(line).size(), 6);
        // Tokens with commas or quotes are quoted, their quotes doubled.
        QVERIFY(!lines.filter(QRegularExpression("^q,1,\\d+,\",\",")).isEmpty());
        QVERIFY(lines.filter(QRegularExpression("^q,1,\\d+,\"[^,]*\"\"")).size() >= 1);
    }

    void threeDimensionsAddAZColumn() {
        const auto run = runCli(corpusArguments("pca", "pca3.csv") << "--dims"
                                                                   << "3");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readLines(outputPath("pca3.csv"))[0], QString("kind,input,position,token,x,y,z"));
    }

    void theSameSeedWritesTheSameFile() {
        QVERIFY(runCli(corpusArguments("umap", "umap_a.csv") << "--seed"
                                                             << "5")
                    .exitCode == 0);
        QVERIFY(runCli(corpusArguments("umap", "umap_b.csv") << "--seed"
                                                             << "5")
                    .exitCode == 0);
        QVERIFY(runCli(corpusArguments("umap", "umap_c.csv") << "--seed"
                                                             << "6")
                    .exitCode == 0);
        QCOMPARE(readLines(outputPath("umap_a.csv")), readLines(outputPath("umap_b.csv")));
        QVERIFY(readLines(outputPath("umap_a.csv")) != readLines(outputPath("umap_c.csv")));
    }

    void aHeadOutsideTheModelIsAnError() {
        QStringList arguments = corpusArguments("pca", "bad.csv");
        arguments[arguments.indexOf("--head") + 1] = "4";
        const auto run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);  // a flag outside the model
        QVERIFY2(run.err.contains("--head: expected 0 to 3 (the 4 heads of"), qPrintable(run.err));
    }

    void theMemoryLimitIsEnforced() {
        const auto run = runCli(corpusArguments("pca", "limit.csv") << "--memory-limit-mb"
                                                                    << "0.001");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("over the limit"), qPrintable(run.err));
    }

    void vectorsAndCorpusTogetherAreAnError() {
        const auto run = runCli(corpusArguments("pca", "both.csv") << "--vectors"
                                                                   << "x.npy");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("either --vectors"), qPrintable(run.err));
        const auto noHead = runCli({"embed", "--model", gpt2(), "--corpus", outputPath("corpus.txt"), "--layer", "0",
                                    "--out", outputPath("nohead.csv")});
        QCOMPARE(noHead.exitCode, 2);
        QVERIFY2(noHead.err.contains("--corpus: needs --layer and --head"), qPrintable(noHead.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEmbedCorpus)
#include "test_cli_embed_corpus.moc"
