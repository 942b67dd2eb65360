// A vision model's relevance over its patches as a heat overlay on the image it saw (the classic ViT attention-rollout
// picture): the image as preprocessed, each patch tinted by its share, and the shares of the class token and any
// register tokens written beside it, since they have no place on the image.
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

    int gridSide() const { return side_; }
    // The heat colour of patch (row, column) before blending, for tests; invalid outside the grid.
    QColor patchColor(int row, int column) const;
    // Where the image is drawn in widget coordinates.
    QRect imageRect() const;

    void paint(QPainter& painter, const QSize& size, const Theme& theme) const;
    FigurePanel figurePanel(const QString& name) const;

    QSize sizeHint() const override { return {360, 380}; }
    QSize minimumSizeHint() const override { return {160, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect imageRectIn(const QSize& size, const Theme& theme) const;

    QImage image_;
    std::vector<float> patches_;
    float classShare_ = 0, registerShare_ = 0, peak_ = 0;
    int registers_ = 0, side_ = 0;
    double opacity_ = 0.6;
    QString title_, message_;
};

}  // namespace attnscope::widgets
