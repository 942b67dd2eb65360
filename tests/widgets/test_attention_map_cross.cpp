// The attention map and the model view on the cross-attention of a real encoder-decoder run (the T5 fixture): a
// rectangle of M target queries (rows) over N source keys (columns), for M > N and M < N, short and long (pooled).
// Rows and columns carry their own labels, the corner cell shows its own weight, tokens of either side can be
// selected, the layer mean, log scale and difference work, Export Figure writes the rectangle, and the model view
// draws rectangular thumbnails.
#include <QFile>
#include <QtTest>
#include <cmath>

#include "attention_map_view.h"
#include "attnscope/capture.h"
#include "attnscope/model.h"
#include "attnscope/tokenizer.h"
#include "figure_writer.h"
#include "model_view.h"
#include "model_view_canvas.h"
#include "style.h"
#include "test_support.h"
#include "thumbnail_cache.h"
#include "view_test_support.h"

using namespace attnscope;
using namespace attnscope::widgets;

namespace {

std::shared_ptr<Model> t5() {
    static std::shared_ptr<Model> model = Model::load(testing::modelFixture("t5").toStdString());
    return model;
}

QString repeated(const QString& text, int times) {
    QStringList parts;
    for (int i = 0; i < times; ++i) parts << text;
    return parts.join(QLatin1Char(' '));
}

// A run of the fixture with `source` for the encoder and `target` for the decoder, as the app builds it.
std::shared_ptr<const AttentionCapture> runPair(const QString& source, const QString& target, int changeSource = 0) {
    const auto model = t5();
    const auto tokenizer = model->tokenizer();
    if (!tokenizer) throw std::runtime_error("the T5 fixture has no tokenizer");
    const Encoding encoded = tokenizer->encode(source.toStdString());
    const Encoding decoded = tokenizer->encode(target.toStdString());
    ModelInput input;
    input.ids = encoded.ids;
    for (const auto& token : encoded.tokens) input.tokens.push_back(tokenizer->displayLabel(token));
    input.decoderIds = decoded.ids;
    for (const auto& token : decoded.tokens) input.decoderTokens.push_back(tokenizer->displayLabel(token));
    // Another source id of the same length: a before capture of the same shape.
    if (changeSource != 0) input.ids[0] = (input.ids[0] + changeSource) % model->info().vocab;
    return model->run(input);
}

const QString kShort = QStringLiteral("A dog.");
const QString kSentence = QStringLiteral("The quick brown fox jumps over the lazy dog.");
const QString kTarget = QStringLiteral("A quick fox jumped over a dog.");

void addShapes() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::newRow("more queries than keys") << kShort << repeated(kSentence, 3);
    QTest::newRow("fewer queries than keys") << repeated(kSentence, 3) << kShort;
    QTest::newRow("the app's sentences") << kSentence << kTarget;
    // Long sides: cells below a pixel, pooled tiles, and the figure's pooled image.
    QTest::newRow("long target, short source") << kShort << repeated(kSentence, 30);
    QTest::newRow("long source, short target") << repeated(kSentence, 30) << kShort;
}

}  // namespace

class TestAttentionMapCross : public QObject {
    Q_OBJECT

    struct Fixture {
        std::shared_ptr<const AttentionCapture> cross;
        int m = 0;  // queries: target tokens
        int n = 0;  // keys: source tokens
        SelectionModel selection;
        AttentionMapView view;
        Fixture(const QString& source, const QString& target, int layer = 2, int head = 1) {
            const auto run = runPair(source, target);
            cross = run->part(AttentionKind::Cross);
            if (!cross) throw std::runtime_error("no cross-attention part");
            m = cross->tokenCount();
            n = cross->keyTokenCount();
            selection.setModelShape(run->modelInfo().decoderLayers, run->modelInfo().decoderHeads);
            view.setSelectionModel(&selection);
            view.setCaptures(cross);
            selection.selectHead(layer, head);
            testing::renderWidget(view, {900, 700});
        }
        AttentionMapCanvas& canvas() { return *view.canvas(); }
        QImage draw() {
            canvas().grab();  // asks for the tiles in view
            canvas().tiles().waitForPendingTiles();
            return canvas().grab().toImage().convertToFormat(QImage::Format_RGB32);
        }
        // The colour the map gives the weight (or difference) of (query, key).
        QColor expected(int query, int key) const {
            return QColor(view.canvas()->tiles().source().color(view.canvas()->tiles().value(query, key)));
        }
    };

private slots:
    void initTestCase() { testing::useDeterministicLook(); }

    void theFixtureRunsIntoRectangularCrossAttention_data() { addShapes(); }
    void theFixtureRunsIntoRectangularCrossAttention() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target);
        QCOMPARE(f.cross->kind(), AttentionKind::Cross);
        QVERIFY2(f.m != f.n, qPrintable(QStringLiteral("%1 x %2").arg(f.m).arg(f.n)));
        QCOMPARE(f.selection.layer(), 2);
        QCOMPARE(f.selection.head(), 1);
    }

    void rowsAreLabelledWithTheTargetAndColumnsWithTheSource_data() { addShapes(); }
    void rowsAreLabelledWithTheTargetAndColumnsWithTheSource() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target);
        QCOMPARE(f.canvas().tokenCount(), f.m);
        QCOMPARE(f.canvas().keyCount(), f.n);
        QCOMPARE(f.canvas().labels().size(), f.m);
        QCOMPARE(f.canvas().keyLabels().size(), f.n);
        for (int t = 0; t < f.n; ++t)
            QCOMPARE(f.canvas().keyLabels().at(t), tokenLabel(f.cross->keyTokens()[size_t(t)]));
        for (int t = 0; t < f.m; ++t)
            QCOMPARE(f.canvas().labels().at(t), tokenLabel(f.cross->input().tokens[size_t(t)]));
        QVERIFY(f.canvas().keyCaption().contains(QStringLiteral("source")));
        QVERIFY(f.canvas().queryCaption().contains(QStringLiteral("target")));
        // Fitted, the whole rectangle is in view and no side is cut.
        const QRectF area = f.canvas().mapArea();
        QVERIFY(f.canvas().cellCenter(f.m - 1, f.n - 1).x() < area.right());
        QVERIFY(f.canvas().cellCenter(f.m - 1, f.n - 1).y() < area.bottom());
        f.draw();
        QVERIFY2(f.canvas().tiles().error().isEmpty(), qPrintable(f.canvas().tiles().error()));
    }

    void theCornerCellShowsItsOwnWeight_data() { addShapes(); }
    void theCornerCellShowsItsOwnWeight() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target);
        const int q = f.m - 1, k = f.n - 1;
        const FloatMatrix map = f.cross->attention(2, 1);
        QCOMPARE(map.rows, int64_t(f.m));
        QCOMPARE(map.cols, int64_t(f.n));
        QCOMPARE(f.canvas().tiles().value(q, k), map(q, k));
        QCOMPARE(f.canvas().tiles().value(0, k), map(0, k));
        QCOMPARE(f.canvas().tiles().value(q, 0), map(q, 0));
        const QImage image = f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
        // Zoomed in on the corner (about a point past it, so the view stops at the map's far ends): one cell, one
        // weight.
        for (int zoom = 0; zoom < 40 && f.canvas().cellSize() < 20; ++zoom)
            f.canvas().zoomBy(1.25, f.canvas().mapArea().bottomRight() + QPointF(4000, 4000));
        QVERIFY(f.canvas().cellSize() >= 4);
        const QImage zoomed = f.draw();
        const QPointF corner = f.canvas().cellCenter(q, k);
        QVERIFY(f.canvas().mapArea().contains(corner));
        QCOMPARE(f.canvas().cellAt(corner), std::make_pair(q, k));
        QCOMPARE(testing::pixelAt(zoomed, corner), f.expected(q, k));
        QCOMPARE(f.expected(q, k).rgb(), Colormap::viridis().at(scalePosition(map(q, k), ColorScale::Linear)));
        // Past either side there is no cell.
        QCOMPARE(f.canvas().cellAt(corner + QPointF(f.canvas().cellSize(), 0)).first, -1);
        QCOMPARE(f.canvas().cellAt(corner + QPointF(0, f.canvas().cellSize())).first, -1);
        // Hovering names the query (target) and the key (source).
        QTest::mouseMove(&f.canvas(), corner.toPoint());
        QCOMPARE(f.canvas().hoveredCell(), std::make_pair(q, k));
        const QString tip = f.canvas().tooltipText(q, k);
        QVERIFY2(tip.contains(QStringLiteral("Query %1").arg(q)) && tip.contains(QStringLiteral("Key %1").arg(k)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(f.canvas().keyLabels().at(k)), qPrintable(tip));
        QVERIFY(f.canvas().tooltipText(f.m, 0).isEmpty());
        QVERIFY(f.canvas().tooltipText(0, f.n).isEmpty());
        // Panning to the far ends stays inside the rectangle.
        f.canvas().zoomBy(1.0, f.canvas().mapArea().center());
        QVERIFY(f.canvas().offset().x() <= std::max(0.0, f.n - f.canvas().mapArea().width() / f.canvas().cellSize()));
        QVERIFY(f.canvas().offset().y() <= std::max(0.0, f.m - f.canvas().mapArea().height() / f.canvas().cellSize()));
        f.canvas().fit();
        f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
        Q_UNUSED(image);
    }

    void theLastKeyAndTheLastQueryCanBeSelected_data() { addShapes(); }
    void theLastKeyAndTheLastQueryCanBeSelected() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target);
        // The last source token, as a key: its column is framed.
        f.selection.setToken(f.n - 1, true);
        QImage image = f.draw();
        const double cell = f.canvas().cellSize();
        if (cell >= 6) {
            const QPointF c = f.canvas().cellCenter(f.m / 2, f.n - 1);
            QVERIFY(testing::distanceNear(image, QPointF(c.x() - cell / 2, c.y()), Qt::white) < 60 ||
                    testing::distanceNear(image, QPointF(c.x() - cell / 2, c.y()), screenTheme().text) < 60);
        }
        // The last target token, as a query: by click and by keyboard.
        f.selection.setToken(f.m - 1, false);
        image = f.draw();
        f.selection.setToken(-1);
        const QPointF corner = f.canvas().cellCenter(f.m - 1, f.n - 1);
        if (f.canvas().mapArea().contains(corner) && cell >= 4) {
            QTest::mouseClick(&f.canvas(), Qt::LeftButton, {}, corner.toPoint());
            QCOMPARE(f.selection.token(), f.m - 1);
            QVERIFY(!f.selection.tokenIsKey());
        }
        f.canvas().setFocus();
        QTest::keyClick(&f.canvas(), Qt::Key_Home);
        QCOMPARE(f.selection.token(), 0);
        QTest::keyClick(&f.canvas(), Qt::Key_End);
        QCOMPARE(f.selection.token(), f.m - 1);
        QVERIFY(!f.selection.tokenIsKey());
        // Tokens past a side (a key index beyond the queries, a query index beyond the keys) draw without harm.
        f.selection.setToken(std::max(f.m, f.n) - 1, f.n > f.m);
        f.draw();
        f.selection.setToken(std::max(f.m, f.n) - 1, f.n < f.m);
        f.draw();
        f.selection.setToken(std::max(f.m, f.n) + 5, true);
        f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
    }

    void layerMeanLogScaleAndDifferenceShowTheirValues_data() { addShapes(); }
    void layerMeanLogScaleAndDifferenceShowTheirValues() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target, 1, 3);
        const int q = f.m - 1, k = f.n - 1;
        f.view.setLayerMean(true);
        QVERIFY(std::abs(f.canvas().tiles().value(q, k) - f.cross->layerMeanAttention(1)(q, k)) < 1e-5f);
        f.draw();
        f.view.setLayerMean(false);
        f.view.setColorScale(ColorScale::Log);
        const float w = f.cross->attention(1, 3)(q, k);
        QCOMPARE(f.expected(q, k).rgb(), Colormap::viridis().at(scalePosition(w, ColorScale::Log)));
        f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
        f.view.setColorScale(ColorScale::Linear);

        // A before run of the same shape (another first source token).
        const auto before = runPair(source, target, 7)->part(AttentionKind::Cross);
        QCOMPARE(before->tokenCount(), f.m);
        QCOMPARE(before->keyTokenCount(), f.n);
        f.view.setCaptures(f.cross, before);
        f.view.setDifferenceMode(true);
        QVERIFY(f.view.differenceMode());
        QVERIFY(f.canvas().tiles().source().difference());
        const float difference = w - before->attention(1, 3)(q, k);
        QVERIFY(std::abs(f.canvas().tiles().value(q, k) - difference) < 1e-5f);
        f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
        // Exported in difference mode too.
        const std::vector<FigurePanel> panels = f.view.figurePanels();
        QCOMPARE(panels.size(), size_t(1));
        QVERIFY(!renderFigureSvg(panels.front(), Theme::print()).isEmpty());
    }

    void aBeforeRunOfAnotherShapeOffersNoDifference() {
        Fixture f(kSentence, kTarget);
        const auto other = runPair(repeated(kSentence, 2), kTarget)->part(AttentionKind::Cross);
        QCOMPARE(other->tokenCount(), f.m);
        QVERIFY(other->keyTokenCount() != f.n);
        f.view.setCaptures(f.cross, other);
        f.view.setDifferenceMode(true);
        QVERIFY(!f.view.differenceMode());
        f.draw();
        QVERIFY(f.canvas().tiles().error().isEmpty());
    }

    void exportFigureWritesTheRectangle_data() { addShapes(); }
    void exportFigureWritesTheRectangle() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        Fixture f(source, target);
        QVERIFY(f.view.figureUnavailableReason().isEmpty());
        const std::vector<FigurePanel> panels = f.view.figurePanels();
        QCOMPARE(panels.size(), size_t(1));
        const QSizeF size = panels.front().size;
        QVERIFY(size.width() > 0 && size.height() > 0);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('_'))
                                .remove(QLatin1Char(','));
        FigureOptions options;
        options.title = f.view.figureSubject();
        for (const QString& extension : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString path = testing::outputPath(QStringLiteral("attention_map_cross_%1.%2").arg(tag, extension));
            QFile::remove(path);
            writeFigure(panels.front(), path, options);
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.size() > 200, qPrintable(path));
            if (extension == QStringLiteral("svg")) {
                QVERIFY(bytes.contains("<svg"));
                QVERIFY(bytes.contains("source"));
                QVERIFY(bytes.contains("target"));
            }
        }
        // The rectangle's aspect follows the map's: wider than tall with more keys, taller with more queries.
        const QImage image = renderFigureImage(panels.front(), 1.0, false, Theme::print());
        QVERIFY(!image.isNull());
    }

    void theModelViewShowsRectangularThumbnails_data() { addShapes(); }
    void theModelViewShowsRectangularThumbnails() {
        QFETCH(QString, source);
        QFETCH(QString, target);
        const auto cross = runPair(source, target)->part(AttentionKind::Cross);
        const int m = cross->tokenCount(), n = cross->keyTokenCount();
        SelectionModel selection;
        selection.setModelShape(cross->layers(), cross->heads());
        ModelView view;
        view.setSelectionModel(&selection);
        view.setCaptures(cross);
        testing::renderWidget(view, {640, 480});
        view.thumbnails()->waitForFinished();
        QVERIFY2(view.thumbnails()->error().isEmpty(), qPrintable(view.thumbnails()->error()));
        QCOMPARE(view.thumbnails()->readyCount(), cross->layers() * cross->heads());
        const QImage thumbnail = view.thumbnails()->thumbnail(1, 2);
        QCOMPARE(thumbnail.width(), std::min(64, n));
        QCOMPARE(thumbnail.height(), std::min(64, m));
        // Drawn stretched into its square cell: the corner pixels are the corner cells' colours, not the panel's.
        const QImage image = view.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect cell = view.canvas()->cellRect(1, 2);
        QVERIFY(cell.isValid());
        const QColor bottomRight = image.pixelColor(cell.right() - 2, cell.bottom() - 2);
        QVERIFY(bottomRight != screenTheme().panel && bottomRight != screenTheme().background);
        // Hovering enlarges a head (rendered at the preview's size off the GUI thread).
        QTest::mouseMove(view.canvas(), cell.center());
        QTest::qWait(50);
        view.canvas()->grab();
        // Lines thumbnails pool each side into its own bins.
        view.setThumbnailKind(ThumbnailKind::Lines);
        view.thumbnails()->waitForFinished();
        QVERIFY(view.thumbnails()->error().isEmpty());
        QCOMPARE(view.thumbnails()->readyCount(), cross->layers() * cross->heads());
        view.canvas()->grab();
        view.setThumbnailKind(ThumbnailKind::Matrix);
        view.thumbnails()->waitForFinished();
        // Its figure, and a difference with a before run of the same shape.
        QVERIFY(!view.figurePanels().empty());
        QVERIFY(!renderFigureSvg(view.figurePanels().front(), Theme::print()).isEmpty());
        const auto before = runPair(source, target, 7)->part(AttentionKind::Cross);
        view.setCaptures(cross, before);
        view.setDifferenceMode(true);
        QVERIFY(view.differenceMode());
        view.thumbnails()->waitForFinished();
        QVERIFY(view.thumbnails()->error().isEmpty());
        QCOMPARE(view.thumbnails()->readyCount(), cross->layers() * cross->heads());
        QCOMPARE(view.thumbnails()->thumbnail(0, 0).size(), QSize(std::min(64, n), std::min(64, m)));
        view.canvas()->grab();
    }
};

QTEST_MAIN(TestAttentionMapCross)
#include "test_attention_map_cross.moc"
