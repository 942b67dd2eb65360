// The built attnscope binary, run as a user or a script would: --screenshot, bad flags, --help and --version.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList& args) {
    QProcess process;
    process.start(QStringLiteral(ATTNSCOPE_APP_PATH), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
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
        const Run run = runApp({"--screenshot", png, "--size", "1024x768", "--settings", ini});
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
        const Run run =
            runApp({"--screenshot", png, "--size", "1280x800", "--lang", "de", "--settings", dir_.filePath("de.ini")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
        copyForInspection(png, "app_window_de_1280x800.png");
    }

    void modelTextAndMaskRunBeforeTheScreenshot() {
        const QString png = dir_.filePath("masked.png");
        // The demo model: its predictions are peaked enough for the bars to be wide (a random fixture's are ~0.3%).
        const QString model = QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../resources/models/demo";
        const Run run = runApp({"--model", model, "--text", "Alice gives Bob the book. Carol has 3 apples. Alice gives",
                                "--mask", "1:0", "--layer", "1", "--head", "0", "--screenshot", png, "--size",
                                "1280x800", "--settings", dir_.filePath("masked.ini")});
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
        const Run run = runApp({"--model", dir_.filePath("nothing-here"), "--text", "x", "--screenshot",
                                dir_.filePath("fail.png"), "--settings", dir_.filePath("fail.ini")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nothing-here"), qPrintable(run.err));
        QVERIFY(!QFile::exists(dir_.filePath("fail.png")));
    }

    void unwritableScreenshotFailsWithAMessage() {
        const Run run = runApp({"--screenshot", dir_.filePath("missing/out.png"), "--settings", dir_.filePath("t.ini"),
                                "--size", "400x300"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--screenshot") && run.err.contains("does not exist"), qPrintable(run.err));
    }

    void badFlagExitsWithTwoNamingTheFlag() {
        const Run run = runApp({"--size", "huge"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--size"), qPrintable(run.err));
    }

    void unknownLanguageExitsWithTwo() {
        const Run run = runApp({"--lang", "fr"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--lang") && run.err.contains("de, en"), qPrintable(run.err));
    }

    void helpAndVersionPrintAndExitZero() {
        const Run help = runApp({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: attnscope"));
        const Run version = runApp({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains("Qt: " + QString::fromLatin1(qVersion())), qPrintable(version.out));
        QVERIFY(version.out.contains("VTK: 9."));
        QVERIFY(version.out.contains("LibTorch: "));
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
