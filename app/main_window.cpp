// The main window's menus, docks and status bar, and the wiring between them.
#include "main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>

#include "about_dialog.h"
#include "attnscope/model.h"
#include "attnscope/runtime.h"
#include "command_line.h"
#include "dock_layout.h"
#include "empty_state.h"
#include "hugging_face_cache_dialog.h"
#include "model_folder_drop.h"
#include "preferences_dialog.h"
#include "presenter_mode.h"
#include "settings.h"
#include "status_panel.h"
#include "user_guide_dialog.h"

namespace attnscope::app {

namespace {
constexpr int kStatusMessageMilliseconds = 5000;
}  // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent),
      settings_(settings),
      jobs_(&busy_),
      recent_(settings),
      errors_(new ErrorReporter(this)),
      status_(new StatusPanel(this)),
      central_(new QStackedWidget(this)),
      emptyState_(new EmptyState(this)) {
    setWindowTitle(tr("AttnScope"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | GroupedDragging);
    // Side docks run the full height; the bottom docks sit under the central area only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    createFileMenu();
    createEditMenu();
    createViewMenu();
    createRunMenu();
    createDemosMenu();
    createHelpMenu();

    central_->addWidget(emptyState_);
    setCentralWidget(central_);
    presenter_ = new PresenterMode(*this, *docks_, *central_, actions_.nextDemoStep, actions_.previousDemoStep);
    connect(actions_.presenterMode, &QAction::toggled, this,
            [this](bool on) { presenter_->setActive(on, !automation_); });
    connect(presenter_, &PresenterMode::activeChanged, actions_.presenterMode, &QAction::setChecked);
    // Presenting, the layout is the presenter's: it is put back on leaving, not reset.
    connect(presenter_, &PresenterMode::activeChanged, actions_.resetLayout, &QAction::setDisabled);
    connect(emptyState_, &EmptyState::openRequested, this, &MainWindow::chooseModelFolder);

    statusBar()->addPermanentWidget(status_);
    status_->setDeviceName(deviceDisplayName(settings_.device()));
    connect(status_, &StatusPanel::cancelRequested, &jobs_, &JobRunner::cancel);
    connectJobs();

    connect(&selection_, &widgets::SelectionModel::modelShapeChanged, this, &MainWindow::updateActions);
    connect(&selection_, &widgets::SelectionModel::maskChanged, this, &MainWindow::updateActions);
    updateActions();
}

MainWindow::~MainWindow() {
    presenter_->setActive(false);  // the interface font and the screen theme belong to the whole application
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    actions_.openModel = file->addAction(tr("&Open Model Folder…"), this, &MainWindow::chooseModelFolder);
    actions_.openModel->setShortcut(QKeySequence::Open);
    actions_.openFromCache =
        file->addAction(tr("Open from Hugging &Face Cache…"), this, &MainWindow::chooseCachedModel);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recent_.fillMenu(recentMenu_);
    connect(&recent_, &RecentModels::changed, this, [this] { recent_.fillMenu(recentMenu_); });
    connect(&recent_, &RecentModels::chosen, this, &MainWindow::modelFolderRequested);
    file->addSeparator();
    actions_.openSession = file->addAction(tr("Open &Session…"), this, &MainWindow::openSessionRequested);
    actions_.openSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    actions_.saveSession = file->addAction(tr("&Save Session"), this, &MainWindow::saveSessionRequested);
    actions_.saveSession->setShortcut(QKeySequence::Save);
    actions_.saveSessionAs = file->addAction(tr("Save Session &As…"), this, &MainWindow::saveSessionAsRequested);
    actions_.saveSessionAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    actions_.exportFigure =
        file->addAction(tr("&Export Figure…"), this, [this] { emit exportFigureRequested(QString()); });
    actions_.exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    actions_.exportData = file->addAction(tr("Export &Data…"), this, &MainWindow::exportDataRequested);
    actions_.exportReport = file->addAction(tr("Export Re&port…"), this, &MainWindow::exportReportRequested);
    actions_.exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    actions_.quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    actions_.quit->setShortcut(QKeySequence::Quit);
    actions_.quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    actions_.undo = selection_.undoStack()->createUndoAction(this, tr("&Undo"));
    actions_.undo->setShortcut(QKeySequence::Undo);
    actions_.redo = selection_.undoStack()->createRedoAction(this, tr("&Redo"));
    actions_.redo->setShortcut(QKeySequence::Redo);
    edit->addAction(actions_.undo);
    edit->addAction(actions_.redo);
    edit->addSeparator();
    actions_.maskLayer =
        edit->addAction(tr("&Mask All Heads in Layer"), this, [this] { selection_.maskLayer(selection_.layer()); });
    actions_.maskLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    actions_.invertMask = edit->addAction(tr("&Invert Mask"), this, [this] { selection_.invertMask(); });
    actions_.invertMask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    actions_.clearMask = edit->addAction(tr("&Clear Mask"), this, [this] { selection_.clearMask(); });
    actions_.clearMask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    edit->addSeparator();
    actions_.preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    actions_.preferences->setShortcut(QKeySequence::Preferences);
    actions_.preferences->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::createViewMenu() {
    viewMenu_ = menuBar()->addMenu(tr("&View"));
    QAction* separator = viewMenu_->addSeparator();
    actions_.resetLayout = viewMenu_->addAction(tr("&Reset Layout"), this, [this] { docks_->reset(); });
    viewMenu_->addSeparator();
    actions_.presenterMode = viewMenu_->addAction(tr("&Presenter Mode"));
    actions_.presenterMode->setCheckable(true);
    actions_.presenterMode->setShortcut(QKeySequence(Qt::Key_F5));
    actions_.presenterMode->setToolTip(
        tr("The view in front fills the screen with large fonts, the Demo Guide below it; → and PageDown step "
           "through the demos"));
    docks_ = new DockLayout(this, viewMenu_, separator);
    // A right click in a view's dock that the view did not take offers the view's figure.
    connect(docks_, &DockLayout::contextMenuRequested, this, [this](const QString& id, const QPoint& position) {
        QDockWidget* dock = docks_->dock(id);
        if (!dock || !actions_.exportFigure->isEnabled()) return;
        QMenu menu(this);
        menu.addAction(tr("Export %1…").arg(dock->windowTitle()), this, [this, id] { emit exportFigureRequested(id); });
        menu.exec(position);
    });
}

QString MainWindow::activeViewId() const {
    // While presenting, the view in the centre is the one in front, though its dock is hidden.
    const QString presented = presenter_ ? presenter_->presentedId() : QString();
    return presented.isEmpty() ? docks_->activeId() : presented;
}

void MainWindow::setActiveView(const QString& id) {
    if (presenter_ && presenter_->active())
        presenter_->present(id);
    else
        docks_->setActive(id);
}

void MainWindow::showView(const QString& id) {
    if (presenter_ && presenter_->active()) {
        presenter_->present(id);
        return;
    }
    if (QDockWidget* dock = docks_->dock(id)) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::createRunMenu() {
    QMenu* run = menuBar()->addMenu(tr("&Run"));
    actions_.run = run->addAction(tr("&Run"), this, [this] { emit runRequested(false); });
    actions_.run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    actions_.runWithMask = run->addAction(tr("Run with &Mask"), this, [this] { emit runRequested(true); });
    actions_.runWithMask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    run->addSeparator();
    actions_.cancel = run->addAction(tr("&Cancel"), &jobs_, &JobRunner::cancel);
    actions_.cancel->setShortcut(Qt::Key_Escape);
}

void MainWindow::createDemosMenu() {
    demosMenu_ = menuBar()->addMenu(tr("&Demos"));
    noDemos_ = demosMenu_->addAction(tr("No demos yet"));
    noDemos_->setEnabled(false);
    demosEnd_ = demosMenu_->addSeparator();
    actions_.nextDemoStep = demosMenu_->addAction(tr("&Next Demo Step"), this, [this] { emit demoStepRequested(1); });
    actions_.previousDemoStep =
        demosMenu_->addAction(tr("&Previous Demo Step"), this, [this] { emit demoStepRequested(-1); });
    actions_.nextDemoStep->setEnabled(false);
    actions_.previousDemoStep->setEnabled(false);
}

void MainWindow::createHelpMenu() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    actions_.userGuide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    actions_.userGuide->setShortcut(QKeySequence::HelpContents);
    actions_.guidedTour = help->addAction(tr("Guided &Tour"), this, &MainWindow::tourRequested);
    help->addSeparator();
    actions_.about = help->addAction(tr("&About AttnScope"), this, &MainWindow::showAbout);
    actions_.about->setMenuRole(QAction::AboutRole);
    actions_.aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    actions_.aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::connectJobs() {
    connect(&jobs_, &JobRunner::started, status_, &StatusPanel::showJob);
    connect(&jobs_, &JobRunner::progressed, status_, &StatusPanel::setJobProgress);
    connect(&jobs_, &JobRunner::runningChanged, this, [this](bool running) {
        if (!running) status_->hideJob();
        updateActions();
    });
    connect(&jobs_, &JobRunner::cancelled, this, [this](const QString& title) {
        statusBar()->showMessage(tr("%1: cancelled").arg(title), kStatusMessageMilliseconds);
    });
    connect(&jobs_, &JobRunner::failed, this,
            [this](const QString& title, const QString& problem, const QString& where) {
                showError(tr("%1 failed").arg(title), problem, where);
            });
}

QDockWidget* MainWindow::registerView(const QString& id, const QString& title, QWidget* view, Qt::DockWidgetArea area,
                                      DockPlacement placement) {
    return docks_->add(id, title, view, area, placement);
}

void MainWindow::enlargeDock(QDockWidget* dock) {
    if (!dock || presenter_->active()) return;  // presenting, the view fills the centre already
    dock->show();
    dock->raise();
    if (dock->isFloating()) return;
    const Qt::DockWidgetArea area = dockWidgetArea(dock);
    if (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea)
        resizeDocks({dock}, {height() * 70 / 100}, Qt::Vertical);
    else
        resizeDocks({dock}, {width() * 60 / 100}, Qt::Horizontal);
}

QDockWidget* MainWindow::viewDock(const QString& id) const {
    return docks_->dock(id);
}

void MainWindow::addDemo(QAction* demo) {
    if (noDemos_) {
        demosMenu_->removeAction(noDemos_);
        noDemos_->deleteLater();
        noDemos_ = nullptr;
    }
    demosMenu_->insertAction(demosEnd_, demo);
    actions_.nextDemoStep->setEnabled(true);
    actions_.previousDemoStep->setEnabled(true);
}

void MainWindow::setCentralView(QWidget* view) {
    for (int i = central_->count() - 1; i > 0; --i) central_->removeWidget(central_->widget(i));
    if (view) central_->addWidget(view);
    central_->setCurrentIndex(view ? 1 : 0);
}

void MainWindow::setCurrentModel(const QString& name, const QString& folder) {
    modelName_ = name;
    setWindowTitle(name.isEmpty() ? tr("AttnScope") : tr("%1 – AttnScope").arg(name));
    status_->setModelName(name);
    // A --screenshot run leaves the user's settings alone, recent models included.
    if (!name.isEmpty() && !folder.isEmpty() && !leavesSettingsAlone_) recent_.add(folder);
    updateActions();
}

void MainWindow::setInputReady(bool ready, const QString& reason) {
    inputReady_ = ready;
    inputProblem_ = reason;
    updateActions();
}

void MainWindow::compactDockTabBars() {
    layout()->activate();  // the dock layout creates its tab bars when it is laid out
    // Tabbed docks otherwise make their tab bars as wide as all titles together, which set the window's minimum
    // width far beyond a classroom projector's 1280 pixels.
    for (auto* bar : findChildren<QTabBar*>()) {
        bar->setUsesScrollButtons(true);
        bar->setElideMode(Qt::ElideRight);
    }
}

void MainWindow::restoreWindowSettings(const std::optional<QSize>& size) {
    const QByteArray geometry = settings_.windowGeometry();
    if (size || geometry.isEmpty() || !restoreGeometry(geometry)) resize(size.value_or(kDefaultWindowSize));
    if (size) resize(*size);
    docks_->applyDefaultSizes();
    const QByteArray state = settings_.windowState();
    if (!state.isEmpty()) restoreState(state, kLayoutStateVersion);
    compactDockTabBars();
    if (size) resize(*size);  // again: the tab bars no longer hold the minimum width up
}

void MainWindow::setAutomation(bool automation) {
    automation_ = automation;
    errors_->setAutomation(automation);
}

void MainWindow::showError(const QString& title, const QString& problem, const QString& where) {
    errors_->showError(title, problem, where);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    presenter_->setActive(false);  // the layout saved is the user's own, not the lecture hall's
    if (!automation_) {
        settings_.setWindowGeometry(saveGeometry());
        settings_.setWindowState(saveState(kLayoutStateVersion));
        settings_.sync();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!modelFolderFromDrop(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString folder = modelFolderFromDrop(event->mimeData());
    if (folder.isEmpty()) return;
    event->acceptProposedAction();
    emit modelFolderDropped(folder);
    emit modelFolderRequested(folder);
}

void MainWindow::chooseModelFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"), settings_.lastDirectory());
    if (folder.isEmpty()) return;
    settings_.setLastDirectory(QFileInfo(folder).absolutePath());
    emit modelFolderRequested(folder);
}

void MainWindow::chooseCachedModel() {
    HuggingFaceCacheDialog dialog(listHuggingFaceCache(), huggingFaceCacheDescription(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFolder().isEmpty()) return;
    emit modelFolderRequested(dialog.selectedFolder());
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(settings_, runtimeInfo().cudaAvailable, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const bool languageChanged = dialog.store(settings_);
    settings_.sync();
    setThreadCount(settings_.threadCount());
    status_->setDeviceName(deviceDisplayName(settings_.device()));
    if (languageChanged)
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language applies the next time AttnScope starts."));
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showUserGuide() {
    // Not modal, and only one: the guide stays open beside the views it describes, and F1 brings it to the front.
    auto* guide = findChild<UserGuideDialog*>();
    if (!guide) {
        guide = new UserGuideDialog(userGuideFolder(), this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::updateActions() {
    const bool hasModel = !modelName_.isEmpty();
    const bool hasShape = selection_.layerCount() > 0 && selection_.headCount() > 0;
    actions_.exportFigure->setEnabled(hasModel);
    actions_.exportData->setEnabled(hasModel);
    actions_.exportReport->setEnabled(hasModel);
    actions_.saveSession->setEnabled(hasModel);
    actions_.saveSessionAs->setEnabled(hasModel);
    actions_.run->setEnabled(hasModel && inputReady_);
    actions_.runWithMask->setEnabled(hasModel && inputReady_ && !selection_.runMask().empty());
    actions_.run->setToolTip(hasModel && !inputReady_ ? inputProblem_ : QString());
    actions_.cancel->setEnabled(jobs_.running());
    actions_.maskLayer->setEnabled(hasShape);
    actions_.invertMask->setEnabled(hasShape);
    actions_.clearMask->setEnabled(!selection_.runMask().empty());
}

}  // namespace attnscope::app
