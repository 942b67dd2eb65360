// `attnscope-cli embed`: a small .npy in, a CSV with one row per point out, the quality line on stderr.
#include <QtTest>

#include "attnscope/tools/npy.h"
#include "synthetic_data.h"
#include "test_support.h"

namespace {

using attnscope::testing::runCli;

QString outputPath(const QString& name) {
    return attnscope::testing::outputPath("cli_embed_" + name);
}

}  // namespace

class TestCliEmbed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        attnscope::writeNpyMatrix(outputPath("points.npy").toStdString(),
                                  attnscope::testing::gaussianClusters(3, 40, 6, 3).points);
    }
    void writesOneCsvRowPerPointAndTheQualityLine() {
        for (const QString method : {"pca", "tsne", "umap"}) {
            const auto run = runCli({"embed", "--vectors", outputPath("points.npy"), "--method", method, "--threads",
                                     "2", "--out", outputPath(method + ".csv")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            // t-SNE and UMAP say which path their neighbour search took; on this CPU build, the CPU's exact search.
            const QString neighbours =
                method == "pca" ? "" : "neighbours: exact, cpu \\(blocked products\\), \\d+\\.\\d\\d s\\n";
            QVERIFY2(QRegularExpression("^" + neighbours + "knn_preservation=0\\.\\d{3} seconds=\\d+\\.\\d\\n$")
                         .match(run.err)
                         .hasMatch(),
                     qPrintable(run.err));
            QFile csv(outputPath(method + ".csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const auto lines = QString(csv.readAll()).split('\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 121);
            QCOMPARE(lines[0], QString("x,y"));
            QCOMPARE(lines[1].split(',').size(), 2);
        }
    }
    void threeDimensionsGiveAnXyzHeader() {
        const auto run = runCli({"embed", "--vectors", outputPath("points.npy"), "--method", "umap", "--dims", "3",
                                 "--out", outputPath("umap3.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile csv(outputPath("umap3.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readLine(), QByteArray("x,y,z\n"));
    }
    void malformedInputFailsNamingTheFile() {
        QFile bad(outputPath("bad.npy"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not numpy at all");
        bad.close();
        const auto run = runCli({"embed", "--vectors", outputPath("bad.npy"), "--out", outputPath("bad.csv")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(outputPath("bad.npy")) && run.err.contains("not a .npy file"), qPrintable(run.err));
    }
    void aUmapOfLandmarksSaysHowManyWerePlaced() {
        const auto run =
            runCli({"embed", "--vectors", outputPath("points.npy"), "--method", "umap", "--landmarks-above", "100",
                    "--landmarks", "60", "--out", outputPath("landmarks.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains("landmarks: 60 laid out, 60 placed among them\n"), qPrintable(run.err));
        QFile csv(outputPath("landmarks.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString(csv.readAll()).split('\n', Qt::SkipEmptyParts).size(), 121);
    }
    void landmarksNoMoreThanTheNeighboursAreRefusedNamingTheFlag() {
        const auto run = runCli(
            {"embed", "--vectors", outputPath("points.npy"), "--landmarks", "15", "--out", outputPath("few.csv")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--landmarks") && run.err.contains("more landmarks than --neighbours (15)"),
                 qPrintable(run.err));
    }
    void unknownMethodIsAnError() {
        const auto run =
            runCli({"embed", "--vectors", outputPath("points.npy"), "--method", "mds", "--out", outputPath("mds.csv")});
        QCOMPARE(run.exitCode, 2);  // a bad flag
        QVERIFY2(run.err.contains("--method"), qPrintable(run.err));
        QVERIFY2(run.err.contains("unknown method 'mds'"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliEmbed)
#include "test_cli_embed.moc"
