// The built attnscope binary, run as a user or a script would: --screenshot, bad flags, --help and --version.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QtTest>

#include "screenshot_compare.h"

#include "test_support.h"

namespace {

attnscope::testing::ProcessResult runApp(const QStringList& args) {
    return attnscope::testing::runProcess(QStringLiteral(ATTNSCOPE_APP_PATH), args, 120000);
}

}  // namespace

class TestAppEndToEnd : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

private slots:
    void screenshotRendersTheWholeWindowAtTheGivenSize() {
        const QString png = dir_.filePath("out.png");
        const QString ini = dir_.filePath("tmp.ini");
        // 1024x768, a classroom projector: the smallest size the default layout (ten docks) is made for.
        const auto run = runApp({"--screenshot", png, "--size", "1024x768", "--settings", ini});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QVERIFY2(!image.isNull(), "the PNG is missing or unreadable");
        QCOMPARE(image.size(), QSize(1024, 768));

        // Not blank: a real window has a light background, dark text and many shades from anti-aliasing.
        QSet<QRgb> colours;
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb pixel = image.pixel(x, y);
                colours.insert(pixel);
                if (qGray(pixel) < 80) ++dark;
            }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));  // text: menus, empty state, dock titles
        // Automation leaves the settings file alone.
        QVERIFY(!QFile::exists(ini));
        copyForInspection(png, "app_window_800x600.png");
    }

    void screenshotInGermanRenders() {
        const QString png = dir_.filePath("de.png");
        const auto run =
            runApp({"--screenshot", png, "--size", "1280x800", "--lang", "de", "--settings", dir_.filePath("de.ini")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
        copyForInspection(png, "app_window_de_1280x800.png");
    }

    void modelTextAndMaskRunBeforeTheScreenshot() {
        const QString png = dir_.filePath("masked.png");
        // The demo model: its predictions are peaked enough for the bars to be wide (a random fixture's are ~0.3%).
        const QString model = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/models/demo";
        const auto run =
            runApp({"--model", model, "--text", "Alice gives Bob the book. Carol has 3 apples. Alice gives", "--mask",
                    "1:0", "--layer", "1", "--head", "0", "--screenshot", png, "--size", "1280x800", "--settings",
                    dir_.filePath("masked.ini")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        // The before/after bars: the after run's blue and the before run's grey-blue are both on screen.
        int blue = 0, grey = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (pixel == qRgb(66, 133, 244)) ++blue;
                if (pixel == qRgb(150, 160, 178)) ++grey;
            }
        QVERIFY2(blue > 300 && grey > 300, qPrintable(QString("%1 %2").arg(blue).arg(grey)));
        copyForInspection(png, "app_window_masked_1280x800.png");
    }

    void aModelThatFailsToLoadExitsWithOne() {
        const auto run = runApp({"--model", dir_.filePath("nothing-here"), "--text", "x", "--screenshot",
                                 dir_.filePath("fail.png"), "--settings", dir_.filePath("fail.ini")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nothing-here"), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir_.filePath("fail.png")));
    }

    void unwritableScreenshotFailsWithAMessage() {
        const auto run = runApp({"--screenshot", dir_.filePath("missing/out.png"), "--settings", dir_.filePath("t.ini"),
                                 "--size", "400x300"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--screenshot") && run.err.contains("does not exist"), qPrintable(run.err));
    }

    void badFlagExitsWithTwoNamingTheFlag() {
        const auto run = runApp({"--size", "huge"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--size"), qPrintable(run.err));
    }

    void unknownLanguageExitsWithTwo() {
        const auto run = runApp({"--lang", "ja"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--lang") && run.err.contains("de, en, es, fr, zh_CN"), qPrintable(run.err));
    }

    void helpAndVersionPrintAndExitZero() {
        const auto help = runApp({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: attnscope"));
        const auto version = runApp({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains("Qt: " + QString::fromLatin1(qVersion())), qPrintable(version.out));
        QVERIFY(version.out.contains("VTK: 9."));
        QVERIFY(version.out.contains("LibTorch: "));
    }

    void exportWritesTheViewsFigureAndExits() {
        const QString demo = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/models/demo";
        const QString pdf = dir_.filePath("map.pdf");
        const auto run = runApp({"--model", demo, "--text", "a b c d e f a b c d e f", "--view", "map", "--layer", "1",
                                 "--head", "0", "--export", pdf, "--settings", dir_.filePath("export.ini")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile(pdf).size() > 1000);
        // The embedding's figure needs OpenGL, which this run (under Xvfb) has.
        const QString svg = dir_.filePath("embedding.svg");
        const auto embedding = runApp({"--model", demo, "--text", "a b c d e f a b c d e f", "--view", "embedding",
                                       "--export", svg, "--settings", dir_.filePath("export.ini")});
        QVERIFY2(embedding.exitCode == 0, qPrintable(embedding.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("<circle") + text.count("<ellipse") + text.count("<path") > 20);  // the points, as shapes
    }

    void exportOfAViewWithNothingToShowExitsWithOne() {
        const QString demo = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/models/demo";
        const auto run = runApp({"--model", demo, "--text", "a b c", "--view", "importance", "--export",
                                 dir_.filePath("none.png"), "--settings", dir_.filePath("none.ini")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--export") && run.err.contains("Compute the head importance first"),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(dir_.filePath("none.png")));
    }

    void aSavedSessionReopensToTheSameScreenshot() {
        const QString demo = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/models/demo";
        const QString session = dir_.filePath("round.attnscope");
        const QString first = dir_.filePath("first.png"), second = dir_.filePath("second.png");
        const QStringList common{"--size", "1280x800"};
        const auto save =
            runApp(QStringList{"--model", demo, "--text", "Alice gives Bob the book. Alice gives", "--mask", "1:0",
                               "--layer", "1", "--head", "0", "--view", "map", "--screenshot", first, "--save-session",
                               session, "--settings", dir_.filePath("first.ini")} +
                   common);
        QVERIFY2(save.exitCode == 0, qPrintable(save.err));
        // Opened by its file name alone, as a file manager would.
        const auto open =
            runApp(QStringList{session, "--screenshot", second, "--settings", dir_.filePath("second.ini")} + common);
        QVERIFY2(open.exitCode == 0, qPrintable(open.err));
        // Restoring the dock layout may move a splitter by a pixel or two; everything drawn is the same.
        attnscope::testing::ImageTolerance tolerance;
        tolerance.maxDifferingFraction = 0.015;
        const auto comparison =
            attnscope::testing::compareImages(QImage(second).convertToFormat(QImage::Format_ARGB32),
                                              QImage(first).convertToFormat(QImage::Format_ARGB32), tolerance);
        QVERIFY2(comparison.matches, qPrintable(comparison.message));
        copyForInspection(second, "app_session_reopened_1280x800.png");
    }

private:
    // Keeps the image where a person can look at it after the run.
    static void copyForInspection(const QString& from, const QString& name) {
        const QString folder = QStringLiteral(ATTNSCOPE_TEST_OUTPUT_DIR) + "/app";
        QDir().mkpath(folder);
        QFile::remove(folder + "/" + name);
        QFile::copy(from, folder + "/" + name);
    }
};

QTEST_GUILESS_MAIN(TestAppEndToEnd)
#include "test_app_end_to_end.moc"
