// A labelled heatmap painted with QPainter: title, row and column labels, a colour bar, one outlined cell,
// crossed-out cells (masked heads) and marked cells (massive activations); clicking a cell emits cellClicked.
// The analysis views draw all their grids with it so they look alike.
#pragma once

#include <QPair>
#include <QSet>
#include <QStringList>
#include <QWidget>
#include <vector>

#include "figure.h"
#include "style.h"

namespace attnscope::widgets {

using Cell = QPair<int, int>;  // (row, column)

class HeatmapPlot : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapPlot(QWidget* parent = nullptr);

    // Row-major rows x cols; NaN cells are drawn as empty.
    void setValues(int rows, int cols, std::vector<double> values);
    // The colour scale's ends; values outside are clamped to the end colours. Log scale needs min > 0.
    void setRange(double min, double max);
    void setLogScale(bool log);
    // The colour scale: Colormap::viridis() (the default) for magnitudes, Colormap::divergingRdBu() for signed values.
    void setColormap(const Colormap& map);
    void setTitle(const QString& title);
    void setRowLabels(const QStringList& labels);
    void setColumnLabels(const QStringList& labels);
    void setAxisTitles(const QString& rows, const QString& columns);
    void setColorBarTitle(const QString& title);
    void setShowValues(bool show);  // print values in cells that have room
    void setSquareCells(bool square);
    void setOutlinedCell(int row, int column);  // -1, -1: none
    void setCrossedCells(const QSet<Cell>& cells);
    void setMarkedCells(const QSet<Cell>& cells);

    int rows() const { return rows_; }
    int columns() const { return cols_; }
    double value(int row, int column) const;
    double rangeMin() const { return min_; }
    double rangeMax() const { return max_; }
    QColor colorFor(double value) const;
    Cell outlinedCell() const { return outlined_; }
    // Where a cell is drawn, in widget coordinates; empty for cells outside the grid.
    QRect cellRect(int row, int column) const;
    // Paints the whole plot into a `size` area at the painter's origin in `theme`: paintEvent uses the screen theme,
    // figures the print theme on an SVG, PDF or image painter (cells are rectangles, labels are text).
    void paint(QPainter& painter, const QSize& size, const Theme& theme) const;
    // The plot as a figure panel whose cells are about `cell` pixels (smaller when there are many), so a figure
    // does not depend on how large the dock happens to be.
    FigurePanel figurePanel(const QString& name, double cell = 30.0) const;
    // The cell under a point, or (-1, -1).
    Cell cellAt(const QPoint& point) const;

    QSize sizeHint() const override { return {360, 260}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

signals:
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRect cells;
        double cellWidth = 0, cellHeight = 0;
        bool verticalColumnLabels = false;
        int columnLabelHeight = 0;
        QRect colorBar;
    };
    Geometry geometry(const QSize& size, const Theme& theme) const;
    QRect cellRectIn(const Geometry& g, int row, int column) const;
    double scaled(double value) const;  // 0..1 along the colour scale
    QColor colorIn(double value, const Theme& theme) const;
    void paintColorBar(QPainter& painter, const Geometry& g, const Theme& theme) const;
    void paintLabels(QPainter& painter, const Geometry& g, const Theme& theme) const;

    int rows_ = 0, cols_ = 0;
    std::vector<double> values_;
    double min_ = 0, max_ = 1;
    bool log_ = false;
    const Colormap* map_ = &Colormap::viridis();
    QString title_, rowTitle_, columnTitle_, colorBarTitle_;
    QStringList rowLabels_, columnLabels_;
    bool showValues_ = false, square_ = false;
    Cell outlined_{-1, -1};
    QSet<Cell> crossed_, marked_;
};

// Short, fixed-width text for a value on a plot ("0.93", "12.4", "1.2e-05").
QString formatPlotValue(double value);

}  // namespace attnscope::widgets
