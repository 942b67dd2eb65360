// Figure panels put together: several side by side under captions, stacked, tables and wrapped text.
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextOption>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "figure.h"

namespace attnscope::widgets {

namespace {
constexpr double kGap = 18.0;
constexpr double kCellPadding = 6.0;
}  // namespace

FigurePanel combinePanels(const std::vector<FigurePanel>& panels, int columns, bool captions) {
    if (panels.size() == 1) return panels.front();
    columns = std::max(1, columns);
    const double captionHeight = captions ? QFontMetricsF(styleFont(13, true, Theme::print())).height() + 6 : 0.0;
    // Rows as tall as their tallest panel; columns as wide as their widest.
    std::vector<double> columnWidth(static_cast<size_t>(columns), 0.0), rowHeight;
    for (size_t i = 0; i < panels.size(); ++i) {
        const size_t column = i % static_cast<size_t>(columns);
        if (column == 0) rowHeight.push_back(0.0);
        columnWidth[column] = std::max(columnWidth[column], panels[i].size.width());
        rowHeight.back() = std::max(rowHeight.back(), panels[i].size.height() + captionHeight);
    }
    double width = 0, height = 0;
    for (double w : columnWidth) width += w;
    for (double h : rowHeight) height += h;
    width += kGap * (std::min<double>(columns, static_cast<double>(panels.size())) - 1);
    height += kGap * (static_cast<double>(rowHeight.size()) - 1);

    FigurePanel combined;
    combined.name = panels.front().name;
    combined.size = QSizeF(width, height);
    combined.paint = [panels, columns, columnWidth, rowHeight, captionHeight, captions](QPainter& painter,
                                                                                        const Theme& theme) {
        double y = 0;
        for (size_t row = 0; row < rowHeight.size(); ++row) {
            double x = 0;
            for (size_t column = 0; column < columnWidth.size(); ++column) {
                const size_t i = row * static_cast<size_t>(columns) + column;
                if (i >= panels.size()) break;
                painter.save();
                painter.translate(x, y);
                if (captions) {
                    painter.setFont(styleFont(13, true, theme));
                    painter.setPen(theme.text);
                    painter.drawText(QRectF(0, 0, columnWidth[column], captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                     panels[i].name);
                    painter.translate(0, captionHeight);
                }
                painter.setClipRect(QRectF(QPointF(0, 0), panels[i].size));
                panels[i].paint(painter, theme);
                painter.restore();
                x += columnWidth[column] + kGap;
            }
            y += rowHeight[row] + kGap;
        }
    };
    return combined;
}

FigurePanel stackPanels(const std::vector<FigurePanel>& panels, double gap) {
    FigurePanel stacked;
    if (panels.empty()) return stacked;
    stacked.name = panels.front().name;
    double width = 0, height = 0;
    for (const auto& panel : panels) {
        width = std::max(width, panel.size.width());
        height += panel.size.height();
    }
    height += gap * static_cast<double>(panels.size() - 1);
    stacked.size = QSizeF(width, height);
    stacked.paint = [panels, gap](QPainter& painter, const Theme& theme) {
        double y = 0;
        for (const auto& panel : panels) {
            painter.save();
            painter.translate(0, y);
            painter.setClipRect(QRectF(QPointF(0, 0), panel.size));
            panel.paint(painter, theme);
            painter.restore();
            y += panel.size.height() + gap;
        }
    };
    return stacked;
}

FigurePanel tableFigure(const QAbstractItemModel& model, const QString& name, int maxRows) {
    const int columns = model.columnCount();
    const int rows = maxRows < 0 ? model.rowCount() : std::min(maxRows, model.rowCount());
    QStringList header;
    std::vector<QStringList> cells(static_cast<size_t>(rows));
    std::vector<std::vector<QColor>> fills(static_cast<size_t>(rows));
    std::vector<int> alignment(static_cast<size_t>(columns), Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < columns; ++c) header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            cells[static_cast<size_t>(r)] << index.data(Qt::DisplayRole).toString();
            const QVariant fill = index.data(Qt::BackgroundRole);
            fills[static_cast<size_t>(r)].push_back(fill.canConvert<QColor>() ? fill.value<QColor>() : QColor());
            const QVariant align = index.data(Qt::TextAlignmentRole);
            if (r == 0 && align.isValid()) alignment[static_cast<size_t>(c)] = align.toInt();
        }
    const Theme& print = Theme::print();
    const QFontMetricsF body(styleFont(11, false, print)), bold(styleFont(11, true, print));
    std::vector<double> widths(static_cast<size_t>(columns), 0.0);
    for (int c = 0; c < columns; ++c) {
        widths[static_cast<size_t>(c)] = bold.horizontalAdvance(header.value(c));
        for (const auto& row : cells)
            widths[static_cast<size_t>(c)] =
                std::max(widths[static_cast<size_t>(c)], body.horizontalAdvance(row.value(c)));
        widths[static_cast<size_t>(c)] += 2 * kCellPadding;
    }
    const double rowHeight = std::ceil(body.height()) + 6;
    double width = 0;
    for (double w : widths) width += w;
    FigurePanel table;
    table.name = name;
    table.size = QSizeF(width, rowHeight * (rows + 1) + 1);
    table.paint = [header, cells, fills, alignment, widths, rowHeight, rows](QPainter& painter, const Theme& theme) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        double x = 0;
        const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
        painter.fillRect(QRectF(0, 0, total, rowHeight), theme.panel);
        painter.setFont(styleFont(11, true, theme));
        painter.setPen(theme.text);
        for (size_t c = 0; c < widths.size(); ++c) {
            painter.drawText(QRectF(x + kCellPadding, 0, widths[c] - 2 * kCellPadding, rowHeight),
                             (alignment[c] & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, header.value(int(c)));
            x += widths[c];
        }
        painter.setFont(styleFont(11, false, theme));
        for (int r = 0; r < rows; ++r) {
            const double y = rowHeight * (r + 1);
            x = 0;
            for (size_t c = 0; c < widths.size(); ++c) {
                const QColor fill = fills[static_cast<size_t>(r)][c];
                if (fill.isValid() && fill.alpha() > 0) painter.fillRect(QRectF(x, y, widths[c], rowHeight), fill);
                painter.setPen(theme.text);
                painter.drawText(QRectF(x + kCellPadding, y, widths[c] - 2 * kCellPadding, rowHeight),
                                 (alignment[c] & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter,
                                 cells[static_cast<size_t>(r)].value(int(c)));
                x += widths[c];
            }
            painter.setPen(QPen(theme.grid, 0.5));
            painter.drawLine(QPointF(0, y), QPointF(total, y));
        }
        painter.setPen(QPen(theme.grid, 1.0));
        painter.drawLine(QPointF(0, rowHeight * (rows + 1)), QPointF(total, rowHeight * (rows + 1)));
    };
    return table;
}

FigurePanel textFigure(const QString& text, const QString& name, double width, int pixelSize) {
    const QFontMetricsF metrics(styleFont(pixelSize, false, Theme::print()));
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    FigurePanel panel;
    panel.name = name;
    panel.size = QSizeF(width, std::ceil(bounds.height()) + 4);
    panel.paint = [text, width, pixelSize, height = panel.size.height()](QPainter& painter, const Theme& theme) {
        painter.setFont(styleFont(pixelSize, false, theme));
        painter.setPen(theme.text);
        painter.drawText(QRectF(0, 0, width, height), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    };
    return panel;
}

}  // namespace attnscope::widgets
