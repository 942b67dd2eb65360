// What the embedding view draws above the scatter, in a second VTK layer that shares the camera and clears only
// depth (so it stays visible over a million points, also in 3D): emphasised points (search matches), the selected
// point with a ring around it, and its attention lines to the points it attends to (or that attend to it).
#pragma once

#include <QColor>

#include <cstdint>
#include <vector>

#include <vtkSmartPointer.h>

#include "render/point_scatter.h"

class vtkActor;
class vtkActor2D;
class vtkPolyData;
class vtkRenderer;

namespace attnscope::widgets {

// One attention line: from the selected point to `target` (a point id), as strong as `weight` in [0, 1].
struct AttentionLine {
    std::int64_t target = -1;
    float weight = 0.0f;
};

class SelectionOverlay {
public:
    // Adds its props to `overlay` (a renderer on layer 1 sharing the main camera).
    explicit SelectionOverlay(vtkRenderer* overlay);
    ~SelectionOverlay();
    SelectionOverlay(const SelectionOverlay&) = delete;
    SelectionOverlay& operator=(const SelectionOverlay&) = delete;

    // Points drawn again on top and larger: xyz (stride 3) of all points, the ids to draw and all points' RGBA.
    void setEmphasised(const float* xyz, const std::uint8_t* rgba, const std::vector<std::int32_t>& ids,
                       float pointSize);
    std::int64_t emphasisedCount() const { return emphasised_.pointCount(); }

    // The selected point (a ring and the point redrawn) and its lines; opacity of a line is its weight, so the
    // strongest line, normalised to 1, is drawn in exactly `lineColor`.
    void setSelection(const float* xyz, std::int64_t point, const QColor& pointColor,
                      const std::vector<AttentionLine>& lines, const QColor& lineColor, float pointSize);
    void clearSelection();
    std::int64_t lineCount() const;
    bool hasSelection() const { return selected_ >= 0; }

    // Coordinates moved (live embedding refinement): re-place everything from the new positions.
    void updatePositions(const float* xyz);

private:
    void rebuildLines(const float* xyz);

    PointScatter emphasised_;
    std::vector<std::int32_t> emphasisedIds_;
    vtkSmartPointer<vtkPolyData> lines_;
    vtkSmartPointer<vtkActor> linesActor_;
    vtkSmartPointer<vtkActor2D> disc_;
    vtkSmartPointer<vtkActor2D> ring_;

    std::int64_t selected_ = -1;
    std::vector<AttentionLine> lineTargets_;
    QColor lineColor_;
};

}  // namespace attnscope::widgets
