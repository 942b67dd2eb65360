// The views the main window shows, as one table (id, --view name, title, dock area, how to make the view). A view's
// widget comes from attnscope_widgets (the embedding dock from embedding_dock.h). The catalog also hands every
// capture to the views that show captures.
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/model.h"

namespace attnscope::app {

class EmbeddingDock;
class MainWindow;

class ViewCatalog {
public:
    // Receives the capture to show and, after a masked re-run, the plain run before it (else null).
    using CaptureReceiver = std::function<void(const std::shared_ptr<const AttentionCapture>& capture,
                                               const std::shared_ptr<const AttentionCapture>& before)>;

    // Registers every view of the table with `window` (docks and View-menu toggles).
    explicit ViewCatalog(MainWindow& window);

    // Hands `capture` (and `before`) to every view that shows captures; with `before`, views that can show the
    // difference (after − before) switch to it.
    void setCaptures(const std::shared_ptr<const AttentionCapture>& capture,
                     const std::shared_ptr<const AttentionCapture>& before) const;
    void addCaptureReceiver(CaptureReceiver receiver) { receivers_.push_back(std::move(receiver)); }
    // Where views that run the model themselves (the importance sweep) find the open model.
    void setModelProvider(std::function<std::shared_ptr<const Model>()> provider) { modelProvider_ = std::move(provider); }
    std::shared_ptr<const Model> model() const { return modelProvider_ ? modelProvider_() : nullptr; }

    // The Query–Key Embeddings dock, for the command line (--corpus, --embedding, ...); null before it is made.
    EmbeddingDock* embeddingDock() const { return embeddingDock_; }
    void setEmbeddingDock(EmbeddingDock* dock) { embeddingDock_ = dock; }

    // The dock id for a --view name ("head" -> "head_view"); empty for an unknown name.
    static QString dockIdForViewName(const QString& name);
    // The --view names, in table order ("head", "model", "map", "mask", "sinks", "roles", "importance", "embedding").
    static QStringList viewNames();

private:
    std::vector<CaptureReceiver> receivers_;
    std::function<std::shared_ptr<const Model>()> modelProvider_;
    EmbeddingDock* embeddingDock_ = nullptr;
};

}  // namespace attnscope::app
