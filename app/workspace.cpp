// Wiring the session, panels, docks, demos and launch flags together.
#include "workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <algorithm>

#include "analysis_session.h"
#include "attention_map_view.h"
#include "attnscope/error.h"
#include "attnscope/resources.h"
#include "attnscope/runtime.h"
#include "attnscope/tokenizer.h"
#include "command_line.h"
#include "demo_guide.h"
#include "embedding_dock.h"
#include "embedding_session.h"
#include "export_actions.h"
#include "guided_tour.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_info_panel.h"
#include "model_session.h"
#include "prediction_panel.h"
#include "presenter_mode.h"
#include "session_controller.h"
#include "settings.h"
#include "status_panel.h"
#include "step_sequence.h"
#include "token_strip.h"
#include "view_catalog.h"

namespace attnscope::app {

namespace {

using Step = StepSequence::Result;

QString canonical(const QString& folder) {
    const QString path = QFileInfo(folder).canonicalFilePath();
    return path.isEmpty() ? QFileInfo(folder).absoluteFilePath() : path;
}

QString bundledModelFolder() {
    try {
        return QString::fromStdString(defaultModelDirectory());
    } catch (const EngineError&) {
        return {};  // no resources at all: there is simply no demo to offer
    }
}

}  // namespace

Workspace::Workspace(MainWindow& window, Settings& settings, const QString& language, const QString& demoLibraryPath)
    : QObject(&window),
      window_(window),
      settings_(settings),
      session_(new ModelSession(window.jobs(), window.selection(), window.errors(), this)),
      analysis_(new AnalysisSession(window.jobs(), this)),
      embedding_(new EmbeddingSession(
          window.jobs(), window.selection(), [session = session_] { return session->model(); }, this)),
      views_(std::make_unique<ViewCatalog>(window, *analysis_, *embedding_)),
      central_(new QSplitter(Qt::Vertical, &window)),
      input_(new widgets::InputPanel),
      predictions_(new widgets::PredictionPanel),
      modelInfo_(new ModelInfoPanel),
      demoGuide_(new DemoGuide) {
    if (!demoLibraryPath.isEmpty()) {
        try {
            demos_ = loadDemoLibrary(demoLibraryPath, language);
        } catch (const EngineError& error) {
            demoError_ = QString::fromStdString(error.what());
        }
    }
    if (demos_.modelFolder.isEmpty()) demos_.modelFolder = bundledModelFolder();

    input_->setSelectionModel(&window.selection());
    predictions_->setSelectionModel(&window.selection());
    auto* predictionScroll = new QScrollArea;
    predictionScroll->setWidget(predictions_);
    predictionScroll->setWidgetResizable(true);
    predictionScroll->setFrameShape(QFrame::NoFrame);
    central_->setObjectName(QStringLiteral("workbench"));
    central_->addWidget(input_);
    central_->addWidget(predictionScroll);
    central_->setStretchFactor(0, 0);
    central_->setStretchFactor(1, 1);
    central_->setChildrenCollapsible(false);
    central_->hide();  // shown in the central area once a model is open; the empty state until then

    createDocks();
    embedding_->setTextRunner([this](const QString& text) {
        if (sequence_) sequence_->abort();
        input_->setPairText(QString());
        input_->setText(text);
        run(false);
    });
    // In the window the failure is the embedding dock's status; an automated run has no one to read it and fails.
    connect(embedding_, &EmbeddingSession::failed, this, [this](const QString& message) {
        if (window_.errors().automation()) window_.errors().showError(tr("Query-key embedding failed"), message);
    });
    createDemoMenu();
    createTour();
    connectSession();
    sessions_ = new SessionController(window_, *this, settings_, this);
    exports_ = new ExportActions(window_, *this, settings_, this);
    connect(&window_, &MainWindow::openSessionRequested, sessions_, &SessionController::openSession);
    connect(&window_, &MainWindow::saveSessionRequested, sessions_, &SessionController::saveSession);
    connect(&window_, &MainWindow::saveSessionAsRequested, sessions_, &SessionController::saveSessionAs);
}

Workspace::~Workspace() = default;

void Workspace::createDocks() {
    window_.registerView(QStringLiteral("model_info"), tr("Model"), modelInfo_, Qt::BottomDockWidgetArea);
    window_.registerView(QStringLiteral("demo_guide"), tr("Demo Guide"), demoGuide_, Qt::RightDockWidgetArea,
                         DockPlacement::Below);
    // Presenting, the guide is the caption strip under the view; the model's facts are not a view to present.
    window_.presenter().setCaptionDock(QStringLiteral("demo_guide"));
    window_.presenter().setPanelDocks({QStringLiteral("model_info")});
}

void Workspace::createDemoMenu() {
    const bool modelPresent = !demos_.modelFolder.isEmpty() && QFileInfo(demos_.modelFolder).isDir();
    for (int i = 0; i < static_cast<int>(demos_.demos.size()); ++i) {
        auto* action = new QAction(demos_.demos[static_cast<size_t>(i)].title, this);
        action->setEnabled(modelPresent);
        if (i < 9) action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showDemo(i); });
        window_.addDemo(action);
    }
}

void Workspace::createTour() {
    const auto view = [](const char* name) { return ViewCatalog::dockIdForViewName(QString::fromLatin1(name)); };
    const auto dock = [this](const QString& id) {
        return std::function<QWidget*()>([this, id]() -> QWidget* { return window_.viewDock(id); });
    };
    std::vector<GuidedTour::Stop> stops = {
        {tr("Your input"),
         tr("Type or paste a text here (an image for vision models) and press <b>Run</b> (Ctrl+Return). Every view "
            "then shows how this input was attended."),
         {},
         [this] { return static_cast<QWidget*>(input_->textEdit()); }},
        {tr("The token strip"),
         tr("How the model's tokenizer splits your text, updated as you type. Click a token to select it: every "
            "view highlights it."),
         {},
         [this] { return static_cast<QWidget*>(input_->tokenStrip()); }},
        {tr("Head view"),
         tr("Lines from each query token (left) to the keys it attends to (right), one colour per head, thicker for "
            "more attention. Point at a token to see only its lines."),
         view("head"), dock(view("head"))},
        {tr("Model view"),
         tr("Every head of every layer at once, as small maps. Click one to select it in all views; right-click (or "
            "Ctrl+click) to mask it."),
         view("model"), dock(view("model"))},
        {tr("Masking heads"),
         tr("Heads to switch off, as <i>layer:head</i> pairs (0-based), e.g. <b>1:0</b>. <b>Run with Mask</b> "
            "(Ctrl+Shift+Return) runs again without them and shows before and after."),
         {},
         [this] { return static_cast<QWidget*>(input_->maskEdit()); }},
        {tr("Predictions"),
         tr("The model's most likely next tokens for the selected position, and after a masked run, how they "
            "changed."),
         {},
         [this] { return static_cast<QWidget*>(predictions_); }},
        {tr("Attention sinks"),
         tr("Which tokens receive attention no matter what the query is (often the first token), and how much of it "
            "each head parks there."),
         view("sinks"), dock(view("sinks"))},
        {tr("Query–key embeddings"),
         tr("The queries and keys of a head as points in 2-D or 3-D (PCA, t-SNE, UMAP): queries land near the keys "
            "they attend to."),
         view("embedding"), dock(view("embedding"))},
        {tr("Demos and help"),
         tr("The <b>Demos</b> menu holds prepared lessons on the bundled model, and <b>View › Presenter Mode</b> (F5) "
            "shows them in a lecture hall. <b>Help › Guided Tour</b> brings this tour back."),
         {},
         [this] { return static_cast<QWidget*>(window_.menuBar()); }},
    };
    tour_ = new GuidedTour(window_, std::move(stops));
    connect(tour_, &GuidedTour::finished, this, [this] {
        settings_.setTourSeen(true);
        settings_.sync();
    });
    connect(&window_, &MainWindow::tourRequested, this, &Workspace::startTour);
}

void Workspace::startTour() {
    window_.presenter().setActive(false);  // the tour points at the parts of the usual window
    // The tour points at the input, which shows once a model is open; with none, it waits for one.
    if (session_->model() || !window_.busy().busy()) {
        tour_->start();
        return;
    }
    auto* once = new QObject(this);
    connect(&window_.busy(), &widgets::BusyCounter::idle, once, [this, once] {
        once->deleteLater();
        tour_->start();
    });
}

void Workspace::connectSession() {
    // What the user asks for replaces whatever sequence (a demo, the launch flags) was still going.
    connect(&window_, &MainWindow::modelFolderRequested, this, [this](const QString& folder) {
        if (sequence_) sequence_->abort();
        openModel(folder);
    });
    connect(&window_, &MainWindow::runRequested, this, [this](bool withMask) {
        if (sequence_) sequence_->abort();
        run(withMask);
    });
    connect(input_, &widgets::InputPanel::runRequested, &window_, [this] { window_.actions().run->trigger(); });
    connect(input_, &widgets::InputPanel::runWithMaskRequested, &window_,
            [this] { window_.actions().runWithMask->trigger(); });
    connect(input_, &widgets::InputPanel::cancelRequested, &window_.jobs(), &JobRunner::cancel);
    connect(input_, &widgets::InputPanel::inputChanged, this,
            [this] { window_.setInputReady(input_->canRun(), input_->inputError()); });
    connect(session_, &ModelSession::modelLoaded, this,
            [this](const std::shared_ptr<const Model>&, const QString& folder) { modelLoaded(folder); });
    connect(session_, &ModelSession::capturesChanged, this, &Workspace::showCaptures);
    connect(input_, &widgets::InputPanel::attentionKindChanged, this, [this] {
        applyAttentionKind();
        showCaptures();
    });
    connect(session_, &ModelSession::runStarted, input_, [this] { input_->setRunning(true); });
    connect(session_, &ModelSession::runProgress, input_, &widgets::InputPanel::setProgress);
    connect(session_, &ModelSession::runEnded, input_, [this] { input_->setRunning(false); });
    connect(demoGuide_, &DemoGuide::demoRequested, this, &Workspace::showDemo);
    connect(demoGuide_, &DemoGuide::stepRequested, this, &Workspace::stepDemo);
    connect(&window_, &MainWindow::demoStepRequested, this, &Workspace::stepDemo);
    connect(demoGuide_, &DemoGuide::runWithMaskRequested, this, [this] { window_.actions().runWithMask->trigger(); });
}

void Workspace::openModel(const QString& folder) {
    LoadOptions options;
    options.device = deviceKey(settings_.device()).toStdString();
    options.dtype = settings_.computeDtype().toStdString();
    openModel(folder, options);
}

void Workspace::openModel(const QString& folder, LoadOptions options) {
    // Settings (or a session) from a machine with a GPU must not make every load fail here.
    if (options.device == "cuda" && !runtimeInfo().cudaAvailable) options.device = "cpu";
    session_->setLoadOptions(options);
    session_->openModel(folder);
}

bool Workspace::run(bool withMask) {
    return session_->run({input_->text(), input_->pairText(), input_->imagePath()}, withMask);
}

namespace {

// The attention of a run the views show: one part of an encoder-decoder run, else the run itself.
std::shared_ptr<const AttentionCapture> shownPart(const std::shared_ptr<const AttentionCapture>& capture,
                                                  AttentionKind kind) {
    if (!capture || kind == AttentionKind::Self) return capture;
    auto part = capture->part(kind);
    return part ? part : capture;
}

}  // namespace

void Workspace::showCaptures() {
    const auto capture = session_->capture(), before = session_->beforeCapture();
    const AttentionKind kind = input_->attentionKind();
    const auto shown = shownPart(capture, kind), shownBefore = shownPart(before, kind);
    views_->setCaptures(shown, shownBefore);
    predictions_->setCaptures(capture, before);  // an encoder-decoder run predicts the decoder's next tokens
    // The analyses (metrics, sinks, roles, flow) and the query-key embeddings read one stack's self-attention; the
    // cross-attention has none of their own.
    const bool selfAttention = kind != AttentionKind::Cross;
    analysis_->setCaptures(selfAttention ? shown : nullptr, selfAttention ? shownBefore : nullptr);
    embedding_->setCapture(selfAttention ? shown : nullptr);
    titleDocks(capture && capture->modelInfo().encoderDecoder, kind);
}

void Workspace::titleDocks(bool encoderDecoder, AttentionKind kind) {
    static const QStringList selfAttentionOnly = {QStringLiteral("attention_sinks"), QStringLiteral("head_roles"),
                                                  QStringLiteral("head_importance"), QStringLiteral("information_flow"),
                                                  QStringLiteral("embeddings")};
    for (auto* dock : window_.findChildren<QDockWidget*>()) {
        const QString name = dock->objectName();
        if (!name.startsWith(QStringLiteral("dock."))) continue;
        const QString id = name.mid(5);
        if (!dockTitles_.contains(id)) dockTitles_.insert(id, dock->windowTitle());
        const QString& title = dockTitles_[id];
        QString suffix;
        if (encoderDecoder && id != QStringLiteral("model_info") && id != QStringLiteral("demo_guide")) {
            if (kind == AttentionKind::Cross && selfAttentionOnly.contains(id))
                suffix = tr("self-attention only");
            else if (kind == AttentionKind::Encoder)
                suffix = tr("encoder");
            else if (kind == AttentionKind::Decoder)
                suffix = tr("decoder");
            else if (kind == AttentionKind::Cross)
                suffix = tr("cross-attention");
        }
        dock->setWindowTitle(suffix.isEmpty() ? title : title + QStringLiteral(" · ") + suffix);
    }
}

void Workspace::applyAttentionKind() {
    const auto model = session_->model();
    if (!model || !model->info().encoderDecoder) return;
    const ModelInfo& info = model->info();
    const AttentionKind kind = input_->attentionKind();
    const bool encoder = kind == AttentionKind::Encoder;
    window_.selection().setAttentionKind(kind, encoder ? info.layers : info.decoderLayers,
                                         encoder ? info.heads : info.decoderHeads);
}

void Workspace::modelLoaded(const QString& folder) {
    const auto model = session_->model();
    analysis_->setModel(model);
    const ModelInfo& info = model->info();
    const auto tokenizer = model->tokenizer();
    window_.setCurrentModel(session_->modelName(), folder);
    input_->setModel(info, tokenizer, QString::fromStdString(model->tokenizerError()));
    applyAttentionKind();
    predictions_->setTokenizer(tokenizer);
    QString tokenizerNote;
    if (tokenizer)
        tokenizerNote =
            tr("%1 tokens in its vocabulary").arg(QLocale().toString(static_cast<qlonglong>(tokenizer->vocabSize())));
    else if (info.imageInput)
        tokenizerNote = tr("none needed (the input is an image)");
    else
        tokenizerNote = model->tokenizerError().empty()
                            ? tr("none found: text cannot be run")
                            : tr("failed to load: %1").arg(QString::fromStdString(model->tokenizerError()));
    modelInfo_->setModel(session_->modelName(), info, tokenizerNote);
    window_.statusPanel().setDeviceName(QStringLiteral("%1 · %2").arg(QString::fromStdString(info.device).toUpper(),
                                                                      QString::fromStdString(info.computeDtype)));
    window_.setCentralView(central_);
    if (!isDemoModel(folder)) {
        demoGuide_->clear();
        demoShown_ = -1;
    }
}

bool Workspace::isDemoModel(const QString& folder) const {
    return !demos_.modelFolder.isEmpty() && canonical(folder) == canonical(demos_.modelFolder);
}

void Workspace::raiseView(const QString& viewName) {
    window_.showView(ViewCatalog::dockIdForViewName(viewName));
}

StepSequence* Workspace::newSequence(const QString& name) {
    if (sequence_) sequence_->abort();
    auto* sequence = new StepSequence(*session_, window_.busy(), name, this);
    connect(sequence, &StepSequence::finished, sequence, &QObject::deleteLater);
    sequence_ = sequence;
    return sequence;
}

bool Workspace::sequenceActive() const {
    return sequence_ && sequence_->active();
}

void Workspace::applyDemoInput(const Demo& demo) {
    auto& selection = window_.selection();
    input_->setPairText(QString());
    input_->setText(demo.text);
    selection.setToken(-1);
    if (demo.layer || demo.head) selection.selectHead(demo.layer.value_or(selection.layer()), demo.head.value_or(0));
    if (demo.mask.isEmpty())
        selection.clearMask();
    else
        selection.setMask(HeadMask::parse(demo.mask.toStdString()), tr("Demo mask %1").arg(demo.mask));
    if (!demo.view.isEmpty()) raiseView(demo.view);
}

void Workspace::showDemo(int index) {
    if (index < 0 || index >= static_cast<int>(demos_.demos.size())) return;
    StepSequence* sequence = newSequence(QStringLiteral("demo"));
    addDemoSteps(*sequence, index);
    sequence->start();
}

void Workspace::stepDemo(int direction) {
    const int count = static_cast<int>(demos_.demos.size());
    if (count == 0 || sequenceActive()) return;
    if (demoShown_ < 0) {
        showDemo(0);
        return;
    }
    const Demo& demo = demos_.demos[static_cast<size_t>(demoShown_)];
    const int step = demoGuide_->step();
    const int stepCount = static_cast<int>(demo.steps.size());
    if (direction > 0 && step < stepCount) {
        demoGuide_->showStep(step + 1);
        applyDemoStep(demo.steps[static_cast<size_t>(step)]);
    } else if (direction > 0 && demoShown_ + 1 < count) {
        showDemo(demoShown_ + 1);
    } else if (direction < 0 && step > 1) {
        demoGuide_->showStep(step - 1);
        applyDemoStep(demo.steps[static_cast<size_t>(step - 2)]);
    } else if (direction < 0 && step == 1) {
        showDemo(demoShown_);  // back to the demo's start, as first shown
    } else if (direction < 0 && demoShown_ > 0) {
        showDemo(demoShown_ - 1);
    }
}

void Workspace::applyDemoStep(const DemoStep& step) {
    auto& selection = window_.selection();
    if (step.layer || step.head)
        selection.selectHead(step.layer.value_or(selection.layer()), step.head.value_or(selection.head()));
    if (!step.view.isEmpty()) raiseView(step.view);
    if (step.token) {
        const auto capture = session_->capture();
        const int length = capture ? capture->tokenCount() : 0;
        const int token = *step.token < 0 ? length + *step.token : *step.token;
        if (token >= 0 && token < length) selection.setToken(token, step.tokenIsKey);
    }
    if (step.runWithMask) window_.actions().runWithMask->trigger();
}

void Workspace::addDemoSteps(StepSequence& sequence, int index) {
    if (!session_->model() || !isDemoModel(session_->modelFolder()))
        sequence.add([this] {
            openModel(demos_.modelFolder);
            return Step::Wait;
        });
    sequence.add([this, index] {
        const Demo& demo = demos_.demos[static_cast<size_t>(index)];
        demoShown_ = index;
        demoGuide_->showDemo(demo, index, static_cast<int>(demos_.demos.size()));
        if (QDockWidget* dock = window_.viewDock(QStringLiteral("demo_guide"))) dock->show();
        applyDemoInput(demo);
        return run(false) ? Step::Wait : Step::Stop;
    });
}

void Workspace::launch(const LaunchOptions& options) {
    StepSequence* sequence = newSequence(QStringLiteral("launch"));
    const bool demoModelPresent = !demos_.modelFolder.isEmpty() && QFileInfo(demos_.modelFolder).isDir();
    const bool hasInput = !options.text.isEmpty() || !options.imagePath.isEmpty();
    const bool fromSession = !options.sessionPath.isEmpty();
    QString folder = options.modelDirectory;
    if (!fromSession && folder.isEmpty()) {
        const QStringList recent = settings_.recentModels();
        // The remembered model, unless it is the demo model, whose first demo welcomes better than an empty input.
        if (!recent.isEmpty() && QFileInfo(recent.front()).isDir() && !isDemoModel(recent.front()))
            folder = recent.front();
        else if (demoModelPresent)
            folder = demos_.modelFolder;
    }
    if (fromSession) {
        // A saved session replaces the model and input flags; the selection flags still apply after it.
        const auto state = sessions_->read(options.sessionPath);
        if (!state) {
            sequence->abort();
            return;
        }
        sessions_->addRestoreSteps(*sequence, *state);
    } else if (isDemoModel(folder) && !hasInput && options.maskText.isEmpty() && !demos_.demos.empty()) {
        addDemoSteps(*sequence, 0);
    } else if (!folder.isEmpty()) {
        sequence->add([this, folder] {
            openModel(folder);
            return Step::Wait;
        });
    }
    if (hasInput && !fromSession)
        sequence->add([this, options] {
            input_->setText(options.text);
            input_->setPairText(options.pairText);
            if (!options.imagePath.isEmpty() && !input_->setImagePath(options.imagePath)) {
                window_.showError(tr("--image failed"), input_->imageDescription(), options.imagePath);
                return Step::Stop;
            }
            return run(false) ? Step::Wait : Step::Stop;
        });
    if (!options.maskText.isEmpty() && !fromSession)
        sequence->add([this, options] {
            const auto model = session_->model();
            if (!model) {
                window_.showError(tr("--mask failed"), tr("No model is open to run with a mask."));
                return Step::Stop;
            }
            try {
                const HeadMask mask = HeadMask::parse(options.maskText.toStdString());
                mask.validate(model->info().layers, model->info().heads);
                window_.selection().setMask(mask, tr("Mask %1").arg(options.maskText));
            } catch (const EngineError& error) {
                window_.errors().showError(tr("--mask failed"), error);
                return Step::Stop;
            }
            return run(true) ? Step::Wait : Step::Stop;
        });
    if (options.layer || options.head || !options.viewName.isEmpty() || options.mapOnImage)
        sequence->add([this, options] {
            auto& selection = window_.selection();
            if (options.layer && *options.layer >= selection.layerCount()) {
                window_.showError(tr("--layer failed"),
                                  tr("The model has %n layer(s), numbered from 0.", nullptr, selection.layerCount()));
                return Step::Stop;
            }
            if (options.head && *options.head >= selection.headCount()) {
                window_.showError(tr("--head failed"), tr("The model has %n head(s) per layer, numbered from 0.",
                                                          nullptr, selection.headCount()));
                return Step::Stop;
            }
            selection.selectHead(options.layer.value_or(selection.layer()), options.head.value_or(selection.head()));
            if (options.mapOnImage) {
                auto* map = qobject_cast<widgets::AttentionMapView*>(views_->view(QStringLiteral("attention_map")));
                if (!map || !map->imageModeAvailable()) {
                    window_.showError(tr("--on-image failed"), tr("The attention map shows no image: run an image "
                                                                  "through a vision model first."));
                    return Step::Stop;
                }
                map->setImageMode(true);
                if (options.viewName.isEmpty()) raiseView(QStringLiteral("map"));
            }
            if (!options.viewName.isEmpty()) {
                raiseView(options.viewName);
                window_.setActiveView(ViewCatalog::dockIdForViewName(options.viewName));
            }
            if (options.enlargeView && !options.viewName.isEmpty())
                window_.enlargeDock(window_.viewDock(ViewCatalog::dockIdForViewName(options.viewName)));
            return Step::Done;
        });
    if (options.presenter)
        sequence->add([this] {
            window_.actions().presenterMode->setChecked(true);
            return Step::Done;
        });
    if (!options.importanceMethod.isEmpty())
        sequence->add([this, options] {
            if (!analysis_->importanceAvailable()) {
                window_.showError(tr("--importance failed"), tr("Run a text first: the sweep measures the input."));
                return Step::Stop;
            }
            // A background job: the busy counter keeps --export and --report waiting for it.
            analysis_->computeImportance(parseImportanceMethod(options.importanceMethod.toStdString()));
            return Step::Done;
        });
    const bool embeddingAsked = !options.corpusPath.isEmpty() || !options.embeddingMethod.isEmpty() ||
                                options.embeddingDims || options.embeddingMatrix;
    if (embeddingAsked)
        sequence->add([this, options] {
            if (options.viewName.isEmpty()) {
                raiseView(QStringLiteral("embedding"));
                if (options.enlargeView) window_.enlargeDock(window_.viewDock(QStringLiteral("embeddings")));
            }
            if (!options.embeddingMethod.isEmpty())
                embedding_->setMethod(parseEmbeddingMethod(options.embeddingMethod.toStdString()));
            if (options.embeddingDims) embedding_->setDimensions(*options.embeddingDims);
            if (options.embeddingMatrix)
                if (EmbeddingDock* dock = views_->embeddingDock()) dock->showMatrix(true);
            if (!options.corpusPath.isEmpty()) {
                if (!session_->model()) {
                    window_.showError(tr("--corpus failed"), tr("No model is open to capture the corpus with."));
                    return Step::Stop;
                }
                const QString path = EmbeddingSession::corpusPath(options.corpusPath);
                if (!QFileInfo::exists(path)) {
                    window_.showError(tr("--corpus failed"), tr("No such corpus file or folder."), path);
                    return Step::Stop;
                }
                embedding_->useCorpus(path);
            }
            return Step::Done;
        });
    if (options.token)
        sequence->add([this, options] {
            const auto capture = session_->capture();
            const int length = capture ? capture->tokenCount() : 0;
            if (*options.token >= length) {
                window_.showError(tr("--token failed"),
                                  tr("The input has %n token(s), numbered from 0.", nullptr, length));
                return Step::Stop;
            }
            window_.selection().setToken(*options.token, options.tokenIsKey);
            return Step::Done;
        });
    sequence->start();
}

}  // namespace attnscope::app
