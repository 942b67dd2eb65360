// QueryKeyMatrixView: every head of a model as a small query-key embedding, in a layers x heads grid (AttentionViz's
// matrix view). Cells arrive one by one as a background job embeds each head: until then a cell shows a
// placeholder with its progress. Clicking a cell asks for that head in the main embedding view.
#pragma once

#include <QImage>
#include <QWidget>

#include <cstdint>
#include <vector>

#include "attnscope/qk_embedding_data.h"
#include "figure.h"

namespace attnscope::widgets {

class QueryKeyMatrixView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    enum class CellState { Waiting, Running, Ready, Failed };

    explicit QueryKeyMatrixView(QWidget* parent = nullptr);

    // Every cell back to Waiting.
    void setModelShape(int layers, int heads);
    int layerCount() const { return layers_; }
    int headCount() const { return heads_; }

    // The job for this head is running, `fraction` (0..1) done.
    void setCellProgress(int layer, int head, double fraction);
    // The head's embedding is ready. Keeps at most `kThumbnailPoints` of its points (stratified, as the level of
    // detail does); 3D embeddings are shown by their first two coordinates.
    void setCell(int layer, int head, const QueryKeyPoints& points);
    // The job failed for this head; the reason is the cell's tooltip.
    void setCellFailed(int layer, int head, const QString& reason);
    CellState cellState(int layer, int head) const;
    double cellProgress(int layer, int head) const;

    // The head shown in the main view, outlined.
    void setCurrentHead(int layer, int head);

    // Where a cell is drawn, in widget coordinates (empty when the shape is empty).
    QRect cellRect(int layer, int head) const;
    QSize sizeHint() const override;

    static constexpr std::int64_t kThumbnailPoints = 20000;

    // Every ready head as a density image in the grid (query_key_matrix_figure.cpp).
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

signals:
    // The user clicked a ready cell.
    void headActivated(int layer, int head);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Cell {
        CellState state = CellState::Waiting;
        double progress = 0.0;
        std::vector<float> xy;           // the kept points' first two coordinates
        std::vector<std::uint8_t> rgba;  // their colours (query green, key pink)
        QString failure;
        QImage thumbnail;  // drawn at the current cell size; null until needed
    };

    Cell& cell(int layer, int head);
    const Cell& cell(int layer, int head) const;
    bool cellAt(const QPoint& position, int& layer, int& head) const;
    int cellSize() const;
    QImage renderThumbnail(const Cell& cell, int size) const;
    void paintCell(QPainter& painter, int layer, int head);

    int layers_ = 0;
    int heads_ = 0;
    std::vector<Cell> cells_;
    int currentLayer_ = -1;
    int currentHead_ = -1;
    int hoveredLayer_ = -1;
    int hoveredHead_ = -1;
    int thumbnailSize_ = 0;  // the size cached thumbnails were drawn at
};

}  // namespace attnscope::widgets
