// Frame times of QueryKeyEmbeddingView at a million points: while the camera moves (level of detail: the
// stratified subsample; or, in 2D density mode, the CPU density image of every point) and at full quality once the
// camera is still. Frames go through the whole path: Qt mouse events -> VTK interactor -> render -> blit ->
// read-back (QOpenGLWidget::grabFramebuffer, which also waits for the GL to finish).
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/benchmarks/qk_embedding_benchmark
//       [--inputs 4000] [--tokens 127] [--budget 50000] [--target 40] [--frames 40] [--full-frames 5] [--size 800x600]
//       [--screenshots DIR]
//
// Prints one row per mode: the median, mean and max of the measured frames in milliseconds and the process CPU time
// per frame (all threads, Mesa's and OpenMP's included; on a shared machine it moves less with the load).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <vtkCamera.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <vector>

#include "embedding/demo_query_keys.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_scene.h"
#include "render/vtk_render_widget.h"

using namespace attnscope::widgets;

namespace {

struct Series {
    std::vector<double> ms;
    std::vector<double> densityMs, densityCpuMs;  // the density image's share of each frame (density mode)
    int densityDivisor = 1;                       // the density image's resolution while moving: 1 / divisor
    double cpuPerFrame = 0.0;
    std::int64_t drawn = 0;
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

void print(const char* mode, const Series& series) {
    const double mean = std::accumulate(series.ms.begin(), series.ms.end(), 0.0) / series.ms.size();
    std::printf("%-34s %10lld %10.1f %10.1f %10.1f %10.1f\n", mode, static_cast<long long>(series.drawn),
                median(series.ms), mean, *std::max_element(series.ms.begin(), series.ms.end()), series.cpuPerFrame);
    std::fflush(stdout);
}

// Frames while dragging: each frame is one mouse move (the interactor style moves the camera) and a read-back.
Series measureDrag(QueryKeyEmbeddingView& view, int frames) {
    VtkRenderWidget* canvas = view.canvas();
    const QPoint start(canvas->width() / 2, canvas->height() / 2);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(canvas, start + QPoint(6, 0));  // past the drag slop: the view switches to its subsample
    canvas->grabFramebuffer();                       // the subsample's first frame uploads it; not measured
    Series series;
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < frames; ++i) {
        // Back and forth, so a 2D pan keeps the cloud on screen.
        const int dx = 6 + 4 * ((i / 10) % 2 ? 10 - i % 10 : i % 10);
        QTest::mouseMove(canvas, start + QPoint(dx, i % 3));
        timer.start();
        canvas->grabFramebuffer();
        series.ms.push_back(timer.nsecsElapsed() / 1.0e6);
        series.densityMs.push_back(view.scene().lastDensityMilliseconds());
        series.densityCpuMs.push_back(view.scene().lastDensityCpuMilliseconds());
    }
    series.cpuPerFrame = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / frames;
    series.drawn = view.renderedPointCount();
    series.densityDivisor = view.scene().densityDivisor();
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, start + QPoint(6, 0));
    if (!view.interacting()) qFatal("the view was not in its interactive mode while dragging");
    for (int waited = 0; view.interacting() && waited < 5000; waited += 20) QTest::qWait(20);
    if (view.interacting()) qFatal("the view never settled after the drag");
    return series;
}

// Frames at full quality: the camera turns (3D) or pans (2D) a little between frames, as a script would.
Series measureStill(QueryKeyEmbeddingView& view, int frames, bool threeD) {
    VtkRenderWidget* canvas = view.canvas();
    canvas->grabFramebuffer();  // the frame after settling; not measured
    Series series;
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < frames; ++i) {
        if (threeD) {
            canvas->camera()->Azimuth(3.0);
        } else {
            double focal[3], position[3];
            canvas->camera()->GetFocalPoint(focal);
            canvas->camera()->GetPosition(position);
            const double step = (i % 2 ? -0.02 : 0.02) * canvas->camera()->GetParallelScale();
            canvas->camera()->SetFocalPoint(focal[0] + step, focal[1], focal[2]);
            canvas->camera()->SetPosition(position[0] + step, position[1], position[2]);
        }
        timer.start();
        canvas->grabFramebuffer();
        series.ms.push_back(timer.nsecsElapsed() / 1.0e6);
    }
    series.cpuPerFrame = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / frames;
    series.drawn = view.renderedPointCount();
    return series;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Frame time of the query-key embedding view at a million points");
    parser.addHelpOption();
    parser.addOption({"inputs", "Inputs of the demo embedding.", "n", "4000"});
    parser.addOption({"tokens", "Tokens per input (input i has tokens - i % 4).", "n", "127"});
    parser.addOption({"budget", "Points drawn while the camera moves, at most.", "n", "50000"});
    parser.addOption({"target", "Frame time the moving subsample adapts to (ms); 0: fixed.", "ms", "40"});
    parser.addOption({"frames", "Frames measured while moving.", "n", "40"});
    parser.addOption({"full-frames", "Frames measured at full quality.", "n", "5"});
    parser.addOption({"size", "View size in logical pixels.", "WxH", "800x600"});
    parser.addOption({"screenshots", "Write the whole view after each still series here.", "dir"});
    parser.process(application);
    const QStringList sizeParts = parser.value("size").split('x');
    if (sizeParts.size() != 2) parser.showHelp(1);
    const QSize size(sizeParts[0].toInt(), sizeParts[1].toInt());
    const int frames = parser.value("frames").toInt();
    const int fullFrames = parser.value("full-frames").toInt();
    const QString screenshots = parser.value("screenshots");
    if (!screenshots.isEmpty()) QDir().mkpath(screenshots);
    const auto save = [&screenshots](QWidget& view, const char* name) {
        if (!screenshots.isEmpty()) view.grab().save(QStringLiteral("%1/%2.png").arg(screenshots, name));
    };

    std::printf("%-34s %10s %10s %10s %10s %10s\n", "mode", "points", "median ms", "mean ms", "max ms", "cpu ms");
    for (const int dimensions : {2, 3}) {
        DemoQueryKeyOptions options;
        options.inputs = parser.value("inputs").toInt();
        options.tokensPerInput = parser.value("tokens").toInt();
        options.dimensions = dimensions;
        QueryKeyEmbeddingView view;
        view.setInteractiveBudget(parser.value("budget").toLongLong());
        view.setSettleInterval(150);
        view.setInteractiveFrameTarget(parser.value("target").toDouble());
        view.setColouring(PointColouring::Position);
        QElapsedTimer timer;
        timer.start();
        view.setPoints(makeDemoQueryKeyPoints(options));
        const double setPointsMs = timer.nsecsElapsed() / 1.0e6;
        view.resize(size);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view)) qFatal("the benchmark window was never exposed");
        QCoreApplication::processEvents();
        timer.restart();
        view.canvas()->grabFramebuffer();
        std::printf("%dD: %lld points, %lld in the subsample; setPoints %.0f ms, first frame %.0f ms\n", dimensions,
                    static_cast<long long>(view.points().size()), static_cast<long long>(view.scene().subsampleSize()),
                    setPointsMs, timer.nsecsElapsed() / 1.0e6);

        const char* label = dimensions == 2 ? "2D points" : "3D points";
        // A first drag, not reported, lets the moving subsample settle at the size this machine can draw in time.
        measureDrag(view, frames);
        print(qPrintable(QString("%1, moving (subsample)").arg(label)), measureDrag(view, frames));
        print(qPrintable(QString("%1, still (all)").arg(label)), measureStill(view, fullFrames, dimensions == 3));
        save(view, dimensions == 2 ? "embedding_1m_2d_points" : "embedding_1m_3d_points");
        if (dimensions == 2) {
            view.setDensityEnabled(true);
            measureDrag(view, frames);  // density adapts its resolution while moving: let it settle, unreported
            const Series density = measureDrag(view, frames);
            print("2D density, moving (all points)", density);
            std::printf("%-34s %10s %10.1f %10s %10s %10.1f\n",
                        qPrintable(QString("  of which the image (1/%1 res.)").arg(density.densityDivisor)), "",
                        median(density.densityMs), "", "", median(density.densityCpuMs));
            print("2D density, still (all points)", measureStill(view, fullFrames, false));
            save(view, "embedding_1m_2d_density");
            view.setDensityEnabled(false);
        }
    }
    std::printf("view %dx%d logical pixels, %d frames moving, %d still\n", size.width(), size.height(), frames,
                fullFrames);
    return 0;
}
