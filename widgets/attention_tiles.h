// The attention map's pixels, rendered tile by tile on demand from AttentionCapture::attentionTile and cached, so
// a map of thousands of tokens costs only the tiles in view. Maps are queries x keys: square for self-attention,
// rectangular for cross-attention (target queries over source keys). Zoomed out, each pixel max-pools a square of
// weights (a power of two tokens per side) so one-token-wide structure never disappears. Cheap tiles are rendered at
// once; costly ones (zoomed out over long inputs) on QtConcurrent's pool, announced by tileReady().
#pragma once

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <memory>

#include "attnscope/capture.h"
#include "style.h"

namespace attnscope::widgets {

// What the map shows: one head or the mean of a layer's heads, as weights or as a difference.
struct AttentionMapSource {
    std::shared_ptr<const AttentionCapture> capture;
    std::shared_ptr<const AttentionCapture> before;  // set in difference mode
    int layer = 0;
    int head = 0;
    bool layerMean = false;
    ColorScale scale = ColorScale::Linear;
    float differenceRange = 1.0f;  // |difference| at the ends of the diverging map

    bool difference() const { return before != nullptr; }
    // Queries (rows) and keys (columns): they differ for cross-attention.
    int tokenCount() const { return capture ? capture->tokenCount() : 0; }
    int keyCount() const { return capture ? capture->keyTokenCount() : 0; }
    bool operator==(const AttentionMapSource& o) const {
        return capture == o.capture && before == o.before && layer == o.layer && head == o.head &&
               layerMean == o.layerMean && scale == o.scale && differenceRange == o.differenceRange;
    }

    // Weights of a block of queries and keys: one head, the layer mean, or the difference. Thread-safe.
    FloatMatrix weights(int firstQuery, int queryCount, int firstKey, int keyCount) const;
    // The colour of one weight (or difference) on this source's scale.
    QRgb color(float value) const;
};

class AttentionTiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kTileSize = 128;  // pixels per tile side
    // Tiles needing at most this many weights (queries x all keys, times heads for a mean) render synchronously.
    static constexpr double kSynchronousWeights = 1.5e6;

    explicit AttentionTiles(QObject* parent = nullptr);
    ~AttentionTiles() override;
    // A different source drops every cached and pending tile.
    void setSource(const AttentionMapSource& source);
    const AttentionMapSource& source() const { return source_; }
    int tokenCount() const { return source_.tokenCount(); }  // queries: rows
    int keyCount() const { return source_.keyCount(); }      // keys: columns

    // Tile (column tileX, row tileY) at `pool` tokens per pixel side: up to kTileSize x kTileSize pixels, fewer at
    // the right and bottom edges. A null image while a costly tile is being rendered in the background.
    QImage tile(int pool, int tileX, int tileY);
    // The weight (or difference) of one query and key, as the map shows it.
    float value(int query, int key) const;

    bool hasPendingTiles() const { return !pending_.isEmpty(); }
    // Blocks until every queued tile is rendered and cached (tests and benchmarks).
    void waitForPendingTiles();
    // The last error a tile met (empty when none); that tile stays a placeholder.
    const QString& error() const { return error_; }
    int cachedTiles() const { return static_cast<int>(cache_.count()); }
    int renderedTiles() const { return rendered_; }  // tiles rendered since the last source change

    // The largest |difference| of a source, rounded up to a tidy number; exact up to 2048 queries, estimated from
    // every k-th query row beyond.
    static float differenceRange(const AttentionMapSource& source);

    // The whole map at `pool` tokens per pixel side (max-pooled), future keys of a causal model in the theme's
    // "not attendable" colour: what figures embed for maps too large to draw cell by cell. Any thread.
    static QImage renderWhole(const AttentionMapSource& source, int pool, const Theme& theme);

signals:
    void tileReady();
    // Tiles started (true) or stopped (false) being rendered in the background.
    void pendingChanged(bool pending);

private:
    struct Rendered {
        QImage image;
        QString error;
    };
    static QImage render(const AttentionMapSource& source, int pool, int tileX, int tileY,
                         const Theme& theme = screenTheme());
    // The same for tiles `span` tokens on a side.
    static QImage render(const AttentionMapSource& source, int pool, int tileX, int tileY, const Theme& theme,
                         int span);
    // render() with its error caught, so it can cross threads and never leaves an event handler as an exception.
    static Rendered renderCaught(const AttentionMapSource& source, int pool, int tileX, int tileY);
    void store(quint64 key, const Rendered& rendered);
    void dropPending();

    AttentionMapSource source_;
    QCache<quint64, QImage> cache_;
    QHash<quint64, QFutureWatcher<Rendered>*> pending_;
    QString error_;
    int rendered_ = 0;
};

}  // namespace attnscope::widgets
