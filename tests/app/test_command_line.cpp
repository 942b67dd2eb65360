// The attnscope binary's flags: what each one stores, and how bad ones are reported.
#include <QtTest>

#include "command_line.h"

using attnscope::app::CommandLine;
using attnscope::app::parseCommandLine;
using attnscope::app::parseWindowSize;

namespace {
CommandLine parse(std::initializer_list<const char*> args) {
    return parseCommandLine(std::vector<std::string>(args.begin(), args.end()));
}
}  // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private slots:
    void noFlagsLaunchWithDefaults() {
        const auto result = parse({});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QVERIFY(result.options.screenshotPath.isEmpty());
        QVERIFY(!result.options.windowSize.has_value());
        QVERIFY(!result.options.layer.has_value());
        QCOMPARE(result.options.screenshotTimeoutSeconds, 120);
        QCOMPARE(attnscope::app::kDefaultWindowSize, QSize(1280, 800));
    }

    void automationFlagsAreStored() {
        QTemporaryDir dir;
        const QString ini = dir.filePath("t.ini");
        const std::string iniText = ini.toStdString();
        const auto result = parse({"--screenshot", "out.png", "--size", "800x600", "--lang", "de", "--settings",
                                   iniText.c_str(), "--screenshot-timeout", "30"});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QCOMPARE(result.options.screenshotPath, QString("out.png"));
        QCOMPARE(result.options.windowSize.value(), QSize(800, 600));
        QCOMPARE(result.options.language, QString("de"));
        QCOMPARE(result.options.settingsFile, ini);
        QCOMPARE(result.options.screenshotTimeoutSeconds, 30);
    }

    void sessionFlagsAreStoredForLaterUse() {
        const auto result = parse({"--model", "/m/gpt2", "--text", "The cat sat", "--pair", "on the mat", "--image",
                                   "cat.png", "--view", "head", "--layer", "3", "--head", "0", "--mask", "2:1, 0:3"});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QCOMPARE(result.options.modelDirectory, QString("/m/gpt2"));
        QCOMPARE(result.options.text, QString("The cat sat"));
        QCOMPARE(result.options.pairText, QString("on the mat"));
        QCOMPARE(result.options.imagePath, QString("cat.png"));
        QCOMPARE(result.options.viewName, QString("head"));
        QCOMPARE(result.options.layer.value(), 3);
        QCOMPARE(result.options.head.value(), 0);
    }

    void embeddingFlagsAreStored() {
        const auto result = parse({"--corpus", "demo-model", "--embedding", "umap", "--dims", "3", "--matrix",
                                   "--token", "k7", "--view", "embedding", "--enlarge"});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QCOMPARE(result.options.corpusPath, QString("demo-model"));
        QCOMPARE(result.options.embeddingMethod, QString("umap"));
        QCOMPARE(result.options.embeddingDims.value(), 3);
        QVERIFY(result.options.embeddingMatrix);
        QCOMPARE(result.options.token.value(), 7);
        QVERIFY(result.options.tokenIsKey);
        QVERIFY(result.options.enlargeView);
        const auto query = parse({"--token", "4"});
        QCOMPARE(query.options.token.value(), 4);
        QVERIFY(!query.options.tokenIsKey);
    }

    void onImageIsStoredForTheAttentionMap() {
        const auto result = parse({"--view", "map", "--on-image", "--token", "5"});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QVERIFY(result.options.mapOnImage);
        QVERIFY(!parse({"--view", "map"}).options.mapOnImage);
    }

    void badEmbeddingFlagsNameTheFlag() {
        const auto dims = parse({"--dims", "4"});
        QCOMPARE(dims.action, CommandLine::Action::Fail);
        QCOMPARE(QString::fromStdString(dims.error), QString("--dims: expected 2 or 3, got '4'"));
        const auto method = parse({"--embedding", "lle"});
        QCOMPARE(QString::fromStdString(method.error), QString("--embedding: expected pca, tsne or umap, got 'lle'"));
        const auto token = parse({"--token", "k-1"});
        QCOMPARE(token.action, CommandLine::Action::Fail);
        QVERIFY(QString::fromStdString(token.error).startsWith("--token: "));
    }

    void unknownViewNameFailsListingTheNames() {
        const auto result = parse({"--view", "heads"});
        QCOMPARE(result.action, CommandLine::Action::Fail);
        QCOMPARE(QString::fromStdString(result.error), QString("--view: expected one of head, model, map, mask, sinks, "
                                                               "roles, importance, flow, embedding, got 'heads'"));
    }

    void maskTextIsKeptAsTyped() {
        const auto result = parse({"--mask", "2:1, 0:3"});
        QCOMPARE(result.options.maskText, QString("2:1, 0:3"));
    }

    void equalsSignFormIsAccepted() {
        const auto result = parse({"--size=1024x768", "--layer=2"});
        QCOMPARE(result.action, CommandLine::Action::Launch);
        QCOMPARE(result.options.windowSize.value(), QSize(1024, 768));
        QCOMPARE(result.options.layer.value(), 2);
    }

    void helpAndVersionAreActions() {
        QCOMPARE(parse({"--help"}).action, CommandLine::Action::ShowHelp);
        QCOMPARE(parse({"-h"}).action, CommandLine::Action::ShowHelp);
        QCOMPARE(parse({"--version"}).action, CommandLine::Action::ShowVersion);
    }

    void helpListsEveryFlagWithItsValue() {
        const QString help = QString::fromStdString(attnscope::app::commandLineHelp());
        for (const char* flag : {"--screenshot FILE.png", "--size WxH", "--lang CODE", "--settings FILE.ini",
                                 "--model DIR", "--text TEXT", "--pair TEXT", "--image FILE", "--view NAME",
                                 "--layer L", "--head H", "--mask L:H,...", "--version", "--help"})
            QVERIFY2(help.contains(flag), flag);
    }

    void windowSizeParsing_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QSize>("expected");  // invalid QSize: rejected
        QTest::newRow("typical") << "800x600" << QSize(800, 600);
        QTest::newRow("smallest") << "100x100" << QSize(100, 100);
        QTest::newRow("largest") << "16384x16384" << QSize(16384, 16384);
        QTest::newRow("too small") << "99x600" << QSize();
        QTest::newRow("too large") << "16385x600" << QSize();
        QTest::newRow("zero") << "0x0" << QSize();
        QTest::newRow("negative") << "-800x600" << QSize();
        QTest::newRow("one number") << "800" << QSize();
        QTest::newRow("capital X") << "800X600" << QSize();
        QTest::newRow("three numbers") << "800x600x3" << QSize();
        QTest::newRow("spaces") << "800 x 600" << QSize();
        QTest::newRow("empty") << "" << QSize();
    }
    void windowSizeParsing() {
        QFETCH(QString, text);
        QFETCH(QSize, expected);
        const auto size = parseWindowSize(text.toStdString());
        QCOMPARE(size.value_or(QSize()), expected);
    }

    void badFlagsFailNamingTheFlag_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown flag") << QStringList{"--bogus"} << "--bogus";
        QTest::newRow("no guessing") << QStringList{"--scr", "a.png"} << "--scr";
        QTest::newRow("missing value") << QStringList{"--size"} << "--size";
        QTest::newRow("bad size") << QStringList{"--size", "big"} << "--size";
        QTest::newRow("not a png") << QStringList{"--screenshot", "out.jpg"} << "--screenshot";
        QTest::newRow("bad language") << QStringList{"--lang", "German"} << "--lang";
        QTest::newRow("negative layer") << QStringList{"--layer", "-1"} << "--layer";
        QTest::newRow("layer not a number") << QStringList{"--layer", "two"} << "--layer";
        QTest::newRow("head with trailing text") << QStringList{"--head", "3x"} << "--head";
        QTest::newRow("bad mask") << QStringList{"--mask", "1-2"} << "--mask";
        QTest::newRow("zero timeout") << QStringList{"--screenshot-timeout", "0"} << "--screenshot-timeout";
        QTest::newRow("settings in missing folder")
            << QStringList{"--settings", "/no/such/folder/t.ini"} << "--settings";
        QTest::newRow("repeated flag") << QStringList{"--size", "800x600", "--size", "900x700"} << "--size";
        QTest::newRow("stray argument") << QStringList{"gpt2"} << "'gpt2'";
        QTest::newRow("missing corpus") << QStringList{"--corpus", "/no/such/corpus.txt"} << "--corpus";
    }

    // The shell passes bytes: text that is not UTF-8 is refused rather than run with U+FFFD in place of the bytes.
    void textThatIsNotUtf8IsRefused() {
        for (const char* flag : {"--text", "--pair"}) {
            const auto result = parseCommandLine({flag, std::string("caf\xe9 \xff")});
            QCOMPARE(result.action, CommandLine::Action::Fail);
            QCOMPARE(QString::fromStdString(result.error), QString(flag) + ": is not valid UTF-8 text");
        }
        QCOMPARE(parseCommandLine({"--text", "caf\xc3\xa9"}).options.text, QString::fromUtf8("caf\xc3\xa9"));
    }
    void badFlagsFailNamingTheFlag() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        std::vector<std::string> argv;
        for (const auto& arg : args) argv.push_back(arg.toStdString());
        const auto result = parseCommandLine(argv);
        QCOMPARE(result.action, CommandLine::Action::Fail);
        QVERIFY2(QString::fromStdString(result.error).contains(named), result.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
