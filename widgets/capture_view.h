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
    const std::shared_ptr<const AttentionCapture>& capture() const { return capture_; }
    const std::shared_ptr<const AttentionCapture>& beforeCapture() const { return before_; }

    // A before-capture of the same shape is present.
    bool differenceAvailable() const;
    // Difference mode was asked for and is available.
    bool differenceMode() const { return differenceRequested_ && differenceAvailable(); }

    // The selection's layer and head clamped to the capture, so a stale selection never indexes out of range.
    int currentLayer() const;
    int currentHead() const;

public slots:
    void setDifferenceMode(bool enabled);

signals:
    void differenceModeChanged(bool enabled);

protected:
    // Called after the captures or the difference mode changed.
    virtual void capturesChanged() {}
    // Called after a new selection model was set; connect to its signals here (the old one is disconnected).
    virtual void selectionModelChanged() {}

    // Raises or lowers the busy counter for `reason`; balanced however often it is called.
    void setBusy(const QString& reason, bool busy);

    // A "Difference" check box that follows this view's difference mode and is enabled only when it is available.
    QCheckBox* createDifferenceToggle(QWidget* parent);

private:
    void notifyCapturesChanged();

    QPointer<SelectionModel> selection_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const AttentionCapture> before_;
    bool differenceRequested_ = false;
    QList<QPointer<QCheckBox>> differenceToggles_;
    QPointer<BusyCounter> busy_;
    QStringList busyReasons_;  // raised on busy_ by this view
};

}  // namespace attnscope::widgets
