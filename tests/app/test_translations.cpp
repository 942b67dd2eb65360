// The user interface language: AttnScope's German, French, Spanish and Chinese strings (each .ts complete), Qt's own
// German strings, the demos in every language, and falling back to English.
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include "demo_library.h"
#include "main_window.h"
#include "settings.h"
#include "translations.h"

using attnscope::app::loadDemoLibrary;
using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::Translations;

namespace {
QStringList menuTitles(MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles.append(action->text());
    return titles;
}

QString repositoryFile(const QString& path) {
    return QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../" + path;
}

// One <message> of a Qt Linguist .ts file: its translation, or each plural form when it is a numerus message.
struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")) {
            messages.append(message);
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.unfinished = xml.attributes().value(QStringLiteral("type")) == QLatin1String("unfinished");
                if (!message.numerus) message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        }
    }
    if (xml.hasError()) *error = path + ": " + xml.errorString();
    return messages;
}

// The arguments a translation must keep: %1 … %9 (also as %L1) and the plural count %n.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9]|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString placeholder = it.next().captured();
        if (!found.contains(placeholder)) found.append(placeholder);
    }
    return found;
}

QStringList contextsAndSources(const QList<TsMessage>& messages) {
    QStringList keys;
    for (const TsMessage& message : messages) keys.append(message.context + " | " + message.source);
    keys.sort();
    return keys;
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    Translations translations_;

private slots:
    void cleanup() { translations_.uninstall(); }

    void everyLanguageIsEmbedded() {
        QCOMPARE(Translations::available(), QStringList({"de", "en", "es", "fr", "zh_CN"}));
        QVERIFY(Translations::isAvailable("de"));
        QVERIFY(Translations::isAvailable("de_AT"));
        QVERIFY(Translations::isAvailable("fr_CA"));
        QVERIFY(Translations::isAvailable("es_MX"));
        QVERIFY(Translations::isAvailable("zh_CN"));
        QVERIFY(!Translations::isAvailable("ja"));
    }

    void germanTranslatesTheMenus() {
        QCOMPARE(translations_.install("de"), QString("de"));
        Settings settings(dir_.filePath("de.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window),
                 QStringList({"&Datei", "&Bearbeiten", "&Ansicht", "&Ausführen", "&Demos", "&Hilfe"}));
        QCOMPARE(window.actions().openModel->text(), QString("Modellordner &öffnen…"));
    }

    void frenchTranslatesTheMenusAndPlurals() {
        QCOMPARE(translations_.install("fr"), QString("fr"));
        Settings settings(dir_.filePath("fr.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window).front(), QString("&Fichier"));
        QCOMPARE(window.actions().openModel->text(), QString("&Ouvrir un dossier de modèle…"));
        // French counts 0 and 1 as singular.
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 0),
                 QString("disponible (0 périphérique)"));
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 2),
                 QString("disponible (2 périphériques)"));
    }

    void spanishTranslatesTheMenusAndPlurals() {
        QCOMPARE(translations_.install("es"), QString("es"));
        Settings settings(dir_.filePath("es.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window).front(), QString("&Archivo"));
        QCOMPARE(window.actions().openModel->text(), QString("&Abrir carpeta de modelo…"));
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 1),
                 QString("disponible (1 dispositivo)"));
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 0),
                 QString("disponible (0 dispositivos)"));
    }

    void chineseTranslatesTheMenusAndPlurals() {
        QCOMPARE(translations_.install("zh_CN"), QString("zh_CN"));
        Settings settings(dir_.filePath("zh_CN.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window).front(), QString("文件(&F)"));
        QCOMPARE(window.actions().openModel->text(), QString("打开模型文件夹(&O)…"));
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 3),
                 QString("可用（3 个设备）"));
    }

    void englishIsTheSourceLanguage() {
        QCOMPARE(translations_.install("en"), QString("en"));
        Settings settings(dir_.filePath("en.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window), QStringList({"&File", "&Edit", "&View", "&Run", "&Demos", "&Help"}));
    }

    void regionalVariantFallsBackToTheLanguage() {
        QCOMPARE(translations_.install("de_AT"), QString("de"));
        Settings settings(dir_.filePath("at.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window).front(), QString("&Datei"));
    }

    void qtsOwnStringsFollowTheLanguage() {
        translations_.install("de");
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QString("Abbrechen"));
    }

    void switchingBackToEnglishRestoresTheSourceStrings() {
        translations_.install("de");
        translations_.install("en");
        Settings settings(dir_.filePath("back.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window).front(), QString("&File"));
    }

    void pluralsAreTranslated() {
        translations_.install("de");
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 1),
                 QString("verfügbar (1 Gerät)"));
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 2),
                 QString("verfügbar (2 Geräte)"));
        translations_.install("en");
        QCOMPARE(QCoreApplication::translate("LibraryVersions", "available (%n device(s))", nullptr, 1),
                 QString("available (1 device)"));
    }

    void everyTranslationFileIsComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QString("de") << 2;
        QTest::newRow("fr") << QString("fr") << 2;
        QTest::newRow("es") << QString("es") << 2;
        QTest::newRow("zh_CN") << QString("zh_CN") << 1;
    }

    // Every message of the German file (the reference) is there and translated: nothing unfinished or empty, each
    // plural message with the language's number of forms, and every %1 … %9 and %n of the source kept (%n in at
    // least one plural form: a singular may spell the number out).
    void everyTranslationFileIsComplete() {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<TsMessage> reference = readTs(repositoryFile("translations/attnscope_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString path = repositoryFile("translations/attnscope_" + language + ".ts");
        const QList<TsMessage> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(reference.size() > 50);
        QCOMPARE(messages.size(), reference.size());
        QCOMPARE(contextsAndSources(messages), contextsAndSources(reference));

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(raw.readAll()).count("type=\"unfinished\""), 0);

        for (const TsMessage& message : messages) {
            const QString where = language + ", " + message.context + ": \"" + message.source + "\"";
            QVERIFY2(!message.unfinished, qPrintable("unfinished: " + where));
            QVERIFY2(!message.translations.isEmpty(), qPrintable("no translation: " + where));
            if (message.numerus)
                QVERIFY2(message.translations.size() == pluralForms,
                         qPrintable("wrong number of plural forms: " + where));
            for (const QString& translation : message.translations)
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable("empty translation: " + where));
            for (const QString& placeholder : placeholders(message.source)) {
                if (placeholder == QLatin1String("%n")) {
                    QVERIFY2(message.translations.join(QLatin1Char('\n')).contains(placeholder),
                             qPrintable("%n missing: " + where));
                    continue;
                }
                for (const QString& translation : message.translations)
                    QVERIFY2(translation.contains(placeholder),
                             qPrintable(placeholder + " missing in \"" + translation + "\": " + where));
            }
        }
    }

    void everyDemoHasATitleAndExplanationInEveryLanguage() {
        const QString path = repositoryFile("resources/demos.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonArray demos = document.object().value(QStringLiteral("demos")).toArray();
        QVERIFY(!demos.isEmpty());
        const QStringList languages{"en", "de", "fr", "es", "zh_CN"};
        for (qsizetype i = 0; i < demos.size(); ++i) {
            const QJsonObject demo = demos.at(i).toObject();
            const QString id = demo.value(QStringLiteral("id")).toString();
            for (const char* field : {"title", "explanation"}) {
                const QJsonObject texts = demo.value(QLatin1String(field)).toObject();
                for (const QString& language : languages)
                    QVERIFY2(!texts.value(language).toString().trimmed().isEmpty(),
                             qPrintable(id + "." + field + " has no \"" + language + "\" text"));
            }
        }
        // The library picks the full locale name, then the language, then English.
        const QJsonObject first = demos.first().toObject().value(QStringLiteral("title")).toObject();
        QCOMPARE(loadDemoLibrary(path, "zh_CN").demos.front().title, first.value(QStringLiteral("zh_CN")).toString());
        QCOMPARE(loadDemoLibrary(path, "fr_CA").demos.front().title, first.value(QStringLiteral("fr")).toString());
        QCOMPARE(loadDemoLibrary(path, "ja").demos.front().title, first.value(QStringLiteral("en")).toString());
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
