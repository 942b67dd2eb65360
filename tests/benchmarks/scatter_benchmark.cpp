// Frame time of a PointScatter in a VtkRenderWidget, through the whole bridge: VTK render into its framebuffer,
// blit into the widget's framebuffer, and a read-back of the frame (QOpenGLWidget::grabFramebuffer), which also
// waits for the GL to finish. The camera turns a little each frame so nothing can be cached.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/benchmarks/scatter_benchmark [--frames N] [--size WxH]
//       [--counts 100000,1000000] [--screenshots DIR]
//
// Prints, per point count: the first frame (which uploads the points), then the median, mean, min and max of the
// next N frames in milliseconds, and the process CPU time per frame (all threads, Mesa's included: on a shared
// machine it moves less with the load than wall time). A 0-point row gives the fixed cost (clear, blit, read-back).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <vector>

#include "render/point_scatter.h"
#include "render/vtk_render_widget.h"

using attnscope::widgets::PointScatter;
using attnscope::widgets::VtkRenderWidget;

namespace {

struct FrameTimes {
    double first = 0.0;
    std::vector<double> frames;
    double cpuPerFrame = 0.0;  // process CPU time (all threads, llvmpipe's included) per measured frame
    QString glRenderer;
};

double elapsedMs(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1.0e6;
}

FrameTimes measure(qint64 count, int frames, const QSize& size, const QString& screenshotDir) {
    VtkRenderWidget widget;
    PointScatter scatter;
    attnscope::widgets::fillDemoScatter(scatter, count);
    scatter.setPointSize(2.0f);
    scatter.addTo(widget.renderer());
    widget.resetCamera();
    widget.resize(size);
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget)) qFatal("the benchmark window was never exposed");
    QCoreApplication::processEvents();

    FrameTimes times;
    widget.makeCurrent();
    times.glRenderer =
        QString::fromLatin1(reinterpret_cast<const char*>(widget.context()->functions()->glGetString(GL_RENDERER)));
    widget.doneCurrent();
    QElapsedTimer timer;
    timer.start();
    QImage image = widget.grabFramebuffer();
    times.first = elapsedMs(timer);
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < frames; ++i) {
        widget.camera()->Azimuth(360.0 / frames);
        timer.restart();
        image = widget.grabFramebuffer();
        times.frames.push_back(elapsedMs(timer));
    }
    times.cpuPerFrame = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / frames;
    if (!screenshotDir.isEmpty()) {
        QDir().mkpath(screenshotDir);
        image.save(QStringLiteral("%1/scatter_%2.png").arg(screenshotDir).arg(count));
    }
    return times;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Frame time of the VTK point scatter in the Qt bridge");
    parser.addHelpOption();
    parser.addOption({"frames", "Frames measured per point count.", "n", "50"});
    parser.addOption({"size", "Widget size in logical pixels.", "WxH", "800x600"});
    parser.addOption({"counts", "Comma-separated point counts.", "list", "0,100000,1000000"});
    parser.addOption({"screenshots", "Write the last frame of each count here.", "dir"});
    parser.process(application);

    const int frames = parser.value("frames").toInt();
    const QStringList sizeParts = parser.value("size").split('x');
    if (frames <= 0 || sizeParts.size() != 2) parser.showHelp(1);
    const QSize size(sizeParts[0].toInt(), sizeParts[1].toInt());

    std::vector<qint64> counts;
    for (const QString& part : parser.value("counts").split(',')) counts.push_back(part.toLongLong());

    QString glRenderer;
    std::printf("%10s %10s %10s %10s %10s %10s %10s\n", "points", "first ms", "median ms", "mean ms", "min ms",
                "max ms", "cpu ms");
    for (const qint64 count : counts) {
        const FrameTimes times = measure(count, frames, size, parser.value("screenshots"));
        const auto [low, high] = std::minmax_element(times.frames.begin(), times.frames.end());
        const double mean = std::accumulate(times.frames.begin(), times.frames.end(), 0.0) / times.frames.size();
        std::printf("%10lld %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f\n", static_cast<long long>(count), times.first,
                    median(times.frames), mean, *low, *high, times.cpuPerFrame);
        std::fflush(stdout);
        glRenderer = times.glRenderer;
    }
    std::printf("%d frames per count at %dx%d logical pixels, point size 2, OpenGL renderer: %s\n", frames,
                size.width(), size.height(), qPrintable(glRenderer));
    return 0;
}
