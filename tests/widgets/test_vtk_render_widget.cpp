// VtkRenderWidget and PointScatter: the Qt 6 <-> VTK bridge really draws, picks, resizes and interacts.
// Runs under xvfb-run (Mesa's software OpenGL). Positions below are computed from the camera by hand, not by the
// code under test: in 2D mode with parallel scale s, a view h pixels high shows 2s world units, so a world point
// (x, y) lands at (w/2 + x h/(2s), h/2 - y h/(2s)) in widget pixels.
#include <QScreen>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>

#include <cmath>
#include <vector>

#include "render/point_scatter.h"
#include "render/vtk_render_widget.h"
#include "screenshot_compare.h"
#include "test_support.h"

using attnscope::testing::grabAtSize;
using attnscope::widgets::fillDemoScatter;
using attnscope::widgets::PointScatter;
using attnscope::widgets::VtkRenderWidget;

namespace {

const QColor kBackground(10, 12, 20);
const QColor kPointColor(255, 128, 0);

bool near(QRgb pixel, const QColor& color, int tolerance = 2) {
    return attnscope::testing::nearColor(pixel, color, tolerance);
}

int countPixels(const QImage& image, const QColor& color) {
    return attnscope::testing::countPixels(image, color, 2);
}

// A widget with a uniform dark background, in 2D mode, showing `halfHeight` world units above and below the origin.
void setUpFlatView(VtkRenderWidget& widget, PointScatter& scatter, const std::vector<float>& xy, double halfHeight) {
    widget.renderer()->SetBackground(kBackground.redF(), kBackground.greenF(), kBackground.blueF());
    scatter.setPoints(xy.data(), static_cast<vtkIdType>(xy.size() / 2), 2);
    scatter.setUniformColor(kPointColor);
    scatter.setPointSize(7.0f);
    scatter.addTo(widget.renderer());
    widget.setView2D(0.0, 0.0, halfHeight);
}

// Where a world point of the xy plane lands, from the definition of a parallel projection (see the file comment).
QPointF expectedWidgetPos(const QSizeF& size, double x, double y, double halfHeight) {
    const double pixelsPerUnit = size.height() / (2.0 * halfHeight);
    return {size.width() / 2.0 + x * pixelsPerUnit, size.height() / 2.0 - y * pixelsPerUnit};
}

// Both in device pixels: the grab is devicePixelRatio times the widget's logical size.
QPoint toImagePixel(const QPointF& widgetPos, double ratio) {
    return {static_cast<int>(std::floor(widgetPos.x() * ratio)), static_cast<int>(std::floor(widgetPos.y() * ratio))};
}

}  // namespace

class TestVtkRenderWidget : public QObject {
    Q_OBJECT
private slots:
    void scatterDrawsPointColourWherePointsProjectAndBackgroundElsewhere() {
        VtkRenderWidget widget;
        PointScatter scatter;
        const std::vector<float> xy = {0.0f, 0.0f, 1.0f, 0.0f, -1.0f, 0.5f, 0.5f, -1.0f};
        setUpFlatView(widget, scatter, xy, 1.5);
        const QImage image = grabAtSize(widget, QSize(400, 300));
        QCOMPARE(image.size(), QSize(400, 300) * widget.devicePixelRatioF());
        const double ratio = widget.devicePixelRatioF();

        for (size_t i = 0; i < xy.size(); i += 2) {
            const QPointF at = expectedWidgetPos(QSizeF(400, 300), xy[i], xy[i + 1], 1.5);
            const QPoint pixel = toImagePixel(at, ratio);
            QVERIFY2(near(image.pixel(pixel), kPointColor), qPrintable(QString("point %1 at pixel (%2, %3) is %4")
                                                                           .arg(i / 2)
                                                                           .arg(pixel.x())
                                                                           .arg(pixel.y())
                                                                           .arg(QColor(image.pixel(pixel)).name())));
            // 12 pixels off, beyond the 7-pixel square: background.
            QVERIFY(near(image.pixel(toImagePixel(at + QPointF(12, 0), ratio)), kBackground));
            QVERIFY(near(image.pixel(toImagePixel(at + QPointF(0, -12), ratio)), kBackground));
        }
        QVERIFY(near(image.pixel(5, 5), kBackground));
        // Four squares of 7 x 7 device pixels (point sizes are in device pixels), nothing else in that colour.
        const int perPoint = 49;
        QCOMPARE(countPixels(image, kPointColor), 4 * perPoint);
        QCOMPARE(countPixels(image, kBackground), image.width() * image.height() - 4 * perPoint);
    }

    void windowOnScreenShowsTheVtkFrameOfAChildWidget() {
        // What a user sees: the widget inside a window, composed by Qt, read back from the X server (not from the
        // widget's own framebuffer as grabFramebuffer does).
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* widget = new VtkRenderWidget;
        layout->addWidget(widget);
        PointScatter scatter;
        const std::vector<float> xy = {0.0f, 0.0f};
        setUpFlatView(*widget, scatter, xy, 1.0);
        window.resize(240, 180);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            near(window.screen()->grabWindow(window.winId()).toImage().pixel(toImagePixel(QPointF(120, 90), 1.0)),
                 kPointColor),
            5000);
        const QImage onScreen = window.screen()->grabWindow(window.winId()).toImage();
        QVERIFY(near(onScreen.pixel(10, 10), kBackground));
    }

    void reparentingRecreatesTheContextAndKeepsDrawing() {
        // The scatter outlives the widget here: its GL resources must have been released with the old context.
        PointScatter scatter;
        auto* widget = new VtkRenderWidget;
        const std::vector<float> xy = {0.0f, 0.0f};
        setUpFlatView(*widget, scatter, xy, 1.0);
        QVERIFY(near(grabAtSize(*widget, QSize(200, 200)).pixel(100, 100), kPointColor));

        // Moving a QOpenGLWidget to another window destroys its context and calls initializeGL again.
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(widget);
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = widget->grabFramebuffer();
        QCOMPARE(image.size(), QSize(200, 200) * widget->devicePixelRatioF());
        QVERIFY(near(image.pixel(toImagePixel(QPointF(100, 100), widget->devicePixelRatioF())), kPointColor));
        QVERIFY(near(image.pixel(5, 5), kBackground));
    }

    void clickOnAPointEmitsClickedAndPicksThatPoint() {
        VtkRenderWidget widget;
        PointScatter scatter;
        const std::vector<float> xy = {-1.0f, -1.0f, 0.0f, 0.0f, 0.8f, 0.4f, -0.6f, 0.9f};
        setUpFlatView(widget, scatter, xy, 1.2);
        grabAtSize(widget, QSize(360, 360));
        QSignalSpy clicks(&widget, &VtkRenderWidget::clicked);

        const QPointF onThird = expectedWidgetPos(QSizeF(360, 360), 0.8, 0.4, 1.2);
        QTest::mouseClick(&widget, Qt::LeftButton, Qt::NoModifier, onThird.toPoint());
        QCOMPARE(clicks.count(), 1);
        const QPointF clickedAt = clicks.at(0).at(0).toPointF();
        QCOMPARE(scatter.pick(widget, clickedAt), vtkIdType(2));
        // Two pixels off still picks it; far from every point picks nothing.
        QCOMPARE(scatter.pick(widget, onThird + QPointF(2, -2)), vtkIdType(2));
        QCOMPARE(scatter.pick(widget, QPointF(20, 340)), vtkIdType(-1));
        const QPointF onLast = expectedWidgetPos(QSizeF(360, 360), -0.6, 0.9, 1.2);
        QCOMPARE(scatter.pick(widget, onLast), vtkIdType(3));
    }

    void pickingAMillionPointsFindsThePointUnderTheCursor() {
        VtkRenderWidget widget;
        PointScatter scatter;
        fillDemoScatter(scatter, 1000000);
        scatter.addTo(widget.renderer());
        widget.resetCamera();
        grabAtSize(widget, QSize(400, 300));

        const vtkIdType target = 654321;
        double world[3];
        scatter.polyData()->GetPoint(target, world);
        const QPointF at = widget.worldToWidget(world[0], world[1], world[2]);
        QElapsedTimer timer;
        timer.start();
        const vtkIdType picked = scatter.pick(widget, at, 0.5);
        qInfo("picking among 1,000,000 points took %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(picked, target);
    }

    void resizeRendersAtTheNewSizeWithTheViewCentreKept() {
        VtkRenderWidget widget;
        PointScatter scatter;
        const std::vector<float> xy = {0.0f, 0.0f};
        setUpFlatView(widget, scatter, xy, 1.0);
        const double ratio = widget.devicePixelRatioF();
        const QImage before = grabAtSize(widget, QSize(300, 200));
        QCOMPARE(before.size(), QSize(300, 200) * ratio);
        QVERIFY(near(before.pixel(toImagePixel(QPointF(150, 100), ratio)), kPointColor));

        const QImage after = grabAtSize(widget, QSize(500, 420));
        QCOMPARE(after.size(), QSize(500, 420) * ratio);
        QCOMPARE(widget.renderWindow()->GetSize()[0], static_cast<int>(std::lround(500 * ratio)));
        QCOMPARE(widget.renderWindow()->GetSize()[1], static_cast<int>(std::lround(420 * ratio)));
        QVERIFY(near(after.pixel(toImagePixel(QPointF(250, 210), ratio)), kPointColor));
        QVERIFY(!near(after.pixel(toImagePixel(QPointF(150, 100), ratio)), kPointColor));
        QVERIFY(near(after.pixel(after.width() - 3, after.height() - 3), kBackground));
    }

    void deviceRatioScalesTheRenderWindowAndKeepsPointsInPlace() {
        // Run twice by CTest: as is, and with QT_SCALE_FACTOR=2 (test_vtk_render_widget_hidpi).
        VtkRenderWidget widget;
        PointScatter scatter;
        const std::vector<float> xy = {0.5f, 0.5f};
        setUpFlatView(widget, scatter, xy, 1.0);
        const QImage image = grabAtSize(widget, QSize(200, 200));
        const double ratio = widget.devicePixelRatioF();
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            QCOMPARE(ratio, qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        QCOMPARE(image.size(), QSize(200, 200) * ratio);
        QCOMPARE(widget.renderWindow()->GetSize()[0], static_cast<int>(std::lround(200 * ratio)));
        // Point size is in device pixels: 7 x 7 whatever the ratio.
        QCOMPARE(countPixels(image, kPointColor), 49);
        const QPointF at = expectedWidgetPos(QSizeF(200, 200), 0.5, 0.5, 1.0);
        QVERIFY(near(image.pixel(toImagePixel(at, ratio)), kPointColor));
        QCOMPARE(scatter.pick(widget, at), vtkIdType(0));
    }

    void millionPointScatterRenders() {
        VtkRenderWidget widget;
        widget.renderer()->SetBackground(kBackground.redF(), kBackground.greenF(), kBackground.blueF());
        PointScatter scatter;
        fillDemoScatter(scatter, 1000000);
        scatter.setPointSize(1.0f);
        scatter.addTo(widget.renderer());
        widget.resetCamera();
        QCOMPARE(scatter.pointCount(), vtkIdType(1000000));
        const QImage image = grabAtSize(widget, QSize(400, 300));
        const int total = image.width() * image.height();
        const int covered = total - countPixels(image, kBackground);
        qInfo("1,000,000 points cover %d of %d pixels", covered, total);
        // Eight dense clusters about 50 pixels across: some 13 % of the view. An empty or black frame gives 0.
        QVERIFY2(covered > total / 10, qPrintable(QString("only %1 of %2 pixels drawn").arg(covered).arg(total)));
        // Eight clusters coloured along viridis: both ends of the ramp are on screen.
        QVERIFY(countPixels(image, QColor(attnscope::widgets::Colormap::viridis().bottom())) > 100);
        QVERIFY(countPixels(image, QColor(attnscope::widgets::Colormap::viridis().top())) > 100);
    }

    void panZoom2DDragPansByTheDraggedDistanceAndWheelZooms() {
        VtkRenderWidget widget;
        PointScatter scatter;
        const std::vector<float> xy = {0.0f, 0.0f, 1.0f, 1.0f};
        setUpFlatView(widget, scatter, xy, 1.0);
        grabAtSize(widget, QSize(400, 400));
        vtkCamera* camera = widget.camera();
        QVERIFY(camera->GetParallelProjection());

        // 400 pixels show 2 world units: dragging 100 px right and 50 px down moves the scene by (0.5, -0.25),
        // so the camera moves by (-0.5, +0.25).
        QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
        QTest::mouseMove(&widget, QPoint(250, 225));
        QTest::mouseMove(&widget, QPoint(300, 250));
        QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(300, 250));
        double focal[3], position[3];
        camera->GetFocalPoint(focal);
        camera->GetPosition(position);
        QVERIFY2(std::abs(focal[0] + 0.5) < 0.01, qPrintable(QString::number(focal[0])));
        QVERIFY2(std::abs(focal[1] - 0.25) < 0.01, qPrintable(QString::number(focal[1])));
        QCOMPARE(position[0], focal[0]);  // still looking straight down: no rotation in 2D
        QCOMPARE(position[1], focal[1]);
        QCOMPARE(camera->GetParallelScale(), 1.0);

        // One wheel notch forward zooms in by the trackball style's factor 1.1^2; one back undoes it.
        QWheelEvent forward(QPointF(200, 200), widget.mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, 120),
                            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&widget, &forward);
        QVERIFY(std::abs(camera->GetParallelScale() - 1.0 / 1.21) < 1e-9);
        QWheelEvent backward(QPointF(200, 200), widget.mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, -120),
                             Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&widget, &backward);
        QVERIFY(std::abs(camera->GetParallelScale() - 1.0) < 1e-9);
        QVERIFY(camera->GetParallelProjection());
    }

    void rotate3DDragOrbitsTheCameraAroundTheFocalPoint() {
        VtkRenderWidget widget;
        PointScatter scatter;
        fillDemoScatter(scatter, 2000);
        scatter.addTo(widget.renderer());
        widget.resetCamera();
        grabAtSize(widget, QSize(400, 400));
        vtkCamera* camera = widget.camera();
        QVERIFY(!camera->GetParallelProjection());
        double focalBefore[3], positionBefore[3];
        camera->GetFocalPoint(focalBefore);
        camera->GetPosition(positionBefore);
        const double distanceBefore = camera->GetDistance();

        QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(200, 200));
        QTest::mouseMove(&widget, QPoint(260, 200));
        QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, QPoint(260, 200));
        double focalAfter[3], positionAfter[3];
        camera->GetFocalPoint(focalAfter);
        camera->GetPosition(positionAfter);
        for (int i = 0; i < 3; ++i) QCOMPARE(focalAfter[i], focalBefore[i]);
        QVERIFY(std::abs(camera->GetDistance() - distanceBefore) < 1e-6 * distanceBefore);
        const double moved = std::hypot(positionAfter[0] - positionBefore[0], positionAfter[1] - positionBefore[1],
                                        positionAfter[2] - positionBefore[2]);
        QVERIFY2(moved > 0.1 * distanceBefore, qPrintable(QString("camera moved only %1").arg(moved)));
    }

    void demoScatterMatchesBaseline() {
        VtkRenderWidget widget;
        PointScatter scatter;
        fillDemoScatter(scatter, 20000);
        scatter.setPointSize(2.0f);
        scatter.addTo(widget.renderer());
        widget.resetCamera();
        widget.camera()->Elevation(-35.0);
        widget.camera()->OrthogonalizeViewUp();
        widget.resetCamera();
        const QImage image = grabAtSize(widget, QSize(320, 240));
        if (widget.devicePixelRatioF() != 1.0) QSKIP("baselines are for a device pixel ratio of 1");
        ATTNSCOPE_COMPARE_BASELINE(image, "vtk_demo_scatter_3d");
    }
};

QTEST_MAIN(TestVtkRenderWidget)
#include "test_vtk_render_widget.moc"
