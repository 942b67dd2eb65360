// The base of the attention views: captures, difference mode and the selection they share.
#include "capture_view.h"

#include <QCheckBox>
#include <algorithm>

#include "style.h"

namespace attnscope::widgets {

CaptureView::CaptureView(QWidget* parent) : QWidget(parent) {}

CaptureView::~CaptureView() {
    setBusyCounter(nullptr);
}

void CaptureView::setBusyCounter(BusyCounter* busy) {
    if (busy_)
        for (const QString& reason : std::as_const(busyReasons_)) busy_->end(reason);
    busy_ = busy;
    if (busy_)
        for (const QString& reason : std::as_const(busyReasons_)) busy_->begin(reason);
}

void CaptureView::setBusy(const QString& reason, bool busy) {
    if (busy == busyReasons_.contains(reason)) return;
    if (busy)
        busyReasons_.append(reason);
    else
        busyReasons_.removeOne(reason);
    if (busy_) {
        if (busy)
            busy_->begin(reason);
        else
            busy_->end(reason);
    }
}

void CaptureView::setSelectionModel(SelectionModel* selection) {
    if (selection_ == selection) return;
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    selectionModelChanged();
    update();
}

void CaptureView::setCaptures(std::shared_ptr<const AttentionCapture> capture,
                              std::shared_ptr<const AttentionCapture> before) {
    capture_ = std::move(capture);
    before_ = std::move(before);
    weighted_.reset();
    notifyCapturesChanged();
    if (normRequested_ && capture_) emit normWeightingWanted(capture_);
}

void CaptureView::setNormWeightedCapture(std::shared_ptr<const AttentionCapture> weighted,
                                         const std::shared_ptr<const AttentionCapture>& of) {
    if (!of || of != capture_) return;
    weighted_ = std::move(weighted);
    notifyCapturesChanged();
}

void CaptureView::setNormWeightingUnavailable(const QString& reason) {
    normRequested_ = false;
    for (const auto& toggle : normToggles_)
        if (toggle) toggle->setToolTip(tr("Norm weighting is not available: %1").arg(reason));
    notifyCapturesChanged();
}

void CaptureView::setNormWeighting(bool enabled) {
    if (enabled == normRequested_) return;
    normRequested_ = enabled;
    notifyCapturesChanged();
    emit differenceModeChanged(differenceMode());
    if (enabled && !weighted_ && capture_) emit normWeightingWanted(capture_);
}

QCheckBox* CaptureView::createNormWeightedToggle(QWidget* parent) {
    auto* toggle = new QCheckBox(tr("Norm-weighted"), parent);
    toggle->setToolTip(
        tr("Weigh each attention weight by the norm of what its key's value vector writes through the "
           "output projection, rows renormalised (Kobayashi et al., 2020)"));
    toggle->setEnabled(capture_ != nullptr);
    toggle->setChecked(normRequested_);
    connect(toggle, &QCheckBox::toggled, this, &CaptureView::setNormWeighting);
    normToggles_.append(toggle);
    return toggle;
}

bool CaptureView::differenceAvailable() const {
    return capture_ && before_ && capture_->layers() == before_->layers() && capture_->heads() == before_->heads() &&
           capture_->tokenCount() == before_->tokenCount() && capture_->keyTokenCount() == before_->keyTokenCount();
}

int CaptureView::currentLayer() const {
    if (!capture_ || !selection_) return 0;
    return std::clamp(selection_->layer(), 0, std::max(0, capture_->layers() - 1));
}

int CaptureView::currentHead() const {
    if (!capture_ || !selection_) return 0;
    return std::clamp(selection_->head(), 0, std::max(0, capture_->heads() - 1));
}

void CaptureView::setDifferenceMode(bool enabled) {
    if (enabled == differenceRequested_) return;
    differenceRequested_ = enabled;
    notifyCapturesChanged();
    emit differenceModeChanged(differenceMode());
}

QCheckBox* CaptureView::createDifferenceToggle(QWidget* parent) {
    auto* toggle = new QCheckBox(tr("Difference"), parent);
    toggle->setToolTip(tr("Show this run minus the run before the mask changed (red: more attention, blue: less)"));
    toggle->setEnabled(differenceAvailable());
    toggle->setChecked(differenceMode());
    connect(toggle, &QCheckBox::toggled, this, &CaptureView::setDifferenceMode);
    differenceToggles_.append(toggle);
    return toggle;
}

void CaptureView::notifyCapturesChanged() {
    for (const auto& toggle : differenceToggles_) {
        if (!toggle) continue;
        const QSignalBlocker blocker(toggle);
        toggle->setEnabled(differenceAvailable() && !normRequested_);
        toggle->setChecked(differenceMode());
    }
    for (const auto& toggle : normToggles_) {
        if (!toggle) continue;
        const QSignalBlocker blocker(toggle);
        toggle->setEnabled(capture_ != nullptr);
        toggle->setChecked(normRequested_);
    }
    capturesChanged();
    update();
}

}  // namespace attnscope::widgets
