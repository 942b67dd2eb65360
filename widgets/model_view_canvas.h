// The drawing surface of the model view: a layers x heads grid of thumbnails with row and column headers, the
// selected head outlined, masked heads marked, and an enlarged preview of the hovered head.
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <vector>

#include "attnscope/capture.h"
#include "keyboard_navigation.h"
#include "selection_model.h"
#include "thumbnail_cache.h"

namespace attnscope::widgets {

class ModelViewCanvas : public QWidget {
    Q_OBJECT
public:
    explicit ModelViewCanvas(ThumbnailCache* cache, QWidget* parent = nullptr);
    void setSelectionModel(SelectionModel* selection);
    // The grid's shape and what a hover preview is rendered from.
    void setSource(std::shared_ptr<const AttentionCapture> capture, std::shared_ptr<const AttentionCapture> before,
                   const ThumbnailSpec& spec);
    // Cell size follows the width the scroll area gives us, within these bounds.
    void fitToWidth(int width);

    QRect cellRect(int layer, int head) const;
    // (layer, head) under a point, or (-1, -1).
    std::pair<int, int> cellAt(const QPoint& position) const;
    std::pair<int, int> hoveredCell() const { return hovered_; }
    // The full-resolution preview of the hovered head is still being rendered (the thumbnail stands in).
    bool previewPending() const { return previewWatcher_.isRunning(); }
    int cellSize() const { return cell_; }

    // Draws what lies in `rect` (canvas coordinates).
    void paintRegion(QPainter& painter, const QRect& rect);
    // Forgets scaled thumbnails (new thumbnails, new cell size).
    void invalidateScaled();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    // Arrows move the selected head, Space (or M) masks or unmasks it.
    void keyPressEvent(QKeyEvent* event) override;

private:
    int layers() const { return capture_ ? capture_->layers() : 0; }
    int heads() const { return capture_ ? capture_->heads() : 0; }
    void updateSize();
    const QPixmap* scaledThumbnail(int layer, int head);
    void drawPreview(QPainter& painter, const QRect& visible);
    void startPreview(std::pair<int, int> cell);

    // Room for the layer and head labels at the normal font size; the margins in use follow the theme's font scale.
    static constexpr int kLeftMargin = 44;
    static constexpr int kTopMargin = 24;
    static int leftMargin();
    static int topMargin();
    static constexpr int kGap = 6;

    ThumbnailCache* cache_;
    QPointer<SelectionModel> selection_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const AttentionCapture> before_;
    ThumbnailSpec spec_;
    int cell_ = 56;
    std::vector<QPixmap> scaled_;  // layer-major; null until drawn at the current cell size
    std::pair<int, int> hovered_{-1, -1};
    QImage preview_;  // the hovered head, rendered large
    QFutureWatcher<QImage> previewWatcher_;
    std::pair<int, int> previewCell_{-1, -1};  // what previewWatcher_ renders
    FocusFrame* focusFrame_ = nullptr;         // a child: whether the dashed focus frame shows
};

}  // namespace attnscope::widgets
