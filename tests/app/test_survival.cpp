// The window survives what users do to it: cancelling a load or a run wherever it has got to, closing the window while
// a job runs, opening a second model while the first loads, a model folder deleted while open, and a run whose
// weights turn every number into NaN (a visible warning naming the layer, never made-up numbers).
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QtTest>

#include "attnscope/tools/random_model.h"
#include "error_reporter.h"
#include "job_runner.h"
#include "main_window.h"
#include "model_session.h"
#include "settings.h"
#include "input_panel.h"
#include "prediction_panel.h"
#include "test_support.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::ErrorReporter;
using attnscope::app::MainWindow;
using attnscope::app::ModelSession;
using attnscope::app::RunRequest;
using attnscope::app::Settings;
using attnscope::app::Workspace;

namespace {

// A 12-layer model with a long input: a run lasts long enough for a cancel to land between any two layers.
const char* kDeepLlama =
    R"({"model_type":"llama","hidden_size":128,"intermediate_size":256,"num_attention_heads":4,
        "num_key_value_heads":2,"num_hidden_layers":12,"vocab_size":600,"max_position_embeddings":4096,
        "rms_norm_eps":1e-6,"rope_theta":10000.0,"bos_token_id":1,"eos_token_id":2})";

bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QFileInfo& file : QDir(from).entryInfoList(QDir::Files))
        if (!QFile::copy(file.filePath(), to + "/" + file.fileName())) return false;
    return true;
}

QString longText() {
    QString text;
    for (int i = 0; i < 75; ++i) text += QStringLiteral("the cat sat on the mat and the dog ran. ");
    return text;
}

}  // namespace

class TestSurvival : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<ModelSession> session_;

    bool load(const QString& folder) {
        QSignalSpy ended(session_.get(), &ModelSession::loadEnded);
        session_->openModel(folder);
        if (!ended.wait(60000)) return false;
        return ended[0][0].toBool();
    }
    bool run(const QString& text) {
        QSignalSpy ended(session_.get(), &ModelSession::runEnded);
        if (!session_->run(RunRequest{text, {}, {}}, false)) return false;
        if (!ended.wait(60000)) return false;
        return ended[0][0].toBool();
    }
    QString overflowingModel() {
        // Weights 10^20 times too large: the first layer's attention scores overflow float32.
        const QString folder = dir_.filePath("overflow");
        if (QFileInfo::exists(folder + "/config.json")) return folder;
        RandomModelOptions options;
        options.scale = 1e20;
        QFile config(testing::modelFixture("gpt2") + "/config.json");
        if (!config.open(QIODevice::ReadOnly)) return {};
        writeRandomModel(folder.toStdString(), config.readAll().toStdString(), options);
        QFile::copy(testing::modelFixture("gpt2") + "/tokenizer.json", folder + "/tokenizer.json");
        return folder;
    }
    QString deepModel() {
        const QString folder = dir_.filePath("deep");
        if (!QFileInfo::exists(folder + "/config.json")) {
            writeRandomModel(folder.toStdString(), kDeepLlama);
            QFile::copy(testing::modelFixture("llama") + "/tokenizer.json", folder + "/tokenizer.json");
        }
        return folder;
    }

private slots:
    void init() {
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->setAutomation(true);
        session_ = std::make_unique<ModelSession>(window_->jobs(), window_->selection(), window_->errors());
    }
    void cleanup() {
        session_.reset();
        window_.reset();
    }

    void aRunCancelledAtAnyLayerKeepsThePreviousCapture() {
        QVERIFY(load(deepModel()));
        QVERIFY(run("the cat"));
        const auto previous = session_->capture();
        // Cancelled before the first layer, then once each of these layers has been reported done: every run ends
        // cancelled, the previous capture stays, and the session runs again afterwards.
        for (int layer : {-1, 1, 6, 11}) {
            QSignalSpy ended(session_.get(), &ModelSession::runEnded);
            QString cancelledAt;
            const auto connection = connect(session_.get(), &ModelSession::runProgress, this,
                                            [&](double fraction, const QString& stage) {
                                                if (cancelledAt.isEmpty() && layer >= 0 &&
                                                    std::lround(fraction * 12) >= layer) {
                                                    cancelledAt = stage;
                                                    window_->jobs().cancel();
                                                }
                                            });
            QVERIFY(session_->run(RunRequest{longText(), {}, {}}, false));
            if (layer < 0) window_->jobs().cancel();
            QVERIFY(ended.wait(60000) || ended.size() == 1);
            disconnect(connection);
            QVERIFY2(!ended[0][0].toBool(), qPrintable(QString("layer %1 was not cancelled").arg(layer)));
            QCOMPARE(session_->capture(), previous);
            QVERIFY(!session_->running());
            if (layer >= 0) QCOMPARE(cancelledAt, QString("Layer %1 / 12").arg(layer));
        }
        QVERIFY(run("the dog ran"));
        QVERIFY(session_->capture() != previous);
    }

    void aLoadCancelledKeepsTheOpenModel() {
        QVERIFY(load(testing::modelFixture("gpt2")));
        const auto model = session_->model();
        QSignalSpy ended(session_.get(), &ModelSession::loadEnded);
        session_->openModel(deepModel());
        window_->jobs().cancel();
        QVERIFY(ended.wait(60000) || ended.size() == 1);
        QCOMPARE(ended[0][0].toBool(), false);
        QCOMPARE(session_->model(), model);
        QCOMPARE(session_->modelFolder(), testing::modelFixture("gpt2"));
        QVERIFY(run("the cat"));
    }

    void aSecondModelOpenedWhileTheFirstLoadsWins() {
        QSignalSpy loaded(session_.get(), &ModelSession::modelLoaded);
        QSignalSpy ended(session_.get(), &ModelSession::loadEnded);
        session_->openModel(deepModel());
        session_->openModel(testing::modelFixture("gpt2"));
        QTRY_VERIFY_WITH_TIMEOUT(!session_->loading(), 60000);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(session_->modelFolder(), testing::modelFixture("gpt2"));
        QCOMPARE(session_->model()->info().modelType, std::string("gpt2"));
        QVERIFY(run("the cat"));
    }

    void closingTheWindowWhileARunGoesOnStopsTheRun() {
        QVERIFY(load(deepModel()));
        QVERIFY(session_->run(RunRequest{longText(), {}, {}}, false));
        QVERIFY(session_->running());
        QElapsedTimer timer;
        timer.start();
        session_.reset();
        window_.reset();  // the job runner cancels and joins the run before the window goes
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }

    void aModelFolderDeletedWhileOpenStillRunsAndCannotBeReopened() {
        const QString folder = dir_.filePath("deleted");
        QVERIFY(copyFolder(testing::modelFixture("gpt2"), folder));
        QVERIFY(load(folder));
        QVERIFY(QDir(folder).removeRecursively());
        // The weights stay mapped and the tokenizer in memory: the open model still runs.
        QVERIFY(run("the cat sat"));
        QSignalSpy reported(&window_->errors(), &ErrorReporter::reported);
        QVERIFY(!load(folder));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains(folder), qPrintable(reported[0][1].toString()));
        QVERIFY(session_->model() != nullptr);
        QVERIFY(run("the dog"));
    }

    void aRunProducingNaNWarnsNamingTheLayer() {
        QVERIFY(load(overflowingModel()));

        // In the window (not automated): a dialog names the layer. It is grabbed for a look, then closed.
        window_->setAutomation(false);
        window_->errors().setAutomation(false);
        QString dialogText;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            dialogText = box->text() + "\n" + box->informativeText();
            box->grab().save(testing::outputPath("nan_warning.png"));
            box->accept();
        });
        poll.start(20);
        QSignalSpy reported(&window_->errors(), &ErrorReporter::reported);
        QVERIFY(run("the cat sat on the mat"));
        poll.stop();
        QCOMPARE(reported.size(), 1);
        QVERIFY2(dialogText.contains("NaN") && dialogText.contains("Layer 0"), qPrintable(dialogText));
        QVERIFY(session_->capture() != nullptr);  // shown, with the warning, not thrown away
    }

    void theWindowShowsNaNAsEmptyNeverAsANumber() {
        session_.reset();
        window_->resize(1280, 800);
        Workspace workspace(*window_, *settings_, "en");
        window_->show();
        auto idle = [&] {
            QTest::qWait(1);
            return QTest::qWaitFor([&] { return !window_->busy().busy() && !workspace.sequenceActive(); }, 60000);
        };
        QSignalSpy reported(&window_->errors(), &ErrorReporter::reported);
        window_->modelFolderRequested(overflowingModel());
        QVERIFY(idle());
        workspace.input().setText("the cat sat on the mat");
        window_->actions().run->trigger();
        QVERIFY(idle());
        // The warning, then (under automation only) the embedding dock's own refusal of NaN vectors.
        QVERIFY(reported.size() >= 1);
        QVERIFY2(reported[0][1].toString().contains("Layer 0's attention"), qPrintable(reported[0][1].toString()));
        window_->grab().save(testing::outputPath("nan_window.png"));
        // printf's spellings of a non-finite number; the sentence saying "NaN" is fine.
        const QRegularExpression printed(QStringLiteral("\\b(-?nan|-?inf)\\b"));
        for (const QLabel* label : workspace.predictions().findChildren<QLabel*>())
            QVERIFY2(!printed.match(label->text()).hasMatch(), qPrintable(label->text()));
        QVERIFY(workspace.predictions().findChildren<QLabel*>().size() > 0);
    }
};

QTEST_MAIN(TestSurvival)
#include "test_survival.moc"
