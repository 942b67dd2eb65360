// Saving, opening, autosaving and restoring sessions.
#include "session_controller.h"

#include <unistd.h>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <csignal>

#include "analysis/importance_view.h"
#include "analysis/sink_view.h"
#include "analysis_session.h"
#include "attention_map_view.h"
#include "attnscope/embedding.h"
#include "attnscope/error.h"
#include "data_export.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding_dock.h"
#include "embedding_session.h"
#include "head_view.h"
#include "input_panel.h"
#include "main_window.h"
#include "model_session.h"
#include "model_view.h"
#include "report_builder.h"
#include "settings.h"
#include "step_sequence.h"
#include "view_catalog.h"
#include "workspace.h"

namespace attnscope::app {

namespace {

using Step = StepSequence::Result;

QString embeddingSourceName(EmbeddingSession::Source source) {
    switch (source) {
        case EmbeddingSession::Source::DemoCorpus:
            return QStringLiteral("demo");
        case EmbeddingSession::Source::DemoGrammarCorpus:
            return QStringLiteral("demo-model");
        case EmbeddingSession::Source::CorpusFile:
            return QStringLiteral("file");
        case EmbeddingSession::Source::CurrentInput:
            break;
    }
    return QStringLiteral("current");
}

template <class View>
View* viewOf(Workspace& workspace, const char* dockId) {
    return dynamic_cast<View*>(workspace.views().view(QString::fromLatin1(dockId)));
}

bool processAlive(qint64 pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

}  // namespace

qint64 weightBytes(const QString& folder) {
    qint64 total = 0;
    for (const QFileInfo& file : QDir(folder).entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files))
        total += file.size();
    return total;
}

SessionController::SessionController(MainWindow& window, Workspace& workspace, Settings& settings, QObject* parent)
    : QObject(parent), window_(window), workspace_(workspace), settings_(settings) {
    connect(&autosave_, &QTimer::timeout, this, &SessionController::autosaveNow);
}

SessionController::~SessionController() {
    // A run that ends properly leaves no marker, so the next start offers nothing. The autosave stays: it is the
    // latest state, which Open Session can still read.
    if (marked_) QFile::remove(markerPath());
}

QString SessionController::autosavePath() const {
    return QDir(settings_.autosaveFolder()).filePath(QStringLiteral("autosave.attnscope"));
}

QString SessionController::markerPath() const {
    return QDir(settings_.autosaveFolder()).filePath(QStringLiteral("running.pid"));
}

QString SessionController::crashedAutosave() const {
    QFile marker(markerPath());
    if (!marker.open(QIODevice::ReadOnly)) return {};
    const qint64 pid = marker.readAll().trimmed().toLongLong();
    if (pid == QCoreApplication::applicationPid() || processAlive(pid)) return {};  // still running elsewhere
    return QFileInfo(autosavePath()).isFile() ? autosavePath() : QString();
}

void SessionController::startAutosave(int intervalMilliseconds) {
    QDir().mkpath(settings_.autosaveFolder());
    QSaveFile marker(markerPath());
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QByteArray::number(QCoreApplication::applicationPid()));
        marked_ = marker.commit();
    }
    autosave_.start(intervalMilliseconds);
}

void SessionController::autosaveNow() {
    if (!workspace_.session().model()) return;
    SessionState state = captureState();
    const QByteArray json = sessionToJson(state);
    if (json == lastAutosave_) return;
    try {
        QDir().mkpath(settings_.autosaveFolder());
        writeTextFile(autosavePath(), json);
        lastAutosave_ = json;
    } catch (const EngineError&) {
        // A full disk must not interrupt the user's work; the next autosave tries again.
    }
}

SessionState SessionController::captureState() const {
    SessionState state;
    state.savedBy = QStringLiteral("AttnScope %1").arg(QCoreApplication::applicationVersion());
    const ModelSession& session = workspace_.session();
    const auto& selection = window_.selection();
    state.model.folder = QFileInfo(session.modelFolder()).absoluteFilePath();
    if (const auto model = session.model()) {
        const QString directory = QString::fromStdString(model->info().directory);
        state.model.configSha256 = fileSha256(QDir(directory).filePath(QStringLiteral("config.json")));
        state.model.weightBytes = weightBytes(directory);
        state.model.device = QString::fromStdString(model->info().device);
        state.model.dtype = QString::fromStdString(model->info().computeDtype);
    }
    const RunRequest& request = session.lastRequest();
    state.input.text = request.text.isEmpty() ? workspace_.input().text() : request.text;
    state.input.pair = request.text.isEmpty() ? workspace_.input().pairText() : request.pair;
    state.input.imagePath = request.imagePath.isEmpty() ? workspace_.input().imagePath() : request.imagePath;
    state.input.ran = session.capture() != nullptr;
    state.input.ranMasked = session.capture() && !session.capture()->mask().empty();
    state.mask = selection.runMask();
    state.maskHistory.steps = selection.maskHistory();
    state.maskHistory.index = selection.maskHistoryIndex();
    state.selection.layer = selection.layer();
    state.selection.head = selection.head();
    state.selection.token = selection.token();
    state.selection.tokenIsKey = selection.tokenIsKey();
    for (int h = 0; h < selection.headCount(); ++h)
        if (!selection.headVisible(h)) state.selection.hiddenHeads.push_back(h);

    auto& workspace = const_cast<Workspace&>(workspace_);
    if (auto* map = viewOf<widgets::AttentionMapView>(workspace, "attention_map"))
        state.views["attention_map"] =
            QJsonObject{{"scale", map->colorScale() == widgets::ColorScale::Log ? "log" : "linear"},
                        {"layer_mean", map->layerMean()},
                        {"display", map->imageMode() ? "image" : "matrix"}};
    if (auto* model = viewOf<widgets::ModelView>(workspace, "model_view"))
        state.views["model_view"] =
            QJsonObject{{"thumbnails", model->thumbnailKind() == widgets::ThumbnailKind::Lines ? "lines" : "matrix"}};
    if (auto* head = viewOf<widgets::HeadView>(workspace, "head_view"))
        state.views["head_view"] = QJsonObject{{"pair_filter", static_cast<int>(head->pairFilter())}};
    if (auto* sinks = viewOf<widgets::SinkView>(workspace, "attention_sinks"))
        state.views["attention_sinks"] = QJsonObject{
            {"received", sinks->receivedScope() == widgets::SinkView::ReceivedScope::AllLayers ? "all" : "layer"}};
    if (auto* importance = viewOf<widgets::ImportanceView>(workspace, "head_importance"))
        state.views["head_importance"] =
            QJsonObject{{"method", QString::fromStdString(importanceMethodName(importance->method()))}};

    state.windowGeometry = window_.saveGeometry();
    state.windowState = window_.saveState(kLayoutStateVersion);
    state.frontView = window_.activeViewId();

    const EmbeddingSession& embedding = workspace_.embedding();
    state.embedding.source = embeddingSourceName(embedding.source());
    state.embedding.corpusPath = embedding.source() == EmbeddingSession::Source::CurrentInput
                                     ? QString()
                                     : QFileInfo(embedding.corpusPath()).absoluteFilePath();
    state.embedding.method = QString::fromStdString(embeddingMethodName(embedding.method()));
    state.embedding.dimensions = embedding.dimensions();
    state.embedding.matrix = embedding.matrixShown();
    if (const QueryKeyEmbedding* layout = embedding.embedding()) {
        state.embedding.layer = embedding.embeddedLayer();
        state.embedding.head = embedding.embeddedHead();
        state.embedding.coordinates = layout->points.coordinates;
    }
    for (const auto& [method, result] : workspace_.analysis().importanceResults()) state.importance.push_back(result);
    return state;
}

void SessionController::save(const QString& path) {
    writeTextFile(path, sessionToJson(captureState()));
    currentPath_ = path;
}

void SessionController::saveSession() {
    if (currentPath_.isEmpty()) return saveSessionAs();
    try {
        save(currentPath_);
    } catch (const EngineError& error) {
        window_.errors().showError(tr("Save Session failed"), error);
    }
}

void SessionController::saveSessionAs() {
    const QString start =
        currentPath_.isEmpty()
            ? QDir(settings_.lastExportFolder().isEmpty() ? QDir::homePath() : settings_.lastExportFolder())
                  .filePath(QStringLiteral("session.attnscope"))
            : currentPath_;
    QString path =
        QFileDialog::getSaveFileName(&window_, tr("Save Session"), start, tr("AttnScope sessions (*.attnscope)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".attnscope");
    settings_.setLastExportFolder(QFileInfo(path).absolutePath());
    try {
        save(path);
    } catch (const EngineError& error) {
        window_.errors().showError(tr("Save Session failed"), error);
    }
}

void SessionController::openSession() {
    const QString path = QFileDialog::getOpenFileName(&window_, tr("Open Session"), settings_.lastExportFolder(),
                                                      tr("AttnScope sessions (*.attnscope);;All files (*)"));
    if (path.isEmpty()) return;
    settings_.setLastExportFolder(QFileInfo(path).absolutePath());
    open(path);
}

bool SessionController::open(const QString& path) {
    const auto state = read(path);
    if (!state) return false;
    StepSequence* sequence = workspace_.newSequence(QStringLiteral("session"));
    addRestoreSteps(*sequence, *state);
    sequence->start();
    return true;
}

std::optional<SessionState> SessionController::read(const QString& path) {
    SessionState state;
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw EngineError("cannot read: " + file.errorString().toStdString(), path.toStdString());
        // A session is text of a few megabytes at most (coordinates of a large embedding included).
        if (file.size() > (qint64(256) << 20))
            throw EngineError("larger than 256 MB: not a session", path.toStdString());
        state = sessionFromJson(file.readAll(), path);
        state.model.folder = resolveModelFolder(state.model, path);
    } catch (const EngineError& error) {
        window_.errors().showError(tr("Open Session failed"), error);
        return std::nullopt;
    }
    currentPath_ = path;
    return state;
}

QString SessionController::resolveModelFolder(const SessionModel& model, const QString& from) const {
    QString folder = model.folder;
    if (!QFileInfo(folder).isDir()) {
        if (window_.automation())
            throw EngineError("the model folder " + folder.toStdString() + " no longer exists", from.toStdString());
        QMessageBox::information(
            &window_, tr("Open Session"),
            tr("The model folder of this session is gone:\n%1\n\nChoose where the model is now.").arg(folder));
        folder = QFileDialog::getExistingDirectory(&window_, tr("Where is the model now?"), QFileInfo(folder).path());
        if (folder.isEmpty()) throw EngineError("no model folder chosen", from.toStdString());
    }
    const QString config = QDir(folder).filePath(QStringLiteral("config.json"));
    if (!model.configSha256.isEmpty() && fileSha256(config) != model.configSha256) {
        const QString message =
            tr("The model's config.json has changed since the session was saved; the numbers may "
               "differ from the saved ones.");
        if (window_.automation())
            qWarning("%s: %s", qPrintable(from), qPrintable(message));
        else
            QMessageBox::warning(&window_, tr("Open Session"), message);
    } else if (model.weightBytes > 0 && weightBytes(folder) != model.weightBytes) {
        const QString message = tr("The model's weight files have changed since the session was saved.");
        if (window_.automation())
            qWarning("%s: %s", qPrintable(from), qPrintable(message));
        else
            QMessageBox::warning(&window_, tr("Open Session"), message);
    }
    return folder;
}

void SessionController::restoreViews(const SessionState& state) {
    auto views = state.views;
    if (auto* map = viewOf<widgets::AttentionMapView>(workspace_, "attention_map")) {
        const QJsonObject settings = views["attention_map"].toObject();
        map->setColorScale(settings["scale"].toString() == QLatin1String("log") ? widgets::ColorScale::Log
                                                                                : widgets::ColorScale::Linear);
        map->setLayerMean(settings["layer_mean"].toBool());
        map->setImageMode(settings["display"].toString() == QLatin1String("image"));
    }
    if (auto* model = viewOf<widgets::ModelView>(workspace_, "model_view"))
        model->setThumbnailKind(views["model_view"].toObject()["thumbnails"].toString() == QLatin1String("lines")
                                    ? widgets::ThumbnailKind::Lines
                                    : widgets::ThumbnailKind::Matrix);
    if (auto* head = viewOf<widgets::HeadView>(workspace_, "head_view")) {
        const int filter = views["head_view"].toObject()["pair_filter"].toInt();
        if (filter >= 0 && filter <= static_cast<int>(widgets::PairFilter::BToB) && head->hasSentencePair())
            head->setPairFilter(static_cast<widgets::PairFilter>(filter));
    }
    if (auto* sinks = viewOf<widgets::SinkView>(workspace_, "attention_sinks"))
        sinks->setReceivedScope(views["attention_sinks"].toObject()["received"].toString() == QLatin1String("all")
                                    ? widgets::SinkView::ReceivedScope::AllLayers
                                    : widgets::SinkView::ReceivedScope::CurrentLayer);
    auto& selection = window_.selection();
    for (const auto& result : state.importance)
        if (result.layers == selection.layerCount() && result.heads == selection.headCount())
            workspace_.analysis().restoreImportance(result);
    if (auto* importance = viewOf<widgets::ImportanceView>(workspace_, "head_importance"))
        if (views.contains("head_importance")) {
            try {
                importance->setMethod(
                    parseImportanceMethod(views["head_importance"].toObject()["method"].toString().toStdString()));
            } catch (const EngineError&) {
                // An unknown method name keeps the view's own.
            }
        }
    if (!state.windowState.isEmpty()) window_.restoreState(state.windowState, kLayoutStateVersion);
    if (!state.frontView.isEmpty())
        if (QDockWidget* dock = window_.viewDock(state.frontView)) {
            dock->show();
            dock->raise();
            window_.setActiveView(state.frontView);
        }
}

void SessionController::addRestoreSteps(StepSequence& steps, const SessionState& state) {
    StepSequence* sequence = &steps;
    auto& selection = window_.selection();
    sequence->add([this, state] {
        LoadOptions options;
        options.device = state.model.device.toStdString();
        options.dtype = state.model.dtype.toStdString();
        workspace_.openModel(state.model.folder, options);
        return Step::Wait;
    });
    if (state.input.ran)
        sequence->add([this, state] {
            workspace_.input().setText(state.input.text);
            workspace_.input().setPairText(state.input.pair);
            if (!state.input.imagePath.isEmpty() && !workspace_.input().setImagePath(state.input.imagePath)) {
                window_.showError(tr("Open Session failed"), workspace_.input().imageDescription(),
                                  state.input.imagePath);
                return Step::Stop;
            }
            return workspace_.run(false) ? Step::Wait : Step::Stop;
        });
    sequence->add([&selection, state] {
        selection.restoreMaskHistory(state.maskHistory.steps, state.maskHistory.index);
        if (selection.runMask() != state.mask) selection.setMask(state.mask, tr("Mask from the session"));
        return Step::Done;
    });
    if (state.input.ranMasked) sequence->add([this] { return workspace_.run(true) ? Step::Wait : Step::Stop; });
    sequence->add([this, &selection, state] {
        // The embedding's settings first, so the head selected below is embedded (or its saved layout shown) with them.
        EmbeddingSession& embedding = workspace_.embedding();
        const EmbeddingMethod method = parseEmbeddingMethod(state.embedding.method.toStdString());
        if (state.embedding.dimensions != embedding.dimensions()) embedding.setDimensions(state.embedding.dimensions);
        if (method != embedding.method()) embedding.setMethod(method);
        selection.selectHead(state.selection.layer, state.selection.head);
        selection.setAllHeadsVisible(true);
        for (int head : state.selection.hiddenHeads) selection.setHeadVisible(head, false);
        selection.setToken(state.selection.token, state.selection.tokenIsKey);
        if (state.embedding.layer >= 0)
            embedding.restoreLayout(state.embedding.layer, state.embedding.head, method, state.embedding.dimensions,
                                    state.embedding.coordinates);
        if (state.embedding.source != QLatin1String("current") && !state.embedding.corpusPath.isEmpty())
            embedding.useCorpus(state.embedding.corpusPath);
        if (state.embedding.matrix)
            if (EmbeddingDock* dock = workspace_.views().embeddingDock()) dock->showMatrix(true);
        restoreViews(state);
        return Step::Done;
    });
}

}  // namespace attnscope::app
