// The model view (after BertViz): every layer x head as a thumbnail, as a matrix or as lines. Hover enlarges a
// head, click selects it in every view, right-click or Ctrl+click masks it; difference mode shows after - before.
#pragma once

#include "capture_view.h"
#include "figure.h"
#include "thumbnail_cache.h"

class QComboBox;
class QLabel;
class QScrollArea;

namespace attnscope::widgets {

class ModelViewCanvas;

class ModelView : public CaptureView, public FigureSource {
    Q_OBJECT
public:
    explicit ModelView(QWidget* parent = nullptr);

    void setThumbnailKind(ThumbnailKind kind);
    ThumbnailKind thumbnailKind() const { return kind_; }

    ModelViewCanvas* canvas() const { return canvas_; }
    QScrollArea* scrollArea() const { return scroll_; }
    ThumbnailCache* thumbnails() const { return cache_; }

    // Every head's thumbnail in a layers x heads grid (model_view_figure.cpp).
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

protected:
    void capturesChanged() override;
    void selectionModelChanged() override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void restartThumbnails();
    void showProgress();

    ThumbnailCache* cache_;
    ModelViewCanvas* canvas_;
    QScrollArea* scroll_;
    QComboBox* kindBox_;
    QLabel* progressLabel_;
    ThumbnailKind kind_ = ThumbnailKind::Matrix;
};

}  // namespace attnscope::widgets
