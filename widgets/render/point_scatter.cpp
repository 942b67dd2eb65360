// PointScatter: points as a vtkPolyData of vertex cells (32-bit connectivity, float coordinates), coloured by an
// RGBA point array drawn directly, unlit so a colour on screen is exactly the colour given.
#include "render/point_scatter.h"

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkTypeInt32Array.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>

#include "attnscope/error.h"
#include "render/vtk_render_widget.h"

namespace attnscope::widgets {
namespace {

vtkFloatArray* coordinateArray(vtkPolyData* polyData) {
    return vtkFloatArray::SafeDownCast(polyData->GetPoints()->GetData());
}

}  // namespace

PointScatter::PointScatter()
    : polyData_(vtkSmartPointer<vtkPolyData>::New()),
      mapper_(vtkSmartPointer<vtkPolyDataMapper>::New()),
      actor_(vtkSmartPointer<vtkActor>::New()) {
    mapper_->SetInputData(polyData_);
    mapper_->SetScalarModeToUsePointData();
    // Our RGBA bytes are the colours; no lookup table in between.
    mapper_->SetColorModeToDirectScalars();
    actor_->SetMapper(mapper_);
    vtkProperty* property = actor_->GetProperty();
    // Unlit: points have no normals, and shading would make the same colour differ across the view.
    property->LightingOff();
    property->SetPointSize(3.0f);
    setPoints(nullptr, 0, 3);
}

PointScatter::~PointScatter() = default;

void PointScatter::setPoints(const float* coordinates, vtkIdType count, int dimensions) {
    if (dimensions != 2 && dimensions != 3)
        throw EngineError("points need 2 or 3 coordinates, got " + std::to_string(dimensions), "PointScatter");
    if (count < 0 || count > std::numeric_limits<std::int32_t>::max() - 1)
        throw EngineError("point count " + std::to_string(count) + " out of range", "PointScatter");

    auto values = vtkSmartPointer<vtkFloatArray>::New();
    values->SetNumberOfComponents(3);
    values->SetNumberOfTuples(count);
    float* out = values->GetPointer(0);
    for (vtkIdType i = 0; i < count; ++i) {
        const float* in = coordinates + i * dimensions;
        out[3 * i] = in[0];
        out[3 * i + 1] = in[1];
        out[3 * i + 2] = dimensions == 3 ? in[2] : 0.0f;
    }
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->SetData(values);

    // One vertex cell per point; 32-bit offsets and connectivity halve the index memory at a million points.
    auto offsets = vtkSmartPointer<vtkTypeInt32Array>::New();
    offsets->SetNumberOfValues(count + 1);
    std::iota(offsets->GetPointer(0), offsets->GetPointer(0) + count + 1, 0);
    auto connectivity = vtkSmartPointer<vtkTypeInt32Array>::New();
    connectivity->SetNumberOfValues(count);
    std::iota(connectivity->GetPointer(0), connectivity->GetPointer(0) + count, 0);
    auto vertices = vtkSmartPointer<vtkCellArray>::New();
    vertices->SetData(offsets, connectivity);

    polyData_->Initialize();
    polyData_->SetPoints(points);
    polyData_->SetVerts(vertices);
    setUniformColor(uniformColor_);
}

void PointScatter::setPoints(const FloatMatrix& coordinates) {
    if (coordinates.cols != 2 && coordinates.cols != 3)
        throw EngineError("an N x 2 or N x 3 matrix is needed, got N x " + std::to_string(coordinates.cols),
                          "PointScatter");
    setPoints(coordinates.values.data(), coordinates.rows, static_cast<int>(coordinates.cols));
}

void PointScatter::setUniformColor(const QColor& color) {
    uniformColor_ = color;
    polyData_->GetPointData()->SetScalars(nullptr);
    mapper_->ScalarVisibilityOff();
    actor_->GetProperty()->SetColor(color.redF(), color.greenF(), color.blueF());
    actor_->GetProperty()->SetOpacity(color.alphaF());
    polyData_->Modified();
}

void PointScatter::setColors(const std::uint8_t* rgba, vtkIdType count) {
    if (count != pointCount())
        throw EngineError(std::to_string(count) + " colours for " + std::to_string(pointCount()) + " points",
                          "PointScatter::setColors");
    rebuildColorArray(std::vector<std::uint8_t>(rgba, rgba + 4 * count));
}

void PointScatter::setScalars(const float* values, vtkIdType count, const Colormap& map, double low, double high) {
    if (count != pointCount())
        throw EngineError(std::to_string(count) + " scalars for " + std::to_string(pointCount()) + " points",
                          "PointScatter::setScalars");
    if (!(high > low)) throw EngineError("scalar range needs high > low", "PointScatter::setScalars");
    // The colour scale's 256-entry table: mapping a million values stays a lookup, not a million interpolations.
    std::vector<std::uint8_t> rgba(static_cast<size_t>(4 * count));
    for (vtkIdType i = 0; i < count; ++i) {
        const double t = std::clamp((values[i] - low) / (high - low), 0.0, 1.0);
        const QColor c(map.at(static_cast<float>(t)));
        rgba[4 * i] = static_cast<std::uint8_t>(c.red());
        rgba[4 * i + 1] = static_cast<std::uint8_t>(c.green());
        rgba[4 * i + 2] = static_cast<std::uint8_t>(c.blue());
        rgba[4 * i + 3] = 255;
    }
    rebuildColorArray(std::move(rgba));
}

void PointScatter::rebuildColorArray(std::vector<std::uint8_t> rgba) {
    auto colors = vtkSmartPointer<vtkUnsignedCharArray>::New();
    colors->SetName("rgba");
    colors->SetNumberOfComponents(4);
    colors->SetNumberOfTuples(static_cast<vtkIdType>(rgba.size() / 4));
    std::copy(rgba.begin(), rgba.end(), colors->GetPointer(0));
    polyData_->GetPointData()->SetScalars(colors);
    mapper_->ScalarVisibilityOn();
    actor_->GetProperty()->SetOpacity(1.0);
    polyData_->Modified();
}

void PointScatter::setPointSize(float pixels) {
    actor_->GetProperty()->SetPointSize(pixels);
}

float PointScatter::pointSize() const {
    return actor_->GetProperty()->GetPointSize();
}

vtkActor* PointScatter::actor() const {
    return actor_;
}

vtkPolyData* PointScatter::polyData() const {
    return polyData_;
}

vtkIdType PointScatter::pointCount() const {
    return polyData_->GetNumberOfPoints();
}

void PointScatter::addTo(vtkRenderer* renderer) const {
    renderer->AddActor(actor_);
}

void PointScatter::removeFrom(vtkRenderer* renderer) const {
    renderer->RemoveActor(actor_);
}

vtkIdType PointScatter::pick(vtkRenderer* renderer, double displayX, double displayY, double tolerancePixels) const {
    const vtkIdType count = pointCount();
    if (count == 0 || !actor_->GetVisibility()) return -1;

    // world -> clip for this actor: the camera's projection-view matrix times the actor's own placement.
    vtkNew<vtkMatrix4x4> worldToClip;
    vtkMatrix4x4::Multiply4x4(
        renderer->GetActiveCamera()->GetCompositeProjectionTransformMatrix(renderer->GetTiledAspectRatio(), -1, 1),
        actor_->GetMatrix(), worldToClip);
    double m[4][4];
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) m[r][c] = worldToClip->GetElement(r, c);

    const int* origin = renderer->GetOrigin();
    const int* size = renderer->GetSize();
    const double halfWidth = 0.5 * size[0];
    const double halfHeight = 0.5 * size[1];
    const double centerX = origin[0] + halfWidth;
    const double centerY = origin[1] + halfHeight;

    const float* xyz = coordinateArray(polyData_)->GetPointer(0);
    const double limit = tolerancePixels * tolerancePixels;
    double bestDistance = std::numeric_limits<double>::infinity();
    double bestDepth = std::numeric_limits<double>::infinity();
    vtkIdType best = -1;
    for (vtkIdType i = 0; i < count; ++i) {
        const double x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
        const double w = m[3][0] * x + m[3][1] * y + m[3][2] * z + m[3][3];
        if (w <= 0.0) continue;  // behind the camera
        const double depth = (m[2][0] * x + m[2][1] * y + m[2][2] * z + m[2][3]) / w;
        if (depth < -1.0 || depth > 1.0) continue;  // outside the near/far planes: not drawn
        const double dx = centerX + halfWidth * (m[0][0] * x + m[0][1] * y + m[0][2] * z + m[0][3]) / w - displayX;
        const double dy = centerY + halfHeight * (m[1][0] * x + m[1][1] * y + m[1][2] * z + m[1][3]) / w - displayY;
        const double distance = dx * dx + dy * dy;
        if (distance > limit) continue;
        if (distance < bestDistance || (distance == bestDistance && depth < bestDepth)) {
            bestDistance = distance;
            bestDepth = depth;
            best = i;
        }
    }
    return best;
}

vtkIdType PointScatter::pick(const VtkRenderWidget& widget, const QPointF& widgetPos, double tolerancePixels) const {
    const QPointF display = widget.widgetToDisplay(widgetPos);
    return pick(widget.renderer(), display.x(), display.y(), tolerancePixels * widget.devicePixelRatioF());
}

void fillDemoScatter(PointScatter& scatter, vtkIdType count, bool flat, unsigned seed) {
    constexpr int kClusters = 8;
    constexpr double kSpread = 0.35;
    constexpr double kTwoPi = 6.283185307179586;
    // mt19937's raw output is specified by the standard; the distributions are not, so the Gaussian is our own
    // (Box-Muller) and the cloud is the same on every platform, which keeps baseline images stable.
    std::mt19937 generator(seed);
    const auto uniform = [&generator] { return (generator() + 0.5) / 4294967296.0; };
    const auto gaussian = [&uniform] { return std::sqrt(-2.0 * std::log(uniform())) * std::cos(kTwoPi * uniform()); };

    std::vector<float> coordinates(static_cast<size_t>(3 * count));
    std::vector<float> cluster(static_cast<size_t>(count));
    for (vtkIdType i = 0; i < count; ++i) {
        const int k = static_cast<int>(i % kClusters);
        const double angle = kTwoPi * 1.25 * k / kClusters;
        const double radius = 1.0 + 0.45 * k;
        coordinates[3 * i] = static_cast<float>(radius * std::cos(angle) + kSpread * gaussian());
        coordinates[3 * i + 1] = static_cast<float>(radius * std::sin(angle) + kSpread * gaussian());
        coordinates[3 * i + 2] = flat ? 0.0f : static_cast<float>(0.4 * k - 1.4 + kSpread * gaussian());
        cluster[i] = static_cast<float>(k);
    }
    scatter.setPoints(coordinates.data(), count, 3);
    scatter.setScalars(cluster.data(), count, Colormap::viridis(), 0.0, kClusters - 1);
}

}  // namespace attnscope::widgets
