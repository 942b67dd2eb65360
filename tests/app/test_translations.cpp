// The user interface language: AttnScope's German strings, Qt's own German strings, and falling back to English.
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

#include "main_window.h"
#include "settings.h"
#include "translations.h"

using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::Translations;

namespace {
QStringList menuTitles(MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles.append(action->text());
    return titles;
}
}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    Translations translations_;

private slots:
    void cleanup() { translations_.uninstall(); }

    void germanAndEnglishAreEmbedded() {
        QCOMPARE(Translations::available(), QStringList({"de", "en"}));
        QVERIFY(Translations::isAvailable("de"));
        QVERIFY(Translations::isAvailable("de_AT"));
        QVERIFY(!Translations::isAvailable("fr"));
    }

    void germanTranslatesTheMenus() {
        QCOMPARE(translations_.install("de"), QString("de"));
        Settings settings(dir_.filePath("de.ini"));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window),
                 QStringList({"&Datei", "&Bearbeiten", "&Ansicht", "&Ausführen", "&Demos", "&Hilfe"}));
        QCOMPARE(window.actions().openModel->text(), QString("Modellordner &öffnen…"));
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

    void germanTranslationFileHasNoUnfinishedEntries() {
        QFile ts(QStringLiteral(ATTNSCOPE_TEST_DATA_DIR) + "/../translations/attnscope_de.ts");
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count("<message") > 50);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
