// Puts the working parts of the window together: the sessions (the model and its captures, the analyses, the
// query-key embeddings); the input and prediction panels in the central area; the view docks (ViewCatalog); the
// Model and Demo Guide docks; the Demos menu; and the command line's requests (--model, --text, --mask, ...). It
// connects signals and sequences steps; it computes nothing itself.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

#include "attnscope/model.h"
#include "demo_library.h"

class QSplitter;

namespace attnscope::widgets {
class InputPanel;
class PredictionPanel;
}  // namespace attnscope::widgets

namespace attnscope::app {

class AnalysisSession;
class DemoGuide;
class EmbeddingSession;
class GuidedTour;
class ExportActions;
class SessionController;
class MainWindow;
class ModelInfoPanel;
class ModelSession;
class Settings;
class StepSequence;
class ViewCatalog;
struct LaunchOptions;

class Workspace : public QObject {
    Q_OBJECT
public:
    // `language` picks the demos' titles and explanations; `demoLibraryPath` is resources/demos.json (empty: none).
    Workspace(MainWindow& window, Settings& settings, const QString& language,
              const QString& demoLibraryPath = defaultDemoLibraryPath());
    ~Workspace() override;

    ModelSession& session() { return *session_; }
    AnalysisSession& analysis() { return *analysis_; }
    EmbeddingSession& embedding() { return *embedding_; }
    SessionController& sessions() { return *sessions_; }
    const SessionController& sessions() const { return *sessions_; }
    ExportActions& exports() { return *exports_; }
    widgets::InputPanel& input() { return *input_; }
    widgets::PredictionPanel& predictions() { return *predictions_; }
    ModelInfoPanel& modelInfo() { return *modelInfo_; }
    DemoGuide& demoGuide() { return *demoGuide_; }
    ViewCatalog& views() { return *views_; }
    const DemoLibrary& demos() const { return demos_; }

    // Opens `folder` with the device and dtype from the settings (or `options`: a saved session's).
    void openModel(const QString& folder);
    void openModel(const QString& folder, LoadOptions options);
    // Runs what the input panel holds; with `withMask`, the selection's mask, compared with the plain run.
    bool run(bool withMask);
    // Shows demo `index`: opens the demo model unless it is open, sets the input, head, view and mask, and runs it.
    void showDemo(int index);
    // The demo shown now (-1: none). The step keys: the demo's next step, past its last the next demo (none shown:
    // the first); back, the previous step or demo. Ignored while a demo is still loading or running.
    int demoShown() const { return demoShown_; }
    void stepDemo(int direction);

    // The guided tour of the window's parts (Help › Guided Tour; main() starts it on the first start).
    GuidedTour& tour() { return *tour_; }
    void startTour();

    // Acts on the command line: --model (else the remembered model, else the demo model and its first demo), then
    // --text/--pair/--image (run), --mask (run again with it), --view, --layer, --head. Errors are shown as usual.
    void launch(const LaunchOptions& options);
    // True while launch() or a demo still has steps to take.
    bool sequenceActive() const;
    // A new sequence of steps, replacing (aborting) the one still going; deleted when it finishes.
    StepSequence* newSequence(const QString& name);

private:
    void createDocks();
    void createDemoMenu();
    void createTour();
    void connectSession();
    void modelLoaded(const QString& folder);
    // Encoder-decoder models: the selection takes the shape of the attention the input panel's selector names, and
    // the views get that part of the run (the predictions always the decoder's).
    void applyAttentionKind();
    void showCaptures();
    // Encoder-decoder models: every dock's title says which attention it shows (its plain title otherwise).
    void titleDocks(bool encoderDecoder, AttentionKind kind);
    void raiseView(const QString& viewName);
    void addDemoSteps(StepSequence& sequence, int index);
    bool isDemoModel(const QString& folder) const;
    void applyDemoInput(const Demo& demo);
    void applyDemoStep(const DemoStep& step);

    MainWindow& window_;
    Settings& settings_;
    DemoLibrary demos_;
    QString demoError_;
    ModelSession* session_;
    AnalysisSession* analysis_;
    EmbeddingSession* embedding_;
    std::unique_ptr<ViewCatalog> views_;
    SessionController* sessions_ = nullptr;
    ExportActions* exports_ = nullptr;
    QSplitter* central_;
    widgets::InputPanel* input_;
    QHash<QString, QString> dockTitles_;  // each dock's own title, before titleDocks() added the attention
    widgets::PredictionPanel* predictions_;
    ModelInfoPanel* modelInfo_;
    DemoGuide* demoGuide_;
    GuidedTour* tour_ = nullptr;
    QPointer<StepSequence> sequence_;
    int demoShown_ = -1;
};

}  // namespace attnscope::app
