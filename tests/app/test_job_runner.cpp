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
using attnscope::app::JobCallbacks;
using attnscope::app::JobOutcome;
using attnscope::app::JobRunner;
using attnscope::widgets::BusyCounter;
namespace channels = attnscope::app::channels;

namespace {

JobCallbacks<int> calling(std::function<void(const int&)> onResult, std::function<void(JobOutcome)> onDone = {}) {
    JobCallbacks<int> callbacks;
    callbacks.onResult = std::move(onResult);
    callbacks.onDone = std::move(onDone);
    return callbacks;
}

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
        runner.watch(channels::model, "answer", Job<int>::start([](JobControl&) { return 42; }),
                     calling([&](const int& value) {
                         received = value;
                         receivedOn = QThread::currentThread();
                     }));
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
        runner.watch(channels::model, "load", Job<int>::start([](JobControl&) -> int {
                         throw attnscope::EngineError("missing tensor", "model.safetensors: h.0.attn.c_attn.weight");
                     }),
                     calling([](const int&) { QFAIL("no result expected"); }));
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
        runner.watch(channels::model, "spin", Job<int>::start(runUntilCancelled),
                     calling([](const int&) { QFAIL("no result expected"); }));
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
        runner.watch(channels::model, "old", Job<int>::start(runUntilCancelled),
                     calling([](const int&) { QFAIL("superseded"); }));
        std::optional<int> received;
        runner.watch(channels::model, "new", Job<int>::start([](JobControl&) { return 7; }),
                     calling([&](const int& value) { received = value; }));
        QCOMPARE(busy.reasons(), QStringList({"job: new"}));
        QTRY_COMPARE(succeeded.size(), 1);
        QCOMPARE(succeeded[0][0].toString(), QString("new"));
        QCOMPARE(received.value(), 7);
        QCOMPARE(cancelled.size(), 0);  // the superseded job is dropped quietly
    }

    void doneCallbackReportsHowEachJobEnded() {
        JobRunner runner(nullptr);
        std::vector<JobOutcome> outcomes;
        const auto record = [&](JobOutcome outcome) { outcomes.push_back(outcome); };
        runner.watch(channels::model, "old", Job<int>::start(runUntilCancelled), calling([](const int&) {}, record));
        runner.watch(channels::model, "fails",
                     Job<int>::start([](JobControl&) -> int { throw attnscope::EngineError("bad"); }),
                     calling([](const int&) {}, record));
        QCOMPARE(outcomes, std::vector({JobOutcome::Superseded}));
        QTRY_COMPARE(outcomes.size(), size_t(2));
        QCOMPARE(outcomes[1], JobOutcome::Failed);
        runner.watch(channels::model, "ok", Job<int>::start([](JobControl&) { return 1; }),
                     calling([](const int&) {}, record));
        QTRY_COMPARE(outcomes.size(), size_t(3));
        QCOMPARE(outcomes[2], JobOutcome::Succeeded);
        runner.watch(channels::model, "cancelled", Job<int>::start(runUntilCancelled),
                     calling([](const int&) {}, record));
        runner.cancel();
        QTRY_COMPARE(outcomes.size(), size_t(4));
        QCOMPARE(outcomes[3], JobOutcome::Cancelled);
    }

    void destroyingTheRunnerCancelsAndJoinsItsJob() {
        std::atomic<bool> stopped{false};
        {
            JobRunner runner(nullptr);
            runner.watch(channels::model, "spin", Job<int>::start([&](JobControl& control) {
                             try {
                                 return runUntilCancelled(control);
                             } catch (...) {
                                 stopped = true;
                                 throw;
                             }
                         }),
                         calling([](const int&) {}));
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
        window.jobs().watch(channels::model, "capture", Job<int>::start(runUntilCancelled), calling([](const int&) {}));
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
        window.jobs().watch(channels::model, "Loading model", Job<int>::start([](JobControl&) -> int {
                                throw attnscope::EngineError("no such file", "/m/x/config.json");
                            }),
                            calling([](const int&) {}));
        QTRY_COMPARE(reported.size(), 1);
        QCOMPARE(reported[0][0].toString(), QString("Loading model failed"));
        QCOMPARE(reported[0][1].toString(), QString("Loading model failed: /m/x/config.json: no such file"));
    }

    void aJobThatThrowsAnythingFailsWithAMessage() {
        JobRunner runner(nullptr);
        QStringList problems;
        QObject::connect(&runner, &JobRunner::failed,
                         [&](const QString&, const QString& problem, const QString&) { problems << problem; });
        runner.watch(channels::model, "a", Job<int>::start([](JobControl&) -> int { throw std::bad_alloc(); }),
                     calling([](const int&) {}));
        QTRY_COMPARE(problems.size(), 1);
        runner.watch(channels::model, "b", Job<int>::start([](JobControl&) -> int { throw 42; }),
                     calling([](const int&) {}));
        QTRY_COMPARE(problems.size(), 2);
        runner.watch(channels::model, "c", Job<int>::start([](JobControl&) -> int { throw std::out_of_range("x"); }),
                     calling([](const int&) {}));
        QTRY_COMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith("Out of memory ("), qPrintable(problems[0]));
        QVERIFY2(!problems[1].isEmpty(), qPrintable(problems[1]));
        QCOMPARE(problems[2], QString("x"));
    }

    void jobsOfDifferentChannelsRunSideBySide() {
        BusyCounter busy;
        JobRunner runner(&busy);
        QStringList finished;
        runner.watch(channels::model, "run", Job<int>::start(runUntilCancelled),
                     calling([](const int&) {}, [&](JobOutcome) { finished.push_back("run"); }));
        JobCallbacks<int> background = calling([&](const int&) { finished.push_back("embedding"); });
        background.foreground = false;
        runner.watch(channels::embedding, "embedding", Job<int>::start([](JobControl&) { return 3; }), background);
        QCOMPARE(busy.count(), 2);
        QTRY_COMPARE(finished, QStringList{"embedding"});
        QVERIFY(runner.running(channels::model));  // the run was not superseded by the other channel's job
        QVERIFY(!runner.running(channels::embedding));
        runner.cancel();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(busy.count(), 0);
    }

    void cancelLeavesBackgroundJobsRunning() {
        JobRunner runner(nullptr);
        std::vector<JobOutcome> outcomes;
        JobCallbacks<int> background = calling([](const int&) {}, [&](JobOutcome o) { outcomes.push_back(o); });
        background.foreground = false;
        runner.watch(channels::importance, "sweep", Job<int>::start(runUntilCancelled), background);
        QVERIFY(!runner.running());  // no foreground job: the status bar shows nothing
        runner.cancel();
        QTest::qWait(100);
        QVERIFY(outcomes.empty());
        runner.cancelChannel(channels::importance);
        QTRY_COMPARE(outcomes.size(), size_t(1));
        QCOMPARE(outcomes.front(), JobOutcome::Cancelled);
    }

    void onFailedTakesTheErrorInsteadOfTheDialog() {
        JobRunner runner(nullptr);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QString reported;
        JobCallbacks<int> callbacks;
        callbacks.onFailed = [&](const QString& problem, const QString& where) { reported = where + " | " + problem; };
        runner.watch(channels::corpus, "corpus", Job<int>::start([](JobControl&) -> int {
                         throw attnscope::EngineError("no such file", "corpus.txt");
                     }),
                     callbacks);
        QTRY_COMPARE(reported, QString("corpus.txt | no such file"));
        QCOMPARE(failed.size(), 0);
    }

    void progressReachesTheJobsOwnCallback() {
        JobRunner runner(nullptr);
        double seen = -1;
        QString stage;
        JobCallbacks<int> callbacks;
        callbacks.foreground = false;
        callbacks.onProgress = [&](double fraction, const QString& text) {
            seen = fraction;
            stage = text;
        };
        runner.watch(channels::embedding, "spin", Job<int>::start(runUntilCancelled), callbacks);
        QTRY_COMPARE(seen, 0.5);
        QCOMPARE(stage, QString("waiting"));
        runner.cancelChannel(channels::embedding);
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
