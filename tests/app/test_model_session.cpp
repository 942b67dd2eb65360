// The model session: loading a real fixture as a job, running a text, keeping the previous model when a load fails,
// and masked re-runs compared with the plain run (KL > 0 for a masked head, 0 for an empty mask).
#include <QtTest>

#include "attnscope/error.h"
#include "attnscope/predictions.h"
#include "attnscope/tokenizer.h"
#include "main_window.h"
#include "model_session.h"
#include "settings.h"
#include "test_support.h"

using namespace attnscope;
using attnscope::app::MainWindow;
using attnscope::app::ModelSession;
using attnscope::app::RunRequest;
using attnscope::app::Settings;

namespace {
QString fixture(const char* name) {
    return attnscope::testing::modelFixture(name);
}
const QString kText = QStringLiteral("The cat sat on the mat.");
}  // namespace

class TestModelSession : public QObject {
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
    bool run(const QString& text, bool withMask) {
        QSignalSpy ended(session_.get(), &ModelSession::runEnded);
        if (!session_->run(RunRequest{text, {}, {}}, withMask)) return false;
        if (!ended.wait(60000)) return false;
        return ended[0][0].toBool();
    }

private slots:
    void init() {
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->setAutomation(true);  // errors to stderr and reported(), never a modal dialog
        session_ = std::make_unique<ModelSession>(window_->jobs(), window_->selection(), window_->errors());
    }
    void cleanup() {
        session_.reset();
        window_.reset();
        settings_.reset();
    }

    void loadsAFixtureAndSetsTheSelectionShape() {
        QSignalSpy loaded(session_.get(), &ModelSession::modelLoaded);
        QVERIFY(load(fixture("gpt2")));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(session_->model());
        QCOMPARE(session_->model()->info().layers, 3);
        QCOMPARE(session_->model()->info().heads, 4);
        QCOMPARE(window_->selection().layerCount(), 3);
        QCOMPARE(window_->selection().headCount(), 4);
        QCOMPARE(session_->modelName(), QString("gpt2"));
        QVERIFY(!session_->loading());
    }

    void runningATextPublishesACaptureOfItsTokens() {
        QVERIFY(load(fixture("gpt2")));
        QSignalSpy changed(session_.get(), &ModelSession::capturesChanged);
        QVERIFY(run(kText, false));
        QCOMPARE(changed.size(), 1);
        const auto capture = session_->capture();
        QVERIFY(capture);
        const Encoding expected = session_->model()->tokenizer()->encode(kText.toStdString());
        QCOMPARE(capture->tokenCount(), static_cast<int>(expected.size()));
        QCOMPARE(capture->input().ids, expected.ids);
        QCOMPARE(capture->input().tokens.size(), expected.size());
        QCOMPARE(capture->input().tokens[1], session_->model()->tokenizer()->displayLabel(expected.tokens[1]));
        QVERIFY(capture->mask().empty());
        QVERIFY(!session_->beforeCapture());
        QCOMPARE(capture->logits().rows, static_cast<int64_t>(expected.size()));
    }

    void aFolderWithoutConfigShowsAnErrorAndKeepsThePreviousModel() {
        QVERIFY(load(fixture("gpt2")));
        QVERIFY(run(kText, false));
        const auto model = session_->model();
        const auto capture = session_->capture();
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        QSignalSpy captures(session_.get(), &ModelSession::capturesChanged);
        QTemporaryDir empty;
        QVERIFY(!load(empty.path()));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("config.json"), qPrintable(reported[0][1].toString()));
        QCOMPARE(session_->model(), model);
        QCOMPARE(session_->capture(), capture);
        QCOMPARE(session_->modelFolder(), fixture("gpt2"));
        QCOMPARE(captures.size(), 0);
    }

    void aCorruptSafetensorsFileShowsAnErrorNamingIt() {
        QVERIFY(load(fixture("gpt2")));
        const auto model = session_->model();
        QTemporaryDir broken;
        for (const char* file : {"config.json", "tokenizer.json", "tokenizer_config.json"})
            QVERIFY(QFile::copy(fixture("gpt2") + "/" + file, broken.filePath(file)));
        QFile weights(broken.filePath("model.safetensors"));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        // A header length far beyond the file, then a few bytes of not-JSON.
        const char header[] = {'\xff', '\xff', '\x00', '\x00', '\x00', '\x00', '\x00', '\x00', '{', 'x'};
        weights.write(header, sizeof header);
        weights.close();
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        QVERIFY(!load(broken.path()));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("model.safetensors"), qPrintable(reported[0][1].toString()));
        QCOMPARE(session_->model(), model);
    }

    void runWithAMaskedHeadComparesWithThePlainRun() {
        QVERIFY(load(fixture("gpt2")));
        QVERIFY(run(kText, false));
        const auto plain = session_->capture();
        window_->selection().setMask(HeadMask::parse("0:1"), "test");
        QVERIFY(run(kText, true));
        const auto masked = session_->capture();
        QCOMPARE(QString::fromStdString(masked->mask().toString()), QString("0:1"));
        QCOMPARE(session_->beforeCapture(), plain);
        const auto c =
            comparePredictions(plain->logits(), masked->logits(), masked->input().ids, InputLossKind::NextToken);
        QVERIFY2(c.meanKl > 1e-6, qPrintable(QString::number(c.meanKl)));
        QVERIFY(c.lossAfter != c.lossBefore);
    }

    void runWithAnEmptyMaskChangesNothing() {
        QVERIFY(load(fixture("gpt2")));
        QVERIFY(run(kText, false));
        const auto plain = session_->capture();
        QVERIFY(window_->selection().mask().empty());
        QVERIFY(run(kText, true));
        QCOMPARE(session_->beforeCapture(), plain);
        const auto c = comparePredictions(plain->logits(), session_->capture()->logits(), plain->input().ids,
                                          InputLossKind::NextToken);
        QVERIFY2(c.maxKl < 1e-9, qPrintable(QString::number(c.maxKl)));
        QCOMPARE(c.lossAfter, c.lossBefore);
    }

    void runWithMaskOnANewInputRunsThePlainInputFirst() {
        QVERIFY(load(fixture("gpt2")));
        window_->selection().setMask(HeadMask::parse("1:2,2:0"), "test");
        QSignalSpy changed(session_.get(), &ModelSession::capturesChanged);
        QSignalSpy ended(session_.get(), &ModelSession::runEnded);
        QVERIFY(run(QStringLiteral("A new text"), true));
        QCOMPARE(ended.size(), 1);    // one run as far as the user is concerned
        QCOMPARE(changed.size(), 2);  // the plain run, then the masked one compared with it
        QVERIFY(session_->beforeCapture());
        QVERIFY(session_->beforeCapture()->mask().empty());
        QCOMPARE(QString::fromStdString(session_->capture()->mask().toString()), QString("1:2,2:0"));
        QCOMPARE(session_->beforeCapture()->input().ids, session_->capture()->input().ids);
    }

    void aTooLongTextIsRefusedWithoutAJob() {
        QVERIFY(load(fixture("gpt2")));
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        QSignalSpy started(session_.get(), &ModelSession::runStarted);
        QString text;
        for (int i = 0; i < 200; ++i) text += QStringLiteral("cat ");
        QVERIFY(!session_->run(RunRequest{text, {}, {}}, false));
        QCOMPARE(started.size(), 0);
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("at most 128"), qPrintable(reported[0][1].toString()));
    }

    void runningWithoutAModelIsRefused() {
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        QVERIFY(!session_->run(RunRequest{kText, {}, {}}, false));
        QCOMPARE(reported.size(), 1);
    }

    void aNewModelClearsTheCaptures() {
        QVERIFY(load(fixture("gpt2")));
        QVERIFY(run(kText, false));
        QSignalSpy changed(session_.get(), &ModelSession::capturesChanged);
        QVERIFY(load(fixture("llama")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!changed[0][0].value<std::shared_ptr<const AttentionCapture>>());
        QVERIFY(!session_->capture());
        QCOMPARE(session_->model()->info().architecture, std::string("llama"));
    }

    void cacheSnapshotsAreNamedByTheirRepository() {
        QCOMPARE(app::modelDisplayName("/h/.cache/huggingface/hub/models--openai-community--gpt2/snapshots/abc/"),
                 QString("openai-community/gpt2"));
        QCOMPARE(app::modelDisplayName("/models/my-model/"), QString("my-model"));
    }
};

QTEST_MAIN(TestModelSession)
#include "test_model_session.moc"
