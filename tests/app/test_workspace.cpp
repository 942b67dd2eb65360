// The window put together: a model opened through the window, the live token strip, the input checks that gate Run,
// predictions that are the softmax of the capture's logits, before/after after Run with Mask, the demos (from a
// demos.json written here) and the command line's --model/--text/--mask/--layer/--head.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>
#include <cmath>

#include "attnscope/capture.h"
#include "attnscope/tokenizer.h"
#include "command_line.h"
#include "demo_guide.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_matrix_view.h"
#include "embedding_dock.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_info_panel.h"
#include "model_session.h"
#include "position_chart.h"
#include "prediction_panel.h"
#include "probability_bars.h"
#include "settings.h"
#include "test_support.h"
#include "token_strip.h"
#include "view_catalog.h"
#include "workspace.h"

using namespace attnscope;
using attnscope::app::LaunchOptions;
using attnscope::app::MainWindow;
using attnscope::app::Settings;
using attnscope::app::Workspace;

namespace {
QString fixture(const char* name) {
    return attnscope::testing::modelFixture(name);
}
const QString kText = QStringLiteral("The cat sat on the mat and the dog sat on the log.");

// Softmax of one logits row in double precision, written out here rather than taken from the engine.
std::vector<double> referenceSoftmax(const FloatMatrix& logits, int64_t row) {
    double top = -INFINITY;
    for (int64_t v = 0; v < logits.cols; ++v) top = std::max(top, double(logits(row, v)));
    std::vector<double> p(static_cast<size_t>(logits.cols));
    double sum = 0;
    for (int64_t v = 0; v < logits.cols; ++v) sum += p[size_t(v)] = std::exp(double(logits(row, v)) - top);
    for (double& value : p) value /= sum;
    return p;
}
}  // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<Workspace> workspace_;

    // A fresh window each time: the workspace registers its docks with the window once.
    void makeWorkspace(const QString& demos = {}, const QString& language = "en") {
        workspace_.reset();
        window_ = std::make_unique<MainWindow>(*settings_);
        window_->setAutomation(true);
        window_->resize(1280, 800);
        workspace_ = std::make_unique<Workspace>(*window_, *settings_, language, demos);
    }
    bool waitIdle() {
        QTest::qWait(1);
        return QTest::qWaitFor([this] { return !window_->busy().busy(); }, 60000);
    }
    bool openAndRun(const QString& text) {
        window_->modelFolderRequested(fixture("gpt2"));
        if (!waitIdle()) return false;
        workspace_->input().setText(text);
        window_->actions().run->trigger();
        return waitIdle() && workspace_->session().capture();
    }
    QString writeDemos() {
        QJsonObject first{{"id", "names"},
                          {"title", QJsonObject{{"en", "Repeated names"}, {"de", "Wiederholte Namen"}}},
                          {"text", "Alice gives Bob the book. Alice gives Bob"},
                          {"layer", 1},
                          {"head", 2},
                          {"view", "map"},
                          {"mask", "0:1"},
                          {"explanation", QJsonObject{{"en", "Look at <b>1:2</b>."}, {"de", "Schau auf <b>1:2</b>."}}}};
        QJsonObject second{{"id", "count"},
                           {"title", QJsonObject{{"en", "Counting"}}},
                           {"text", "Alice counts 3 4 5 6 7."},
                           {"explanation", QJsonObject{{"en", "Numbers."}}}};
        const QJsonObject root{{"model", fixture("gpt2")}, {"demos", QJsonArray{first, second}}};
        const QString path = dir_.filePath("demos.json");
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(root).toJson());
        return path;
    }

private slots:
    void init() {
        QFile::remove(dir_.filePath("t.ini"));
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        makeWorkspace();
    }
    void cleanup() {
        workspace_.reset();
        window_.reset();
        settings_.reset();
    }

    void openingAModelFillsTheTitleModelPanelAndInput() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        QCOMPARE(window_->windowTitle(), QString("gpt2 – AttnScope"));
        auto& info = workspace_->modelInfo();
        QCOMPARE(info.value("architecture"), QString("gpt2"));
        QCOMPARE(info.value("shape"), QString("3 × 4"));
        QCOMPARE(info.value("max_positions"), QString("128"));
        QCOMPARE(info.value("vocab"), QString("600"));
        QCOMPARE(info.value("compute"), QString("float32 on CPU"));
        QVERIFY(workspace_->input().hasModel());
        QVERIFY(!workspace_->input().pairVisible());
        QCOMPARE(settings_->recentModels().front(), fixture("gpt2"));
    }

    void tokenStripShowsTheTokenizersTokens() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        auto& input = workspace_->input();
        input.setText(kText);
        const auto tokenizer = workspace_->session().model()->tokenizer();
        const Encoding expected = tokenizer->encode(kText.toStdString());
        const auto& chips = input.tokenStrip()->chips();
        QCOMPARE(chips.size(), static_cast<qsizetype>(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(chips[qsizetype(i)].label, QString::fromStdString(tokenizer->displayLabel(expected.tokens[i])));
        QVERIFY2(chips[1].toolTip.contains(QString("id %1").arg(expected.ids[1])), qPrintable(chips[1].toolTip));
        QVERIFY(chips[1].toolTip.contains(
            QString("characters %1–%2").arg(expected.offsets[1].first).arg(expected.offsets[1].second)));
        QCOMPARE(input.counterLabel()->text(), QString("%1 / 128 tokens").arg(expected.size()));
        QVERIFY(input.runButton()->isEnabled());
        QVERIFY(window_->actions().run->isEnabled());
    }

    void typingRetokenizesAfterAPause() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        auto& input = workspace_->input();
        input.setText("The cat");
        const int before = input.tokenStrip()->count();
        QTest::keyClicks(input.textEdit(), " sat on the mat");
        QCOMPARE(input.tokenStrip()->count(), before);  // not on every keystroke
        QTRY_VERIFY(input.tokenStrip()->count() > before);
    }

    void clickingAChipSelectsItsToken() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        auto& input = workspace_->input();
        input.setText(kText);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto* strip = input.tokenStrip();
        QTest::mouseClick(strip, Qt::LeftButton, {}, strip->chipRect(3).center());
        QCOMPARE(window_->selection().token(), 3);
        QCOMPARE(strip->highlighted(), 3);
    }

    void tooLongTextDisablesRunWithAMessage() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        auto& input = workspace_->input();
        QString text;
        for (int i = 0; i < 150; ++i) text += QStringLiteral("cat ");
        input.setText(text);
        QVERIFY(input.tokenCount() > 128);
        QVERIFY(!input.canRun());
        QVERIFY(!input.runButton()->isEnabled());
        QVERIFY(!window_->actions().run->isEnabled());
        QVERIFY2(
            input.errorLabel()->text().startsWith("Too long") && input.errorLabel()->text().contains("at most 128"),
            qPrintable(input.errorLabel()->text()));
        input.setText(kText);
        QVERIFY(input.errorLabel()->text().isEmpty());
        QVERIFY(window_->actions().run->isEnabled());
    }

    void emptyTextCannotRun() {
        window_->modelFolderRequested(fixture("gpt2"));
        QVERIFY(waitIdle());
        workspace_->input().setText("   ");
        QVERIFY(!workspace_->input().runButton()->isEnabled());
        QVERIFY(!window_->actions().run->isEnabled());
    }

    void embeddingDockLaysOutTheInputThenTheDemoCorpus() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        QVERIFY(dock);
        auto* view = dock->view();
        const int tokens = workspace_->session().capture()->tokenCount();
        // The current input: its queries and keys, one point each.
        QTRY_COMPARE_WITH_TIMEOUT(view->points().coordinates.rows, int64_t(2 * tokens), 20000);
        QComboBox* source = nullptr;
        for (auto* combo : dock->findChildren<QComboBox*>())
            if (combo->count() == 4 && combo->itemText(1) == "Demo corpus") source = combo;
        QVERIFY(source);
        emit source->activated(1);  // resources/corpus/demo.txt, captured with the open model
        QTRY_VERIFY_WITH_TIMEOUT(view->points().coordinates.rows > 20 * tokens, 60000);
        QCOMPARE(view->points().inputCount(), 203);  // the file's lines
        QCOMPARE(dock->session().source(), app::EmbeddingSession::Source::DemoCorpus);
        QVERIFY2(dock->statusText().contains("203 input"), qPrintable(dock->statusText()));
    }

    void clickingAPointOfTheInputSelectsItsTokenAndBack() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        QVERIFY(waitIdle());
        auto& selection = window_->selection();
        emit dock->view()->tokenSelected(0, 3, true);  // as a click on the key of token 3
        QCOMPARE(selection.token(), 3);
        QVERIFY(selection.tokenIsKey());
        selection.setToken(5, false);  // elsewhere (the head view, the token strip): the view follows
        QCOMPARE(dock->view()->selection().position, 5);
        QVERIFY(!dock->view()->selection().isKey);
        QCOMPARE(dock->view()->selection().input, 0);
    }

    void clickingAPointOfAnotherCorpusInputRunsItThenSelectsTheToken() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        dock->session().useCorpus(app::EmbeddingSession::demoCorpusPath());
        QVERIFY(waitIdle());
        QCOMPARE(dock->view()->points().inputCount(), 203);
        emit dock->view()->tokenSelected(2, 4, false);  // line 3 of the corpus, the query of token 4
        QCOMPARE(workspace_->input().text(), QStringLiteral("Bob said that Alice had already left."));
        QVERIFY(waitIdle());
        QCOMPARE(window_->selection().token(), 4);
        QVERIFY(!window_->selection().tokenIsKey());
        QCOMPARE(dock->view()->selection().input, 2);
        QCOMPARE(dock->view()->selection().position, 4);
    }

    void embeddingDockSwitchesTo3dAndEmbedsEveryHead() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        QVERIFY(waitIdle());
        dock->session().setDimensions(3);
        QVERIFY(waitIdle());
        QCOMPARE(dock->view()->points().dimensions(), 3);
        dock->showMatrix(true);
        QVERIFY(dock->matrixShown());
        QVERIFY(waitIdle());
        auto* matrix = dock->matrix();
        const auto info = workspace_->session().model()->info();
        QCOMPARE(matrix->layerCount(), info.layers);
        QCOMPARE(matrix->headCount(), info.heads);
        for (int layer = 0; layer < info.layers; ++layer)
            for (int head = 0; head < info.heads; ++head)
                QCOMPARE(matrix->cellState(layer, head), widgets::QueryKeyMatrixView::CellState::Ready);
        emit matrix->headActivated(1, 2);  // a click on a cell opens that head
        QCOMPARE(window_->selection().layer(), 1);
        QCOMPARE(window_->selection().head(), 2);
        QVERIFY(!dock->matrixShown());
    }

    void openingAnotherModelCapturesTheCorpusAgain() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        dock->session().useCorpus(app::EmbeddingSession::demoCorpusPath());
        QVERIFY(waitIdle());
        const int gpt2Tokens = dock->view()->points().size();
        window_->modelFolderRequested(fixture("llama"));
        QVERIFY(waitIdle());
        QVERIFY(workspace_->run(false));
        QVERIFY(waitIdle());
        // The same 203 lines, now tokenized and run by the llama fixture (a different tokenizer: other counts).
        QCOMPARE(dock->view()->points().inputCount(), 203);
        QVERIFY(dock->view()->points().size() != gpt2Tokens);
        QCOMPARE(dock->session().source(), app::EmbeddingSession::Source::DemoCorpus);
    }

    void aMissingCorpusFileIsReportedInTheDock() {
        QVERIFY(openAndRun(kText));
        auto* dock = workspace_->views().embeddingDock();
        dock->session().useCorpus(dir_.filePath("no-such-corpus.txt"));
        QVERIFY2(dock->statusText().contains("no-such-corpus.txt"), qPrintable(dock->statusText()));
        QCOMPARE(dock->session().source(), app::EmbeddingSession::Source::CurrentInput);
    }

    void predictionsAreTheTopTenOfTheSoftmaxAtTheLastToken() {
        QVERIFY(openAndRun(kText));
        const auto capture = workspace_->session().capture();
        auto& panel = workspace_->predictions();
        const int last = capture->tokenCount() - 1;
        QCOMPARE(panel.position(), last);
        const auto expected = referenceSoftmax(capture->logits(), last);
        const auto& rows = panel.afterBars()->rows();
        QCOMPARE(rows.size(), 10);
        QCOMPARE(panel.predictions().size(), size_t(10));
        double previous = 1.0;
        for (int i = 0; i < 10; ++i) {
            const auto& p = panel.predictions()[size_t(i)];
            QVERIFY(std::abs(p.probability - expected[size_t(p.id)]) < 1e-9);
            QVERIFY(std::abs(rows[i].probability - expected[size_t(p.id)]) < 1e-9);
            QVERIFY(p.probability <= previous);
            previous = p.probability;
        }
        // Nothing outside the ten beats the tenth.
        int larger = 0;
        for (double value : expected) larger += value > panel.predictions().back().probability ? 1 : 0;
        QCOMPARE(larger, 9);
        const auto tokenizer = workspace_->session().model()->tokenizer();
        QCOMPARE(rows[0].label,
                 QString::fromStdString(tokenizer->displayLabel(tokenizer->idToToken(panel.predictions()[0].id))));
        QVERIFY(!panel.beforeBars()->isVisibleTo(&panel));
        QVERIFY(panel.lossLabel()->text().startsWith("Loss on the input"));
    }

    void selectingATokenShowsThePredictionsAfterIt() {
        QVERIFY(openAndRun(kText));
        window_->selection().setToken(2);
        auto& panel = workspace_->predictions();
        QCOMPARE(panel.position(), 2);
        const auto expected = referenceSoftmax(workspace_->session().capture()->logits(), 2);
        QVERIFY(std::abs(panel.predictions()[0].probability - *std::max_element(expected.begin(), expected.end())) <
                1e-9);
    }

    void runWithMaskShowsBeforeAndAfterWithKlPerPosition() {
        QVERIFY(openAndRun(kText));
        window_->selection().setMask(HeadMask::parse("0:1"), "test");
        QVERIFY(window_->actions().runWithMask->isEnabled());
        window_->actions().runWithMask->trigger();
        QVERIFY(waitIdle());
        auto& panel = workspace_->predictions();
        QVERIFY(panel.comparison().has_value());
        QVERIFY(panel.beforeBars()->isVisibleTo(&panel));
        QCOMPARE(panel.beforeBars()->rows().size(), 10);
        QCOMPARE(panel.afterBars()->title(), QString("After · masked 0:1"));
        const auto& kl = panel.klChart()->values();
        QCOMPARE(kl.size(), workspace_->session().capture()->tokenCount());
        for (qsizetype i = 0; i < kl.size(); ++i) QCOMPARE(kl[i], panel.comparison()->klPerPosition[size_t(i)]);
        QVERIFY(*std::max_element(kl.begin(), kl.end()) > 1e-6);
        QVERIFY2(panel.lossLabel()->text().contains("→"), qPrintable(panel.lossLabel()->text()));
        // Each after-row carries the same token's probability before masking.
        const auto before = referenceSoftmax(workspace_->session().beforeCapture()->logits(), panel.position());
        QVERIFY(std::abs(panel.afterBars()->rows()[0].reference - before[size_t(panel.predictions()[0].id)]) < 1e-9);
        // A plain run afterwards leaves the comparison.
        window_->actions().run->trigger();
        QVERIFY(waitIdle());
        QVERIFY(!panel.comparison().has_value());
    }

    void demosComeFromTheJsonInTheInterfaceLanguage() {
        makeWorkspace(writeDemos(), "de");
        QStringList titles;
        for (QAction* action : window_->demosMenu()->actions()) {
            if (action->isSeparator()) break;  // the step actions follow
            titles.append(action->text());
        }
        QCOMPARE(titles, QStringList({"Wiederholte Namen", "Counting"}));  // English where no German exists
        QCOMPARE(workspace_->demos().demos[0].explanation, QString("Schau auf <b>1:2</b>."));
    }

    void choosingADemoOpensItsModelRunsItsTextAndExplainsIt() {
        makeWorkspace(writeDemos());
        window_->demosMenu()->actions()[0]->trigger();
        QVERIFY(waitIdle());
        QCOMPARE(workspace_->session().modelFolder(), fixture("gpt2"));
        QCOMPARE(workspace_->input().text(), QString("Alice gives Bob the book. Alice gives Bob"));
        QVERIFY(workspace_->session().capture());
        QCOMPARE(window_->selection().layer(), 1);
        QCOMPARE(window_->selection().head(), 2);
        QCOMPARE(QString::fromStdString(window_->selection().mask().toString()), QString("0:1"));
        auto& guide = workspace_->demoGuide();
        QCOMPARE(guide.titleLabel()->text(), QString("Repeated names"));
        QCOMPARE(guide.explanationLabel()->text(), QString("Look at <b>1:2</b>."));
        QVERIFY(guide.runWithMaskButton()->isVisibleTo(&guide));
        QCOMPARE(guide.runWithMaskButton()->text(), QString("Run with Mask 0:1"));
        // The guide's button runs the masked comparison.
        guide.runWithMaskButton()->click();
        QVERIFY(waitIdle());
        QVERIFY(workspace_->session().beforeCapture());
        // Next demo: same model, no reload, the mask of the previous demo is gone.
        QSignalSpy loads(&workspace_->session(), &app::ModelSession::loadStarted);
        emit guide.demoRequested(1);
        QVERIFY(waitIdle());
        QCOMPARE(loads.size(), 0);
        QCOMPARE(workspace_->input().text(), QString("Alice counts 3 4 5 6 7."));
        QVERIFY(window_->selection().mask().empty());
        QCOMPARE(guide.titleLabel()->text(), QString("Counting"));
    }

    void launchWithModelTextAndMaskEndsWithBeforeAndAfter() {
        LaunchOptions options;
        options.modelDirectory = fixture("gpt2");
        options.text = kText;
        options.maskText = "0:1";
        options.layer = 2;
        options.head = 3;
        options.viewName = "map";
        workspace_->launch(options);
        QVERIFY(window_->busy().busy());  // from the start, so --screenshot waits for all of it
        QVERIFY(waitIdle());
        QVERIFY(!workspace_->sequenceActive());
        const auto capture = workspace_->session().capture();
        QVERIFY(capture);
        QCOMPARE(QString::fromStdString(capture->mask().toString()), QString("0:1"));
        QVERIFY(workspace_->session().beforeCapture());
        QVERIFY(workspace_->predictions().comparison().has_value());
        QCOMPARE(window_->selection().layer(), 2);
        QCOMPARE(window_->selection().head(), 3);
    }

    void launchWithoutAModelOpensTheDemoModelAndRunsTheFirstDemo() {
        makeWorkspace(writeDemos());
        workspace_->launch(LaunchOptions());
        QVERIFY(waitIdle());
        QCOMPARE(workspace_->session().modelFolder(), fixture("gpt2"));
        QCOMPARE(workspace_->input().text(), QString("Alice gives Bob the book. Alice gives Bob"));
        QVERIFY(workspace_->session().capture());
        QCOMPARE(workspace_->demoGuide().index(), 0);
    }

    void launchReopensTheRememberedModel() {
        settings_->setRecentModels({fixture("llama")});
        makeWorkspace(writeDemos());
        workspace_->launch(LaunchOptions());
        QVERIFY(waitIdle());
        QCOMPARE(workspace_->session().modelFolder(), fixture("llama"));
        QVERIFY(!workspace_->session().capture());
        QCOMPARE(workspace_->demoGuide().index(), -1);
    }

    void launchWithAMaskOutsideTheModelReportsIt() {
        LaunchOptions options;
        options.modelDirectory = fixture("gpt2");
        options.text = kText;
        options.maskText = "7:0";
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        workspace_->launch(options);
        QVERIFY(waitIdle());
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported[0][1].toString().contains("--mask"), qPrintable(reported[0][1].toString()));
        QVERIFY(workspace_->session().capture()->mask().empty());
    }

    void launchWithAMissingModelReportsAndStops() {
        LaunchOptions options;
        options.modelDirectory = dir_.filePath("no-such-model");
        options.text = kText;
        QSignalSpy reported(&window_->errors(), &app::ErrorReporter::reported);
        workspace_->launch(options);
        QVERIFY(waitIdle());
        QCOMPARE(reported.size(), 1);
        QVERIFY(!workspace_->session().model());
    }
};

QTEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
