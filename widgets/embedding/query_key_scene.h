// The VTK side of the query-key embedding view: every point in one scatter, a stratified subsample in a second
// scatter drawn instead while the camera moves (level of detail, its size adapting to the frame time), a CPU density
// image drawn instead of the points in 2D when asked, and the selection overlay on a second layer. Knows nothing of Qt
// widgets beyond the VtkRenderWidget it draws into; the view decides when the camera is moving and what the colours
// are.
#pragma once

#include <QElapsedTimer>
#include <QPointF>

#include <cstdint>
#include <memory>
#include <vector>

#include <vtkSmartPointer.h>

#include "attnscope/qk_embedding_data.h"
#include "embedding/density_splat.h"
#include "embedding/selection_overlay.h"
#include "render/point_scatter.h"

class vtkImageData;
class vtkObject;
class vtkRenderer;
class vtkTexture;

namespace attnscope::widgets {

class VtkRenderWidget;

class QueryKeyScene {
public:
    explicit QueryKeyScene(VtkRenderWidget& canvas);
    ~QueryKeyScene();
    QueryKeyScene(const QueryKeyScene&) = delete;
    QueryKeyScene& operator=(const QueryKeyScene&) = delete;

    // Replaces the points (validated by the caller) and picks the subsample of about `interactiveBudget` points.
    // 2D points switch the canvas to pan/zoom, 3D to rotation; the camera is fitted to the points.
    void setPoints(const QueryKeyPoints& points, std::int64_t interactiveBudget);
    // Rows [first, first + count) of `points.coordinates` changed: the point arrays are updated in place (no new
    // VTK objects, the camera stays where it is).
    void updateCoordinates(const QueryKeyPoints& points, std::int64_t first, std::int64_t count);
    // Fits the camera to the points (2D: a margin of 6 % around their bounds).
    void fitCamera();

    // 4 bytes per point.
    void setColours(std::vector<std::uint8_t> rgba);
    const std::vector<std::uint8_t>& colours() const { return colours_; }
    void setEmphasised(const std::vector<std::int32_t>& ids);

    // While interacting, the subsample is drawn instead of every point.
    void setInteracting(bool interacting);
    bool interacting() const { return interacting_; }
    // 2D only: the density image instead of points. Ignored (points drawn) for 3D data.
    void setDensity(bool density);
    bool densityShown() const;
    // Points the main layer draws this frame: all, the subsample's size while interacting, or the points splatted.
    std::int64_t renderedPointCount() const;
    // Points drawn while moving: the first subsampleSize() of the subsample chosen for the interactive budget
    // (subsampleCapacity() of them, ordered so that every prefix is stratified). The count adapts to the frame
    // time target below.
    std::int64_t subsampleSize() const { return coarse_.pointCount(); }
    std::int64_t subsampleCapacity() const { return static_cast<std::int64_t>(subsample_.size()); }
    const std::vector<std::int32_t>& subsample() const { return subsample_; }
    // Moving frames (whole VTK frames, both layers) slower than this shrink the subsample by up to half, frames
    // under 60 % of it grow it back by a quarter, judged every four frames; 0 keeps the whole budget.
    void setFrameTimeTarget(double milliseconds);
    static constexpr std::int64_t kMinimumMovingPoints = 5000;
    // Density mode adapts the same way, by the resolution of the image while moving: 1/1 to 1/4 each way.
    int densityDivisor() const { return densityDivisor_; }
    static constexpr int kMaximumDensityDivisor = 4;

    SelectionOverlay& overlay() { return *overlay_; }
    float pointSize() const { return full_.pointSize(); }
    // xyz of every point, 3 floats each (z = 0 in 2D), as VTK holds them.
    const float* coordinates() const;

    // The point under a widget position within `tolerance` logical pixels, or -1; works in every mode.
    std::int64_t pick(const QPointF& widgetPos, double tolerance) const;

    // Milliseconds the last density image took (0 before the first): wall time, and CPU time of the whole process
    // over that interval (OpenMP's threads included).
    double lastDensityMilliseconds() const { return lastDensityMs_; }
    double lastDensityCpuMilliseconds() const { return lastDensityCpuMs_; }

private:
    void onStartRender(vtkObject* caller, unsigned long eventId, void* callData);
    void refreshDensity();
    void applyVisibility();
    void onFrameEvent(vtkObject* caller, unsigned long eventId, void* callData);
    void rebuildCoarse();

    VtkRenderWidget& canvas_;
    unsigned long startObserver_ = 0;
    unsigned long frameStartObserver_ = 0;
    unsigned long frameEndObserver_ = 0;
    vtkSmartPointer<vtkRenderer> overlayRenderer_;
    PointScatter full_;
    PointScatter coarse_;
    std::unique_ptr<SelectionOverlay> overlay_;
    std::vector<std::int32_t> subsample_;
    std::vector<std::uint8_t> colours_;
    std::int64_t activeCount_ = 0;  // the subsample's prefix drawn while moving
    double frameTarget_ = 40.0;
    int densityDivisor_ = 1;
    QElapsedTimer frameTimer_;
    std::vector<double> recentFrames_;
    bool pendingRebuild_ = false;
    bool skipNextFrame_ = false;
    int dimensions_ = 2;
    bool interacting_ = false;
    bool density_ = false;

    DensityRenderer densityRenderer_;
    vtkSmartPointer<vtkImageData> densityImage_;
    vtkSmartPointer<vtkTexture> densityTexture_;
    // Bumped by every change of coordinates or colours; the density renderer copies each lazily, when shown.
    std::uint64_t coordinatesVersion_ = 0;
    std::uint64_t coloursVersion_ = 0;
    std::uint64_t densityCoordinates_ = ~std::uint64_t(0);
    std::uint64_t densityColours_ = ~std::uint64_t(0);
    struct DensityKey {
        double centerX = 0, centerY = 0, scale = 0;
        int width = 0, height = 0;
        std::uint64_t coordinates = ~std::uint64_t(0);
        std::uint64_t colours = ~std::uint64_t(0);
        int divisor = 1;
        bool operator==(const DensityKey& other) const {
            return centerX == other.centerX && centerY == other.centerY && scale == other.scale &&
                   width == other.width && height == other.height && coordinates == other.coordinates &&
                   colours == other.colours && divisor == other.divisor;
        }
    } densityKey_;
    double lastDensityMs_ = 0.0;
    double lastDensityCpuMs_ = 0.0;
};

}  // namespace attnscope::widgets
