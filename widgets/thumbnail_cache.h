// Thumbnails of every head's attention for the model view, computed once per capture: synchronously when the
// whole grid is cheap, otherwise on QtConcurrent's thread pool while the view shows placeholders.
#pragma once

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <memory>

#include "attnscope/capture.h"

namespace attnscope::widgets {

enum class ThumbnailKind {
    Matrix,  // the queries x keys map (N x N; M x N for cross-attention), max-pooled to the thumbnail's pixels
    Lines,   // head-view lines between pooled token positions
};

struct ThumbnailSpec {
    ThumbnailKind kind = ThumbnailKind::Matrix;
    int size = 64;            // pixels per side (the matrix kind uses fewer when the input is shorter)
    bool difference = false;  // capture - before, on the diverging map
};

// One head's thumbnail. Safe to call from any thread: it only reads the immutable captures.
QImage renderThumbnail(const AttentionCapture& capture, const AttentionCapture* before, int layer, int head,
                       const ThumbnailSpec& spec);

class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // Drops what is cached and computes every head of `capture` (minus `before` in difference mode).
    void start(std::shared_ptr<const AttentionCapture> capture, std::shared_ptr<const AttentionCapture> before,
               const ThumbnailSpec& spec);
    void clear();

    // A null image until that head's thumbnail is ready.
    QImage thumbnail(int layer, int head) const { return images_.value(key(layer, head)); }
    int readyCount() const { return static_cast<int>(images_.size()); }
    bool isRunning() const { return watcher_ != nullptr && watcher_->isRunning(); }
    // Blocks until every thumbnail is ready (tests and benchmarks).
    void waitForFinished();
    // The last error a thumbnail met (empty when none); that head stays a placeholder.
    const QString& error() const { return error_; }

    // Grids of at most this many attention weights (layers x heads x queries x keys) are computed synchronously
    // (~20 ms).
    static constexpr double kSynchronousWeights = 2.0e6;

signals:
    void thumbnailReady(int layer, int head);
    void finished();

private:
    struct Result {
        int layer = 0;
        int head = 0;
        QImage image;
        QString error;
    };
    static qint64 key(int layer, int head) { return (qint64(layer) << 32) | quint32(head); }
    void store(const Result& result);
    void stopWorker();

    QHash<qint64, QImage> images_;
    QFutureWatcher<Result>* watcher_ = nullptr;
    QString error_;
};

}  // namespace attnscope::widgets
