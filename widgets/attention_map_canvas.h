// The drawing surface of the attention map view: one head (or a layer's mean) as a queries x keys heatmap (N x N for
// self-attention, M target x N source tokens for cross-attention) with token labels on both axes and a colour bar.
// Wheel zooms about the cursor, dragging pans, double-click fits; only tiles in view are rendered (see AttentionTiles).
#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include "attention_tiles.h"
#include "keyboard_navigation.h"
#include "selection_model.h"

namespace attnscope::widgets {

class AttentionMapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit AttentionMapCanvas(QWidget* parent = nullptr);
    void setSelectionModel(SelectionModel* selection);
    // What to draw, the token labels of the queries (rows) and of the keys (columns; empty: the queries', as for
    // self-attention) and the title above the map; a new token count fits the map to the view.
    void setSource(const AttentionMapSource& source, const QStringList& labels, const QString& title,
                   const QStringList& keyLabels = {});
    AttentionTiles& tiles() { return tiles_; }
    const AttentionTiles& tiles() const { return tiles_; }
    // The labels of the rows (queries) and of the columns (keys).
    const QStringList& labels() const { return labels_; }
    const QStringList& keyLabels() const { return keyLabels_.isEmpty() ? labels_ : keyLabels_; }
    const QString& title() const { return title_; }
    // Rows (queries) and columns (keys) of the map: equal but for cross-attention.
    int tokenCount() const { return tiles_.tokenCount(); }
    int keyCount() const { return tiles_.keyCount(); }
    // The tokens on one side of the map: the keys (columns) or the queries (rows).
    int sideCount(bool key) const { return key ? keyCount() : tokenCount(); }
    // The axis captions in the top-left corner: "keys →" and "queries ↓", naming source and target for
    // cross-attention.
    QString keyCaption() const;
    QString queryCaption() const;

    void fit();
    void zoomBy(double factor, const QPointF& anchor);
    double cellSize() const { return cell_; }
    // The first visible key (x) and query (y), in tokens.
    QPointF offset() const { return offset_; }

    // Where the heatmap may draw, in widget coordinates.
    QRectF mapArea() const;
    QPointF cellCenter(int query, int key) const;
    // (query, key) under a point, or (-1, -1).
    std::pair<int, int> cellAt(const QPointF& position) const;
    std::pair<int, int> hoveredCell() const { return hovered_; }
    QString tooltipText(int query, int key) const;

    QSize sizeHint() const override { return {640, 600}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    // Up/Down (PageUp/PageDown, Home/End) move the selected query row, + and - zoom, 0 fits the whole map.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void measureLabels();
    bool cross() const;
    double fitCellSize() const;
    void clampView();
    void drawHeatmap(QPainter& painter);
    void drawAxes(QPainter& painter);
    void drawColorBar(QPainter& painter);
    void drawMarkers(QPainter& painter);

    static constexpr int kTitleHeight = 30;
    static constexpr int kColorBarWidth = 84;

    AttentionTiles tiles_;
    QPointer<SelectionModel> selection_;
    QStringList labels_;
    QStringList keyLabels_;  // empty: labels_
    QString title_;
    int labelBand_ = 48;  // left of the map: the query labels' width
    int keyBand_ = 48;    // above the map: the key labels' (the same band but for cross-attention)
    double scale_ = 1.0;  // the screen theme's font scale the sizes were measured at
    double cell_ = 1.0;
    QPointF offset_;
    bool fitted_ = true;
    bool dragging_ = false;
    QPointF pressPosition_;
    QPointF pressOffset_;
    std::pair<int, int> hovered_{-1, -1};
    FocusFrame* focusFrame_ = nullptr;  // a child: whether the dashed focus frame shows
};

}  // namespace attnscope::widgets
