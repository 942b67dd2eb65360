// The analysis session: head scores computed as a job for each capture (with induction scores when the input ends in
// a repeated block), and the head importance sweep run on the open model for the importance view, with progress,
// result and cancellation, beside a run of the model session.
#include <QtTest>

#include "analysis/importance_view.h"
#include "analysis_session.h"
#include "attnscope/capture.h"
#include "attnscope/head_metrics.h"
#include "attnscope/model.h"
#include "job_runner.h"
#include "main_window.h"
#include "selection_model.h"
#include "settings.h"
#include "test_support.h"

using namespace attnscope;
using attnscope::app::AnalysisSession;
using attnscope::app::MainWindow;
using attnscope::app::Settings;

namespace {
QString fixture(const char* name) {
    return attnscope::testing::modelFixture(name);
}
}  // namespace

class TestAnalysisSession : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<AnalysisSession> analysis_;
    std::shared_ptr<const Model> model_;

private slots:
    void initTestCase() { model_ = Model::load(fixture("gpt2").toStdString()); }
    void init() {
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->setAutomation(true);
        analysis_ = std::make_unique<AnalysisSession>(window_->jobs());
        analysis_->setModel(model_);
        window_->selection().setModelShape(model_->info().layers, model_->info().heads);
    }
    void cleanup() {
        analysis_.reset();
        window_.reset();
        settings_.reset();
    }

    void headScoresArriveForEachCaptureWithInductionOnARepeatedBlock() {
        ModelInput input;
        input.ids = {5, 11, 12, 13, 14, 15, 11, 12, 13, 14, 15};  // ends with a 5-token block repeated
        const auto capture = model_->run(input);
        QSignalSpy scored(analysis_.get(), &AnalysisSession::headScoresChanged);
        analysis_->setCaptures(capture, nullptr);
        QVERIFY(window_->busy().busy());  // --screenshot waits for the scores
        QVERIFY(scored.wait(30000));
        QCOMPARE(analysis_->scoredCapture(), capture);
        const auto& scores = analysis_->headScores();
        QCOMPARE(static_cast<int>(scores.size()), model_->info().layers * model_->info().heads);
        const auto probe = detectInductionProbe(input.ids);
        QVERIFY(probe);
        QCOMPARE(probe->length, 5);
        QCOMPARE(probe->firstCopy, 1);
        const auto expected = computeHeadScores(*capture, &*probe);
        for (size_t i = 0; i < scores.size(); ++i) {
            QVERIFY(scores[i].induction >= 0);
            QCOMPARE(scores[i].induction, expected[i].induction);
            QCOMPARE(scores[i].sink, expected[i].sink);
        }
        QTRY_VERIFY(!window_->busy().busy());
    }

    void theSweepRunsOnTheModelAndReachesTheView() {
        ModelInput input;
        input.ids = {1, 2, 3, 4, 5, 6, 7, 8};
        widgets::ImportanceView view(&window_->selection());
        connect(&view, &widgets::ImportanceView::computeRequested, analysis_.get(),
                &AnalysisSession::computeImportance);
        connect(analysis_.get(), &AnalysisSession::importanceSourceChanged, &view,
                &widgets::ImportanceView::setSourceAvailable);
        connect(analysis_.get(), &AnalysisSession::importanceStarted, &view, [&view] { view.setRunning(true); });
        connect(analysis_.get(), &AnalysisSession::importanceFinished, &view, &widgets::ImportanceView::setResult);
        analysis_->setCaptures(model_->run(input), nullptr);
        QVERIFY(analysis_->importanceAvailable());
        QSignalSpy finished(&view, &widgets::ImportanceView::computationFinished);
        view.compute();
        QVERIFY(view.running());
        QVERIFY(analysis_->importanceRunning());
        QVERIFY(!window_->jobs().running());  // a background job: the status bar's Cancel is for runs
        QVERIFY(finished.wait(60000));
        const HeadImportance* result = view.result(ImportanceMethod::Ablation);
        QVERIFY(result);
        QCOMPARE(result->scores.size(), size_t(12));
        // The same numbers as the engine computes directly.
        const HeadImportance direct = computeHeadImportance(*model_, input);
        for (size_t i = 0; i < result->scores.size(); ++i)
            QVERIFY(std::abs(result->scores[i] - direct.scores[i]) < 1e-6);
    }

    void cancellingTheSweepEndsWithoutAResult() {
        ModelInput input;
        input.ids = {1, 2, 3, 4, 5, 6, 7, 8};
        analysis_->setCaptures(model_->run(input), nullptr);
        QSignalSpy ended(analysis_.get(), &AnalysisSession::importanceEndedWithoutResult);
        QSignalSpy finished(analysis_.get(), &AnalysisSession::importanceFinished);
        analysis_->computeImportance(ImportanceMethod::Ablation);
        analysis_->cancelImportance();
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended[0][0].toString(), QString());
        QCOMPARE(finished.size(), 0);
        QVERIFY(!analysis_->importanceRunning());
    }

    void aMaskedRunKeepsThePlainInputAsTheSweepsSource() {
        ModelInput input;
        input.ids = {1, 2, 3, 4};
        const auto plain = model_->run(input);
        QSignalSpy source(analysis_.get(), &AnalysisSession::importanceSourceChanged);
        analysis_->setCaptures(plain, nullptr);
        QCOMPARE(source.size(), 1);
        RunOptions masked;
        masked.mask = HeadMask::parse("0:1");
        analysis_->setCaptures(model_->run(input, masked), plain);
        QCOMPARE(source.size(), 1);  // the same plain input: earlier results still hold
    }

    void theImageAVisionRunSawIsReadAsAJobAndKeptForTheNextAsk() {
        const auto vit = Model::load(fixture("vit").toStdString());
        const QString path = fixture("vit") + "/exact32.png";
        ModelInput input;
        input.imagePath = path.toStdString();
        const auto capture = vit->run(input);
        QSignalSpy ready(analysis_.get(), &AnalysisSession::inputImageReady);
        analysis_->computeInputImage(capture);
        QVERIFY(window_->busy().busy());  // --screenshot waits for it
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.at(0).at(1).value<std::shared_ptr<const AttentionCapture>>(), capture);
        // exact32.png has the model's size: the image as preprocessed is the file's pixels, up to rounding.
        const QImage image = ready.at(0).at(0).value<QImage>().convertToFormat(QImage::Format_RGB32);
        const QImage file = QImage(path).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), QSize(32, 32));
        QCOMPARE(file.size(), image.size());
        int largest = 0;
        for (int y = 0; y < 32; ++y)
            for (int x = 0; x < 32; ++x) {
                const QColor a = image.pixelColor(x, y), b = file.pixelColor(x, y);
                largest = std::max({largest, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                    std::abs(a.blue() - b.blue())});
            }
        QVERIFY2(largest <= 1, qPrintable(QString::number(largest)));
        // Asked again (the attention map after a change of head): answered at once, without a job.
        analysis_->computeInputImage(capture);
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready.at(1).at(0).value<QImage>(), ready.at(0).at(0).value<QImage>());
        QTRY_VERIFY(!window_->busy().busy());
    }
};

QTEST_MAIN(TestAnalysisSession)
#include "test_analysis_session.moc"
