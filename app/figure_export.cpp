// Finding a view's figure and naming it.
#include "figure_export.h"

#include <QDockWidget>

#include "attnscope/error.h"
#include "main_window.h"
#include "model_session.h"
#include "view_catalog.h"

namespace attnscope::app {

namespace {
constexpr int kExcerptCharacters = 60;
}

FigureExporter::FigureExporter(MainWindow& window, const ViewCatalog& views, const ModelSession& session)
    : window_(window), views_(views), session_(session) {}

QStringList FigureExporter::exportableViews() const {
    QStringList ids;
    for (const QString& name : ViewCatalog::viewNames()) {
        const QString id = ViewCatalog::dockIdForViewName(name);
        if (source(id)) ids << id;
    }
    return ids;
}

widgets::FigureSource* FigureExporter::source(const QString& viewId) const {
    return dynamic_cast<widgets::FigureSource*>(views_.view(viewId));
}

QString FigureExporter::viewTitle(const QString& viewId) const {
    const QDockWidget* dock = window_.viewDock(viewId);
    return dock ? dock->windowTitle() : viewId;
}

QString FigureExporter::frontView() const {
    const QString active = window_.activeViewId();
    if (source(active)) return active;
    const QStringList ids = exportableViews();
    for (const QString& id : ids)
        if (unavailableReason(id).isEmpty()) return id;
    return ids.isEmpty() ? QString() : ids.front();
}

QString FigureExporter::defaultTitle(const QString& viewId) const {
    const widgets::FigureSource* figure = source(viewId);
    const QString subject = figure ? figure->figureSubject() : QString();
    const QString title = viewTitle(viewId);
    if (subject.isEmpty()) return title;
    // "Head Mask: Head mask: 1 head masked" says the view's name twice.
    if (subject.startsWith(title, Qt::CaseInsensitive)) return subject;
    return title + QStringLiteral(": ") + subject;
}

QString FigureExporter::defaultSubtitle() const {
    QStringList parts;
    if (!session_.modelName().isEmpty()) parts << session_.modelName();
    if (const auto capture = session_.capture()) {
        const ModelInput& input = capture->input();
        if (!input.imagePath.empty()) {
            parts << QStringLiteral("“%1”").arg(QString::fromStdString(input.imagePath).section('/', -1));
        } else {
            // The text as the user typed it; the tokens (display labels) only when the run came from elsewhere.
            QString text = session_.lastRequest().text;
            if (text.isEmpty())
                for (const std::string& token : input.tokens) text += QString::fromStdString(token);
            text.replace(QChar(0x0120), QLatin1Char(' ')).replace(QChar(0x2581), QLatin1Char(' '));
            text.replace(QChar(0x2423), QLatin1Char(' '));
            text = text.simplified();
            if (text.size() > kExcerptCharacters) text = text.left(kExcerptCharacters - 1) + QChar(0x2026);
            if (!text.isEmpty()) parts << QStringLiteral("“%1”").arg(text);
        }
        if (!capture->mask().empty())
            parts << QObject::tr("masked %1").arg(QString::fromStdString(capture->mask().toString()));
    }
    return parts.join(QStringLiteral(" · "));
}

QString FigureExporter::unavailableReason(const QString& viewId) const {
    const widgets::FigureSource* figure = source(viewId);
    if (!figure) return QObject::tr("this view does not export figures");
    return figure->figureUnavailableReason();
}

QStringList FigureExporter::panelNames(const QString& viewId) const {
    const widgets::FigureSource* figure = source(viewId);
    if (!figure || !figure->figureUnavailableReason().isEmpty()) return {};
    const auto panels = figure->figurePanels();
    if (panels.size() < 2) return {};
    QStringList names;
    for (const auto& panel : panels) names << panel.name;
    return names;
}

widgets::FigurePanel FigureExporter::figure(const QString& viewId, int panel) const {
    const QString reason = unavailableReason(viewId);
    if (!reason.isEmpty()) throw EngineError(reason.toStdString(), viewTitle(viewId).toStdString());
    const auto panels = source(viewId)->figurePanels();
    if (panels.empty()) throw EngineError("nothing to show", viewTitle(viewId).toStdString());
    if (panel >= static_cast<int>(panels.size()))
        throw EngineError("the view has " + std::to_string(panels.size()) + " panels", viewTitle(viewId).toStdString());
    return panel >= 0 ? panels[static_cast<size_t>(panel)] : widgets::combinePanels(panels, 2, true);
}

void FigureExporter::write(const QString& viewId, const QString& path, const widgets::FigureOptions& options,
                           int panel) const {
    widgets::writeFigure(figure(viewId, panel), path, options);
}

}  // namespace attnscope::app
