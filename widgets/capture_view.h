// The common ground of the attention views: the capture they show (and, after a masked re-run, the capture from
// before it, for difference maps) and the shared SelectionModel they read and write.
#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

#include "attnscope/capture.h"
#include "busy_counter.h"
#include "selection_model.h"

class QCheckBox;

namespace attnscope::widgets {

class CaptureView : public QWidget {
    Q_OBJECT
public:
    explicit CaptureView(QWidget* parent = nullptr);
    ~CaptureView() override;

    // Raised while the view computes in the background (thumbnails, tiles), so --screenshot waits for it.
    void setBusyCounter(BusyCounter* busy);

    // The selection this view follows. The view never owns it; the caller sets its shape (setModelShape).
    void setSelectionModel(SelectionModel* selection);
    SelectionModel* selectionModel() const { return selection_; }

    // The capture to show and, optionally, the run it is compared with: difference maps show capture - before.
    void setCaptures(std::shared_ptr<const AttentionCapture> capture,
                     std::shared_ptr<const AttentionCapture> before = nullptr);
    void setCapture(std::shared_ptr<const AttentionCapture> capture) { setCaptures(std::move(capture)); }
    // The capture as the view draws it: its norm-weighted version while that is switched on and has arrived, else
    // the run's own (runCapture()).
    const std::shared_ptr<const AttentionCapture>& capture() const { return normWeighted() ? weighted_ : capture_; }
    const std::shared_ptr<const AttentionCapture>& runCapture() const { return capture_; }
    const std::shared_ptr<const AttentionCapture>& beforeCapture() const { return before_; }

    // A before-capture of the same shape is present.
    bool differenceAvailable() const;
    // Difference mode was asked for and is available (not while norm-weighted maps are shown).
    bool differenceMode() const { return differenceRequested_ && differenceAvailable() && !normWeighted(); }

    // Norm-weighted maps (Kobayashi et al.: each weight times the norm of what its key's value vector writes, rows
    // renormalised) were asked for and have arrived for the current capture.
    bool normWeighted() const { return normRequested_ && weighted_ != nullptr; }
    bool normWeightingRequested() const { return normRequested_; }
    // The norm-weighted version of `of` (the session computes it on normWeightingWanted); ignored unless `of` is the
    // current capture.
    void setNormWeightedCapture(std::shared_ptr<const AttentionCapture> weighted,
                                const std::shared_ptr<const AttentionCapture>& of);
    // The session cannot weigh this capture (e.g. the model is gone): the toggles go off and say why.
    void setNormWeightingUnavailable(const QString& reason);

    // The selection's layer and head clamped to the capture, so a stale selection never indexes out of range.
    int currentLayer() const;
    int currentHead() const;

public slots:
    void setDifferenceMode(bool enabled);
    void setNormWeighting(bool enabled);

signals:
    void differenceModeChanged(bool enabled);
    // Norm weighting is on but the current capture's weighted version is missing: the session should make it.
    void normWeightingWanted(std::shared_ptr<const attnscope::AttentionCapture> capture);

protected:
    // Called after the captures or the difference mode changed.
    virtual void capturesChanged() {}
    // Called after a new selection model was set; connect to its signals here (the old one is disconnected).
    virtual void selectionModelChanged() {}

    // Raises or lowers the busy counter for `reason`; balanced however often it is called.
    void setBusy(const QString& reason, bool busy);

    // A "Difference" check box that follows this view's difference mode and is enabled only when it is available.
    QCheckBox* createDifferenceToggle(QWidget* parent);
    // A "Norm-weighted" check box that switches norm weighting.
    QCheckBox* createNormWeightedToggle(QWidget* parent);

private:
    void notifyCapturesChanged();

    QPointer<SelectionModel> selection_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const AttentionCapture> before_;
    std::shared_ptr<const AttentionCapture> weighted_;  // the norm-weighted capture_, once made
    bool differenceRequested_ = false;
    bool normRequested_ = false;
    QList<QPointer<QCheckBox>> differenceToggles_;
    QList<QPointer<QCheckBox>> normToggles_;
    QPointer<BusyCounter> busy_;
    QStringList busyReasons_;  // raised on busy_ by this view
};

}  // namespace attnscope::widgets
