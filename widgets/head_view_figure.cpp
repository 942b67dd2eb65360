// The head view as a figure: both token columns in full and every line drawn as a translucent vector stroke, so a
// figure of a long input keeps its faintest lines (the screen drops them past a per-frame budget).
#include <QCoreApplication>
#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "head_view_canvas.h"

namespace attnscope::widgets {

namespace {
constexpr double kLinesWidth = 300;
constexpr double kTop = 30;
constexpr double kRow = HeadViewCanvas::kRowHeight;

QString translate(const char* text) {
    return QCoreApplication::translate("attnscope::widgets::HeadViewCanvas", text);
}
}  // namespace

FigurePanel HeadViewCanvas::figurePanel(const QString& name) const {
    FigurePanel panel;
    panel.name = name;
    if (!hasContent()) return panel;
    const Theme& print = Theme::print();
    const QFontMetricsF metrics(styleFont(13, false, print));
    double widest = 0;
    for (const QString& label : content_.labels) widest = std::max(widest, metrics.horizontalAdvance(label));
    for (const QString& label : content_.keyLabels) widest = std::max(widest, metrics.horizontalAdvance(label));
    const double labelWidth = std::clamp(widest + 16, 48.0, 220.0);
    const int n = rowCount(), queries = tokenCount(), keys = keyCount();
    panel.size = QSizeF(2 * labelWidth + kLinesWidth + 16, kTop + n * kRow + 8);

    // What the figure shows is fixed now: the visible heads, the selected token and the filter of this moment.
    struct Line {
        QPointF from, to;
        QColor color;
    };
    std::vector<Line> lines;
    const double left = labelWidth + 8, right = left + kLinesWidth;
    const float scale =
        content_.difference && content_.edges->maxMagnitude() > 0.0f ? 1.0f / content_.edges->maxMagnitude() : 1.0f;
    const QColor increase(Colormap::divergingRdBu().at(0.88f)), decrease(Colormap::divergingRdBu().at(0.12f));
    for (int h = 0; h < content_.edges->heads(); ++h) {
        if (!selection_->headVisible(h)) continue;
        forEachLine(h, 0, n - 1, [&](const AttentionEdge& e) {
            QColor color = !content_.difference ? headColor(h) : e.weight < 0 ? decrease : increase;
            color.setAlphaF(std::clamp(std::abs(e.weight) * scale, 0.0f, 1.0f));
            if (color.alpha() == 0) return;
            lines.push_back(
                {QPointF(left, kTop + (e.query + 0.5) * kRow), QPointF(right, kTop + (e.key + 0.5) * kRow), color});
        });
    }
    const int token = selection_->token();
    const bool tokenIsKey = selection_->tokenIsKey();
    std::vector<bool> queryIn(static_cast<size_t>(n)), keyIn(static_cast<size_t>(n));
    for (int t = 0; t < n; ++t) {
        queryIn[static_cast<size_t>(t)] = t < queries && queryInFilter(t);
        keyIn[static_cast<size_t>(t)] = t < keys && keyInFilter(t);
    }
    const QStringList keyLabels = content_.keyLabels.isEmpty() ? content_.labels : content_.keyLabels;
    panel.paint = [lines, labels = content_.labels, keyLabels, labelWidth, left, right, n, queries, keys, token,
                   tokenIsKey, queryIn, keyIn,
                   difference = content_.difference](QPainter& painter, const Theme& theme) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const Line& line : lines) {
            painter.setPen(QPen(line.color, theme.line(token >= 0 ? 2.5 : 2.0), Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(line.from, line.to);
        }
        painter.setFont(styleFont(11, true, theme));
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(0, 4, labelWidth, 20), Qt::AlignRight | Qt::AlignVCenter, translate("Query"));
        painter.drawText(QRectF(right + 8, 4, labelWidth, 20), Qt::AlignLeft | Qt::AlignVCenter, translate("Key"));
        if (difference)
            painter.drawText(QRectF(left, 4, right - left, 20), Qt::AlignCenter,
                             translate("after − before  (red: more, blue: less)"));
        const QFont font = styleFont(13, false, theme);
        painter.setFont(font);
        QColor faded = theme.mutedText;
        faded.setAlpha(120);
        for (int t = 0; t < n; ++t) {
            for (int side = 0; side < 2; ++side) {
                const bool key = side == 1;
                if (t >= (key ? keys : queries)) continue;  // cross-attention: one column may be shorter
                const QString text =
                    elideLabel((key ? keyLabels : labels).value(t), font, static_cast<int>(labelWidth - 8));
                const QRectF box = key ? QRectF(right + 8, kTop + t * kRow, labelWidth - 4, kRow)
                                       : QRectF(0, kTop + t * kRow, labelWidth, kRow);
                if (t == token && key == tokenIsKey) {
                    painter.setPen(QPen(theme.accent, 1.0));
                    painter.setBrush(theme.highlight);
                    painter.drawRoundedRect(box.adjusted(-2, 1.5, 2, -1.5), 4, 4);
                    painter.setBrush(Qt::NoBrush);
                }
                const bool inFilter = key ? keyIn[static_cast<size_t>(t)] : queryIn[static_cast<size_t>(t)];
                painter.setPen(inFilter ? theme.text : faded);
                painter.drawText(box, (key ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
            }
        }
    };
    return panel;
}

}  // namespace attnscope::widgets
