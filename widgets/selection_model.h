// The one shared selection: current layer, visible heads, hovered/selected token and the head mask.
// Every view reads and writes it; views never talk to each other directly.
#pragma once

#include <QObject>
#include <QSet>
#include <QUndoStack>
#include <utility>
#include <vector>

#include "attnscope/head_mask.h"

namespace attnscope::widgets {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    explicit SelectionModel(QObject* parent = nullptr);

    // The shape of the model the selection refers to; resets the selection when it changes.
    void setModelShape(int layers, int heads);
    int layerCount() const { return layers_; }
    int headCount() const { return heads_; }

    int layer() const { return layer_; }
    int head() const { return head_; }  // the focused head (attention map, embedding view)
    const QSet<int>& visibleHeads() const { return visibleHeads_; }
    bool headVisible(int head) const { return visibleHeads_.contains(head); }
    int token() const { return token_; }  // -1 when none
    bool tokenIsKey() const { return tokenIsKey_; }
    // The masked heads of the attention shown (layer:head pairs); runMask() holds every kind's (enc:, dec:,
    // cross: in encoder-decoder models), which runs and saved sessions use. The same for other models.
    const HeadMask& mask() const { return shown_; }
    const HeadMask& runMask() const { return mask_; }
    // Encoder-decoder models: which attention the views show (Encoder, Decoder or Cross) and that stack's shape.
    // The selection keeps its token and the mask; layer and head are clamped to the new shape.
    void setAttentionKind(AttentionKind kind, int layers, int heads);
    AttentionKind attentionKind() const { return kind_; }

    // Mask edits go through the undo stack so the GUI's Undo/Redo covers them. The edits below act on the heads of
    // the attention shown; setMask() takes a whole mask (every kind).
    QUndoStack* undoStack() { return &undo_; }
    void toggleMasked(int layer, int head);
    void maskLayer(int layer);
    void invertMask();
    void clearMask();
    void setMask(const HeadMask& mask, const QString& description);
    // The undo history of the mask: the mask after each edit with its description, and how many edits are applied
    // (for saved sessions). Restoring replaces the history and applies the mask at `index`.
    std::vector<std::pair<QString, HeadMask>> maskHistory() const;
    int maskHistoryIndex() const { return undo_.index(); }
    void restoreMaskHistory(const std::vector<std::pair<QString, HeadMask>>& steps, int index);

public slots:
    void setLayer(int layer);
    void setHead(int head);
    void selectHead(int layer, int head);  // layer and focused head at once
    void setHeadVisible(int head, bool visible);
    void setAllHeadsVisible(bool visible);
    void setToken(int token, bool isKey = false);

signals:
    void modelShapeChanged(int layers, int heads);
    // The selected layer or focused head (or both) changed: emitted once per change, so selecting another head of
    // another layer costs a view one recomputation. Views that show a whole layer compare `layer` with their own.
    void headSelected(int layer, int head);
    void visibleHeadsChanged();
    void tokenChanged(int token, bool isKey);
    void maskChanged(const attnscope::HeadMask& mask);  // mask(): the heads of the attention shown

private:
    friend class MaskCommand;
    void applyMask(const HeadMask& mask);

    int layers_ = 0;
    int heads_ = 0;
    int layer_ = 0;
    int head_ = 0;
    QSet<int> visibleHeads_;
    int token_ = -1;
    bool tokenIsKey_ = false;
    AttentionKind kind_ = AttentionKind::Self;
    HeadMask mask_;   // every kind
    HeadMask shown_;  // the kind shown, as layer:head pairs
    QUndoStack undo_;
};

}  // namespace attnscope::widgets
