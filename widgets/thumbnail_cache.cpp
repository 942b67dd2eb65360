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

FloatMatrix weightsOf(const AttentionCapture& capture, const AttentionCapture* before, int layer, int head,
                      bool difference) {
    FloatMatrix w = capture.attention(layer, head);
    if (difference && before) {
        const FloatMatrix old = before->attention(layer, head);
        for (size_t i = 0; i < w.values.size() && i < old.values.size(); ++i) w.values[i] -= old.values[i];
    }
    return w;
}

// Thumbnails are small, so both scales are square-rooted: faint but real structure (broad heads, small
// differences) stays visible next to sharp heads, and cells stay comparable with each other.
QRgb thumbnailColor(float value, bool difference) {
    if (!difference) return Colormap::viridis().at(std::sqrt(std::max(value, 0.0f)));
    const float magnitude = std::sqrt(std::min(std::abs(value), 1.0f));
    return Colormap::divergingRdBu().at(0.5f + 0.5f * (value < 0.0f ? -magnitude : magnitude));
}

QImage renderMatrix(const FloatMatrix& w, int n, bool causal, const ThumbnailSpec& spec) {
    const int s = std::min(n, spec.size);
    QImage image(s, s, QImage::Format_RGB32);
    std::vector<int> bin(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k) bin[static_cast<size_t>(k)] = static_cast<int>(static_cast<int64_t>(k) * s / n);
    std::vector<float> pooled(static_cast<size_t>(s));
    const QRgb future = (spec.difference ? screenTheme().notAttendableOnDiverging : screenTheme().notAttendable).rgb();
    int q = 0;
    for (int r = 0; r < s; ++r) {
        // Max-pooling (by magnitude) keeps a one-token-wide diagonal visible when 512 tokens share 64 pixels.
        std::fill(pooled.begin(), pooled.end(), 0.0f);
        for (; q < n && bin[static_cast<size_t>(q)] == r; ++q) {
            const float* row = w.row(q);
            for (int k = 0; k < n; ++k) {
                float& p = pooled[static_cast<size_t>(bin[static_cast<size_t>(k)])];
                // A NaN wins its bin and keeps it: broken weights show as "no value", not as a weight of 0.
                if (std::abs(row[k]) > std::abs(p) || std::isnan(row[k])) p = row[k];
            }
        }
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
        for (int c = 0; c < s; ++c) {
            // A bin whose first key comes after its last query holds only keys a causal model cannot see.
            const int firstKey = static_cast<int>((static_cast<int64_t>(c) * n + s - 1) / s);
            line[c] =
                causal && firstKey > q - 1 ? future : thumbnailColor(pooled[static_cast<size_t>(c)], spec.difference);
        }
    }
    return image;
}

QImage renderLines(const FloatMatrix& w, int n, int head, const ThumbnailSpec& spec) {
    const int s = spec.size;
    const int bins = std::min(n, std::max(8, s / 2));
    // Mass that the queries of one bin send to the keys of another, averaged over the queries.
    std::vector<float> mass(static_cast<size_t>(bins * bins), 0.0f);
    std::vector<int> count(static_cast<size_t>(bins), 0);
    for (int q = 0; q < n; ++q) {
        const int bq = static_cast<int>(static_cast<int64_t>(q) * bins / n);
        ++count[static_cast<size_t>(bq)];
        const float* row = w.row(q);
        for (int k = 0; k < n; ++k)
            mass[static_cast<size_t>(bq * bins + static_cast<int>(static_cast<int64_t>(k) * bins / n))] += row[k];
    }
    QImage image(s, s, QImage::Format_ARGB32_Premultiplied);
    image.fill(screenTheme().background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal left = s * 0.2;
    const qreal right = s * 0.8;
    const qreal step = static_cast<qreal>(s) / bins;
    painter.setPen(QPen(screenTheme().grid, 1.0));
    for (int b = 0; b < bins; ++b) {
        const qreal y = (b + 0.5) * step;
        painter.drawLine(QPointF(left - s * 0.1, y), QPointF(left - s * 0.02, y));
        painter.drawLine(QPointF(right + s * 0.02, y), QPointF(right + s * 0.1, y));
    }
    const QColor base = headColor(head);
    const Colormap& diverging = Colormap::divergingRdBu();
    const qreal width = std::max(1.0, s / 48.0);
    for (int bq = 0; bq < bins; ++bq) {
        if (count[static_cast<size_t>(bq)] == 0) continue;
        for (int bk = 0; bk < bins; ++bk) {
            const float m =
                mass[static_cast<size_t>(bq * bins + bk)] / static_cast<float>(count[static_cast<size_t>(bq)]);
            const float opacity = spec.difference ? std::sqrt(std::min(std::abs(m), 1.0f)) : std::min(m, 1.0f);
            if (!(opacity >= 0.03f)) continue;  // NaN mass draws nothing
            QColor color = !spec.difference ? base : QColor(diverging.at(m < 0.0f ? 0.12f : 0.88f));
            color.setAlphaF(opacity);
            painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(left, (bq + 0.5) * step), QPointF(right, (bk + 0.5) * step));
        }
    }
    return image;
}

}  // namespace

QImage renderThumbnail(const AttentionCapture& capture, const AttentionCapture* before, int layer, int head,
                       const ThumbnailSpec& spec) {
    const int n = capture.tokenCount();
    if (n <= 0 || spec.size <= 0) return {};
    const FloatMatrix w = weightsOf(capture, before, layer, head, spec.difference);
    if (spec.kind == ThumbnailKind::Lines) return renderLines(w, n, head, spec);
    return renderMatrix(w, n, capture.modelInfo().causal, spec);
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
    const double n = capture->tokenCount();
    if (static_cast<double>(cells.size()) * n * n <= kSynchronousWeights) {
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
