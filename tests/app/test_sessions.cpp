// Sessions: a saved session holds the model, input, mask history, selection and importance results and reopens to
// the same state; a corrupt, foreign or newer file is refused with the current state kept; a moved model folder is
// named; an interrupted save leaves the previous file whole; a run that did not end properly is noticed through its
// autosave.
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "analysis_session.h"
#include "attnscope/error.h"
#include "attnscope/tools/atomic_file.h"
#include "error_reporter.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_session.h"
#include "session_controller.h"
#include "session_file.h"
#include "settings.h"
#include "test_support.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::MainWindow;
using attnscope::app::SessionState;
using attnscope::app::Settings;
using attnscope::app::Workspace;

namespace {
QByteArray read(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}
void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
}
}  // namespace

class TestSessions : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<Workspace> workspace_;

    void makeWindow() {
        workspace_.reset();
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->setAutomation(true);
        window_->resize(1280, 800);
        workspace_ = std::make_unique<Workspace>(*window_, *settings_, "en");
        window_->show();
    }
    bool idle() {
        QTest::qWait(1);
        return QTest::qWaitFor([this] { return !window_->busy().busy() && !workspace_->sequenceActive(); }, 60000);
    }
    // gpt2 run on a text, masked 0:1 and 2:3 (two undoable edits), head 1:2 selected.
    void makeState() {
        window_->modelFolderRequested(testing::modelFixture("gpt2"));
        QVERIFY(idle());
        workspace_->input().setText("The cat sat on the mat");
        window_->actions().run->trigger();
        QVERIFY(idle());
        window_->selection().toggleMasked(0, 1);
        window_->selection().toggleMasked(2, 3);
        window_->actions().runWithMask->trigger();
        QVERIFY(idle());
        window_->selection().selectHead(1, 2);
        window_->selection().setToken(3);
        QVERIFY(idle());
    }

private slots:
    void init() {
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        makeWindow();
    }
    void cleanup() {
        workspace_.reset();
        window_.reset();
        settings_.reset();
    }

    void aSavedSessionReopensToTheSameState() {
        makeState();
        const QString path = dir_.filePath("work.attnscope");
        workspace_->sessions().save(path);
        const auto tokens = workspace_->session().capture()->input().ids;

        makeWindow();  // a fresh window, as after a restart
        QVERIFY(workspace_->sessions().open(path));
        QVERIFY(idle());
        const auto capture = workspace_->session().capture();
        QVERIFY(capture);
        QCOMPARE(capture->input().ids, tokens);
        QCOMPARE(QString::fromStdString(capture->mask().toString()), QString("0:1,2:3"));
        QVERIFY(workspace_->session().beforeCapture());  // compared with the plain run, as before
        QCOMPARE(window_->selection().layer(), 1);
        QCOMPARE(window_->selection().head(), 2);
        QCOMPARE(window_->selection().token(), 3);
        // The mask's undo history came back: one undo leaves only the first edit.
        QCOMPARE(window_->selection().maskHistoryIndex(), 2);
        window_->selection().undoStack()->undo();
        QCOMPARE(QString::fromStdString(window_->selection().mask().toString()), QString("0:1"));
        QCOMPARE(workspace_->sessions().currentPath(), path);
    }

    void theFileIsVersionedJsonNamingTheModel() {
        makeState();
        const QString path = dir_.filePath("format.attnscope");
        workspace_->sessions().save(path);
        const QJsonObject root = QJsonDocument::fromJson(read(path)).object();
        QCOMPARE(root["format"].toString(), QString("attnscope-session"));
        QCOMPARE(root["version"].toInt(), app::kSessionFormatVersion);
        QCOMPARE(root["model"].toObject()["folder"].toString(),
                 QFileInfo(testing::modelFixture("gpt2")).absoluteFilePath());
        QCOMPARE(root["model"].toObject()["config_sha256"].toString().size(), 64);
        QCOMPARE(root["input"].toObject()["text"].toString(), QString("The cat sat on the mat"));
        const SessionState state = app::sessionFromJson(read(path), path);
        QCOMPARE(state.maskHistory.steps.size(), size_t(2));
        // The current input's layout came along: a query and a key per token.
        QCOMPARE(state.embedding.coordinates.rows, 2 * workspace_->session().capture()->tokenCount());
    }

    void importanceResultsComeBackWithTheSession() {
        makeState();
        HeadImportance result;
        result.method = ImportanceMethod::Ablation;
        result.loss = "next-token cross-entropy";
        result.layers = 3;
        result.heads = 4;
        result.baseLoss = 2.5;
        result.scores.assign(12, 0.25);
        workspace_->analysis().restoreImportance(result);
        const QString path = dir_.filePath("importance.attnscope");
        workspace_->sessions().save(path);
        makeWindow();
        QVERIFY(workspace_->sessions().open(path));
        QVERIFY(idle());
        const auto& restored = workspace_->analysis().importanceResults();
        QCOMPARE(restored.size(), size_t(1));
        QCOMPARE(restored.at(ImportanceMethod::Ablation).scores, result.scores);
    }

    void aCorruptSessionIsRefusedAndTheStateKept() {
        makeState();
        const auto capture = workspace_->session().capture();
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        const QString path = dir_.filePath("corrupt.attnscope");
        write(path, "{\"format\": \"attnscope-session\", \"version\": 1, \"model\": ");
        QVERIFY(!workspace_->sessions().open(path));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("corrupt.attnscope"), qPrintable(reported[0][1].toString()));
        QVERIFY(idle());
        QCOMPARE(workspace_->session().capture(), capture);  // nothing replaced
    }

    void aSessionFromANewerVersionIsRefusedSayingSo() {
        const QString path = dir_.filePath("newer.attnscope");
        write(path, R"({"format": "attnscope-session", "version": 7, "model": {"folder": "/m"}})");
        try {
            app::sessionFromJson(read(path), path);
            QFAIL("a newer format was read");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("newer AttnScope (session format 7)"), error.what());
        }
    }

    void aMistypedKeyIsNamed() {
        const QString path = dir_.filePath("mistyped.attnscope");
        write(path, R"({"format": "attnscope-session", "version": 1, "model": {"folder": "/m"},
                        "selection": {"layer": "two"}})");
        try {
            app::sessionFromJson(read(path), path);
            QFAIL("a mistyped layer was read");
        } catch (const EngineError& error) {
            QVERIFY2(QString(error.what()).contains("selection.layer"), error.what());
        }
    }

    void aMovedModelFolderIsNamedUnderAutomation() {
        const QString path = dir_.filePath("moved.attnscope");
        write(path, R"({"format": "attnscope-session", "version": 1, "model": {"folder": "/no/such/model"}})");
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        QVERIFY(!workspace_->sessions().open(path));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("/no/such/model"), qPrintable(reported[0][1].toString()));
    }

    void anInterruptedSaveLeavesThePreviousFileWhole() {
        const QString path = dir_.filePath("kept.attnscope");
        write(path, "previous");
        {
            AtomicFile file(path.toStdString());
            file.stream() << "half of a new session";
            // Destroyed without commit(): as when the process dies or the disk fills mid-write.
        }
        QCOMPARE(read(path), QByteArray("previous"));
        QCOMPARE(QDir(dir_.path()).entryList({"kept.attnscope.partial*"}, QDir::Files).size(), 0);
    }

    void aRunThatDidNotEndProperlyLeavesItsAutosave() {
        makeState();
        auto& sessions = workspace_->sessions();
        QVERIFY(sessions.crashedAutosave().isEmpty());
        sessions.startAutosave(60 * 60 * 1000);
        sessions.autosaveNow();
        QVERIFY(QFileInfo(sessions.autosavePath()).isFile());
        QVERIFY(sessions.crashedAutosave().isEmpty());  // this run is alive
        // A marker left by a process that no longer exists is a crash.
        write(QDir(settings_->autosaveFolder()).filePath("running.pid"), "999999");
        QCOMPARE(sessions.crashedAutosave(), sessions.autosavePath());
    }
};

QTEST_MAIN(TestSessions)
#include "test_sessions.moc"
