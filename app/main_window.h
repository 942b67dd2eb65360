// The main window: menus, the dock areas views plug into, the central area, the status bar. It wires actions to
// the objects that do the work (SelectionModel, JobRunner, RecentModels, ...) and computes nothing itself.
#pragma once

#include <QMainWindow>
#include <optional>

#include "busy_counter.h"
#include "dock_layout.h"
#include "error_reporter.h"
#include "job_runner.h"
#include "recent_models.h"
#include "selection_model.h"

class QStackedWidget;

namespace attnscope::app {

class EmptyState;
class PresenterMode;
class Settings;
class StatusPanel;

// Bumped when the docks change incompatibly; QMainWindow then ignores an older saved layout (settings, sessions).
inline constexpr int kLayoutStateVersion = 1;

// The window's actions, for wiring by later code and for tests; all owned by the window.
struct MainWindowActions {
    QAction* openModel = nullptr;
    QAction* openFromCache = nullptr;
    QAction* openSession = nullptr;
    QAction* saveSession = nullptr;
    QAction* saveSessionAs = nullptr;
    QAction* exportFigure = nullptr;  // disabled until a model is loaded
    QAction* exportData = nullptr;
    QAction* exportReport = nullptr;
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* maskLayer = nullptr;
    QAction* invertMask = nullptr;
    QAction* clearMask = nullptr;
    QAction* preferences = nullptr;
    QAction* resetLayout = nullptr;
    QAction* presenterMode = nullptr;  // checkable
    QAction* nextDemoStep = nullptr;   // →, PageDown while presenting
    QAction* previousDemoStep = nullptr;
    QAction* run = nullptr;
    QAction* runWithMask = nullptr;
    QAction* cancel = nullptr;
    QAction* userGuide = nullptr;
    QAction* guidedTour = nullptr;
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `settings` must outlive the window; the window writes its geometry and dock layout there when closed.
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The shared objects views and jobs are handed; one of each per window.
    widgets::SelectionModel& selection() { return selection_; }
    widgets::BusyCounter& busy() { return busy_; }
    JobRunner& jobs() { return jobs_; }
    ErrorReporter& errors() { return *errors_; }
    RecentModels& recentModels() { return recent_; }
    StatusPanel& statusPanel() { return *status_; }
    const MainWindowActions& actions() const { return actions_; }
    QMenu* viewMenu() const { return viewMenu_; }
    QMenu* demosMenu() const { return demosMenu_; }
    QMenu* recentMenu() const { return recentMenu_; }
    PresenterMode& presenter() { return *presenter_; }

    // Adds `view` as a dock titled `title` in `area`, with a toggle in the View menu. Views in one area are tabbed
    // unless placed below the tabs. `id` is the dock's key in the saved layout: keep it stable.
    QDockWidget* registerView(const QString& id, const QString& title, QWidget* view, Qt::DockWidgetArea area,
                              DockPlacement placement = DockPlacement::Tabbed);
    QDockWidget* viewDock(const QString& id) const;
    // The view dock the user worked in last (File › Export Figure… exports it), and setting it (--view, sessions).
    QString activeViewId() const;
    void setActiveView(const QString& id);
    // Brings view dock `id` to the front (in presenter mode: into the centre) and makes it the active view.
    void showView(const QString& id);
    // Shows `dock` in front and gives it most of its side of the window (a classroom projector, a figure).
    void enlargeDock(QDockWidget* dock);
    // Adds an entry to the Demos menu (replacing its "no demos" placeholder).
    void addDemo(QAction* demo);
    // Shows `view` in the central area instead of the empty state; nullptr brings the empty state back.
    void setCentralView(QWidget* view);

    // The loaded model, shown in the title and the status bar and added to Open Recent; an empty name means none
    // (Run and Export are disabled then).
    void setCurrentModel(const QString& name, const QString& folder);
    // Whether the input can run (not empty, not too long); Run is enabled only when it can. `reason` says why not.
    void setInputReady(bool ready, const QString& reason = {});
    // Size and dock layout: the saved ones, else the defaults; `size` (from --size) wins over the saved size.
    void restoreWindowSettings(const std::optional<QSize>& size);
    // Automation (--screenshot): errors go to stderr, and nothing is written to the settings on close.
    void setAutomation(bool automation);
    bool automation() const { return automation_; }
    // For --screenshot: opening models does not add them to the recent list (nothing is written).
    void setLeavesSettingsAlone(bool alone) { leavesSettingsAlone_ = alone; }

    // The one way code reports an error to the user (a dialog; stderr under automation). Keep your previous state.
    void showError(const QString& title, const QString& problem, const QString& where = {});

signals:
    // Every way of choosing a model folder: File > Open, Open Recent, the empty state's button, or a drop.
    void modelFolderRequested(const QString& folder);
    // Additionally emitted for a folder dropped onto the window.
    void modelFolderDropped(const QString& folder);
    void runRequested(bool withMask);
    // File › Export Figure… (empty: the view in front) or a view's Export… context action (its dock id).
    void exportFigureRequested(const QString& viewId);
    void exportDataRequested();
    void exportReportRequested();
    void openSessionRequested();
    void saveSessionRequested();
    void saveSessionAsRequested();
    // Demos › Next/Previous Demo Step (and the clicker keys while presenting): +1 or -1.
    void demoStepRequested(int direction);
    // Help › Guided Tour.
    void tourRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void compactDockTabBars();
    bool leavesSettingsAlone_ = false;
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createRunMenu();
    void createDemosMenu();
    void createHelpMenu();
    void connectJobs();
    void chooseModelFolder();
    void chooseCachedModel();
    void showPreferences();
    void showAbout();
    void showUserGuide();
    void updateActions();

    Settings& settings_;
    widgets::SelectionModel selection_;
    widgets::BusyCounter busy_;
    JobRunner jobs_;  // after busy_: it lowers the counter when destroyed
    RecentModels recent_;
    ErrorReporter* errors_;
    StatusPanel* status_;
    DockLayout* docks_ = nullptr;
    PresenterMode* presenter_ = nullptr;
    QStackedWidget* central_;
    EmptyState* emptyState_;
    QMenu* viewMenu_ = nullptr;
    QMenu* demosMenu_ = nullptr;
    QAction* demosEnd_ = nullptr;  // the separator above the step actions; demos go before it
    QMenu* recentMenu_ = nullptr;
    QAction* noDemos_ = nullptr;
    MainWindowActions actions_;
    QString modelName_;
    bool inputReady_ = true;
    QString inputProblem_;
    bool automation_ = false;
};

}  // namespace attnscope::app
