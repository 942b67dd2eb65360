// The shared selection state and its undoable mask edits.
#include "selection_model.h"

#include <QUndoCommand>
#include <algorithm>

namespace attnscope::widgets {

// One undoable change of the head mask: remembers the mask before and after.
class MaskCommand : public QUndoCommand {
public:
    MaskCommand(SelectionModel* model, HeadMask before, HeadMask after, const QString& text)
        : QUndoCommand(text), model_(model), before_(std::move(before)), after_(std::move(after)) {}
    void undo() override { model_->applyMask(before_); }
    void redo() override { model_->applyMask(after_); }
    const HeadMask& after() const { return after_; }

private:
    SelectionModel* model_;
    HeadMask before_;
    HeadMask after_;
};

SelectionModel::SelectionModel(QObject* parent) : QObject(parent) {}

void SelectionModel::setModelShape(int layers, int heads) {
    const bool changed = layers != layers_ || heads != heads_;
    layers_ = std::max(0, layers);
    heads_ = std::max(0, heads);
    if (!changed) return;
    layer_ = std::min(layer_, std::max(0, layers_ - 1));
    head_ = std::min(head_, std::max(0, heads_ - 1));
    visibleHeads_.clear();
    for (int h = 0; h < heads_; ++h) visibleHeads_.insert(h);
    token_ = -1;
    undo_.clear();
    mask_.clear();
    shown_.clear();
    kind_ = AttentionKind::Self;
    emit modelShapeChanged(layers_, heads_);
    emit headSelected(layer_, head_);
    emit visibleHeadsChanged();
    emit tokenChanged(token_, tokenIsKey_);
    emit maskChanged(shown_);
}

void SelectionModel::setAttentionKind(AttentionKind kind, int layers, int heads) {
    if (kind == kind_ && layers == layers_ && heads == heads_) return;
    kind_ = kind;
    layers_ = std::max(0, layers);
    heads_ = std::max(0, heads);
    layer_ = std::min(layer_, std::max(0, layers_ - 1));
    head_ = std::min(head_, std::max(0, heads_ - 1));
    visibleHeads_.clear();
    for (int h = 0; h < heads_; ++h) visibleHeads_.insert(h);
    token_ = -1;  // the token lists differ between the encoder's and the decoder's side
    shown_ = kind_ == AttentionKind::Self ? mask_ : mask_.only(kind_);
    emit modelShapeChanged(layers_, heads_);
    emit headSelected(layer_, head_);
    emit visibleHeadsChanged();
    emit tokenChanged(token_, tokenIsKey_);
    emit maskChanged(shown_);
}

void SelectionModel::setLayer(int layer) {
    selectHead(layer, head_);
}

void SelectionModel::setHead(int head) {
    selectHead(layer_, head);
}

void SelectionModel::selectHead(int layer, int head) {
    layer = std::clamp(layer, 0, std::max(0, layers_ - 1));
    head = std::clamp(head, 0, std::max(0, heads_ - 1));
    if (layer == layer_ && head == head_) return;
    layer_ = layer;
    head_ = head;
    emit headSelected(layer_, head_);
}

void SelectionModel::setHeadVisible(int head, bool visible) {
    if (head < 0 || head >= heads_ || visibleHeads_.contains(head) == visible) return;
    if (visible)
        visibleHeads_.insert(head);
    else
        visibleHeads_.remove(head);
    emit visibleHeadsChanged();
}

void SelectionModel::setAllHeadsVisible(bool visible) {
    visibleHeads_.clear();
    if (visible)
        for (int h = 0; h < heads_; ++h) visibleHeads_.insert(h);
    emit visibleHeadsChanged();
}

void SelectionModel::setToken(int token, bool isKey) {
    if (token == token_ && isKey == tokenIsKey_) return;
    token_ = token;
    tokenIsKey_ = isKey;
    emit tokenChanged(token_, tokenIsKey_);
}

void SelectionModel::toggleMasked(int layer, int head) {
    HeadMask next = mask_;
    const bool masked = !shown_.contains(layer, head);
    next.set(kind_, layer, head, masked);
    const QString prefix =
        kind_ == AttentionKind::Self ? QString() : QString::fromLatin1(attentionKindPrefix(kind_)) + QLatin1Char(':');
    setMask(next, masked ? tr("Mask head %1%2:%3").arg(prefix).arg(layer).arg(head)
                         : tr("Unmask head %1%2:%3").arg(prefix).arg(layer).arg(head));
}

void SelectionModel::maskLayer(int layer) {
    HeadMask next = mask_;
    for (int h = 0; h < heads_; ++h) next.set(kind_, layer, h, true);
    setMask(next, tr("Mask all heads of layer %1").arg(layer));
}

void SelectionModel::invertMask() {
    HeadMask next = mask_.without(kind_);
    for (int l = 0; l < layers_; ++l)
        for (int h = 0; h < heads_; ++h)
            if (!shown_.contains(l, h)) next.set(kind_, l, h, true);
    setMask(next, tr("Invert mask"));
}

void SelectionModel::clearMask() {
    setMask(HeadMask(), tr("Clear mask"));
}

void SelectionModel::setMask(const HeadMask& mask, const QString& description) {
    if (mask == mask_) return;
    undo_.push(new MaskCommand(this, mask_, mask, description));
}

std::vector<std::pair<QString, HeadMask>> SelectionModel::maskHistory() const {
    std::vector<std::pair<QString, HeadMask>> steps;
    for (int i = 0; i < undo_.count(); ++i)
        if (const auto* command = dynamic_cast<const MaskCommand*>(undo_.command(i)))
            steps.emplace_back(command->text(), command->after());
    return steps;
}

void SelectionModel::restoreMaskHistory(const std::vector<std::pair<QString, HeadMask>>& steps, int index) {
    undo_.clear();
    HeadMask previous;
    for (const auto& [text, mask] : steps) {
        undo_.push(new MaskCommand(this, previous, mask, text));  // push() applies each step in turn
        previous = mask;
    }
    undo_.setIndex(std::clamp(index, 0, static_cast<int>(steps.size())));
}

void SelectionModel::applyMask(const HeadMask& mask) {
    mask_ = mask;
    shown_ = kind_ == AttentionKind::Self ? mask_ : mask_.only(kind_);
    emit maskChanged(shown_);
}

}  // namespace attnscope::widgets
