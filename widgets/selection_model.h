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
    const HeadMask& mask() const { return mask_; }

    // Mask edits go through the undo stack so the GUI's Undo/Redo covers them.
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
    void maskChanged(const attnscope::HeadMask& mask);

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
    HeadMask mask_;
    QUndoStack undo_;
};

}  // namespace attnscope::widgets
