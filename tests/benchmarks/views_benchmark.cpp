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
#include <functional>
#include <vector>

#include "attention_map_view.h"
#include "fake_capture.h"
#include "head_view.h"
#include "model_view.h"
#include "model_view_canvas.h"
#include "view_style.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

double milliseconds(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Stats {
    double median = 0, max = 0;
};

Stats repeat(int times, const std::function<void(int)>& frame) {
    std::vector<double> samples;
    for (int i = 0; i < times; ++i) samples.push_back(milliseconds([&] { frame(i); }));
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.back()};
}

void report(const char* what, double ms) {
    std::printf("| %-58s | %9.1f |           |\n", what, ms);
}
void report(const char* what, const Stats& s) {
    std::printf("| %-58s | %9.2f | %9.2f |\n", what, s.median, s.max);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setFont(viewFont(12));

    // An optional argument picks one section: model, head or map.
    const QString only = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    auto wanted = [&only](const char* section) { return only.isEmpty() || only == QLatin1String(section); };
    const auto capture = testing::FakeCapture::make({12, 12, 512, true});
    SelectionModel selection;
    selection.setModelShape(12, 12);
    std::printf("views benchmark: 12 layers x 12 heads x 512 tokens (fake capture), offscreen raster\n\n");
    std::printf("| %-58s | %9s | %9s |\n", "what", "median ms", "max ms");
    std::printf("|%s|%s|%s|\n", std::string(60, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str());

    if (wanted("model")) {
        ModelView view;
        view.setSelectionModel(&selection);
        view.resize(1000, 900);
        view.show();
        QApplication::processEvents();
        ModelViewCanvas* canvas = view.canvas();
        QImage frame(canvas->width(), canvas->height(), QImage::Format_RGB32);
        const double cold = milliseconds([&] {
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
        report("model view, hover preview of a new head + redraw", repeat(50, [&](int i) {
                   QMouseEvent move(QEvent::MouseMove, canvas->cellRect(i % 12, (i * 5) % 12).center(),
                                    canvas->mapToGlobal(canvas->cellRect(i % 12, (i * 5) % 12).center()), Qt::NoButton,
                                    Qt::NoButton, Qt::NoModifier);
                   QApplication::sendEvent(canvas, &move);
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, canvas->rect());
               }));
    }
    if (wanted("head")) {
        HeadView view;
        view.setSelectionModel(&selection);
        view.resize(720, 900);
        view.show();
        QApplication::processEvents();
        const double build = milliseconds([&] { view.setCapture(capture); });
        report("head view, set capture (layer 0 weights thresholded)", build);
        report("head view, layer switch", repeat(11, [&](int i) { selection.setLayer(i + 1); }));
        HeadViewCanvas* canvas = view.canvas();
        QImage frame(canvas->width(), 860, QImage::Format_RGB32);
        size_t touching = 0;
        const int lastRow = 860 / HeadViewCanvas::kRowHeight;
        for (int h = 0; h < 12; ++h)
            for (const AttentionEdge& e : view.layerEdges()->edges(h))
                touching += e.query <= lastRow || e.key <= lastRow;
        std::printf("| %-58s | %9zu |           |\n", "head view, lines touching rows 0-42 of layer 11", touching);
        const QRect viewport(0, 0, frame.width(), frame.height());
        report("head view, frame without hover (rows 0-42, all lines)", repeat(5, [&](int) {
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, viewport);
               }));
        report("head view, frame hovering a query (12 heads)", repeat(200, [&](int i) {
                   selection.setToken((i * 37) % 512, false);
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, viewport);
               }));
        report("head view, frame hovering a key (12 heads)", repeat(200, [&](int i) {
                   selection.setToken((i * 37) % 43, true);
                   QPainter painter(&frame);
                   canvas->paintRegion(painter, viewport);
               }));
        selection.setToken(-1);
        const QRect scrolled(0, 400 * HeadViewCanvas::kRowHeight, frame.width(), frame.height());
        report("head view, frame without hover scrolled to rows 400-442", repeat(50, [&](int) {
                   QPainter painter(&frame);
                   painter.translate(0, -scrolled.top());
                   canvas->paintRegion(painter, scrolled);
               }));
    }
    if (wanted("map")) {
        AttentionMapView view;
        view.setSelectionModel(&selection);
        view.resize(800, 760);
        view.show();
        QApplication::processEvents();
        view.setCapture(capture);
        QImage frame(view.canvas()->size(), QImage::Format_RGB32);
        report("attention map 512, first frame (tiles rendered)", milliseconds([&] { view.canvas()->render(&frame); }));
        report("attention map 512, warm frame", repeat(30, [&](int) { view.canvas()->render(&frame); }));
        const auto longCapture = testing::FakeCapture::make({1, 4, 4096, true});
        SelectionModel longSelection;
        longSelection.setModelShape(1, 4);
        view.setSelectionModel(&longSelection);
        view.setCapture(longCapture);
        report("attention map 4096, first fitted frame (tiles queued)",
               milliseconds([&] { view.canvas()->render(&frame); }));
        report("attention map 4096, fitted tiles rendered (16 tiles, 8x8 pooled)", milliseconds([&] {
                   view.canvas()->tiles().waitForPendingTiles();
                   view.canvas()->render(&frame);
               }));
        view.canvas()->zoomBy(32.0, view.canvas()->mapArea().center());
        report("attention map 4096 zoomed, pan frame (new tiles as needed)", repeat(30, [&](int i) {
                   QMouseEvent press(QEvent::MouseButtonPress, QPointF(400, 400), QPointF(400, 400), Qt::LeftButton,
                                     Qt::LeftButton, Qt::NoModifier);
                   QMouseEvent move(QEvent::MouseMove, QPointF(400 - 10 * (i + 1), 400), QPointF(), Qt::NoButton,
                                    Qt::LeftButton, Qt::NoModifier);
                   QMouseEvent release(QEvent::MouseButtonRelease, QPointF(400 - 10 * (i + 1), 400), QPointF(),
                                       Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
                   QApplication::sendEvent(view.canvas(), &press);
                   QApplication::sendEvent(view.canvas(), &move);
                   QApplication::sendEvent(view.canvas(), &release);
                   view.canvas()->render(&frame);
               }));
    }
    return 0;
}
