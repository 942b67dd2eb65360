// The embedding view's overlay layer; see selection_overlay.h.
#include "embedding/selection_overlay.h"

#include <vtkActor.h>
#include <vtkActor2D.h>
#include <vtkCellArray.h>
#include <vtkCellData.h>
#include <vtkCoordinate.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataMapper2D.h>
#include <vtkProperty.h>
#include <vtkProperty2D.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>

#include "embedding/embedding_palette.h"
#include "style.h"

namespace attnscope::widgets {
namespace {

constexpr int kRingSegments = 48;
constexpr double kTwoPi = 6.283185307179586;

// A marker in pixels around its actor's position: a filled disc (the point's colour) and a ring outside it, both
// 2D actors anchored at a world point, so they stay round and the same size whatever the camera does.
vtkSmartPointer<vtkPolyData> markerGeometry(double radius, bool filled) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    if (filled) points->InsertNextPoint(0.0, 0.0, 0.0);
    for (int i = 0; i < kRingSegments; ++i) {
        const double angle = kTwoPi * i / kRingSegments;
        points->InsertNextPoint(radius * std::cos(angle), radius * std::sin(angle), 0.0);
    }
    if (filled) {
        for (vtkIdType i = 0; i < kRingSegments; ++i) {
            const vtkIdType triangle[3] = {0, 1 + i, 1 + (i + 1) % kRingSegments};
            cells->InsertNextCell(3, triangle);
        }
    } else {
        cells->InsertNextCell(kRingSegments + 1);
        for (vtkIdType i = 0; i <= kRingSegments; ++i) cells->InsertCellPoint(i % kRingSegments);
    }
    auto polyData = vtkSmartPointer<vtkPolyData>::New();
    polyData->SetPoints(points);
    if (filled)
        polyData->SetPolys(cells);
    else
        polyData->SetLines(cells);
    return polyData;
}

vtkSmartPointer<vtkActor2D> makeMarker(double radius, bool filled) {
    auto mapper = vtkSmartPointer<vtkPolyDataMapper2D>::New();
    mapper->SetInputData(markerGeometry(radius, filled));
    auto actor = vtkSmartPointer<vtkActor2D>::New();
    actor->SetMapper(mapper);
    actor->GetPositionCoordinate()->SetCoordinateSystemToWorld();
    actor->GetProperty()->SetLineWidth(2.0f);
    actor->VisibilityOff();
    return actor;
}

void setRgb(vtkProperty2D* property, const QColor& color) {
    property->SetColor(color.redF(), color.greenF(), color.blueF());
}

}  // namespace

SelectionOverlay::SelectionOverlay(vtkRenderer* overlay)
    : lines_(vtkSmartPointer<vtkPolyData>::New()), linesActor_(vtkSmartPointer<vtkActor>::New()) {
    emphasised_.addTo(overlay);

    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(lines_);
    mapper->SetScalarModeToUseCellData();
    mapper->SetColorModeToDirectScalars();
    linesActor_->SetMapper(mapper);
    linesActor_->GetProperty()->LightingOff();
    linesActor_->GetProperty()->SetLineWidth(2.0f);
    linesActor_->VisibilityOff();
    overlay->AddActor(linesActor_);

    // The disc stands in for the selected point, drawn after (over) the lines; the ring marks it.
    disc_ = makeMarker(5.0, true);
    ring_ = makeMarker(9.0, false);
    setRgb(ring_->GetProperty(), screenTheme().text);
    overlay->AddActor2D(disc_);
    overlay->AddActor2D(ring_);
}

SelectionOverlay::~SelectionOverlay() = default;

void SelectionOverlay::setEmphasised(const float* xyz, const std::uint8_t* rgba, const std::vector<std::int32_t>& ids,
                                     float pointSize) {
    emphasisedIds_ = ids;
    std::vector<float> coordinates(3 * ids.size());
    std::vector<std::uint8_t> colors(4 * ids.size());
    for (size_t j = 0; j < ids.size(); ++j) {
        const auto id = static_cast<size_t>(ids[j]);
        std::copy_n(xyz + 3 * id, 3, coordinates.data() + 3 * j);
        std::copy_n(rgba + 4 * id, 4, colors.data() + 4 * j);
    }
    emphasised_.setPoints(coordinates.data(), static_cast<vtkIdType>(ids.size()), 3);
    if (!ids.empty()) emphasised_.setColors(colors.data(), static_cast<vtkIdType>(ids.size()));
    emphasised_.setPointSize(pointSize);
    emphasised_.actor()->SetVisibility(!ids.empty());
}

void SelectionOverlay::setSelection(const float* xyz, std::int64_t point, const QColor& pointColor,
                                    const std::vector<AttentionLine>& lines, const QColor& lineColor, float pointSize) {
    selected_ = point;
    lineTargets_ = lines;
    lineColor_ = lineColor;
    setRgb(disc_->GetProperty(), pointColor);
    // The disc is a little larger than a scatter point, so the selected point reads as "this one".
    vtkPolyDataMapper2D::SafeDownCast(disc_->GetMapper())
        ->SetInputData(markerGeometry(std::max(3.0, 0.5 * pointSize + 2.0), true));
    updatePositions(xyz);
    disc_->VisibilityOn();
    ring_->VisibilityOn();
}

void SelectionOverlay::clearSelection() {
    selected_ = -1;
    lineTargets_.clear();
    disc_->VisibilityOff();
    ring_->VisibilityOff();
    linesActor_->VisibilityOff();
    lines_->Initialize();
}

std::int64_t SelectionOverlay::lineCount() const {
    return selected_ >= 0 ? static_cast<std::int64_t>(lineTargets_.size()) : 0;
}

void SelectionOverlay::updatePositions(const float* xyz) {
    if (!emphasisedIds_.empty()) {
        vtkPoints* points = emphasised_.polyData()->GetPoints();
        for (size_t j = 0; j < emphasisedIds_.size(); ++j) {
            const float* at = xyz + 3 * static_cast<size_t>(emphasisedIds_[j]);
            points->SetPoint(static_cast<vtkIdType>(j), at[0], at[1], at[2]);
        }
        points->Modified();
        emphasised_.polyData()->Modified();
    }
    if (selected_ < 0) return;
    const float* at = xyz + 3 * selected_;
    disc_->GetPositionCoordinate()->SetValue(at[0], at[1], at[2]);
    ring_->GetPositionCoordinate()->SetValue(at[0], at[1], at[2]);
    rebuildLines(xyz);
}

void SelectionOverlay::rebuildLines(const float* xyz) {
    auto points = vtkSmartPointer<vtkPoints>::New();
    auto cells = vtkSmartPointer<vtkCellArray>::New();
    auto colors = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colors->SetNumberOfComponents(4);
    const float* from = xyz + 3 * selected_;
    points->InsertNextPoint(from[0], from[1], from[2]);
    // Weakest first, so the strongest lines are blended last and stay on top where lines cross.
    std::vector<AttentionLine> ordered = lineTargets_;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const AttentionLine& a, const AttentionLine& b) { return a.weight < b.weight; });
    for (const AttentionLine& line : ordered) {
        const float* to = xyz + 3 * line.target;
        const vtkIdType end = points->InsertNextPoint(to[0], to[1], to[2]);
        const vtkIdType ends[2] = {0, end};
        cells->InsertNextCell(2, ends);
        const auto alpha = static_cast<unsigned char>(std::lround(255.0 * std::clamp(line.weight, 0.0f, 1.0f)));
        const unsigned char rgba[4] = {static_cast<unsigned char>(lineColor_.red()),
                                       static_cast<unsigned char>(lineColor_.green()),
                                       static_cast<unsigned char>(lineColor_.blue()), alpha};
        colors->InsertNextTypedTuple(rgba);
    }
    lines_->Initialize();
    lines_->SetPoints(points);
    lines_->SetLines(cells);
    lines_->GetCellData()->SetScalars(colors);
    lines_->Modified();
    linesActor_->SetVisibility(!ordered.empty());
}

}  // namespace attnscope::widgets
