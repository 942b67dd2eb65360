// --screenshot's capture includes OpenGL content: a VTK view docked in the main window shows in the PNG.
#include <vtkRenderer.h>
#include <QDockWidget>
#include <QSurfaceFormat>
#include <QtTest>

#include "automation_run.h"
#include "main_window.h"
#include "render/vtk_render_widget.h"
#include "settings.h"

using attnscope::app::AutomationRun;
using attnscope::app::MainWindow;

class TestScreenshotGl : public QObject {
    Q_OBJECT
private slots:
    void vtkViewInADockAppearsInTheScreenshot() {
        QTemporaryDir dir;
        attnscope::app::Settings settings(dir.filePath("t.ini"));
        MainWindow window(settings);
        auto* view = new attnscope::widgets::VtkRenderWidget;
        view->renderer()->SetBackground(1.0, 0.0, 0.0);  // a colour nothing else in the window has
        QDockWidget* dock = window.registerView("gl_probe", "GL Probe", view, Qt::LeftDockWidgetArea);
        window.restoreWindowSettings(QSize(800, 600));
        window.show();

        const QString path = dir.filePath("gl.png");
        AutomationRun taker(&window, &window.busy(), path, std::chrono::seconds(30));
        QSignalSpy done(&taker, &AutomationRun::done);
        taker.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(done[0][0].toInt(), 0);

        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600));
        const QPoint centre = view->mapTo(&window, view->rect().center());
        QVERIFY2(dock->geometry().contains(centre), "the probe is inside its dock");
        const QColor pixel = image.pixelColor(centre);
        QVERIFY2(pixel.red() > 240 && pixel.green() < 16 && pixel.blue() < 16, qPrintable(pixel.name()));
    }
};

int main(int argc, char** argv) {
    // As the attnscope binary does, before QApplication exists.
    QSurfaceFormat::setDefaultFormat(attnscope::widgets::VtkRenderWidget::surfaceFormat());
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    TestScreenshotGl test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_screenshot_gl.moc"
