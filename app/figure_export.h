// Figures out of the window: which views can be exported, a figure's default title (what the view shows) and
// subtitle (the model and the input), and writing one view's figure, whole or one panel, to PNG, SVG or PDF. Used by
// File › Export Figure…, the views' Export… context action, reports and --export.
#pragma once

#include <QString>
#include <QStringList>

#include "figure_writer.h"

namespace attnscope::app {

class MainWindow;
class ModelSession;
class ViewCatalog;

class FigureExporter {
public:
    FigureExporter(MainWindow& window, const ViewCatalog& views, const ModelSession& session);

    // Dock ids of the views that export figures, in the catalog's order.
    QStringList exportableViews() const;
    widgets::FigureSource* source(const QString& viewId) const;
    // The dock's title ("Head View").
    QString viewTitle(const QString& viewId) const;
    // The view to export when none is named: the one the user worked in last, if it exports figures.
    QString frontView() const;

    // "Head View: Layer 2, all 12 heads"
    QString defaultTitle(const QString& viewId) const;
    // "gpt2 · “The cat sat on the mat…”"
    QString defaultSubtitle() const;
    // Why the view has nothing to export (empty when it has).
    QString unavailableReason(const QString& viewId) const;
    // The view's panels' names ("Sink scores", ...); empty when there is one panel.
    QStringList panelNames(const QString& viewId) const;
    // The figure: every panel (panel < 0) or one. Throws EngineError naming the view when it has nothing to show.
    widgets::FigurePanel figure(const QString& viewId, int panel = -1) const;
    // Writes the figure to `path` (.png, .svg or .pdf). Throws EngineError naming the view or the file.
    void write(const QString& viewId, const QString& path, const widgets::FigureOptions& options, int panel = -1) const;

private:
    MainWindow& window_;
    const ViewCatalog& views_;
    const ModelSession& session_;
};

}  // namespace attnscope::app
