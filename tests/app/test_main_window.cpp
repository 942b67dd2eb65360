// The main window's wiring: menus, view docks, drops, undoable mask actions, the model state and saved layout.
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QtTest>

#include "about_dialog.h"
#include "analysis_session.h"
#include "embedding_session.h"
#include "library_versions.h"
#include "main_window.h"
#include "model_folder_drop.h"
#include "settings.h"
#include "status_panel.h"
#include "view_catalog.h"

using attnscope::app::MainWindow;
using attnscope::app::Settings;

namespace {
QStringList actionTexts(const QMenu* menu) {
    QStringList texts;
    for (QAction* action : menu->actions()) texts.append(action->isSeparator() ? QString("---") : action->text());
    return texts;
}

QMimeData* urlsData(const QList<QUrl>& urls) {
    auto* data = new QMimeData;
    data->setUrls(urls);
    return data;
}
}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<MainWindow> window_;

private slots:
    void init() {
        QFile::remove(dir_.filePath("t.ini"));
        settings_ = std::make_unique<Settings>(dir_.filePath("t.ini"));
        window_ = std::make_unique<MainWindow>(*settings_);
    }
    void cleanup() {
        window_.reset();
        settings_.reset();
    }

    void menusAreInTheUsualOrder() {
        QStringList titles;
        for (QAction* action : window_->menuBar()->actions()) titles.append(action->text());
        QCOMPARE(titles, QStringList({"&File", "&Edit", "&View", "&Run", "&Demos", "&Help"}));
    }

    void fileMenuHasOpenRecentSessionsExportsAndQuit() {
        const QMenu* file = window_->menuBar()->actions()[0]->menu();
        QCOMPARE(actionTexts(file),
                 QStringList({"&Open Model Folder…", "Open from Hugging &Face Cache…", "Open &Recent", "---",
                              "Open &Session…", "&Save Session", "Save Session &As…", "---", "&Export Figure…",
                              "Export &Data…", "Export Re&port…", "---", "&Quit"}));
        // Nothing to save or export before a model is open.
        QVERIFY(!window_->actions().exportFigure->isEnabled());
        QVERIFY(!window_->actions().saveSession->isEnabled());
        QVERIFY(window_->actions().openSession->isEnabled());
        QCOMPARE(window_->actions().run->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    }

    void registeredViewGetsADockAndAViewMenuToggle() {
        auto* view = new QLabel("content");
        QDockWidget* dock = window_->registerView("probe", "Probe View", view, Qt::LeftDockWidgetArea);
        QCOMPARE(dock->windowTitle(), QString("Probe View"));
        QCOMPARE(dock->widget(), view);
        QCOMPARE(dock->objectName(), QString("dock.probe"));
        QCOMPARE(window_->dockWidgetArea(dock), Qt::LeftDockWidgetArea);
        QCOMPARE(window_->viewDock("probe"), dock);
        QCOMPARE(actionTexts(window_->viewMenu()),
                 QStringList({"Probe View", "---", "&Reset Layout", "---", "&Presenter Mode"}));
        QVERIFY(window_->viewMenu()->actions()[0]->isCheckable());
    }

    void aSecondViewWithTheSameIdIsRejected() {
        window_->registerView("probe", "Probe", new QLabel, Qt::LeftDockWidgetArea);
        auto* second = new QLabel;
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 window_->registerView("probe", "Again", second, Qt::LeftDockWidgetArea));
        delete second;
    }

    void viewsInOneAreaShareItAsTabs() {
        QDockWidget* a = window_->registerView("a", "A", new QLabel, Qt::BottomDockWidgetArea);
        QDockWidget* b = window_->registerView("b", "B", new QLabel, Qt::BottomDockWidgetArea);
        QCOMPARE(window_->tabifiedDockWidgets(a), QList<QDockWidget*>({b}));
    }

    void resetLayoutBringsMovedAndClosedDocksBack() {
        QDockWidget* a = window_->registerView("a", "A", new QLabel, Qt::LeftDockWidgetArea);
        QDockWidget* b = window_->registerView("b", "B", new QLabel, Qt::BottomDockWidgetArea);
        window_->addDockWidget(Qt::RightDockWidgetArea, a);
        b->close();
        QCOMPARE(window_->dockWidgetArea(a), Qt::RightDockWidgetArea);
        QVERIFY(b->isHidden());
        window_->actions().resetLayout->trigger();
        QCOMPARE(window_->dockWidgetArea(a), Qt::LeftDockWidgetArea);
        QCOMPARE(window_->dockWidgetArea(b), Qt::BottomDockWidgetArea);
        QVERIFY(!b->isHidden());
    }

    void catalogRegistersEveryViewWithATitle() {
        attnscope::app::AnalysisSession analysis(window_->jobs());
        attnscope::app::EmbeddingSession embedding(window_->jobs(), window_->selection(), [] { return nullptr; });
        attnscope::app::ViewCatalog catalog(*window_, analysis, embedding);
        for (const char* id : {"head_view", "model_view", "attention_map", "embeddings", "attention_sinks"}) {
            QDockWidget* dock = window_->viewDock(id);
            QVERIFY2(dock, id);
            QVERIFY(!dock->windowTitle().isEmpty());
        }
        QCOMPARE(window_->viewDock("head_view")->windowTitle(), QString("Head View"));
    }

    void viewFlagNamesMapToDocks() {
        using attnscope::app::ViewCatalog;
        QCOMPARE(ViewCatalog::viewNames(),
                 QStringList({"head", "model", "map", "mask", "sinks", "roles", "importance", "flow", "embedding"}));
        QCOMPARE(ViewCatalog::dockIdForViewName("map"), QString("attention_map"));
        QCOMPARE(ViewCatalog::dockIdForViewName("embedding"), QString("embeddings"));
        QCOMPARE(ViewCatalog::dockIdForViewName("head_view"), QString());
    }

    void aDockPlacedBelowIsNotTabbed() {
        window_->registerView("top", "Top", new QLabel, Qt::RightDockWidgetArea);
        QDockWidget* below = window_->registerView("below", "Below", new QLabel, Qt::RightDockWidgetArea,
                                                   attnscope::app::DockPlacement::Below);
        QCOMPARE(window_->dockWidgetArea(below), Qt::RightDockWidgetArea);
        QVERIFY(window_->tabifiedDockWidgets(below).isEmpty());
        window_->actions().resetLayout->trigger();
        QVERIFY(window_->tabifiedDockWidgets(below).isEmpty());
        QVERIFY(!below->isHidden());
    }

    void droppedFolderIsRequestedAsAModel() {
        QSignalSpy dropped(window_.get(), &MainWindow::modelFolderDropped);
        QSignalSpy requested(window_.get(), &MainWindow::modelFolderRequested);
        std::unique_ptr<QMimeData> data(urlsData({QUrl::fromLocalFile(dir_.path())}));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &drop);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0][0].toString(), QDir(dir_.path()).absolutePath());
        QCOMPARE(requested.size(), 1);
    }

    void dropRecognisesFoldersAndConfigFilesOnly() {
        using attnscope::app::modelFolderFromDrop;
        QFile config(dir_.filePath("config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        QFile image(dir_.filePath("cat.png"));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.close();
        const QString folder = QDir(dir_.path()).absolutePath();
        std::unique_ptr<QMimeData> d1(urlsData({QUrl::fromLocalFile(folder)}));
        std::unique_ptr<QMimeData> d2(urlsData({QUrl::fromLocalFile(config.fileName())}));
        std::unique_ptr<QMimeData> d3(urlsData({QUrl::fromLocalFile(image.fileName())}));
        std::unique_ptr<QMimeData> d4(urlsData({QUrl::fromLocalFile(folder), QUrl::fromLocalFile(folder)}));
        std::unique_ptr<QMimeData> d5(urlsData({QUrl("https://huggingface.co/gpt2")}));
        QCOMPARE(modelFolderFromDrop(d1.get()), folder);
        QCOMPARE(modelFolderFromDrop(d2.get()), folder);
        QCOMPARE(modelFolderFromDrop(d3.get()), QString());
        QCOMPARE(modelFolderFromDrop(d4.get()), QString());
        QCOMPARE(modelFolderFromDrop(d5.get()), QString());
        QCOMPARE(modelFolderFromDrop(nullptr), QString());
    }

    void maskActionsNeedAModelShape() {
        QVERIFY(!window_->actions().maskLayer->isEnabled());
        QVERIFY(!window_->actions().invertMask->isEnabled());
        window_->selection().setModelShape(2, 4);
        QVERIFY(window_->actions().maskLayer->isEnabled());
        QVERIFY(window_->actions().invertMask->isEnabled());
        QVERIFY(!window_->actions().clearMask->isEnabled());  // nothing masked yet
    }

    void maskActionsEditTheSelectionAndUndoRedoRevertThem() {
        auto& selection = window_->selection();
        selection.setModelShape(2, 4);
        selection.setLayer(1);
        window_->actions().maskLayer->trigger();
        QCOMPARE(QString::fromStdString(selection.mask().toString()), QString("1:0,1:1,1:2,1:3"));
        window_->actions().invertMask->trigger();
        QCOMPARE(QString::fromStdString(selection.mask().toString()), QString("0:0,0:1,0:2,0:3"));
        QVERIFY(window_->actions().undo->isEnabled());
        QCOMPARE(window_->actions().undo->text(), QString("&Undo Invert mask"));
        window_->actions().undo->trigger();
        QCOMPARE(QString::fromStdString(selection.mask().toString()), QString("1:0,1:1,1:2,1:3"));
        window_->actions().redo->trigger();
        QCOMPARE(QString::fromStdString(selection.mask().toString()), QString("0:0,0:1,0:2,0:3"));
        window_->actions().clearMask->trigger();
        QVERIFY(selection.mask().empty());
        QVERIFY(!window_->actions().clearMask->isEnabled());
    }

    void runNeedsAModelAndRunWithMaskAMask() {
        QVERIFY(!window_->actions().run->isEnabled());
        QVERIFY(!window_->actions().exportFigure->isEnabled());
        window_->setCurrentModel("gpt2", dir_.path());
        QVERIFY(window_->actions().run->isEnabled());
        QVERIFY(window_->actions().exportFigure->isEnabled());
        QVERIFY(!window_->actions().runWithMask->isEnabled());
        window_->selection().setModelShape(2, 2);
        window_->selection().toggleMasked(0, 1);
        QVERIFY(window_->actions().runWithMask->isEnabled());

        QSignalSpy run(window_.get(), &MainWindow::runRequested);
        window_->actions().run->trigger();
        window_->actions().runWithMask->trigger();
        QCOMPARE(run.size(), 2);
        QCOMPARE(run[0][0].toBool(), false);
        QCOMPARE(run[1][0].toBool(), true);
    }

    void currentModelShowsInTitleStatusBarAndRecentMenu() {
        QCOMPARE(window_->statusPanel().modelText(), QString("No model loaded"));
        window_->setCurrentModel("gpt2", dir_.path());
        QCOMPARE(window_->windowTitle(), QString("gpt2 – AttnScope"));
        QCOMPARE(window_->statusPanel().modelText(), QString("Model: gpt2"));
        QCOMPARE(window_->recentModels().folders().front(), QDir(dir_.path()).absolutePath());
        QVERIFY(window_->recentMenu()->isEnabled());
        QVERIFY(window_->recentMenu()->actions().front()->text().endsWith(QDir(dir_.path()).absolutePath()));
        window_->setCurrentModel({}, {});
        QCOMPARE(window_->windowTitle(), QString("AttnScope"));
        QVERIFY(!window_->actions().run->isEnabled());
    }

    void deviceFromSettingsShowsInTheStatusBar() {
        settings_->setDevice(Settings::Device::Cuda);
        MainWindow window(*settings_);
        QCOMPARE(window.statusPanel().deviceText(), QString("Device: CUDA"));
        QCOMPARE(window_->statusPanel().deviceText(), QString("Device: CPU"));
    }

    void emptyStateGivesWayToTheCentralView() {
        auto* stack = qobject_cast<QStackedWidget*>(window_->centralWidget());
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->metaObject()->className(), "attnscope::app::EmptyState");
        auto* view = new QLabel("central");
        window_->setCentralView(view);
        QCOMPARE(stack->currentWidget(), view);
        window_->setCentralView(nullptr);
        QCOMPARE(stack->currentWidget()->metaObject()->className(), "attnscope::app::EmptyState");
    }

    void demosMenuShowsAPlaceholderUntilADemoIsAdded() {
        const QStringList steps = {"---", "&Next Demo Step", "&Previous Demo Step"};
        QCOMPARE(actionTexts(window_->demosMenu()), QStringList({"No demos yet"}) + steps);
        QVERIFY(!window_->actions().nextDemoStep->isEnabled());
        window_->addDemo(new QAction("GPT-2: induction heads", window_.get()));
        QCOMPARE(actionTexts(window_->demosMenu()), QStringList({"GPT-2: induction heads"}) + steps);
        QVERIFY(window_->actions().nextDemoStep->isEnabled());
    }

    void closingSavesGeometryAndLayout() {
        window_->registerView("a", "A", new QLabel, Qt::LeftDockWidgetArea);
        window_->restoreWindowSettings(QSize(640, 480));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->close();
        QVERIFY(!settings_->windowGeometry().isEmpty());
        QVERIFY(!settings_->windowState().isEmpty());
    }

    void automationLeavesTheSettingsAlone() {
        window_->setAutomation(true);
        window_->show();
        window_->close();
        QVERIFY(settings_->windowGeometry().isEmpty());
    }

    void savedSizeIsRestoredUnlessASizeIsGiven() {
        window_->restoreWindowSettings(QSize(700, 500));
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->close();
        MainWindow restored(*settings_);
        restored.restoreWindowSettings(std::nullopt);
        QCOMPARE(restored.size(), QSize(700, 500));
        MainWindow sized(*settings_);
        sized.restoreWindowSettings(QSize(900, 650));
        QCOMPARE(sized.size(), QSize(900, 650));
    }

    void aboutBoxListsTheLibraries() {
        QStringList names;
        for (const auto& entry : attnscope::app::LibraryVersions::collect()) names.append(entry.name);
        QCOMPARE(names, QStringList({"AttnScope", "Qt", "VTK", "LibTorch", "Boost", "ICU", "CUDA", "LibTorch threads",
                                     "OpenMP threads"}));
        attnscope::app::AboutDialog about;
        QStringList labels;
        for (auto* label : about.findChildren<QLabel*>()) labels.append(label->text());
        QVERIFY2(labels.contains(QString::fromLatin1(qVersion())), qPrintable(labels.join('|')));
        QVERIFY(labels.contains("Qt:"));
        QVERIFY(labels.contains("VTK:"));
        QVERIFY(labels.contains("LibTorch:"));
        // Kept for a person to look at; the numbers differ per machine, so there is no baseline.
        QDir().mkpath(ATTNSCOPE_TEST_OUTPUT_DIR "/app");
        about.adjustSize();
        QVERIFY(about.grab().save(ATTNSCOPE_TEST_OUTPUT_DIR "/app/about_dialog.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
