// VtkRenderWidget: the Qt 6 <-> VTK bridge. The order of VTK calls matters; docs/vtk-bridge.md explains it.
//
// No vtk_glew.h here on purpose: GLEW and Qt's OpenGL headers cannot share a translation unit without warnings, so
// every GL call this file makes goes through Qt (QOpenGLExtraFunctions) and every GL constant comes from Qt's
// headers. VTK's own GL calls are made inside VTK's libraries, through its own loader.
#include "render/vtk_render_widget.h"

#include <QGuiApplication>
#include <QOpenGLContext>

#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QScreen>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCamera.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkMatrix4x4.h>
#include <vtkObjectFactory.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

#include <cmath>

namespace attnscope::widgets {
namespace {

// The trackball camera with rotation taken away: the left button pans, so a 2D scatter never tilts out of plane.
// Middle-drag pans, right-drag and the wheel zoom, as in the base style.
class PanZoom2DStyle : public vtkInteractorStyleTrackballCamera {
public:
    static PanZoom2DStyle* New();
    vtkTypeMacro(PanZoom2DStyle, vtkInteractorStyleTrackballCamera)

        void OnLeftButtonDown() override {
        const int* position = Interactor->GetEventPosition();
        FindPokedRenderer(position[0], position[1]);
        if (!CurrentRenderer) return;
        GrabFocus(EventCallbackCommand);
        StartPan();
    }
    void OnLeftButtonUp() override {
        if (State == VTKIS_PAN) EndPan();
        if (Interactor) ReleaseFocus();
    }
};
vtkStandardNewMacro(PanZoom2DStyle);

constexpr int kClickSlopPixels = 4;  // a release this close to its press is a click, not a drag
constexpr int kWheelStep = 120;      // QWheelEvent::angleDelta units per notch
constexpr float kDefaultDots = 72.0f;

}  // namespace

QSurfaceFormat VtkRenderWidget::surfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(0);
    // VTK renders into its own framebuffers; multisampling the widget's buffer would only cost time.
    format.setSamples(0);
    return format;
}

VtkRenderWidget::VtkRenderWidget(QWidget* parent)
    : QOpenGLWidget(parent),
      renderWindow_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      renderer_(vtkSmartPointer<vtkRenderer>::New()),
      interactor_(vtkSmartPointer<vtkGenericRenderWindowInteractor>::New()),
      rotateStyle_(vtkSmartPointer<vtkInteractorStyleTrackballCamera>::New()),
      panZoomStyle_(vtkSmartPointer<PanZoom2DStyle>::New()) {
    setFormat(surfaceFormat());
    setUpdateBehavior(QOpenGLWidget::NoPartialUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(16, 16);

    // Until initializeGL has a context for it, a Render() call must do nothing at all.
    renderWindow_->SetReadyForRendering(false);
    // We blit into Qt's framebuffer ourselves; VTK's default blit goes to framebuffer 0, which Qt never shows.
    renderWindow_->SetFrameBlitModeToNoBlit();
    // Exact, repeatable pixels (baseline screenshots) and cheaper software rendering; points gain nothing from MSAA.
    renderWindow_->SetMultiSamples(0);
    renderWindow_->AddRenderer(renderer_);
    renderer_->SetBackground(0.08, 0.08, 0.10);

    // The generic window asks its owner to make its context current, to say whether it is current, and to show a
    // finished frame, through these events.
    for (const unsigned long eventId :
         {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent, vtkCommand::WindowFrameEvent}) {
        renderWindow_->AddObserver(eventId, this, &VtkRenderWidget::onRenderWindowEvent);
    }

    // Interaction styles ask the interactor to Render(); rendering happens only in paintGL, so turn that into a
    // scheduled repaint instead of a render outside Qt's paint cycle.
    interactor_->SetRenderWindow(renderWindow_);
    interactor_->EnableRenderOff();
    interactor_->AddObserver(vtkCommand::RenderEvent, this, &VtkRenderWidget::onRenderWindowEvent);
    interactor_->Initialize();
    interactor_->SetInteractorStyle(rotateStyle_);
}

VtkRenderWidget::~VtkRenderWidget() {
    // The base class destroys the context after this body; the slot connected to it must not run then.
    if (context()) disconnect(context(), nullptr, this, nullptr);
    if (contextReady_) {
        makeCurrent();
        releaseGraphicsResources();
        doneCurrent();
    }
    renderWindow_->RemoveAllObservers();
    interactor_->RemoveAllObservers();
}

bool VtkRenderWidget::openGLAvailable() {
    static const bool available = [] {
        const QString platform = QGuiApplication::platformName();
        if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) return false;
        QOpenGLContext context;
        context.setFormat(surfaceFormat());
        return context.create();
    }();
    return available;
}

vtkRenderer* VtkRenderWidget::renderer() const {
    return renderer_;
}

vtkGenericOpenGLRenderWindow* VtkRenderWidget::renderWindow() const {
    return renderWindow_;
}

vtkCamera* VtkRenderWidget::camera() const {
    return renderer_->GetActiveCamera();
}

void VtkRenderWidget::setInteractionMode(InteractionMode mode) {
    mode_ = mode;
    vtkCamera* activeCamera = camera();
    if (mode == InteractionMode::PanZoom2D) {
        interactor_->SetInteractorStyle(panZoomStyle_);
        activeCamera->ParallelProjectionOn();
        // Look down -z at the xy plane with y up, whatever the 3D camera was doing.
        double focal[3];
        activeCamera->GetFocalPoint(focal);
        activeCamera->SetPosition(focal[0], focal[1], focal[2] + activeCamera->GetDistance());
        activeCamera->SetViewUp(0.0, 1.0, 0.0);
    } else {
        interactor_->SetInteractorStyle(rotateStyle_);
        activeCamera->ParallelProjectionOff();
    }
    resetCamera();
}

void VtkRenderWidget::resetCamera() {
    renderer_->ResetCamera();
    update();
}

void VtkRenderWidget::setView2D(double centerX, double centerY, double halfHeight) {
    if (mode_ != InteractionMode::PanZoom2D) setInteractionMode(InteractionMode::PanZoom2D);
    vtkCamera* activeCamera = camera();
    const double distance = activeCamera->GetDistance();
    activeCamera->SetFocalPoint(centerX, centerY, 0.0);
    activeCamera->SetPosition(centerX, centerY, distance);
    activeCamera->SetViewUp(0.0, 1.0, 0.0);
    activeCamera->SetParallelScale(halfHeight);
    update();
}

QSize VtkRenderWidget::deviceSize() const {
    // The same rounding QOpenGLWidget uses for its framebuffer, so VTK's image and Qt's buffer match exactly.
    return size() * devicePixelRatioF();
}

QPointF VtkRenderWidget::widgetToDisplay(const QPointF& widgetPos) const {
    const double ratio = devicePixelRatioF();
    return {widgetPos.x() * ratio, deviceSize().height() - widgetPos.y() * ratio};
}

QPointF VtkRenderWidget::displayToWidget(const QPointF& displayPos) const {
    const double ratio = devicePixelRatioF();
    return {displayPos.x() / ratio, (deviceSize().height() - displayPos.y()) / ratio};
}

QPointF VtkRenderWidget::worldToWidget(double x, double y, double z) const {
    // Computed from the camera rather than vtkRenderer::WorldToDisplay so it works before the first render.
    const QSize device = deviceSize();
    const double* viewport = renderer_->GetViewport();
    const double left = viewport[0] * device.width();
    const double bottom = viewport[1] * device.height();
    const double width = (viewport[2] - viewport[0]) * device.width();
    const double height = (viewport[3] - viewport[1]) * device.height();
    const double aspect = height > 0.0 ? width / height : 1.0;
    const double world[4] = {x, y, z, 1.0};
    double clip[4];
    camera()->GetCompositeProjectionTransformMatrix(aspect, -1.0, 1.0)->MultiplyPoint(world, clip);
    if (clip[3] <= 0.0) return {qQNaN(), qQNaN()};  // behind the camera
    const QPointF display(left + (clip[0] / clip[3] + 1.0) * 0.5 * width,
                          bottom + (clip[1] / clip[3] + 1.0) * 0.5 * height);
    return displayToWidget(display);
}

void VtkRenderWidget::initializeGL() {
    // Qt leaves GL state VTK has cached as something else; make VTK re-read it before touching anything.
    surface_ = context()->surface();
    vtkOpenGLState* state = renderWindow_->GetState();
    state->Reset();
    renderWindow_->SetOwnContext(0);
    renderWindow_->SetForceMaximumHardwareLineWidth(1);
    // The per-context set-up VTK would do after creating a window itself: loads GL entry points, checks the GL
    // version, and prepares its shader and texture caches for this context.
    renderWindow_->OpenGLInitContext();
    renderWindow_->SetMapped(1);
    renderWindow_->SetReadyForRendering(true);
    contextReady_ = true;
    syncSizeToDevice();
    // Re-parenting a QOpenGLWidget destroys its context; VTK must let go of its GL objects before that happens.
    connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkRenderWidget::releaseGraphicsResources,
            Qt::UniqueConnection);
}

void VtkRenderWidget::makeContextCurrent() {
    // Not QOpenGLWidget::makeCurrent(): that also binds Qt's framebuffer, and VTK asks for the context in the middle
    // of its own work (between binding one of its framebuffers and attaching textures to it). Rebinding there would
    // send VTK's attachments to Qt's framebuffer and leave VTK's empty; the picture would stay black.
    if (QOpenGLContext::currentContext() == context()) return;
    if (context() && surface_) context()->makeCurrent(surface_);
}

void VtkRenderWidget::releaseGraphicsResources() {
    if (!contextReady_) return;
    makeCurrent();
    renderWindow_->Finalize();
    renderWindow_->SetReadyForRendering(false);
    contextReady_ = false;
}

void VtkRenderWidget::resizeGL(int, int) {
    syncSizeToDevice();
}

void VtkRenderWidget::syncSizeToDevice() {
    const QSize device = deviceSize();
    // Through the interactor so that its flipped-y event positions use the same height.
    interactor_->UpdateSize(device.width(), device.height());
    renderWindow_->SetSize(device.width(), device.height());
    const double ratio = devicePixelRatioF();
    if (const QScreen* current = screen()) {
        const QSize screenDevice = current->size() * ratio;
        renderWindow_->SetScreenSize(screenDevice.width(), screenDevice.height());
    }
    // Text and other DPI-aware VTK props scale with the device pixel ratio.
    renderWindow_->SetDPI(static_cast<int>(std::lround(kDefaultDots * ratio)));
}

void VtkRenderWidget::paintGL() {
    if (!contextReady_) return;
    // A screen change can alter the device pixel ratio without a resize.
    if (renderWindow_->GetSize()[0] != deviceSize().width() || renderWindow_->GetSize()[1] != deviceSize().height())
        syncSizeToDevice();

    vtkOpenGLState* state = renderWindow_->GetState();
    state->Reset();                    // Qt changed the GL state since VTK last looked; its cache is stale.
    state->Push();                     // what Qt had bound (its framebuffer among it) comes back at Pop()
    state->vtkglDepthFunc(GL_LEQUAL);  // Qt's default is GL_LESS; VTK's passes assume GL_LEQUAL

    // Data changes as often as the camera here; near/far planes fitted to the current bounds keep all of it drawn.
    renderer_->ResetCameraClippingRange();
    painting_ = true;
    renderWindow_->Render();
    painting_ = false;

    // Anything VTK triggered while rendering may have made another context current. Here, unlike inside VTK's
    // render, binding Qt's framebuffer is exactly what we want.
    makeCurrent();
    blitIntoWidgetFramebuffer();
    state->Pop();
}

void VtkRenderWidget::blitIntoWidgetFramebuffer() {
    QOpenGLExtraFunctions* gl = context()->extraFunctions();
    gl->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum colorAttachment = GL_COLOR_ATTACHMENT0;
    gl->glDrawBuffers(1, &colorAttachment);

    // A scissor box left by Qt or VTK would clip the blit.
    const GLboolean scissorWasOn = gl->glIsEnabled(GL_SCISSOR_TEST);
    if (scissorWasOn) {
        renderWindow_->GetState()->vtkglDisable(GL_SCISSOR_TEST);
        gl->glDisable(GL_SCISSOR_TEST);
    }

    const int* rendered = renderWindow_->GetRenderFramebuffer()->GetLastSize();
    const QSize target = deviceSize();
    renderWindow_->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0, target.width(), target.height(),
                                          GL_COLOR_BUFFER_BIT, GL_NEAREST);

    // VTK's alpha is coverage, not opacity: leaving it makes the widget translucent when Qt composes it. Force 1.
    GLboolean colorMask[4];
    gl->glGetBooleanv(GL_COLOR_WRITEMASK, colorMask);
    GLfloat clearColor[4];
    gl->glGetFloatv(GL_COLOR_CLEAR_VALUE, clearColor);
    GLint viewport[4];
    gl->glGetIntegerv(GL_VIEWPORT, viewport);
    gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
    gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
    gl->glViewport(0, 0, target.width(), target.height());
    gl->glClear(GL_COLOR_BUFFER_BIT);
    gl->glColorMask(colorMask[0], colorMask[1], colorMask[2], colorMask[3]);
    gl->glClearColor(clearColor[0], clearColor[1], clearColor[2], clearColor[3]);
    gl->glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);

    if (scissorWasOn) {
        renderWindow_->GetState()->vtkglEnable(GL_SCISSOR_TEST);
        gl->glEnable(GL_SCISSOR_TEST);
    }
}

void VtkRenderWidget::onRenderWindowEvent(vtkObject*, unsigned long eventId, void* callData) {
    switch (eventId) {
        case vtkCommand::WindowMakeCurrentEvent:
            makeContextCurrent();
            break;
        case vtkCommand::WindowIsCurrentEvent: {
            QOpenGLContext* current = QOpenGLContext::currentContext();
            *static_cast<bool*>(callData) = current != nullptr && current == context();
            break;
        }
        case vtkCommand::WindowFrameEvent:
        case vtkCommand::RenderEvent:
            // A frame finished outside paintGL (someone called Render() directly) or an interactor asked for one.
            if (!painting_) update();
            break;
        default:
            break;
    }
}

void VtkRenderWidget::forwardPointer(const QPointF& position, Qt::KeyboardModifiers modifiers, int repeatCount) {
    const double ratio = devicePixelRatioF();
    interactor_->SetEventInformationFlipY(
        static_cast<int>(std::lround(position.x() * ratio)), static_cast<int>(std::lround(position.y() * ratio)),
        modifiers.testFlag(Qt::ControlModifier) ? 1 : 0, modifiers.testFlag(Qt::ShiftModifier) ? 1 : 0, 0, repeatCount);
    interactor_->SetAltKey(modifiers.testFlag(Qt::AltModifier) ? 1 : 0);
}

void VtkRenderWidget::mousePressEvent(QMouseEvent* event) {
    forwardPointer(event->position(), event->modifiers());
    pressPosition_ = event->position().toPoint();
    pressButton_ = event->button();
    switch (event->button()) {
        case Qt::LeftButton:
            interactor_->LeftButtonPressEvent();
            break;
        case Qt::MiddleButton:
            interactor_->MiddleButtonPressEvent();
            break;
        case Qt::RightButton:
            interactor_->RightButtonPressEvent();
            break;
        default:
            break;
    }
    event->accept();
}

void VtkRenderWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    // Qt sends press, release, double-click, release; VTK sees the double-click as a second press with a repeat.
    forwardPointer(event->position(), event->modifiers(), 1);
    pressPosition_ = event->position().toPoint();
    pressButton_ = event->button();
    if (event->button() == Qt::LeftButton) interactor_->LeftButtonPressEvent();
    if (event->button() == Qt::MiddleButton) interactor_->MiddleButtonPressEvent();
    if (event->button() == Qt::RightButton) interactor_->RightButtonPressEvent();
    event->accept();
}

void VtkRenderWidget::mouseMoveEvent(QMouseEvent* event) {
    forwardPointer(event->position(), event->modifiers());
    interactor_->MouseMoveEvent();
    event->accept();
}

void VtkRenderWidget::mouseReleaseEvent(QMouseEvent* event) {
    forwardPointer(event->position(), event->modifiers());
    switch (event->button()) {
        case Qt::LeftButton:
            interactor_->LeftButtonReleaseEvent();
            break;
        case Qt::MiddleButton:
            interactor_->MiddleButtonReleaseEvent();
            break;
        case Qt::RightButton:
            interactor_->RightButtonReleaseEvent();
            break;
        default:
            break;
    }
    const QPoint travel = event->position().toPoint() - pressPosition_;
    if (event->button() == pressButton_ && travel.manhattanLength() < kClickSlopPixels)
        emit clicked(event->position(), event->button(), event->modifiers());
    pressButton_ = Qt::NoButton;
    event->accept();
}

void VtkRenderWidget::wheelEvent(QWheelEvent* event) {
    forwardPointer(event->position(), event->modifiers());
    wheelRemainder_ += event->angleDelta().y();
    while (wheelRemainder_ >= kWheelStep) {
        interactor_->MouseWheelForwardEvent();
        wheelRemainder_ -= kWheelStep;
    }
    while (wheelRemainder_ <= -kWheelStep) {
        interactor_->MouseWheelBackwardEvent();
        wheelRemainder_ += kWheelStep;
    }
    event->accept();
}

}  // namespace attnscope::widgets
