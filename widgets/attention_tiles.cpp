// On-demand, cached rendering of attention map tiles.
#include "attention_tiles.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

#include "style.h"

namespace attnscope::widgets {

namespace {
// About 64 MB of tiles; the cost unit is a kilobyte.
constexpr int kCacheKilobytes = 64 * 1024;
// Weights fetched per attentionTile call at most (16 MB of floats).
constexpr int64_t kFetchWeights = 4 << 20;
}  // namespace

FloatMatrix AttentionMapSource::weights(int firstQuery, int queryCount, int firstKey, int keyCount) const {
    auto of = [&](const AttentionCapture& run) {
        if (!layerMean) return run.attentionTile(layer, head, firstQuery, queryCount, firstKey, keyCount);
        FloatMatrix mean(queryCount, keyCount);
        const float share = 1.0f / static_cast<float>(run.heads());
        for (int h = 0; h < run.heads(); ++h) {
            const FloatMatrix w = run.attentionTile(layer, h, firstQuery, queryCount, firstKey, keyCount);
            for (size_t i = 0; i < mean.values.size(); ++i) mean.values[i] += w.values[i] * share;
        }
        return mean;
    };
    FloatMatrix result = of(*capture);
    if (before) {
        const FloatMatrix old = of(*before);
        for (size_t i = 0; i < result.values.size(); ++i) result.values[i] -= old.values[i];
    }
    return result;
}

QRgb AttentionMapSource::color(float value) const {
    if (difference()) return Colormap::divergingRdBu().at(differencePosition(value, differenceRange));
    return Colormap::viridis().at(scalePosition(value, scale));
}

AttentionTiles::AttentionTiles(QObject* parent) : QObject(parent), cache_(kCacheKilobytes) {}

AttentionTiles::~AttentionTiles() {
    dropPending();
}

void AttentionTiles::setSource(const AttentionMapSource& source) {
    if (source == source_) return;
    dropPending();
    source_ = source;
    cache_.clear();
    rendered_ = 0;
    error_.clear();
}

void AttentionTiles::dropPending() {
    // Tiles of an old source may still finish on the pool; their watchers no longer report to us.
    for (QFutureWatcher<Rendered>* watcher : std::as_const(pending_)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    if (pending_.isEmpty()) return;
    pending_.clear();
    emit pendingChanged(false);
}

float AttentionTiles::value(int query, int key) const {
    if (!source_.capture) return 0.0f;
    return source_.weights(query, 1, key, 1).values.at(0);
}

QImage AttentionTiles::tile(int pool, int tileX, int tileY) {
    const quint64 key = (quint64(pool) << 48) | (quint64(tileY) << 24) | quint64(tileX);
    if (const QImage* cached = cache_.object(key)) return *cached;
    if (pending_.contains(key) || !source_.capture) return {};
    const double queries = std::clamp(tokenCount() - tileY * kTileSize * pool, 0, kTileSize * pool);
    const double cost =
        queries * keyCount() * (source_.layerMean ? source_.capture->heads() : 1) * (source_.before ? 2 : 1);
    if (cost <= kSynchronousWeights) {
        const Rendered rendered = renderCaught(source_, pool, tileX, tileY);
        store(key, rendered);
        return rendered.image;
    }
    auto* watcher = new QFutureWatcher<Rendered>(this);
    pending_.insert(key, watcher);
    if (pending_.size() == 1) emit pendingChanged(true);
    connect(watcher, &QFutureWatcher<Rendered>::finished, this, [this, key, watcher] {
        if (pending_.value(key) != watcher) return;
        pending_.remove(key);
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0) store(key, watcher->result());
        emit tileReady();
        if (pending_.isEmpty()) emit pendingChanged(false);
    });
    watcher->setFuture(
        QtConcurrent::run([source = source_, pool, tileX, tileY] { return renderCaught(source, pool, tileX, tileY); }));
    return {};
}

void AttentionTiles::waitForPendingTiles() {
    const auto pending = pending_;
    pending_.clear();
    if (!pending.isEmpty()) emit pendingChanged(false);
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        QFutureWatcher<Rendered>* watcher = it.value();
        watcher->disconnect(this);
        watcher->waitForFinished();
        if (watcher->future().resultCount() > 0) store(it.key(), watcher->result());
        watcher->deleteLater();
    }
    if (!pending.isEmpty()) emit tileReady();
}

void AttentionTiles::store(quint64 key, const Rendered& rendered) {
    if (!rendered.error.isEmpty()) error_ = rendered.error;
    if (rendered.image.isNull()) return;
    ++rendered_;
    cache_.insert(key, new QImage(rendered.image), std::max<qsizetype>(1, rendered.image.sizeInBytes() / 1024));
}

AttentionTiles::Rendered AttentionTiles::renderCaught(const AttentionMapSource& source, int pool, int tileX,
                                                      int tileY) {
    try {
        return {render(source, pool, tileX, tileY), {}};
    } catch (const std::exception& error) {
        return {{}, QString::fromStdString(error.what())};
    }
}

QImage AttentionTiles::renderWhole(const AttentionMapSource& source, int pool, const Theme& theme) {
    // One tile as large as the map (its longer side: cross-attention maps are rectangular).
    const int n = std::max(source.tokenCount(), source.keyCount());
    return render(source, pool, 0, 0, theme, (n + pool - 1) / pool * pool);
}

QImage AttentionTiles::render(const AttentionMapSource& source, int pool, int tileX, int tileY, const Theme& theme) {
    return render(source, pool, tileX, tileY, theme, kTileSize * pool);
}

QImage AttentionTiles::render(const AttentionMapSource& source, int pool, int tileX, int tileY, const Theme& theme,
                              int span) {
    const int firstKey = tileX * span;
    const int firstQuery = tileY * span;
    const int keyCount = std::clamp(source.keyCount() - firstKey, 0, span);
    const int queryCount = std::clamp(source.tokenCount() - firstQuery, 0, span);
    if (keyCount == 0 || queryCount == 0) return {};
    const int width = (keyCount + pool - 1) / pool;
    const int height = (queryCount + pool - 1) / pool;
    QImage image(width, height, QImage::Format_RGB32);
    const bool causal = source.capture->modelInfo().causal;
    const QRgb future = (source.difference() ? theme.notAttendableOnDiverging : theme.notAttendable).rgb();

    // Fetch whole pixel rows of queries at a time, as many as fit the fetch budget.
    const int rowsPerFetch = std::max(1, static_cast<int>(kFetchWeights / (int64_t(keyCount) * pool)));
    std::vector<float> pooled(static_cast<size_t>(width));
    for (int y0 = 0; y0 < height; y0 += rowsPerFetch) {
        const int y1 = std::min(height, y0 + rowsPerFetch);
        const int q0 = firstQuery + y0 * pool;
        const int qn = std::min(firstQuery + queryCount, firstQuery + y1 * pool) - q0;
        const FloatMatrix block = source.weights(q0, qn, firstKey, keyCount);
        for (int y = y0; y < y1; ++y) {
            std::fill(pooled.begin(), pooled.end(), 0.0f);
            const int rowBegin = (y - y0) * pool;
            const int rowEnd = std::min(qn, rowBegin + pool);
            for (int r = rowBegin; r < rowEnd; ++r) {
                const float* row = block.row(r);
                for (int k = 0; k < keyCount; ++k) {
                    float& p = pooled[static_cast<size_t>(k / pool)];
                    if (std::abs(row[k]) > std::abs(p)) p = row[k];
                }
            }
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const int lastQuery = q0 + rowEnd - 1;
            for (int x = 0; x < width; ++x)
                line[x] =
                    causal && firstKey + x * pool > lastQuery ? future : source.color(pooled[static_cast<size_t>(x)]);
        }
    }
    return image;
}

float AttentionTiles::differenceRange(const AttentionMapSource& source) {
    if (!source.capture || !source.before) return 1.0f;
    const int n = source.tokenCount(), keys = source.keyCount();
    if (n <= 0 || keys <= 0) return 1.0f;
    // Every query row up to 2048 tokens (in blocks of about a million weights), every step-th row beyond.
    const int step = n <= 2048 ? 1 : n / 256;
    const int block = step == 1 ? std::max(1, (1 << 20) / keys) : 1;
    float largest = 0.0f;
    for (int q = 0; q < n; q += block * step) {
        const FloatMatrix weights = source.weights(q, std::min(block, n - q), 0, keys);
        for (float v : weights.values) largest = std::max(largest, std::abs(v));
    }
    // A tidy end value makes the colour bar's ticks readable.
    for (float tidy : {0.01f, 0.02f, 0.05f, 0.1f, 0.2f, 0.25f, 0.5f, 1.0f})
        if (largest <= tidy) return tidy;
    return 1.0f;
}

}  // namespace attnscope::widgets
