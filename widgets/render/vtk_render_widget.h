// VtkRenderWidget: a Qt 6 QOpenGLWidget that hosts a VTK render window, so views can draw with VTK without
// Debian's Qt 5 build of VTK's GUISupportQt. VTK renders into its own framebuffers inside the widget's GL context;
// paintGL() blits VTK's display framebuffer into the widget's framebuffer. See docs/vtk-bridge.md.
#pragma once

#include <QOpenGLWidget>
#include <QPoint>
#include <QPointF>

class QSurface;

#include <vtkSmartPointer.h>

class vtkCamera;
class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkInteractorStyle;
class vtkObject;
class vtkRenderer;

namespace attnscope::widgets {

class VtkRenderWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    // Rotate3D: left drag rotates (trackball camera), middle/shift-left pans, right drag and wheel zoom.
    // PanZoom2D: parallel projection looking down -z; left or middle drag pans, right drag and wheel zoom.
    enum class InteractionMode { Rotate3D, PanZoom2D };

    explicit VtkRenderWidget(QWidget* parent = nullptr);
    ~VtkRenderWidget() override;

    // The surface format VTK needs (OpenGL 3.2 core, 8-bit RGBA, depth). Set on every instance; call
    // QSurfaceFormat::setDefaultFormat(VtkRenderWidget::surfaceFormat()) before QApplication to share contexts.
    static QSurfaceFormat surfaceFormat();
    // Whether this display can show OpenGL widgets at all: false on Qt's offscreen and minimal platforms (no GL
    // compositing, where a QOpenGLWidget crashes the backing store) and when no OpenGL context can be created.
    static bool openGLAvailable();

    vtkRenderer* renderer() const;
    vtkGenericOpenGLRenderWindow* renderWindow() const;
    vtkCamera* camera() const;

    void setInteractionMode(InteractionMode mode);
    InteractionMode interactionMode() const { return mode_; }

    // Fits the camera to everything in the renderer (keeps the projection of the current mode).
    void resetCamera();
    // 2D mode: centres the view on (centerX, centerY) showing `halfHeight` world units above and below the centre.
    void setView2D(double centerX, double centerY, double halfHeight);
    // Schedules a repaint; call after changing the scene. Interaction schedules its own.
    void requestRender() { update(); }

    // Size of VTK's render window in device pixels (widget size x devicePixelRatio).
    QSize deviceSize() const;
    // Widget coordinates (logical pixels, origin top-left) <-> VTK display coordinates (device pixels, origin
    // bottom-left). Continuous: pixel (i, j) of the widget covers [i, i+1) x [j, j+1).
    QPointF widgetToDisplay(const QPointF& widgetPos) const;
    QPointF displayToWidget(const QPointF& displayPos) const;
    // Where a world point lands in widget coordinates with the current camera.
    QPointF worldToWidget(double x, double y, double z) const;

signals:
    // A press and release of the same button without dragging (less than a few pixels): views pick here.
    void clicked(QPointF widgetPos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);

protected:
    void initializeGL() override;
    void resizeGL(int width, int height) override;
    void paintGL() override;

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void onRenderWindowEvent(vtkObject* caller, unsigned long eventId, void* callData);
    void makeContextCurrent();
    void releaseGraphicsResources();
    void syncSizeToDevice();
    void blitIntoWidgetFramebuffer();
    void forwardPointer(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeatCount = 0);

    QSurface* surface_ = nullptr;  // the offscreen surface QOpenGLWidget renders with, for makeContextCurrent()
    vtkSmartPointer<vtkGenericOpenGLRenderWindow> renderWindow_;
    vtkSmartPointer<vtkRenderer> renderer_;
    vtkSmartPointer<vtkGenericRenderWindowInteractor> interactor_;
    vtkSmartPointer<vtkInteractorStyle> rotateStyle_;
    vtkSmartPointer<vtkInteractorStyle> panZoomStyle_;
    InteractionMode mode_ = InteractionMode::Rotate3D;

    bool painting_ = false;      // inside paintGL: VTK's Frame must not schedule another repaint
    bool contextReady_ = false;  // between initializeGL and the context's destruction
    QPoint pressPosition_;
    Qt::MouseButton pressButton_ = Qt::NoButton;
    int wheelRemainder_ = 0;  // angle delta not yet turned into whole wheel steps (touchpads send small deltas)
};

}  // namespace attnscope::widgets
