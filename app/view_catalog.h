// The views the main window shows, as one table (id, --view name, title, dock area, how to make the view). A view's
// widget comes from attnscope_widgets (the embedding dock from embedding_dock.h). The catalog hands every capture to
// the views that show captures, and connects the analysis views to the sessions that compute for them.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "attnscope/capture.h"

class QWidget;

namespace attnscope::app {

class AnalysisSession;
class EmbeddingDock;
class EmbeddingSession;
class MainWindow;

class ViewCatalog {
public:
    // Receives the capture to show and, after a masked re-run, the plain run before it (else null).
    using CaptureReceiver = std::function<void(const std::shared_ptr<const AttentionCapture>& capture,
                                               const std::shared_ptr<const AttentionCapture>& before)>;

    // Registers every view of the table with `window` (docks and View-menu toggles). The analysis views show what
    // `analysis` computes; the embedding dock shows `embedding`.
    ViewCatalog(MainWindow& window, AnalysisSession& analysis, EmbeddingSession& embedding);

    // Hands `capture` (and `before`) to every view that shows captures; with `before`, views that can show the
    // difference (after − before) switch to it.
    void setCaptures(const std::shared_ptr<const AttentionCapture>& capture,
                     const std::shared_ptr<const AttentionCapture>& before) const;
    void addCaptureReceiver(CaptureReceiver receiver) { receivers_.push_back(std::move(receiver)); }

    // The Query–Key Embeddings dock, for the command line (--corpus, --embedding, ...); null before it is made.
    EmbeddingDock* embeddingDock() const { return embeddingDock_; }
    void setEmbeddingDock(EmbeddingDock* dock) { embeddingDock_ = dock; }

    // The view made for a dock id (inside its scroll area, when it has one), or null.
    QWidget* view(const QString& dockId) const;

    // The dock id for a --view name ("head" -> "head_view"); empty for an unknown name.
    static QString dockIdForViewName(const QString& name);
    // The --view names, in table order ("head", "model", "map", "mask", "sinks", "roles", "importance", "flow",
    // "embedding").
    static QStringList viewNames();

private:
    std::vector<CaptureReceiver> receivers_;
    std::vector<std::pair<QString, QWidget*>> views_;  // dock id -> the view itself (not its scroll area)
    EmbeddingDock* embeddingDock_ = nullptr;
};

}  // namespace attnscope::app
