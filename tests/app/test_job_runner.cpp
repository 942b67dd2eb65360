// Engine Jobs watched from the GUI thread: results, errors, cancel, superseding, the busy count and the status bar.
#include <QtTest>
#include <atomic>
#include <thread>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "busy_counter.h"
#include "job_runner.h"
#include "main_window.h"
#include "settings.h"
#include "status_panel.h"

using attnscope::Job;
using attnscope::JobControl;
using attnscope::app::JobRunner;
using attnscope::widgets::BusyCounter;

namespace {
// Work that reports half-way progress and runs until cancelled.
int runUntilCancelled(JobControl& control) {
    control.setProgress(0.5, "waiting");
    while (true) {
        control.throwIfCancelled();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}
}  // namespace

class TestJobRunner : public QObject {
    Q_OBJECT
private slots:
    void resultArrivesOnTheGuiThread() {
        BusyCounter busy;
        JobRunner runner(&busy);
        std::optional<int> received;
        QThread* receivedOn = nullptr;
        QSignalSpy succeeded(&runner, &JobRunner::succeeded);
        runner.watch<int>("answer", Job<int>::start([](JobControl&) { return 42; }), [&](const int& value) {
            received = value;
            receivedOn = QThread::currentThread();
        });
        QVERIFY(runner.running());
        QCOMPARE(busy.reasons(), QStringList({"job: answer"}));
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(received.value(), 42);
        QCOMPARE(receivedOn, QCoreApplication::instance()->thread());
        QVERIFY(!runner.running());
        QCOMPARE(busy.count(), 0);
    }

    void engineErrorBecomesFailedWithWhere() {
        JobRunner runner(nullptr);
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.watch<int>("load", Job<int>::start([](JobControl&) -> int {
                              throw attnscope::EngineError("missing tensor",
                                                           "model.safetensors: h.0.attn.c_attn.weight");
                          }),
                          [](const int&) { QFAIL("no result expected"); });
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed[0][0].toString(), QString("load"));
        QCOMPARE(failed[0][1].toString(), QString("missing tensor"));
        QCOMPARE(failed[0][2].toString(), QString("model.safetensors: h.0.attn.c_attn.weight"));
    }

    void cancelStopsTheJobWithoutAResult() {
        BusyCounter busy;
        JobRunner runner(&busy);
        QSignalSpy progressed(&runner, &JobRunner::progressed);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        runner.watch<int>("spin", Job<int>::start(runUntilCancelled), [](const int&) { QFAIL("no result expected"); });
        QTRY_VERIFY(!progressed.isEmpty() && progressed.last()[0].toDouble() == 0.5);
        QCOMPARE(progressed.last()[1].toString(), QString("waiting"));
        runner.cancel();
        QTRY_COMPARE(cancelled.size(), 1);
        QCOMPARE(busy.count(), 0);
    }

    void aNewJobSupersedesTheRunningOne() {
        BusyCounter busy;
        JobRunner runner(&busy);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy succeeded(&runner, &JobRunner::succeeded);
        runner.watch<int>("old", Job<int>::start(runUntilCancelled), [](const int&) { QFAIL("superseded"); });
        std::optional<int> received;
        runner.watch<int>("new", Job<int>::start([](JobControl&) { return 7; }),
                          [&](const int& value) { received = value; });
        QCOMPARE(busy.reasons(), QStringList({"job: new"}));
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(succeeded[0][0].toString(), QString("new"));
        QCOMPARE(received.value(), 7);
        QCOMPARE(cancelled.size(), 0);  // the superseded job is dropped quietly
    }

    void doneCallbackReportsHowEachJobEnded() {
        JobRunner runner(nullptr);
        std::vector<attnscope::app::JobOutcome> outcomes;
        const auto record = [&](attnscope::app::JobOutcome outcome) { outcomes.push_back(outcome); };
        runner.watch<int>("old", Job<int>::start(runUntilCancelled), [](const int&) {}, record);
        runner.watch<int>("fails", Job<int>::start([](JobControl&) -> int { throw attnscope::EngineError("bad"); }),
                          [](const int&) {}, record);
        QCOMPARE(outcomes, std::vector({attnscope::app::JobOutcome::Superseded}));
        QTRY_COMPARE(outcomes.size(), size_t(2));
        QCOMPARE(outcomes[1], attnscope::app::JobOutcome::Failed);
        runner.watch<int>("ok", Job<int>::start([](JobControl&) { return 1; }), [](const int&) {}, record);
        QTRY_COMPARE(outcomes.size(), size_t(3));
        QCOMPARE(outcomes[2], attnscope::app::JobOutcome::Succeeded);
        runner.watch<int>("cancelled", Job<int>::start(runUntilCancelled), [](const int&) {}, record);
        runner.cancel();
        QTRY_COMPARE(outcomes.size(), size_t(4));
        QCOMPARE(outcomes[3], attnscope::app::JobOutcome::Cancelled);
    }

    void destroyingTheRunnerCancelsAndJoinsItsJob() {
        std::atomic<bool> stopped{false};
        {
            JobRunner runner(nullptr);
            runner.watch<int>("spin", Job<int>::start([&](JobControl& control) {
                                  try {
                                      return runUntilCancelled(control);
                                  } catch (...) {
                                      stopped = true;
                                      throw;
                                  }
                              }),
                              [](const int&) {});
        }
        QVERIFY(stopped);
    }

    void windowShowsProgressAndItsCancelStopsTheJob() {
        QTemporaryDir dir;
        attnscope::app::Settings settings(dir.filePath("t.ini"));
        attnscope::app::MainWindow window(settings);
        window.setAutomation(true);
        QVERIFY(!window.actions().cancel->isEnabled());
        QVERIFY(!window.statusPanel().jobVisible());
        QSignalSpy cancelled(&window.jobs(), &JobRunner::cancelled);
        window.jobs().watch<int>("capture", Job<int>::start(runUntilCancelled), [](const int&) {});
        QVERIFY(window.statusPanel().jobVisible());
        QVERIFY(window.actions().cancel->isEnabled());
        QVERIFY(window.busy().busy());
        window.actions().cancel->trigger();
        QTRY_COMPARE(cancelled.size(), 1);
        QVERIFY(!window.statusPanel().jobVisible());
        QVERIFY(!window.actions().cancel->isEnabled());
        QVERIFY(!window.busy().busy());
    }

    void windowReportsAFailedJobAsAnError() {
        QTemporaryDir dir;
        attnscope::app::Settings settings(dir.filePath("t.ini"));
        attnscope::app::MainWindow window(settings);
        window.setAutomation(true);  // stderr instead of a modal dialog
        QSignalSpy reported(&window.errors(), &attnscope::app::ErrorReporter::reported);
        window.jobs().watch<int>("Loading model", Job<int>::start([](JobControl&) -> int {
                                     throw attnscope::EngineError("no such file", "/m/x/config.json");
                                 }),
                                 [](const int&) {});
        QTRY_COMPARE(reported.size(), 1);
        QCOMPARE(reported[0][0].toString(), QString("Loading model failed"));
        QCOMPARE(reported[0][1].toString(), QString("Loading model failed: /m/x/config.json: no such file"));
    }

    void busyCounterSignalsOnlyAtTheEdges() {
        BusyCounter busy;
        QSignalSpy changed(&busy, &BusyCounter::busyChanged);
        QSignalSpy idle(&busy, &BusyCounter::idle);
        busy.begin("a");
        busy.begin("b");
        busy.end("a");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(idle.size(), 0);
        QCOMPARE(busy.reasons(), QStringList({"b"}));
        {
            attnscope::widgets::BusyScope scope(busy, "c");
            QCOMPARE(busy.count(), 2);
        }
        busy.end("b");
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1][0].toBool(), false);
        QCOMPARE(idle.size(), 1);
        QTest::ignoreMessage(QtWarningMsg, "BusyCounter::end without begin: \"never begun\"");
        busy.end("never begun");
        QCOMPARE(busy.count(), 0);
    }
};

QTEST_MAIN(TestJobRunner)
#include "test_job_runner.moc"
