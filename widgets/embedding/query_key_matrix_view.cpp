// The layers x heads grid of small query-key embeddings; see query_key_matrix_view.h.
#include "embedding/query_key_matrix_view.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "embedding/density_splat.h"
#include "embedding/embedding_palette.h"
#include "embedding/level_of_detail.h"
#include "style.h"

namespace attnscope::widgets {
namespace {

constexpr int kMargin = 10;
constexpr int kHeaderHeight = 26;  // title and legend
constexpr int kColumnLabelHeight = 18;
constexpr int kRowLabelWidth = 30;
constexpr int kGap = 6;
constexpr int kMinCell = 16;
constexpr int kInset = 3;  // between a cell's border and its thumbnail

}  // namespace

QueryKeyMatrixView::QueryKeyMatrixView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, screenTheme().background);
    setPalette(colors);
    setMinimumSize(120, 100);
}

void QueryKeyMatrixView::setModelShape(int layers, int heads) {
    layers_ = std::max(layers, 0);
    heads_ = std::max(heads, 0);
    cells_.assign(static_cast<size_t>(layers_ * heads_), Cell{});
    currentLayer_ = currentHead_ = hoveredLayer_ = hoveredHead_ = -1;
    updateGeometry();
    update();
}

QueryKeyMatrixView::Cell& QueryKeyMatrixView::cell(int layer, int head) {
    if (layer < 0 || layer >= layers_ || head < 0 || head >= heads_)
        throw EngineError("no head " + std::to_string(head) + " in layer " + std::to_string(layer) + " of a " +
                              std::to_string(layers_) + " x " + std::to_string(heads_) + " grid",
                          "QueryKeyMatrixView");
    return cells_[static_cast<size_t>(layer * heads_ + head)];
}

const QueryKeyMatrixView::Cell& QueryKeyMatrixView::cell(int layer, int head) const {
    return const_cast<QueryKeyMatrixView*>(this)->cell(layer, head);
}

void QueryKeyMatrixView::setCellProgress(int layer, int head, double fraction) {
    Cell& target = cell(layer, head);
    target.state = CellState::Running;
    target.progress = std::clamp(fraction, 0.0, 1.0);
    update(cellRect(layer, head));
}

void QueryKeyMatrixView::setCell(int layer, int head, const QueryKeyPoints& points) {
    Cell& target = cell(layer, head);
    const std::vector<std::int32_t> kept = stratifiedSubsample(points, kThumbnailPoints, 1);
    target.xy.resize(2 * kept.size());
    target.rgba.resize(4 * kept.size());
    const QColor query = EmbeddingPalette::query();
    const QColor key = EmbeddingPalette::key();
    for (size_t j = 0; j < kept.size(); ++j) {
        const float* row = points.coordinates.row(kept[j]);
        target.xy[2 * j] = row[0];
        target.xy[2 * j + 1] = row[1];
        const QColor& color = points.isKey[static_cast<size_t>(kept[j])] ? key : query;
        target.rgba[4 * j] = static_cast<std::uint8_t>(color.red());
        target.rgba[4 * j + 1] = static_cast<std::uint8_t>(color.green());
        target.rgba[4 * j + 2] = static_cast<std::uint8_t>(color.blue());
        target.rgba[4 * j + 3] = 255;
    }
    target.state = CellState::Ready;
    target.progress = 1.0;
    target.thumbnail = QImage();
    update(cellRect(layer, head));
}

void QueryKeyMatrixView::setCellFailed(int layer, int head, const QString& reason) {
    Cell& target = cell(layer, head);
    target.state = CellState::Failed;
    target.failure = reason;
    update(cellRect(layer, head));
}

QueryKeyMatrixView::CellState QueryKeyMatrixView::cellState(int layer, int head) const {
    return cell(layer, head).state;
}

double QueryKeyMatrixView::cellProgress(int layer, int head) const {
    return cell(layer, head).progress;
}

void QueryKeyMatrixView::setCurrentHead(int layer, int head) {
    currentLayer_ = layer;
    currentHead_ = head;
    update();
}

int QueryKeyMatrixView::cellSize() const {
    if (layers_ == 0 || heads_ == 0) return 0;
    const int across = (width() - 2 * kMargin - kRowLabelWidth - (heads_ - 1) * kGap) / heads_;
    const int down = (height() - kHeaderHeight - kColumnLabelHeight - kMargin - (layers_ - 1) * kGap) / layers_;
    return std::max(kMinCell, std::min(across, down));
}

QRect QueryKeyMatrixView::cellRect(int layer, int head) const {
    const int size = cellSize();
    if (size == 0) return {};
    return {kMargin + kRowLabelWidth + head * (size + kGap), kHeaderHeight + kColumnLabelHeight + layer * (size + kGap),
            size, size};
}

QSize QueryKeyMatrixView::sizeHint() const {
    const int size = 72;
    return {2 * kMargin + kRowLabelWidth + std::max(heads_, 1) * (size + kGap),
            kHeaderHeight + kColumnLabelHeight + kMargin + std::max(layers_, 1) * (size + kGap)};
}

bool QueryKeyMatrixView::cellAt(const QPoint& position, int& layer, int& head) const {
    for (int l = 0; l < layers_; ++l)
        for (int h = 0; h < heads_; ++h)
            if (cellRect(l, h).contains(position)) {
                layer = l;
                head = h;
                return true;
            }
    return false;
}

QImage QueryKeyMatrixView::renderThumbnail(const Cell& source, int size) const {
    const auto count = static_cast<std::int64_t>(source.xy.size() / 2);
    float low[2] = {0.0f, 0.0f}, high[2] = {0.0f, 0.0f};
    for (int axis = 0; axis < 2; ++axis) {
        low[axis] = high[axis] = count > 0 ? source.xy[static_cast<size_t>(axis)] : 0.0f;
        for (std::int64_t i = 0; i < count; ++i) {
            low[axis] = std::min(low[axis], source.xy[static_cast<size_t>(2 * i + axis)]);
            high[axis] = std::max(high[axis], source.xy[static_cast<size_t>(2 * i + axis)]);
        }
    }
    DensityFrame frame;
    frame.width = frame.height = size;
    frame.centerX = 0.5 * (low[0] + high[0]);
    frame.centerY = 0.5 * (low[1] + high[1]);
    const double extent = std::max({double(high[0] - low[0]), double(high[1] - low[1]), 1e-6});
    frame.pixelsPerUnit = (size - 4) / extent;
    DensityStyle style;
    style.background = screenTheme().background;
    style.sigmaPixels = 0.7;
    style.coverageGain = 0.9;
    style.saturationWeight = 24.0;
    DensityRenderer renderer;
    renderer.setPoints(source.xy.data(), 2, count);
    renderer.setColours(source.rgba.data(), count);
    return toQImage(renderer.render(frame, style));
}

void QueryKeyMatrixView::paintCell(QPainter& painter, int layer, int head) {
    Cell& target = cell(layer, head);
    const QRect rect = cellRect(layer, head);
    const QRectF frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(target.state == CellState::Ready    ? screenTheme().background
                     : target.state == CellState::Failed ? screenTheme().failed
                                                         : screenTheme().panel);
    painter.drawRoundedRect(frame, 4, 4);

    const QRect inner = rect.adjusted(kInset, kInset, -kInset, -kInset);
    painter.setFont(styleFont(10));
    switch (target.state) {
        case CellState::Ready:
            if (target.thumbnail.isNull() || target.thumbnail.width() != inner.width())
                target.thumbnail = renderThumbnail(target, inner.width());
            painter.drawImage(inner.topLeft(), target.thumbnail);
            break;
        case CellState::Running: {
            // A thin bar along the bottom, and the percentage in the middle.
            const QRectF track(inner.left() + 4, inner.bottom() - 7, inner.width() - 8, 4);
            painter.setBrush(screenTheme().grid);
            painter.drawRoundedRect(track, 2, 2);
            painter.setBrush(screenTheme().accent);
            painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * target.progress, track.height())), 2,
                                    2);
            painter.setPen(screenTheme().mutedText);
            painter.drawText(inner, Qt::AlignCenter, QStringLiteral("%1 %").arg(std::lround(100.0 * target.progress)));
            break;
        }
        case CellState::Waiting:
            painter.setPen(screenTheme().mutedText);
            painter.drawText(inner, Qt::AlignCenter, QStringLiteral("…"));
            break;
        case CellState::Failed:
            painter.setPen(screenTheme().negative);
            painter.drawText(inner, Qt::AlignCenter, tr("failed"));
            break;
    }

    const bool current = layer == currentLayer_ && head == currentHead_;
    const bool hovered = layer == hoveredLayer_ && head == hoveredHead_;
    painter.setBrush(Qt::NoBrush);
    if (current)
        painter.setPen(QPen(screenTheme().accent, 2.0));
    else if (hovered && target.state == CellState::Ready)
        painter.setPen(QPen(screenTheme().accent.lighter(150), 1.5));
    else
        painter.setPen(QPen(screenTheme().grid, 1.0));
    painter.drawRoundedRect(current ? QRectF(rect).adjusted(1, 1, -1, -1) : frame, 4, 4);
}

void QueryKeyMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(styleFont(12, true));
    painter.setPen(screenTheme().text);
    painter.drawText(QRect(kMargin, 0, width() - 2 * kMargin, kHeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Query–key embeddings of every head"));

    // Legend on the right of the header: the two colour families.
    painter.setFont(styleFont(11));
    const QFontMetrics metrics(painter.font());
    int x = width() - kMargin;
    for (const auto& [color, label] :
         {std::pair{EmbeddingPalette::key(), tr("keys")}, std::pair{EmbeddingPalette::query(), tr("queries")}}) {
        x -= metrics.horizontalAdvance(label);
        painter.setPen(screenTheme().text);
        painter.drawText(QPoint(x, kHeaderHeight / 2 + metrics.ascent() / 2 - 1), label);
        x -= 14;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(x, kHeaderHeight / 2 - 5, 9, 9));
        x -= 12;
    }
    if (layers_ == 0 || heads_ == 0) return;

    painter.setFont(styleFont(10));
    painter.setPen(screenTheme().mutedText);
    for (int h = 0; h < heads_; ++h) {
        const QRect rect = cellRect(0, h);
        painter.drawText(QRect(rect.left(), kHeaderHeight, rect.width(), kColumnLabelHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("H%1").arg(h));
    }
    for (int l = 0; l < layers_; ++l) {
        const QRect rect = cellRect(l, 0);
        painter.drawText(QRect(kMargin, rect.top(), kRowLabelWidth - 6, rect.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("L%1").arg(l));
    }
    for (int l = 0; l < layers_; ++l)
        for (int h = 0; h < heads_; ++h) paintCell(painter, l, h);
}

void QueryKeyMatrixView::mousePressEvent(QMouseEvent* event) {
    int layer = 0, head = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position().toPoint(), layer, head) &&
        cell(layer, head).state == CellState::Ready) {
        setCurrentHead(layer, head);
        emit headActivated(layer, head);
    }
}

void QueryKeyMatrixView::mouseMoveEvent(QMouseEvent* event) {
    int layer = -1, head = -1;
    if (!cellAt(event->position().toPoint(), layer, head)) layer = head = -1;
    if (layer != hoveredLayer_ || head != hoveredHead_) {
        hoveredLayer_ = layer;
        hoveredHead_ = head;
        setCursor(layer >= 0 && cell(layer, head).state == CellState::Ready ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void QueryKeyMatrixView::leaveEvent(QEvent*) {
    hoveredLayer_ = hoveredHead_ = -1;
    update();
}

bool QueryKeyMatrixView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int layer = 0, head = 0;
        if (cellAt(help->pos(), layer, head)) {
            const Cell& target = cell(layer, head);
            QString state;
            switch (target.state) {
                case CellState::Waiting:
                    state = tr("waiting");
                    break;
                case CellState::Running:
                    state = tr("embedding, %1 % done").arg(std::lround(100.0 * target.progress));
                    break;
                case CellState::Ready:
                    state = tr("click to open");
                    break;
                case CellState::Failed:
                    state = tr("failed: %1").arg(target.failure);
                    break;
            }
            QToolTip::showText(help->globalPos(), tr("Layer %1, head %2: %3").arg(layer).arg(head).arg(state), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
