// The attention map as a figure: the whole map, whatever part the canvas is zoomed to, with its axes and colour bar;
// or, when the view shows a vision model's row on the image, that overlay.
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <algorithm>
#include <cmath>

#include "analysis/image_heat_overlay.h"
#include "attention_map_view.h"

namespace attnscope::widgets {

namespace {

constexpr double kColorBarWidth = 14;
constexpr double kColorBarRoom = 96;  // bar, ticks, their labels and the caption

// 1, 2, 5, 10, 20, ... at or above `x`.
int tidyStep(double x) {
    for (int base = 1;; base *= 10)
        for (int m : {1, 2, 5})
            if (m * base >= x) return m * base;
}

struct MapFigure {
    AttentionMapSource source;
    QStringList labels;     // the queries' (rows)
    QStringList keyLabels;  // the keys' (columns): the queries' but for cross-attention
    QString keyCaption;     // "keys →", "keys (source) →"
    QString queryCaption;
    QString caption;  // "Layer 2 · Head 5"
    int tokens = 0;   // queries: rows
    int keys = 0;     // keys: columns
    double cell = 1;
    double labelBand = 0;  // room for labels (or indices) left of the map
    double keyBand = 0;    // and above it: the same but for cross-attention
    bool showLabels = false;
    FloatMatrix weights;  // every weight, for maps drawn cell by cell
    QImage image;         // the pooled map, for larger ones
};

// As tall as the map up to 260, and no shorter than its width (up to 160) when a cross-attention map has few rows.
double colorBarHeight(const MapFigure& f) {
    return std::min(std::max(f.tokens * f.cell, std::min(f.keys * f.cell, 160.0)), 260.0);
}

void paintColorBar(QPainter& painter, const MapFigure& f, const QRectF& bar, const Theme& theme) {
    const bool difference = f.source.difference();
    const Colormap& map = difference ? Colormap::divergingRdBu() : Colormap::viridis();
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 32; ++i) gradient.setColorAt(i / 32.0, map.color(i / 32.0));
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(theme.mutedText, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    std::vector<std::pair<double, QString>> ticks;
    if (difference) {
        const double r = f.source.differenceRange;
        for (double v : {-r, -r / 2, 0.0, r / 2, r})
            ticks.emplace_back(differencePosition(static_cast<float>(v), static_cast<float>(r)),
                               v == 0.0 ? QStringLiteral("0") : QString::asprintf("%+g", v));
    } else if (f.source.scale == ColorScale::Log) {
        for (int e = -4; e <= 0; ++e)
            ticks.emplace_back(scalePosition(std::pow(10.0f, static_cast<float>(e)), ColorScale::Log),
                               e == 0 ? QStringLiteral("1") : QStringLiteral("1e%1").arg(e));
    } else {
        for (double v : {0.0, 0.25, 0.5, 0.75, 1.0}) ticks.emplace_back(v, QString::number(v));
    }
    painter.setFont(styleFont(10, false, theme));
    for (const auto& [t, text] : ticks) {
        const double y = bar.bottom() - t * bar.height();
        painter.setPen(QPen(theme.mutedText, 0.8));
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter.setPen(theme.text);
        painter.drawText(QRectF(bar.right() + 7, y - 8, 60, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    // The caption reads upwards beside the ticks.
    painter.save();
    painter.translate(bar.right() + 62, bar.center().y());
    painter.rotate(-90);
    painter.setFont(styleFont(11, false, theme));
    painter.drawText(QRectF(-bar.height() / 2, -14, bar.height(), 16), Qt::AlignCenter,
                     difference ? QCoreApplication::translate("attnscope::widgets::AttentionMapView",
                                                              "Δ attention weight (after − before)")
                     : f.source.layerMean
                         ? QCoreApplication::translate("attnscope::widgets::AttentionMapView", "mean attention weight")
                         : QCoreApplication::translate("attnscope::widgets::AttentionMapView", "attention weight"));
    painter.restore();
}

void paintMap(QPainter& painter, const MapFigure& f, const Theme& theme) {
    const QRectF map(f.labelBand, f.keyBand, f.keys * f.cell, f.tokens * f.cell);
    const bool causal = f.source.capture->modelInfo().causal;
    const QColor future = f.source.difference() ? theme.notAttendableOnDiverging : theme.notAttendable;
    painter.save();
    if (!f.weights.empty()) {
        // Cell by cell: rectangles in SVG and PDF, one per weight; unantialiased, so no seams show between them.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        for (int q = 0; q < f.tokens; ++q)
            for (int k = 0; k < f.keys; ++k) {
                const QColor color = causal && k > q ? future : QColor(f.source.color(f.weights(q, k)));
                painter.fillRect(QRectF(map.left() + k * f.cell, map.top() + q * f.cell, f.cell, f.cell), color);
            }
        painter.setRenderHint(QPainter::Antialiasing, true);
    } else {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(map, f.image);
    }
    painter.setPen(QPen(theme.grid, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(map);

    // Axes: token labels when cells are tall enough to read, else indices at tidy steps.
    painter.setPen(theme.mutedText);
    painter.setFont(styleFont(10, false, theme));
    painter.drawText(QRectF(0, 0, f.labelBand - 4, f.keyBand / 2), Qt::AlignRight | Qt::AlignBottom, f.keyCaption);
    painter.drawText(QRectF(0, f.keyBand / 2, f.labelBand - 4, f.keyBand / 2), Qt::AlignRight | Qt::AlignTop,
                     f.queryCaption);
    if (f.showLabels) {
        const QFont font = styleFont(std::clamp(static_cast<int>(f.cell) - 2, 6, 12), false, theme);
        painter.setFont(font);
        painter.setPen(theme.text);
        for (int t = 0; t < f.tokens; ++t) {
            const QString text = elideLabel(f.labels.value(t), font, static_cast<int>(f.labelBand - 8));
            painter.drawText(QRectF(0, map.top() + t * f.cell, f.labelBand - 6, f.cell),
                             Qt::AlignRight | Qt::AlignVCenter, text);
        }
        for (int t = 0; t < f.keys; ++t) {
            const QString text = elideLabel(f.keyLabels.value(t), font, static_cast<int>(f.keyBand - 8));
            painter.save();
            painter.translate(map.left() + (t + 0.5) * f.cell, map.top() - 6);
            painter.rotate(-90);
            painter.drawText(QRectF(0, -f.cell / 2, f.keyBand - 10, f.cell), Qt::AlignLeft | Qt::AlignVCenter, text);
            painter.restore();
        }
    } else {
        const int step = tidyStep(40.0 / f.cell);
        painter.setPen(theme.text);
        for (int t = 0; t < f.tokens; t += step) {
            const double at = (t + 0.5) * f.cell;
            painter.drawLine(QPointF(map.left() - 4, map.top() + at), QPointF(map.left(), map.top() + at));
            painter.drawText(QRectF(0, map.top() + at - 8, map.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(t));
        }
        for (int t = 0; t < f.keys; t += step) {
            const double at = (t + 0.5) * f.cell;
            painter.drawLine(QPointF(map.left() + at, map.top() - 4), QPointF(map.left() + at, map.top()));
            painter.drawText(QRectF(map.left() + at - 30, map.top() - 22, 60, 16), Qt::AlignHCenter | Qt::AlignBottom,
                             QString::number(t));
        }
    }
    const double barHeight = colorBarHeight(f);
    paintColorBar(painter, f, QRectF(map.right() + 20, map.top(), kColorBarWidth, barHeight), theme);
    painter.restore();
}

}  // namespace

QString AttentionMapView::figureSubject() const {
    return (showsImage() ? imageTitle_ : canvas_->title()).simplified();
}

QString AttentionMapView::figureUnavailableReason() const {
    if (showsImage() && overlay_->gridSide() == 0)
        return imageFor_ == runCapture() ? tr("The image this run saw could not be read again.")
                                         : tr("The image is still being read.");
    return canvas_->tiles().tokenCount() > 0 ? QString() : tr("Run a text first.");
}

std::vector<FigurePanel> AttentionMapView::figurePanels() const {
    if (showsImage()) {
        if (overlay_->gridSide() == 0) return {};
        return {overlay_->figurePanel(figureSubject())};
    }
    auto figure = std::make_shared<MapFigure>();
    figure->source = canvas_->tiles().source();
    figure->labels = canvas_->labels();
    figure->keyLabels = canvas_->keyLabels();
    const bool cross = figure->source.capture && figure->source.capture->kind() == AttentionKind::Cross;
    figure->keyCaption = canvas_->keyCaption();  // the screen's captions, "(source)"/"(target)" for cross-attention
    figure->queryCaption = canvas_->queryCaption();
    figure->tokens = figure->source.tokenCount();
    figure->keys = figure->source.keyCount();
    if (figure->tokens == 0 || figure->keys == 0) return {};
    // About 640 px of map (its longer side) for short inputs, a pixel per token (or pooled) for long ones.
    const int longer = std::max(figure->tokens, figure->keys);
    figure->cell = std::clamp(640.0 / longer, 0.25, 28.0);
    figure->showLabels = figure->cell >= 7.0 && !figure->labels.isEmpty();
    if (figure->showLabels) {
        const QFont font = styleFont(std::clamp(static_cast<int>(figure->cell) - 2, 6, 12), false, Theme::print());
        const QFontMetricsF metrics(font);
        auto band = [&](const QStringList& labels) {
            double widest = 0;
            for (const QString& label : labels) widest = std::max(widest, metrics.horizontalAdvance(label));
            return std::clamp(widest + 14, 56.0, 130.0);
        };
        figure->labelBand = band(figure->labels);
        figure->keyBand = cross ? band(figure->keyLabels) : figure->labelBand;
    } else {
        figure->labelBand = figure->keyBand = 56;
    }
    if (cross) {
        // The longer axis captions fit the corner whole (its width: the band left of the map).
        const QFontMetricsF captions(styleFont(10, false, Theme::print()));
        figure->labelBand = std::max({figure->labelBand, captions.horizontalAdvance(figure->keyCaption) + 8,
                                      captions.horizontalAdvance(figure->queryCaption) + 8});
    }
    if (longer <= kVectorCells) {
        figure->weights = figure->source.weights(0, figure->tokens, 0, figure->keys);
    } else {
        int pool = 1;
        while ((longer + pool - 1) / pool > kMaxFigurePixelsPerSide) pool *= 2;
        figure->image = AttentionTiles::renderWhole(figure->source, pool, Theme::print());
    }
    FigurePanel panel;
    panel.name = figureSubject();
    const double width = figure->keys * figure->cell, height = figure->tokens * figure->cell;
    panel.size = QSizeF(figure->labelBand + width + 20 + kColorBarRoom,
                        figure->keyBand + std::max(height, colorBarHeight(*figure)) + 8);
    panel.paint = [figure](QPainter& painter, const Theme& theme) { paintMap(painter, *figure, theme); };
    return {panel};
}

}  // namespace attnscope::widgets
