// Frame times of the attention views on a 12-layer, 12-head model at 512 tokens (synthetic capture), drawn
// offscreen into images: the model view cold (thumbnails computed) and warm, the head view while hovering, and the
// attention map. Target: 16 ms per interactive frame. Run: build/tests/benchmarks/views_benchmark [model|head|map]
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleFactory>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

#include "attention_map_view.h"
#include "fake_capture.h"
#include "head_view.h"
#include "model_view.h"
#include "model_view_canvas.h"
#include "style.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

// Wall and CPU time (all threads of the process) of one piece of work, in milliseconds. On a loaded machine the
// wall time grows with the load; the CPU time much less.
struct Time {
    double wall = 0, cpu = 0;
};

double processCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

Time measure(const std::function<void()>& work) {
    QElapsedTimer timer;
    const double cpu = processCpuMs();
    timer.start();
    work();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6, processCpuMs() - cpu};
}

struct Stats {
    double median = 0, max = 0, cpuMedian = 0;
};

Stats repeat(int times, const std::function<void(int)>& frame) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < times; ++i) {
        const Time t = measure([&] { frame(i); });
        wall.push_back(t.wall);
        cpu.push_back(t.cpu);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.back(), cpu[cpu.size() / 2]};
}

void report(const char* what, const Time& t) {
    std::printf("| %-62s | %9.1f |           | %9.1f |\n", what, t.wall, t.cpu);
}
void report(const char* what, const Stats& s) {
    std::printf("| %-62s | %9.2f | %9.2f | %9.2f |\n", what, s.median, s.max, s.cpuMedian);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(styleFont(12));

    // An optional argument picks one section: model, head or map.
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    auto wanted = [&only](const char* section) { return only.isEmpty() || only == QLatin1String(section); };
    const auto capture = testing::FakeCapture::make({12, 12, 512, true});
    SelectionModel selection;
    selection.setModelShape(12, 12);
    std::printf("views benchmark: 12 layers x 12 heads x 512 tokens (fake capture), offscreen raster\n\n");
    std::printf("| %-62s | %9s | %9s | %9s |\n", "what", "median ms", "max ms", "CPU ms");
    std::printf("| %s | %s: | %s: | %s: |\n", std::string(62, '-').c_str(), std::string(8, '-').c_str(),
                std::string(8, '-').c_str(), std::string(8, '-').c_str());

    if (wanted("model")) {
        ModelView view;
        view.setSelectionModel(&selection);
        view.resize(1000, 900);
        view.show();
        QApplication::processEvents();
        ModelViewCanvas* canvas = view.canvas();
        QImage frame(canvas->width(), canvas->height(), QImage::Format_RGB32);
        const Time cold = measure([&] {
            view.setCapture(capture);
            view.thumbnails()->waitForFinished();
            QPainter painter(&frame);
            canvas->paintRegion(painter, canvas->rect());
        });
        report("model view, cold: 144 thumbnails computed + first draw", cold);
        report("model view, warm redraw of the whole grid", repeat(50, [&](int) {
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, canvas->rect());
               }));
        report("model view, hover a new head: frame with the stand-in preview", repeat(50, [&](int i) {
                   const QPoint cell = canvas->cellRect(i % 12, (i * 5) % 12).center();
                   QMouseEvent move(QEvent::MouseMove, cell, canvas->mapToGlobal(cell), Qt::NoButton, Qt::NoButton,
                                    Qt::NoModifier);
                   QApplication::sendEvent(canvas, &move);
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, canvas->rect());
               }));
        report("model view, hover: sharp 224 px preview rendered (background)", measure([&] {
                   const QPoint cell = canvas->cellRect(7, 7).center();
                   QMouseEvent move(QEvent::MouseMove, cell, canvas->mapToGlobal(cell), Qt::NoButton, Qt::NoButton,
                                    Qt::NoModifier);
                   QApplication::sendEvent(canvas, &move);
                   while (canvas->previewPending()) QApplication::processEvents(QEventLoop::AllEvents, 1);
               }));
    }
    if (wanted("head")) {
        HeadView view;
        view.setSelectionModel(&selection);
        view.resize(720, 900);
        view.show();
        QApplication::processEvents();
        report("head view, set capture (layer 0 weights thresholded)", measure([&] { view.setCapture(capture); }));
        report("head view, layer switch", repeat(11, [&](int i) { selection.setLayer(i + 1); }));
        HeadViewCanvas* canvas = view.canvas();
        QImage frame(canvas->width(), 860, QImage::Format_RGB32);
        size_t touching = 0;
        const int lastRow = 860 / HeadViewCanvas::kRowHeight;
        for (int h = 0; h < 12; ++h)
            for (const AttentionEdge& e : view.layerEdges()->edges(h))
                touching += e.query <= lastRow || e.key <= lastRow;
        std::printf("| %-62s | %9zu |           |           |\n",
                    "head view, weights drawable touching rows 0-42 (count)", touching);
        const QRect viewport(0, 0, frame.width(), frame.height());
        auto draw = [&](const QRect& band) {
            QPainter painter(&frame);
            painter.translate(0, -band.top());
            canvas->paintRegion(painter, band);
        };
        report("head view, frame without hover, rows 0-42", repeat(20, [&](int) { draw(viewport); }));
        report("head view, frame hovering a query (12 heads)", repeat(200, [&](int i) {
                   selection.setToken((i * 37) % 512, false);
                   draw(viewport);
               }));
        report("head view, frame hovering a key in view (12 heads)", repeat(200, [&](int i) {
                   selection.setToken((i * 37) % 43, true);
                   draw(viewport);
               }));
        report("head view, frame hovering the sink key 0 (3 sink heads)", repeat(20, [&](int) {
                   selection.setToken(0, true);
                   draw(viewport);
               }));
        selection.setToken(-1);
        const QRect scrolled(0, 400 * HeadViewCanvas::kRowHeight, frame.width(), frame.height());
        report("head view, frame without hover, scrolled to rows 400-442", repeat(20, [&](int) { draw(scrolled); }));
    }
    if (wanted("map")) {
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.resize(800, 760);
        view.show();
        QApplication::processEvents();
        view.setCapture(capture);
        QImage frame(view.canvas()->size(), QImage::Format_RGB32);
        report("attention map 512, first frame (tiles rendered)", measure([&] { view.canvas()->render(&frame); }));
        report("attention map 512, warm frame", repeat(30, [&](int) { view.canvas()->render(&frame); }));
        const auto longCapture = testing::FakeCapture::make({1, 4, 4096, true});
        SelectionModel longSelection;
        longSelection.setModelShape(1, 4);
        view.setSelectionModel(&longSelection);
        view.setCapture(longCapture);
        report("attention map 4096, first fitted frame (tiles queued)",
               measure([&] { view.canvas()->render(&frame); }));
        report("attention map 4096, 16 pooled tiles rendered (background)", measure([&] {
                   view.canvas()->tiles().waitForPendingTiles();
                   view.canvas()->render(&frame);
               }));
        view.canvas()->zoomBy(32.0, view.canvas()->cellCenter(2048, 2048));
        report(
            "attention map 4096 zoomed, pan frame (new tiles as needed)", repeat(30, [&](int i) {
                const QPointF from(400, 400);
                const QPointF to(400 - 10 * (i + 1), 400 - 10 * (i + 1));
                QMouseEvent press(QEvent::MouseButtonPress, from, from, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
                QMouseEvent move(QEvent::MouseMove, to, to, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
                QMouseEvent release(QEvent::MouseButtonRelease, to, to, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(view.canvas(), &press);
                QApplication::sendEvent(view.canvas(), &move);
                QApplication::sendEvent(view.canvas(), &release);
                view.canvas()->render(&frame);
            }));
    }
    return 0;
}
