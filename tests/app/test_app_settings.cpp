// Settings written to an INI file and read back, and the recent-models list kept in them.
#include <QMenu>
#include <QtTest>

#include "recent_models.h"
#include "settings.h"

using attnscope::app::RecentModels;
using attnscope::app::Settings;

class TestAppSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString ini() const { return dir_.filePath("attnscope.ini"); }

private slots:
    void init() { QFile::remove(ini()); }

    void valuesSurviveARoundTripThroughTheIniFile() {
        {
            Settings settings(ini());
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
            settings.setWindowState(QByteArray("\x01\x02state", 7));
            settings.setRecentModels({"/m/gpt2", "/m/bert"});
            settings.setLastDirectory("/m");
            settings.setLanguage("de");
            settings.setThreadCount(6);
            settings.setDevice(Settings::Device::Cuda);
            QVERIFY(settings.sync());
            QCOMPARE(settings.location(), ini());
        }
        Settings again(ini());
        QCOMPARE(again.windowGeometry(), QByteArray("geometry-bytes"));
        QCOMPARE(again.windowState(), QByteArray("\x01\x02state", 7));
        QCOMPARE(again.recentModels(), QStringList({"/m/gpt2", "/m/bert"}));
        QCOMPARE(again.lastDirectory(), QString("/m"));
        QCOMPARE(again.language(), QString("de"));
        QCOMPARE(again.threadCount(), 6);
        QCOMPARE(again.device(), Settings::Device::Cuda);
    }

    void theIniFileUsesReadableKeys() {
        {
            Settings settings(ini());
            settings.setLanguage("de");
            settings.setThreadCount(3);
            settings.setDevice(Settings::Device::Cpu);
        }
        QFile file(ini());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains("[interface]\nlanguage=de"), qPrintable(text));
        QVERIFY2(text.contains("threads=3"), qPrintable(text));
        QVERIFY2(text.contains("device=cpu"), qPrintable(text));
    }

    void emptyFileGivesDefaults() {
        Settings settings(ini());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.recentModels().isEmpty());
        QVERIFY(settings.language().isEmpty());
        QCOMPARE(settings.threadCount(), 0);
        QCOMPARE(settings.device(), Settings::Device::Cpu);
    }

    void handEditedNonsenseFallsBackToDefaults() {
        QFile file(ini());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[engine]\nthreads=many\ndevice=tpu\n");
        file.close();
        Settings settings(ini());
        QCOMPARE(settings.threadCount(), 0);
        QCOMPARE(settings.device(), Settings::Device::Cpu);
    }

    void threadCountIsClamped() {
        Settings settings(ini());
        settings.setThreadCount(-4);
        QCOMPARE(settings.threadCount(), 0);
        settings.setThreadCount(100000);
        QCOMPARE(settings.threadCount(), 1024);
    }

    void recentModelsPutTheNewestFirstWithoutDuplicates() {
        Settings settings(ini());
        RecentModels recent(settings);
        recent.add("/m/a");
        recent.add("/m/b");
        recent.add("/m/a/");  // the same folder spelled differently moves to the front
        QCOMPARE(recent.folders(), QStringList({"/m/a", "/m/b"}));
        QCOMPARE(settings.recentModels(), QStringList({"/m/a", "/m/b"}));
    }

    void recentModelsKeepAtMostEight() {
        Settings settings(ini());
        RecentModels recent(settings);
        for (int i = 0; i < 10; ++i) recent.add(QString("/m/%1").arg(i));
        QCOMPARE(recent.folders().size(), 8);
        QCOMPARE(recent.folders().front(), QString("/m/9"));
        QCOMPARE(recent.folders().back(), QString("/m/2"));
    }

    void recentModelsAreReadBackFromSettings() {
        {
            Settings settings(ini());
            RecentModels recent(settings);
            recent.add("/m/a");
            recent.add("/m/b");
        }
        Settings settings(ini());
        RecentModels recent(settings);
        QCOMPARE(recent.folders(), QStringList({"/m/b", "/m/a"}));
    }

    void recentMenuListsFoldersAndEmitsTheChosenOne() {
        Settings settings(ini());
        RecentModels recent(settings);
        recent.add("/m/a&b");
        recent.add("/m/c");
        QMenu menu;
        recent.fillMenu(&menu);
        QVERIFY(menu.isEnabled());
        const auto actions = menu.actions();
        QCOMPARE(actions.size(), 4);  // two folders, a separator, Clear Menu
        QCOMPARE(actions[0]->text(), QString("&1  /m/c"));
        QCOMPARE(actions[1]->text(), QString("&2  /m/a&&b"));
        QSignalSpy chosen(&recent, &RecentModels::chosen);
        actions[1]->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0][0].toString(), QString("/m/a&b"));
        actions[3]->trigger();  // Clear Menu
        QVERIFY(recent.folders().isEmpty());
        QVERIFY(settings.recentModels().isEmpty());
    }

    void emptyRecentMenuIsDisabled() {
        Settings settings(ini());
        RecentModels recent(settings);
        QMenu menu;
        recent.fillMenu(&menu);
        QVERIFY(!menu.isEnabled());
    }
};

QTEST_MAIN(TestAppSettings)
#include "test_app_settings.moc"
