// --screenshot's wait: it captures only once pending work is done, and fails with the reason when it never is.
#include <QLabel>
#include <QtTest>

#include "automation_run.h"
#include "busy_counter.h"

using attnscope::app::AutomationRun;
using attnscope::widgets::BusyCounter;

class TestScreenshot : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

private slots:
    void waitsForPendingWorkThenWritesThePng() {
        QLabel window("content");
        window.resize(320, 200);
        window.show();
        BusyCounter busy;
        busy.begin("rendering probe");
        const QString path = dir_.filePath("wait.png");
        AutomationRun taker(&window, &busy, path, std::chrono::seconds(30));
        QSignalSpy done(&taker, &AutomationRun::done);
        taker.start();
        QTest::qWait(400);
        QCOMPARE(done.size(), 0);  // still busy: no capture yet
        QVERIFY(!QFile::exists(path));
        busy.end("rendering probe");
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done[0][0].toInt(), 0);
        QCOMPARE(done[0][1].toString(), QString());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(320, 200));
    }

    void timeoutNamesWhatIsStillPending() {
        QLabel window("content");
        window.show();
        BusyCounter busy;
        busy.begin("loading model");
        AutomationRun taker(&window, &busy, dir_.filePath("never.png"), std::chrono::milliseconds(300));
        QSignalSpy done(&taker, &AutomationRun::done);
        taker.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done[0][0].toInt(), 1);
        QVERIFY2(done[0][1].toString().contains("loading model"), qPrintable(done[0][1].toString()));
        QVERIFY(!QFile::exists(dir_.filePath("never.png")));
        busy.end("loading model");
    }

    void missingFolderIsAnError() {
        QLabel window("content");
        window.show();
        AutomationRun taker(&window, nullptr, dir_.filePath("no/such/folder/x.png"), std::chrono::seconds(30));
        QSignalSpy done(&taker, &AutomationRun::done);
        taker.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done[0][0].toInt(), 1);
        QVERIFY(done[0][1].toString().contains("does not exist"));
    }

    void abortEndsTheWaitOnce() {
        QLabel window("content");
        window.show();
        BusyCounter busy;
        busy.begin("job");
        AutomationRun taker(&window, &busy, dir_.filePath("aborted.png"), std::chrono::seconds(30));
        QSignalSpy done(&taker, &AutomationRun::done);
        taker.start();
        taker.abort("model failed to load");
        busy.end("job");
        QTest::qWait(300);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done[0][0].toInt(), 1);
        QCOMPARE(done[0][1].toString(), QString("model failed to load"));
        QVERIFY(!QFile::exists(dir_.filePath("aborted.png")));
    }
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
