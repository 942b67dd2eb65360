// What a view offers to File › Export Figure, reports and --export: its content as one or more panels, each painted
// with QPainter at a natural size in any theme. Painted on an SVG or PDF device, text stays text and cells, bars and
// lines stay shapes; only genuinely raster content (a map of thousands of tokens, a dense point cloud) is drawn as an
// image, at full resolution. FigureWriter (figure_writer.h) turns panels into PNG, SVG and PDF files.
#pragma once

#include <QAbstractItemModel>
#include <QPainter>
#include <QSizeF>
#include <QString>
#include <functional>
#include <vector>

#include "style.h"

namespace attnscope::widgets {

// One self-contained picture: painted from (0, 0) to `size` (logical pixels, 96 per inch).
struct FigurePanel {
    QString name;  // "Sink scores"; shown as the panel's caption when several panels are exported together
    QSizeF size;
    std::function<void(QPainter& painter, const Theme& theme)> paint;
};

class FigureSource {
public:
    virtual ~FigureSource() = default;
    // What the figure shows, for its default title: "Layer 2, head 5"; the app adds the model and the input.
    virtual QString figureSubject() const = 0;
    // Why there is nothing to export yet ("Run a text first"), or empty when there is.
    virtual QString figureUnavailableReason() const = 0;
    // The panels; most views have one. Painting may read the view, so export before the view changes.
    virtual std::vector<FigurePanel> figurePanels() const = 0;
};

// Panels side by side in rows of at most `columns`, each under its caption when `captions`; one panel is returned
// as it is.
FigurePanel combinePanels(const std::vector<FigurePanel>& panels, int columns = 2, bool captions = true);

// A table as a figure: header and rows from `model` (Qt::DisplayRole text, Qt::BackgroundRole fills,
// Qt::TextAlignmentRole), every row or the first `maxRows`, columns as wide as their widest text.
FigurePanel tableFigure(const QAbstractItemModel& model, const QString& name, int maxRows = -1);

// A paragraph of plain text wrapped to `width`, as a figure (captions, explanations, summaries).
FigurePanel textFigure(const QString& text, const QString& name, double width, int pixelSize = 12);

// Panels one above the other, without captions, separated by `gap`.
FigurePanel stackPanels(const std::vector<FigurePanel>& panels, double gap = 8.0);

}  // namespace attnscope::widgets
