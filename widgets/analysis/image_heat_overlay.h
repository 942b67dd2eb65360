// A vision model's relevance over its patches as a heat overlay on the image it saw (the classic ViT attention-rollout
// picture): the image as preprocessed, each patch tinted by its share, and the shares of the class token and any
// register tokens written beside it, since they have no place on the image. A click on a patch names it
// (patchClicked), and one patch may be outlined (the query of an attention row).
#pragma once

#include <QImage>
#include <QWidget>
#include <vector>

#include "figure.h"
#include "style.h"

namespace attnscope::widgets {

class ImageHeatOverlay : public QWidget {
    Q_OBJECT
public:
    explicit ImageHeatOverlay(QWidget* parent = nullptr);

    // `relevance` holds one value per token: the class token, `registers` register tokens, then the patches in
    // row-major order over a square grid. A null image or a patch count that is not a square clears the overlay.
    void setRelevance(const QImage& image, const std::vector<float>& relevance, int registers, const QString& title);
    void clear(const QString& message);
    // Opacity of the heat over the image (default 0.6).
    void setOpacity(double opacity);
    // Where the image sits when the widget is wider than it needs: centred (the default), or at the left
    // (Qt::AlignLeft) with the title and the shares starting where it does, so that a view wider than its scroll area
    // shows it.
    void setAlignment(Qt::Alignment alignment);
    // Outlines patch `patch` (row-major, 0-based; -1: none), e.g. the query whose attention is shown.
    void setMarkedPatch(int patch);
    int markedPatch() const { return marked_; }

    int gridSide() const { return side_; }
    // The heat colour of patch (row, column) before blending, for tests; invalid outside the grid.
    QColor patchColor(int row, int column) const;
    // Where the image is drawn in widget coordinates.
    QRect imageRect() const;
    // The patch (row-major index) under a point in widget coordinates, or -1.
    int patchAt(const QPoint& position) const;

    void paint(QPainter& painter, const QSize& size, const Theme& theme) const;
    FigurePanel figurePanel(const QString& name) const;

    QSize sizeHint() const override { return {360, 380}; }
    QSize minimumSizeHint() const override { return {160, 180}; }

signals:
    void patchClicked(int patch);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRect imageRectIn(const QSize& size, const Theme& theme) const;

    QImage image_;
    std::vector<float> patches_;
    float classShare_ = 0, registerShare_ = 0, peak_ = 0;
    int registers_ = 0, side_ = 0, marked_ = -1;
    double opacity_ = 0.6;
    Qt::Alignment alignment_ = Qt::AlignHCenter;
    QString title_, message_;
};

}  // namespace attnscope::widgets
