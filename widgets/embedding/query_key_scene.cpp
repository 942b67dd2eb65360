// The embedding view's VTK scene; see query_key_scene.h and docs/embedding-view.md.
//
// Level of detail switches actor visibility only: removing an actor from a renderer releases its GL buffers, and
// re-uploading a million points costs more than the frame we are trying to save.
#include "embedding/query_key_scene.h"

#include <QElapsedTimer>

#include <vtkActor.h>
#include <vtkActor2D.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkFloatArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>
#include <vtkTexture.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>

#include "embedding/embedding_palette.h"
#include "embedding/level_of_detail.h"
#include "render/vtk_render_widget.h"
#include "style.h"

namespace attnscope::widgets {
namespace {

// Fewer points can afford larger squares; a million 2-pixel squares already cover the clusters.
float pointSizeFor(std::int64_t count) {
    if (count <= 5000) return 6.0f;
    if (count <= 50000) return 4.0f;
    if (count <= 300000) return 3.0f;
    return 2.0f;
}

vtkFloatArray* coordinateArray(const PointScatter& scatter) {
    return vtkFloatArray::SafeDownCast(scatter.polyData()->GetPoints()->GetData());
}

void markCoordinatesModified(const PointScatter& scatter) {
    scatter.polyData()->GetPoints()->GetData()->Modified();
    scatter.polyData()->GetPoints()->Modified();
    scatter.polyData()->Modified();
}

}  // namespace

QueryKeyScene::QueryKeyScene(VtkRenderWidget& canvas)
    : canvas_(canvas),
      overlayRenderer_(vtkSmartPointer<vtkRenderer>::New()),
      densityImage_(vtkSmartPointer<vtkImageData>::New()),
      densityTexture_(vtkSmartPointer<vtkTexture>::New()) {
    vtkRenderer* main = canvas_.renderer();
    const QColor background = screenTheme().background;
    main->SetBackground(background.redF(), background.greenF(), background.blueF());

    // The overlay layer keeps the main layer's colours and clears only depth: selection and search matches are
    // never hidden behind other points. It shares the camera and takes no part in interaction.
    canvas_.renderWindow()->SetNumberOfLayers(2);
    overlayRenderer_->SetLayer(1);
    overlayRenderer_->InteractiveOff();
    overlayRenderer_->SetActiveCamera(main->GetActiveCamera());
    canvas_.renderWindow()->AddRenderer(overlayRenderer_);
    overlay_ = std::make_unique<SelectionOverlay>(overlayRenderer_);

    full_.addTo(main);
    coarse_.addTo(main);
    coarse_.actor()->VisibilityOff();

    // The density image is the renderer's background: a texture the size of the viewport, sampled without
    // interpolation, drawn by VTK as it clears, so each image pixel is one screen pixel.
    densityTexture_->SetInputData(densityImage_);
    densityTexture_->InterpolateOff();
    densityTexture_->EdgeClampOn();
    densityTexture_->SetColorModeToDirectScalars();
    main->SetBackgroundTexture(densityTexture_);

    // The density image depends on the camera, so it is made at the start of each render, after any interaction.
    startObserver_ = main->AddObserver(vtkCommand::StartEvent, this, &QueryKeyScene::onStartRender);
    // Whole frames (both layers) are timed, to size the moving-frame subsample.
    frameStartObserver_ =
        canvas_.renderWindow()->AddObserver(vtkCommand::StartEvent, this, &QueryKeyScene::onFrameEvent);
    frameEndObserver_ = canvas_.renderWindow()->AddObserver(vtkCommand::EndEvent, this, &QueryKeyScene::onFrameEvent);
}

QueryKeyScene::~QueryKeyScene() {
    vtkRenderer* main = canvas_.renderer();
    main->RemoveObserver(startObserver_);
    canvas_.renderWindow()->RemoveObserver(frameStartObserver_);
    canvas_.renderWindow()->RemoveObserver(frameEndObserver_);
    full_.removeFrom(main);
    coarse_.removeFrom(main);
    main->TexturedBackgroundOff();
    main->SetBackgroundTexture(nullptr);
    canvas_.renderWindow()->RemoveRenderer(overlayRenderer_);
}

void QueryKeyScene::setPoints(const QueryKeyPoints& points, std::int64_t interactiveBudget) {
    dimensions_ = points.dimensions();
    full_.setPoints(points.coordinates);
    full_.setPointSize(pointSizeFor(points.size()));
    subsample_ = interleaveStrata(points, stratifiedSubsample(points, interactiveBudget));
    colours_.clear();
    // A count learnt on earlier points carries over: the machine did not get faster.
    activeCount_ = activeCount_ > 0 ? std::min<std::int64_t>(activeCount_, subsampleCapacity()) : subsampleCapacity();
    rebuildCoarse();
    coarse_.setPointSize(std::min(pointSizeFor(points.size()) + 1.0f, pointSizeFor(subsampleCapacity())));
    overlay_->clearSelection();
    overlay_->setEmphasised(coordinates(), nullptr, {}, 0.0f);
    ++coordinatesVersion_;
    ++coloursVersion_;

    canvas_.setInteractionMode(dimensions_ == 2 ? VtkRenderWidget::InteractionMode::PanZoom2D
                                                : VtkRenderWidget::InteractionMode::Rotate3D);
    applyVisibility();
    fitCamera();
}

void QueryKeyScene::rebuildCoarse() {
    const auto count = static_cast<size_t>(std::min<std::int64_t>(activeCount_, subsampleCapacity()));
    std::vector<float> xyz(3 * count);
    const float* all = coordinates();
    for (size_t j = 0; j < count; ++j) std::copy_n(all + 3 * static_cast<size_t>(subsample_[j]), 3, &xyz[3 * j]);
    coarse_.setPoints(xyz.data(), static_cast<vtkIdType>(count), 3);
    if (colours_.size() == 4 * static_cast<size_t>(full_.pointCount())) {
        std::vector<std::uint8_t> rgba(4 * count);
        for (size_t j = 0; j < count; ++j)
            std::copy_n(colours_.data() + 4 * static_cast<size_t>(subsample_[j]), 4, &rgba[4 * j]);
        coarse_.setColors(rgba.data(), static_cast<vtkIdType>(count));
    }
}

void QueryKeyScene::updateCoordinates(const QueryKeyPoints& points, std::int64_t first, std::int64_t count) {
    float* xyz = coordinateArray(full_)->GetPointer(0);
    const int dims = points.dimensions();
    for (std::int64_t i = first; i < first + count; ++i) {
        const float* in = points.coordinates.row(i);
        xyz[3 * i] = in[0];
        xyz[3 * i + 1] = in[1];
        xyz[3 * i + 2] = dims == 3 ? in[2] : 0.0f;
    }
    markCoordinatesModified(full_);

    float* coarse = coordinateArray(coarse_)->GetPointer(0);
    for (std::int64_t j = 0; j < coarse_.pointCount(); ++j) {
        const std::int32_t id = subsample_[static_cast<size_t>(j)];
        if (id >= first && id < first + count) std::copy_n(xyz + 3 * static_cast<size_t>(id), 3, coarse + 3 * j);
    }
    markCoordinatesModified(coarse_);

    overlay_->updatePositions(xyz);
    ++coordinatesVersion_;
    canvas_.requestRender();
}

void QueryKeyScene::fitCamera() {
    const std::int64_t n = full_.pointCount();
    if (n == 0) {
        canvas_.resetCamera();
        return;
    }
    double bounds[6];
    full_.polyData()->GetBounds(bounds);
    const double cx = 0.5 * (bounds[0] + bounds[1]);
    const double cy = 0.5 * (bounds[2] + bounds[3]);
    if (dimensions_ == 2) {
        const QSize size = canvas_.deviceSize();
        const double aspect = size.height() > 0 ? double(size.width()) / size.height() : 1.0;
        const double halfHeight =
            std::max({0.5 * (bounds[3] - bounds[2]), 0.5 * (bounds[1] - bounds[0]) / aspect, 1e-6});
        canvas_.setView2D(cx, cy, 1.06 * halfHeight);
        return;
    }
    // 3D: a fixed three-quarter view from the front, slightly above, with z up; VTK then fits the distance.
    const double cz = 0.5 * (bounds[4] + bounds[5]);
    vtkCamera* camera = canvas_.camera();
    camera->SetFocalPoint(cx, cy, cz);
    camera->SetPosition(cx + 0.8, cy - 1.6, cz + 0.9);
    camera->SetViewUp(0.0, 0.0, 1.0);
    canvas_.resetCamera();
    // ResetCamera fits the bounding sphere, which leaves a flat cloud small in the middle; come closer.
    camera->Zoom(1.35);
}

void QueryKeyScene::setColours(std::vector<std::uint8_t> rgba) {
    colours_ = std::move(rgba);
    if (colours_.size() != 4 * static_cast<size_t>(full_.pointCount())) return;
    full_.setColors(colours_.data(), full_.pointCount());
    rebuildCoarse();
    ++coloursVersion_;
    canvas_.requestRender();
}

void QueryKeyScene::setEmphasised(const std::vector<std::int32_t>& ids) {
    overlay_->setEmphasised(coordinates(), colours_.data(), ids, full_.pointSize() + 2.0f);
    canvas_.requestRender();
}

void QueryKeyScene::setInteracting(bool interacting) {
    if (interacting_ == interacting) return;
    interacting_ = interacting;
    applyVisibility();
    canvas_.requestRender();
}

void QueryKeyScene::setDensity(bool density) {
    density_ = density;
    applyVisibility();
    canvas_.requestRender();
}

bool QueryKeyScene::densityShown() const {
    return density_ && dimensions_ == 2;
}

void QueryKeyScene::applyVisibility() {
    const bool density = densityShown();
    const bool coarse = !density && interacting_ && coarse_.pointCount() < full_.pointCount();
    full_.actor()->SetVisibility(!density && !coarse);
    coarse_.actor()->SetVisibility(coarse);
    canvas_.renderer()->SetTexturedBackground(density);
}

std::int64_t QueryKeyScene::renderedPointCount() const {
    if (densityShown()) return full_.pointCount();
    if (coarse_.actor()->GetVisibility()) return coarse_.pointCount();
    return full_.actor()->GetVisibility() ? full_.pointCount() : 0;
}

const float* QueryKeyScene::coordinates() const {
    return coordinateArray(full_)->GetPointer(0);
}

std::int64_t QueryKeyScene::pick(const QPointF& widgetPos, double tolerance) const {
    // PointScatter skips hidden actors; the full scatter is the truth even while the subsample or density is drawn.
    vtkActor* actor = full_.actor();
    const int wasVisible = actor->GetVisibility();
    actor->VisibilityOn();
    const vtkIdType picked = full_.pick(canvas_, widgetPos, tolerance);
    actor->SetVisibility(wasVisible);
    return picked;
}

void QueryKeyScene::setFrameTimeTarget(double milliseconds) {
    frameTarget_ = std::max(milliseconds, 0.0);
    if (frameTarget_ == 0.0) densityDivisor_ = 1;
    if (frameTarget_ == 0.0 && activeCount_ != subsampleCapacity()) {
        activeCount_ = subsampleCapacity();
        rebuildCoarse();
    }
}

void QueryKeyScene::onFrameEvent(vtkObject*, unsigned long eventId, void*) {
    if (eventId == vtkCommand::StartEvent) {
        frameTimer_.start();
        return;
    }
    const double ms = static_cast<double>(frameTimer_.nsecsElapsed()) / 1.0e6;
    const bool movingPoints = coarse_.actor()->GetVisibility();
    const bool movingDensity = densityShown() && interacting_;
    if (frameTarget_ <= 0.0 || !(movingPoints || movingDensity)) {
        recentFrames_.clear();
        return;
    }
    // Judge a few frames at a time (one slow frame is not a trend), and never the one that uploaded new points.
    if (skipNextFrame_) {
        skipNextFrame_ = false;
        return;
    }
    recentFrames_.push_back(ms);
    if (recentFrames_.size() < 4) return;
    std::sort(recentFrames_.begin(), recentFrames_.end());
    const double typical = 0.5 * (recentFrames_[1] + recentFrames_[2]);
    recentFrames_.clear();
    if (movingDensity) {
        // Density: a coarser image (up to a quarter of the resolution each way) when slow, a finer one when fast.
        if (typical > frameTarget_ && densityDivisor_ < kMaximumDensityDivisor)
            ++densityDivisor_;
        else if (typical < 0.4 * frameTarget_ && densityDivisor_ > 1)
            --densityDivisor_;
        return;
    }
    const std::int64_t floor = std::min<std::int64_t>(kMinimumMovingPoints, subsampleCapacity());
    std::int64_t next = activeCount_;
    if (typical > frameTarget_)
        next = std::max(floor, static_cast<std::int64_t>(activeCount_ * std::clamp(frameTarget_ / typical, 0.5, 0.9)));
    else if (typical < 0.6 * frameTarget_)
        next = std::min(subsampleCapacity(), static_cast<std::int64_t>(activeCount_ * 1.25) + 1);
    if (next != activeCount_) {
        activeCount_ = next;
        // Not inside VTK's frame: the next paint rebuilds the subsample's points before rendering.
        pendingRebuild_ = true;
        canvas_.requestRender();
    }
}

void QueryKeyScene::onStartRender(vtkObject*, unsigned long, void*) {
    if (pendingRebuild_) {
        pendingRebuild_ = false;
        skipNextFrame_ = true;
        rebuildCoarse();
        applyVisibility();
    }
    if (densityShown()) refreshDensity();
}

void QueryKeyScene::refreshDensity() {
    vtkRenderer* main = canvas_.renderer();
    vtkCamera* camera = main->GetActiveCamera();
    const int* size = main->GetSize();
    double focal[3];
    camera->GetFocalPoint(focal);
    // While moving, the image may be made at 1/divisor of the resolution and stretched: the level of detail of
    // density mode. Still frames are always at full resolution.
    const int divisor = interacting_ ? densityDivisor_ : 1;
    const DensityKey key{focal[0],        focal[1], camera->GetParallelScale(), size[0], size[1], coordinatesVersion_,
                         coloursVersion_, divisor};
    if (key == densityKey_ || colours_.size() != 4 * static_cast<size_t>(full_.pointCount())) return;
    densityKey_ = key;

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    if (densityCoordinates_ != coordinatesVersion_) {
        densityRenderer_.setPoints(coordinates(), 3, full_.pointCount());
        densityCoordinates_ = coordinatesVersion_;
    }
    if (densityColours_ != coloursVersion_) {
        densityRenderer_.setColours(colours_.data(), full_.pointCount());
        densityColours_ = coloursVersion_;
    }
    DensityFrame frame;
    frame.width = std::max(1, static_cast<int>(std::lround(double(size[0]) / divisor)));
    frame.height = std::max(1, static_cast<int>(std::lround(double(size[1]) / divisor)));
    frame.centerX = focal[0];
    frame.centerY = focal[1];
    frame.pixelsPerUnit = frame.height / (2.0 * camera->GetParallelScale());
    DensityStyle style;
    style.background = screenTheme().background;
    style.sigmaPixels = std::max(0.5, style.sigmaPixels / divisor);  // the same blur in world units, nearly
    const DensityImage& image = densityRenderer_.render(frame, style);
    densityTexture_->SetInterpolate(divisor > 1);

    int* dims = densityImage_->GetDimensions();
    if (dims[0] != image.width || dims[1] != image.height || densityImage_->GetNumberOfScalarComponents() != 4) {
        densityImage_->SetDimensions(image.width, image.height, 1);
        densityImage_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
    }
    std::memcpy(densityImage_->GetScalarPointer(), image.rgba.data(), image.rgba.size());
    densityImage_->GetPointData()->GetScalars()->Modified();
    densityImage_->Modified();
    lastDensityMs_ = static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
    lastDensityCpuMs_ = 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
}

}  // namespace attnscope::widgets
