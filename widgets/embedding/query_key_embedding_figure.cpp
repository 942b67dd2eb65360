// The query-key embedding as a figure: every point projected through the view's camera (2D or 3D, as the user left
// it) and drawn with QPainter, far points first, with the legend beside it. Up to kVectorPoints points are vector
// dots; a denser cloud is one image at three pixels per logical pixel, as a dense scatter is raster content.
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

#include <vtkCamera.h>
#include <vtkMatrix4x4.h>

#include "embedding/embedding_legend.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_scene.h"
#include "render/vtk_render_widget.h"

namespace attnscope::widgets {

namespace {
constexpr std::int64_t kVectorPoints = 20000;
constexpr double kRasterScale = 3.0;
constexpr double kLegendGap = 16;

struct ProjectedPoint {
    float x, y, depth;
    QRgb color;
};
}  // namespace

QString QueryKeyEmbeddingView::figureSubject() const {
    return title_;
}

QString QueryKeyEmbeddingView::figureUnavailableReason() const {
    return points_.size() > 0 ? QString() : tr("Nothing is embedded yet.");
}

std::vector<FigurePanel> QueryKeyEmbeddingView::figurePanels() const {
    if (points_.size() == 0) return {};
    const QSizeF area = QSizeF(canvas_->size()).expandedTo(QSizeF(320, 240));
    // The camera's view and projection as VTK uses them this frame.
    vtkCamera* camera = canvas_->camera();
    vtkMatrix4x4* matrix = camera->GetCompositeProjectionTransformMatrix(area.width() / area.height(), -1, 1);
    const float* xyz = scene_->coordinates();
    const auto& colours = scene_->colours();
    const std::int64_t n = points_.size();
    std::vector<ProjectedPoint> projected;
    projected.reserve(static_cast<size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const double in[4] = {xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2], 1.0};
        double out[4];
        matrix->MultiplyPoint(in, out);
        if (!(out[3] > 0.0)) continue;
        const double x = out[0] / out[3], y = out[1] / out[3], z = out[2] / out[3];
        if (x < -1.02 || x > 1.02 || y < -1.02 || y > 1.02) continue;  // outside the view, as on screen
        const size_t c = static_cast<size_t>(4 * i);
        const QRgb color = c + 3 < colours.size() ? qRgb(colours[c], colours[c + 1], colours[c + 2]) : qRgb(0, 0, 0);
        projected.push_back({static_cast<float>((x + 1.0) / 2.0 * area.width()),
                             static_cast<float>((1.0 - (y + 1.0) / 2.0) * area.height()), static_cast<float>(z),
                             color});
    }
    // Far points first, so near ones are drawn over them as on screen.
    std::stable_sort(projected.begin(), projected.end(),
                     [](const ProjectedPoint& a, const ProjectedPoint& b) { return a.depth > b.depth; });
    const double radius = std::clamp(static_cast<double>(scene_->pointSize()) / 2.0, 0.75, 4.0);

    // The selected point and its attention lines' ends, as the overlay shows them.
    std::int64_t selected = selectedPoint_;
    QPointF selectedAt;
    if (selected >= 0 && selected < n) {
        const double in[4] = {xyz[3 * selected], xyz[3 * selected + 1], xyz[3 * selected + 2], 1.0};
        double out[4];
        matrix->MultiplyPoint(in, out);
        selectedAt = QPointF((out[0] / out[3] + 1.0) / 2.0 * area.width(),
                             (1.0 - (out[1] / out[3] + 1.0) / 2.0) * area.height());
    }

    QImage raster;
    if (static_cast<std::int64_t>(projected.size()) > kVectorPoints) {
        raster = QImage((area * kRasterScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        raster.fill(Qt::transparent);
        QPainter painter(&raster);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.scale(kRasterScale, kRasterScale);
        painter.setPen(Qt::NoPen);
        for (const auto& p : projected) {
            painter.setBrush(QColor(p.color));
            painter.drawEllipse(QPointF(p.x, p.y), radius, radius);
        }
        projected.clear();
    }
    const auto legend = legend_;
    const QSize legendSize = legend->sizeIn(Theme::print());
    FigurePanel panel;
    panel.name = title_;
    panel.size =
        QSizeF(area.width() + kLegendGap + legendSize.width(), std::max<double>(area.height(), legendSize.height()));
    panel.paint = [projected, raster, area, radius, legend, selected, selectedAt](QPainter& painter,
                                                                                  const Theme& theme) {
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), area));
        painter.setPen(QPen(theme.grid, 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(QPointF(0, 0), area));
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (!raster.isNull()) {
            painter.drawImage(QRectF(QPointF(0, 0), area), raster);
        } else {
            painter.setPen(Qt::NoPen);
            for (const auto& p : projected) {
                painter.setBrush(QColor(p.color));
                painter.drawEllipse(QPointF(p.x, p.y), radius, radius);
            }
        }
        if (selected >= 0) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(theme.text, theme.line(1.5)));
            painter.drawEllipse(selectedAt, radius + 4, radius + 4);
        }
        painter.restore();
        painter.save();
        painter.translate(area.width() + kLegendGap, 0);
        legend->paint(painter, theme);
        painter.restore();
    };
    return {panel};
}

}  // namespace attnscope::widgets
