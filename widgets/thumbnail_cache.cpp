// Rendering of head thumbnails (pooled matrices or pooled lines) and their background computation.
#include "thumbnail_cache.h"

#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <vector>

#include "style.h"

namespace attnscope::widgets {

namespace {

// A difference of two full maps pooled on the host: per cell the value of largest magnitude (its sign kept), or the
// mass its queries send (summed over keys, averaged over queries). NaN wins its cell.
FloatMatrix poolDifference(const AttentionCapture& capture, const AttentionCapture& before, int layer, int head,
                           int bins, Pooling pooling) {
    FloatMatrix w = capture.attention(layer, head);
    const FloatMatrix old = before.attention(layer, head);
    for (size_t i = 0; i < w.values.size() && i < old.values.size(); ++i) w.values[i] -= old.values[i];
    // Rows are queries, columns keys: a rectangle for cross-attention.
    const int64_t n = w.rows, s = std::clamp<int64_t>(bins, 1, std::max<int64_t>(n, 1));
    const int64_t m = w.cols, t = std::clamp<int64_t>(bins, 1, std::max<int64_t>(m, 1));
    FloatMatrix out(s, t);
    for (int64_t r = 0; r < s && n > 0; ++r) {
        const int64_t q0 = poolStart(r, n, s), q1 = poolEnd(r, n, s);
        for (int64_t c = 0; c < t && m > 0; ++c) {
            float cell = 0.0f;
            for (int64_t q = q0; q < q1; ++q) {
                float mass = 0.0f;
                for (int64_t k = poolStart(c, m, t); k < poolEnd(c, m, t); ++k) {
                    const float v = w(q, k);
                    if (pooling == Pooling::MeanOfQueries)
                        mass += v;
                    else if (!std::isnan(cell) && (std::abs(v) > std::abs(cell) || std::isnan(v)))
                        cell = v;
                }
                if (pooling == Pooling::MeanOfQueries) cell += mass / static_cast<float>(q1 - q0);
            }
            out(r, c) = cell;
        }
    }
    return out;
}

// [cells, cells] of one head (fewer on a side with fewer tokens; cross-attention's are rectangular): pooled by the
// engine where its queries and keys are (on the GPU for a CUDA model, so a model view of 512 heads at 8192 tokens never
// copies a full map to the host); a difference on the host.
FloatMatrix cellsOf(const AttentionCapture& capture, const AttentionCapture* before, int layer, int head, int cells,
                    Pooling pooling, bool difference) {
    if (difference && before) return poolDifference(capture, *before, layer, head, cells, pooling);
    return capture.pooledAttention(layer, head, cells, pooling);
}

// Thumbnails are small, so both scales are square-rooted: faint but real structure (broad heads, small
// differences) stays visible next to sharp heads, and cells stay comparable with each other.
QRgb thumbnailColor(float value, bool difference) {
    if (!difference) return Colormap::viridis().at(std::sqrt(std::max(value, 0.0f)));
    const float magnitude = std::sqrt(std::min(std::abs(value), 1.0f));
    return Colormap::divergingRdBu().at(0.5f + 0.5f * (value < 0.0f ? -magnitude : magnitude));
}

// Max-pooled cells keep a one-token-wide diagonal visible when 512 tokens share 64 pixels. `n` queries pooled into
// the rows, `m` keys into the columns (a rectangle for cross-attention, which the view stretches to its square cell).
QImage renderMatrix(const FloatMatrix& cells, int n, int m, bool causal, const ThumbnailSpec& spec) {
    const int s = static_cast<int>(cells.rows), t = static_cast<int>(cells.cols);
    if (s <= 0 || t <= 0) return {};
    QImage image(t, s, QImage::Format_RGB32);
    const QRgb future = (spec.difference ? screenTheme().notAttendableOnDiverging : screenTheme().notAttendable).rgb();
    for (int r = 0; r < s; ++r) {
        const int64_t lastQuery = poolEnd(r, n, s) - 1;
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < t; ++c) {
            // A cell whose first key comes after its last query holds only keys a causal model cannot see.
            line[c] = causal && poolStart(c, m, t) > lastQuery ? future : thumbnailColor(cells(r, c), spec.difference);
        }
    }
    return image;
}

// `mass`: the weight each bin of queries (rows, on the left) sends to each bin of keys (columns, on the right),
// averaged over its queries. Cross-attention has different bins on the two sides.
QImage renderLines(const FloatMatrix& mass, int head, const ThumbnailSpec& spec) {
    const int s = spec.size;
    const int bins = static_cast<int>(mass.rows), keyBins = static_cast<int>(mass.cols);
    if (bins <= 0 || keyBins <= 0) return {};
    QImage image(s, s, QImage::Format_ARGB32_Premultiplied);
    image.fill(screenTheme().background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal left = s * 0.2;
    const qreal right = s * 0.8;
    const qreal step = static_cast<qreal>(s) / bins;
    const qreal keyStep = static_cast<qreal>(s) / keyBins;
    painter.setPen(QPen(screenTheme().grid, 1.0));
    for (int b = 0; b < bins; ++b) {
        const qreal y = (b + 0.5) * step;
        painter.drawLine(QPointF(left - s * 0.1, y), QPointF(left - s * 0.02, y));
    }
    for (int b = 0; b < keyBins; ++b) {
        const qreal y = (b + 0.5) * keyStep;
        painter.drawLine(QPointF(right + s * 0.02, y), QPointF(right + s * 0.1, y));
    }
    const QColor base = headColor(head);
    const Colormap& diverging = Colormap::divergingRdBu();
    const qreal width = std::max(1.0, s / 48.0);
    for (int bq = 0; bq < bins; ++bq) {
        for (int bk = 0; bk < keyBins; ++bk) {
            const float m = mass(bq, bk);
            const float opacity = spec.difference ? std::sqrt(std::min(std::abs(m), 1.0f)) : std::min(m, 1.0f);
            if (!(opacity >= 0.03f)) continue;  // NaN mass draws nothing
            QColor color = !spec.difference ? base : QColor(diverging.at(m < 0.0f ? 0.12f : 0.88f));
            color.setAlphaF(opacity);
            painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(left, (bq + 0.5) * step), QPointF(right, (bk + 0.5) * keyStep));
        }
    }
    return image;
}

}  // namespace

QImage renderThumbnail(const AttentionCapture& capture, const AttentionCapture* before, int layer, int head,
                       const ThumbnailSpec& spec) {
    const int n = capture.tokenCount(), m = capture.keyTokenCount();  // queries and keys: differ for cross-attention
    if (n <= 0 || m <= 0 || spec.size <= 0) return {};
    if (spec.kind == ThumbnailKind::Lines) {
        const int bins = std::min(std::max(n, m), std::max(8, spec.size / 2));
        return renderLines(cellsOf(capture, before, layer, head, bins, Pooling::MeanOfQueries, spec.difference), head,
                           spec);
    }
    return renderMatrix(cellsOf(capture, before, layer, head, spec.size, Pooling::Max, spec.difference), n, m,
                        capture.modelInfo().causal, spec);
}

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent) {}

ThumbnailCache::~ThumbnailCache() {
    if (watcher_) {
        watcher_->disconnect(this);
        watcher_->cancel();
        watcher_->waitForFinished();
    }
}

void ThumbnailCache::stopWorker() {
    if (!watcher_) return;
    // Finished items of the old run must not land in the new one; cancelled items never start.
    watcher_->disconnect(this);
    watcher_->cancel();
    watcher_->deleteLater();
    watcher_ = nullptr;
}

void ThumbnailCache::clear() {
    stopWorker();
    images_.clear();
    error_.clear();
}

void ThumbnailCache::start(std::shared_ptr<const AttentionCapture> capture,
                           std::shared_ptr<const AttentionCapture> before, const ThumbnailSpec& spec) {
    clear();
    if (!capture) return;
    struct Cell {
        int layer;
        int head;
    };
    QList<Cell> cells;
    for (int l = 0; l < capture->layers(); ++l)
        for (int h = 0; h < capture->heads(); ++h) cells.append({l, h});
    auto work = [capture, before, spec](const Cell& cell) -> Result {
        Result result{cell.layer, cell.head, {}, {}};
        try {
            result.image = renderThumbnail(*capture, before.get(), cell.layer, cell.head, spec);
        } catch (const std::exception& error) {
            result.error = QString::fromStdString(error.what());
        }
        return result;
    };
    const double n = capture->tokenCount(), m = capture->keyTokenCount();
    if (static_cast<double>(cells.size()) * n * m <= kSynchronousWeights) {
        for (const Cell& cell : cells) store(work(cell));
        emit finished();
        return;
    }
    watcher_ = new QFutureWatcher<Result>(this);
    QFutureWatcher<Result>* watcher = watcher_;
    connect(watcher, &QFutureWatcher<Result>::resultReadyAt, this,
            [this, watcher](int index) { store(watcher->resultAt(index)); });
    connect(watcher, &QFutureWatcher<Result>::finished, this, &ThumbnailCache::finished);
    watcher->setFuture(QtConcurrent::mapped(std::move(cells), work));
}

void ThumbnailCache::waitForFinished() {
    if (!watcher_) return;
    watcher_->waitForFinished();
    const QFuture<Result> future = watcher_->future();
    for (int i = 0; i < future.resultCount(); ++i) store(future.resultAt(i));
}

void ThumbnailCache::store(const Result& result) {
    if (!result.error.isEmpty()) {
        error_ = result.error;
        return;
    }
    images_.insert(key(result.layer, result.head), result.image);
    emit thumbnailReady(result.layer, result.head);
}

}  // namespace attnscope::widgets
