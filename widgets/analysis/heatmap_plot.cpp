// HeatmapPlot's layout (title, labels, cells, colour bar) and painting.
#include "analysis/heatmap_plot.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace attnscope::widgets {

namespace {

constexpr int kMargin = 6;
constexpr int kLabelFont = 10;
constexpr int kTitleFont = 12;
constexpr int kMaxColumnLabel = 64;  // pixels a rotated column label may take

// Every n-th label so labels never overlap.
int labelStep(double cellSize, int textSize) {
    return cellSize >= textSize ? 1 : static_cast<int>(std::ceil(textSize / std::max(cellSize, 0.5)));
}

}  // namespace

QString formatPlotValue(double value) {
    const double a = std::abs(value);
    if (!std::isfinite(value)) return QStringLiteral("–");
    if (a == 0) return QStringLiteral("0");
    if (a >= 100) return QString::number(value, 'f', 0);
    if (a >= 10) return QString::number(value, 'f', 1);
    if (a >= 0.01) return QString::number(value, 'f', 2);
    return QString::number(value, 'e', 1);
}

HeatmapPlot::HeatmapPlot(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void HeatmapPlot::setValues(int rows, int cols, std::vector<double> values) {
    rows_ = std::max(0, rows);
    cols_ = std::max(0, cols);
    values_ = std::move(values);
    values_.resize(static_cast<size_t>(rows_ * cols_), std::nan(""));
    update();
}

void HeatmapPlot::setRange(double min, double max) {
    min_ = min;
    max_ = max > min ? max : min + 1e-12;
    update();
}

void HeatmapPlot::setLogScale(bool log) {
    log_ = log;
    update();
}

void HeatmapPlot::setColormap(const Colormap& map) {
    map_ = &map;
    update();
}

void HeatmapPlot::setTitle(const QString& title) {
    title_ = title;
    update();
}

void HeatmapPlot::setRowLabels(const QStringList& labels) {
    rowLabels_ = labels;
    update();
}

void HeatmapPlot::setColumnLabels(const QStringList& labels) {
    columnLabels_ = labels;
    update();
}

void HeatmapPlot::setAxisTitles(const QString& rows, const QString& columns) {
    rowTitle_ = rows;
    columnTitle_ = columns;
    update();
}

void HeatmapPlot::setColorBarTitle(const QString& title) {
    colorBarTitle_ = title;
    update();
}

void HeatmapPlot::setShowValues(bool show) {
    showValues_ = show;
    update();
}

void HeatmapPlot::setSquareCells(bool square) {
    square_ = square;
    update();
}

void HeatmapPlot::setOutlinedCell(int row, int column) {
    outlined_ = {row, column};
    update();
}

void HeatmapPlot::setCrossedCells(const QSet<Cell>& cells) {
    crossed_ = cells;
    update();
}

void HeatmapPlot::setMarkedCells(const QSet<Cell>& cells) {
    marked_ = cells;
    update();
}

double HeatmapPlot::value(int row, int column) const {
    if (row < 0 || row >= rows_ || column < 0 || column >= cols_) return std::nan("");
    return values_[static_cast<size_t>(row * cols_ + column)];
}

double HeatmapPlot::scaled(double v) const {
    if (log_) {
        const double lo = std::log10(std::max(min_, 1e-30)), hi = std::log10(std::max(max_, 1e-30));
        return (std::log10(std::max(v, 1e-30)) - lo) / std::max(hi - lo, 1e-12);
    }
    return (v - min_) / (max_ - min_);
}

QColor HeatmapPlot::colorFor(double v) const {
    return colorIn(v, screenTheme());
}

QColor HeatmapPlot::colorIn(double v, const Theme& /*theme: the scale is the same in every theme*/) const {
    return std::isfinite(v) ? map_->color(scaled(v)) : QColor(Colormap::noValue());
}

HeatmapPlot::Geometry HeatmapPlot::geometry(const QSize& size, const Theme& theme) const {
    Geometry g;
    const QFontMetrics label(styleFont(kLabelFont, false, theme));
    const int lineHeight = label.height();
    int top = kMargin + (title_.isEmpty() ? 0 : QFontMetrics(styleFont(kTitleFont, true, theme)).height() + 4);
    int rowLabelWidth = 0;
    for (const auto& text : rowLabels_) rowLabelWidth = std::max(rowLabelWidth, label.horizontalAdvance(text));
    const int left = kMargin + (rowTitle_.isEmpty() ? 0 : lineHeight + 2) + rowLabelWidth + 4;
    const int colorBarWidth =
        12 + 4 + label.horizontalAdvance(QStringLiteral("-0.000")) + (colorBarTitle_.isEmpty() ? 0 : lineHeight + 2);
    const int right = size.width() - kMargin - colorBarWidth - 8;
    const int available = std::max(1, right - left);
    g.cellWidth = cols_ > 0 ? double(available) / cols_ : 0;

    int labelWidth = 0;
    for (const auto& text : columnLabels_) labelWidth = std::max(labelWidth, label.horizontalAdvance(text));
    g.verticalColumnLabels = labelWidth + 4 > g.cellWidth * labelStep(g.cellWidth, lineHeight);
    g.columnLabelHeight =
        columnLabels_.isEmpty() ? 0 : (g.verticalColumnLabels ? std::min(labelWidth, kMaxColumnLabel) : lineHeight) + 4;
    const int bottom = size.height() - kMargin - g.columnLabelHeight - (columnTitle_.isEmpty() ? 0 : lineHeight + 2);
    g.cellHeight = rows_ > 0 ? double(std::max(1, bottom - top)) / rows_ : 0;
    if (square_) {
        const double side = std::min(g.cellWidth, g.cellHeight);
        g.cellWidth = g.cellHeight = side;
    }
    g.cells = QRect(left, top, static_cast<int>(std::floor(g.cellWidth * cols_)),
                    static_cast<int>(std::floor(g.cellHeight * rows_)));
    g.colorBar = QRect(g.cells.right() + 10, top, 12, g.cells.height());
    return g;
}

QRect HeatmapPlot::cellRect(int row, int column) const {
    return cellRectIn(geometry(size(), screenTheme()), row, column);
}

QRect HeatmapPlot::cellRectIn(const Geometry& g, int row, int column) const {
    if (row < 0 || row >= rows_ || column < 0 || column >= cols_) return {};
    const int x0 = g.cells.left() + static_cast<int>(std::floor(column * g.cellWidth));
    const int x1 = g.cells.left() + static_cast<int>(std::floor((column + 1) * g.cellWidth));
    const int y0 = g.cells.top() + static_cast<int>(std::floor(row * g.cellHeight));
    const int y1 = g.cells.top() + static_cast<int>(std::floor((row + 1) * g.cellHeight));
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

Cell HeatmapPlot::cellAt(const QPoint& point) const {
    const Geometry g = geometry(size(), screenTheme());
    if (rows_ == 0 || cols_ == 0 || !g.cells.contains(point)) return {-1, -1};
    const int column = std::min(cols_ - 1, static_cast<int>((point.x() - g.cells.left()) / g.cellWidth));
    const int row = std::min(rows_ - 1, static_cast<int>((point.y() - g.cells.top()) / g.cellHeight));
    return {row, column};
}

void HeatmapPlot::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size(), screenTheme());
}

void HeatmapPlot::paint(QPainter& painter, const QSize& size, const Theme& theme) const {
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), size), theme.background);
    const Geometry g = geometry(size, theme);
    if (!title_.isEmpty()) {
        painter.setFont(styleFont(kTitleFont, true, theme));
        painter.setPen(theme.text);
        // Shortened with an ellipsis where the plot is narrower than its title (the full title is the tooltip;
        // exported figures are made wide enough for it).
        const int width = size.width() - 2 * kMargin;
        painter.drawText(QRect(kMargin, kMargin, width, painter.fontMetrics().height() + 2),
                         Qt::AlignLeft | Qt::AlignTop, painter.fontMetrics().elidedText(title_, Qt::ElideRight, width));
    }
    if (rows_ == 0 || cols_ == 0) {
        painter.restore();
        return;
    }

    const QFont valueFont = styleFont(9, false, theme);
    const bool roomForValues = showValues_ && g.cellWidth >= 30 && g.cellHeight >= 15;
    painter.setFont(valueFont);
    for (int r = 0; r < rows_; ++r)
        for (int c = 0; c < cols_; ++c) {
            const QRect cell = cellRectIn(g, r, c);
            const double v = value(r, c);
            const QColor color = colorIn(v, theme);
            painter.fillRect(cell, color);
            if (roomForValues && std::isfinite(v)) {
                painter.setPen(prefersLightText(color) ? QColor(250, 250, 250) : QColor(0x20, 0x23, 0x28));
                painter.drawText(cell, Qt::AlignCenter, formatPlotValue(v));
            }
        }
    // Thin gaps between cells when cells are big enough for them to help.
    if (g.cellWidth >= 8 && g.cellHeight >= 8) {
        painter.setPen(QPen(theme.background, 1));
        for (int c = 1; c < cols_; ++c) {
            const int x = cellRectIn(g, 0, c).left();
            painter.drawLine(x, g.cells.top(), x, g.cells.bottom());
        }
        for (int r = 1; r < rows_; ++r) {
            const int y = cellRectIn(g, r, 0).top();
            painter.drawLine(g.cells.left(), y, g.cells.right(), y);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Cell& cell : crossed_) {
        const QRectF box = QRectF(cellRectIn(g, cell.first, cell.second)).adjusted(3, 3, -3, -3);
        if (box.isEmpty()) continue;
        painter.setPen(QPen(QColor(20, 20, 24, 200), theme.line(1.6)));
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
    }
    for (const Cell& cell : marked_) {
        const QRectF box = QRectF(cellRectIn(g, cell.first, cell.second)).adjusted(1, 1, -1, -1);
        if (box.isEmpty()) continue;
        painter.setPen(QPen(QColor(224, 33, 138), theme.line(2)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRect outlined = cellRectIn(g, outlined_.first, outlined_.second);
    if (!outlined.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(10, 10, 12), theme.line(3)));
        painter.drawRect(outlined.adjusted(1, 1, -1, -1));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawRect(outlined.adjusted(3, 3, -3, -3));
    }
    paintLabels(painter, g, theme);
    paintColorBar(painter, g, theme);
    painter.restore();
}

FigurePanel HeatmapPlot::figurePanel(const QString& name, double cell) const {
    const Theme& print = Theme::print();
    const QFontMetrics label(styleFont(kLabelFont, false, print));
    int rowLabelWidth = 0, columnLabelWidth = 0;
    for (const auto& text : rowLabels_) rowLabelWidth = std::max(rowLabelWidth, label.horizontalAdvance(text));
    for (const auto& text : columnLabels_) columnLabelWidth = std::max(columnLabelWidth, label.horizontalAdvance(text));
    // Wide inputs shrink the cells so the figure stays about a page wide.
    const double cellWidth = cols_ > 0 ? std::clamp(1400.0 / cols_, 2.0, cell) : cell;
    const double cellHeight = rows_ > 0 ? std::clamp(1000.0 / rows_, 2.0, cell) : cell;
    const double side = square_ ? std::min(cellWidth, cellHeight) : 0.0;
    const int left = kMargin + (rowTitle_.isEmpty() ? 0 : label.height() + 2) + rowLabelWidth + 4;
    const int colorBar = 12 + 4 + label.horizontalAdvance(QStringLiteral("-0.000")) +
                         (colorBarTitle_.isEmpty() ? 0 : label.height() + 2) + 8;
    const int top = kMargin + (title_.isEmpty() ? 0 : QFontMetrics(styleFont(kTitleFont, true, print)).height() + 4);
    const int bottom =
        kMargin + std::min(columnLabelWidth, kMaxColumnLabel) + 4 + (columnTitle_.isEmpty() ? 0 : label.height() + 2);
    const double width = left + (side > 0 ? side : cellWidth) * cols_ + colorBar + kMargin;
    const double height = top + (side > 0 ? side : cellHeight) * rows_ + bottom;
    // Wide enough for the title, however few the cells.
    const double titleWidth =
        title_.isEmpty() ? 0.0
                         : QFontMetrics(styleFont(kTitleFont, true, print)).horizontalAdvance(title_) + 2 * kMargin;
    FigurePanel panel;
    panel.name = name;
    panel.size = QSizeF(std::max({200.0, width, titleWidth}), std::max(120.0, height));
    const QSize size = panel.size.toSize();
    panel.paint = [this, size](QPainter& painter, const Theme& theme) { paint(painter, size, theme); };
    return panel;
}

void HeatmapPlot::paintLabels(QPainter& painter, const Geometry& g, const Theme& theme) const {
    const QFont font = styleFont(kLabelFont, false, theme);
    const QFontMetrics metrics(font);
    painter.setFont(font);
    painter.setPen(theme.text);
    const int lineHeight = metrics.height();
    const int rowStep = labelStep(g.cellHeight, lineHeight);
    for (int r = 0; r < rows_ && r < rowLabels_.size(); r += rowStep) {
        const QRect cell = cellRectIn(g, r, 0);
        painter.drawText(QRect(0, cell.top(), g.cells.left() - 4, cell.height()), Qt::AlignRight | Qt::AlignVCenter,
                         rowLabels_[r]);
    }
    const int columnStep = labelStep(g.cellWidth, lineHeight);
    for (int c = 0; c < cols_ && c < columnLabels_.size(); c += columnStep) {
        const QRect cell = cellRectIn(g, 0, c);
        if (g.verticalColumnLabels) {
            painter.save();
            painter.translate(cell.center().x() - lineHeight / 2.0 + 1, g.cells.bottom() + 4);
            painter.rotate(90);
            const QString text = metrics.elidedText(columnLabels_[c], Qt::ElideRight, kMaxColumnLabel);
            painter.drawText(QRect(0, -lineHeight, kMaxColumnLabel, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             text);
            painter.restore();
        } else {
            painter.drawText(QRect(cell.left() - 20, g.cells.bottom() + 3, cell.width() + 40, lineHeight),
                             Qt::AlignHCenter | Qt::AlignTop, columnLabels_[c]);
        }
    }
    if (!columnTitle_.isEmpty())
        painter.drawText(QRect(g.cells.left(), g.cells.bottom() + 3 + g.columnLabelHeight, g.cells.width(), lineHeight),
                         Qt::AlignHCenter | Qt::AlignTop, columnTitle_);
    if (!rowTitle_.isEmpty()) {
        painter.save();
        painter.translate(kMargin, g.cells.center().y());
        painter.rotate(-90);
        painter.drawText(QRect(-g.cells.height() / 2 - 40, 0, g.cells.height() + 80, lineHeight), Qt::AlignCenter,
                         rowTitle_);
        painter.restore();
    }
}

void HeatmapPlot::paintColorBar(QPainter& painter, const Geometry& g, const Theme& theme) const {
    const QRect bar = g.colorBar;
    // One gradient, so vector figures hold one shape rather than a rectangle per pixel row.
    QLinearGradient gradient(bar.left(), bar.bottom() + 1, bar.left(), bar.top());
    constexpr int kStops = 32;
    for (int i = 0; i <= kStops; ++i) gradient.setColorAt(double(i) / kStops, map_->color(double(i) / kStops));
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(theme.mutedText, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const QFont font = styleFont(9, false, theme);
    const QFontMetrics metrics(font);
    painter.setFont(font);
    painter.setPen(theme.text);
    std::vector<double> ticks;
    if (log_) {
        for (double p = std::ceil(std::log10(std::max(min_, 1e-30))); p <= std::log10(max_) + 1e-9; p += 1)
            ticks.push_back(std::pow(10.0, p));
        if (ticks.size() < 2) ticks = {min_, max_};
    } else {
        ticks = {min_, (min_ + max_) / 2, max_};
    }
    for (double tick : ticks) {
        const int y = bar.bottom() - static_cast<int>(std::lround(scaled(tick) * (bar.height() - 1)));
        painter.drawLine(bar.right() + 1, y, bar.right() + 3, y);
        painter.drawText(QRect(bar.right() + 5, y - metrics.height() / 2, 60, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, formatPlotValue(tick));
    }
    if (!colorBarTitle_.isEmpty()) {
        painter.save();
        painter.translate(bar.right() + 8 + metrics.horizontalAdvance(QStringLiteral("-0.000")), bar.center().y());
        painter.rotate(90);
        painter.setFont(styleFont(kLabelFont, false, theme));
        painter.drawText(QRect(-bar.height() / 2 - 40, -metrics.height(), bar.height() + 80, metrics.height() + 2),
                         Qt::AlignCenter, colorBarTitle_);
        painter.restore();
    }
}

void HeatmapPlot::mousePressEvent(QMouseEvent* event) {
    const Cell cell = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && cell.first >= 0) emit cellClicked(cell.first, cell.second);
    QWidget::mousePressEvent(event);
}

bool HeatmapPlot::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const Cell cell = cellAt(help->pos());
        if (cell.first < 0) {
            // Over the title line: the whole title, which may be shortened on screen.
            const int titleBottom = kMargin + QFontMetrics(styleFont(kTitleFont, true, screenTheme())).height() + 2;
            if (!title_.isEmpty() && help->pos().y() <= titleBottom)
                QToolTip::showText(help->globalPos(), title_, this);
            else
                QToolTip::hideText();
            return true;
        }
        const QString row = cell.first < rowLabels_.size() ? rowLabels_[cell.first] : QString::number(cell.first);
        const QString column =
            cell.second < columnLabels_.size() ? columnLabels_[cell.second] : QString::number(cell.second);
        QToolTip::showText(
            help->globalPos(),
            QStringLiteral("%1, %2: %3").arg(row, column, formatPlotValue(value(cell.first, cell.second))), this);
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
