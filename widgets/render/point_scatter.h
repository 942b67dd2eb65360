// PointScatter: a reusable VTK layer that draws N points (2D or 3D) with per-point colours, fast enough for a
// million points, and finds the point under the cursor on the CPU. Views own one per scatter and add its actor to
// a VtkRenderWidget's renderer.
#pragma once

#include <QColor>
#include <QPointF>

#include <cstdint>
#include <vector>

#include <vtkSmartPointer.h>
#include <vtkType.h>

#include "attnscope/arrays.h"
#include "style.h"

class vtkActor;
class vtkPolyData;
class vtkPolyDataMapper;
class vtkRenderer;

namespace attnscope::widgets {

class VtkRenderWidget;

class PointScatter {
public:
    PointScatter();
    ~PointScatter();
    PointScatter(const PointScatter&) = delete;
    PointScatter& operator=(const PointScatter&) = delete;

    // Replaces the points. `coordinates` holds count x dimensions floats, row-major; dimensions is 2 (z = 0) or 3.
    // Colours reset to the uniform colour. Throws EngineError on a bad dimension.
    void setPoints(const float* coordinates, vtkIdType count, int dimensions);
    // The same from an N x 2 or N x 3 matrix (an embedding's coordinates).
    void setPoints(const FloatMatrix& coordinates);

    // One colour for every point (the default: light grey).
    void setUniformColor(const QColor& color);
    // Per-point RGBA, 4 bytes per point; `count` must equal pointCount(). Any alpha below 255 makes the layer
    // translucent (slower: VTK sorts it with the other translucent props).
    void setColors(const std::uint8_t* rgba, vtkIdType count);
    // Per-point scalars mapped through a colormap; values at or outside [low, high] take the ends of the ramp.
    void setScalars(const float* values, vtkIdType count, const Colormap& map, double low, double high);

    // Point size in device pixels (a square of that many pixels per side).
    void setPointSize(float pixels);
    float pointSize() const;

    vtkIdType pointCount() const;
    vtkActor* actor() const;
    vtkPolyData* polyData() const;

    void addTo(vtkRenderer* renderer) const;
    void removeFrom(vtkRenderer* renderer) const;

    // The id of the point nearest to (displayX, displayY) (VTK display coordinates: device pixels, origin
    // bottom-left) within `tolerancePixels`, or -1. Projects every point with the renderer's camera: a linear scan,
    // about 10 ms per million points. When several points are equally near, the one closest to the camera wins.
    vtkIdType pick(vtkRenderer* renderer, double displayX, double displayY, double tolerancePixels) const;
    // The same at a widget position (logical pixels, as in mouse events); the tolerance is in logical pixels.
    vtkIdType pick(const VtkRenderWidget& widget, const QPointF& widgetPos, double tolerancePixels = 5.0) const;

private:
    void rebuildColorArray(std::vector<std::uint8_t> rgba);

    vtkSmartPointer<vtkPolyData> polyData_;
    vtkSmartPointer<vtkPolyDataMapper> mapper_;
    vtkSmartPointer<vtkActor> actor_;
    QColor uniformColor_{220, 220, 220};
};

// A deterministic demo cloud: `count` points in a few Gaussian clusters along a spiral, coloured with viridis by
// cluster. Used by the demo view, the tests and the benchmark. `flat` puts every point at z = 0.
void fillDemoScatter(PointScatter& scatter, vtkIdType count, bool flat = false, unsigned seed = 7);

}  // namespace attnscope::widgets
