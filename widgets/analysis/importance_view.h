// Head importance as a layers x heads heatmap: the loss change when each head alone is masked (ablation, diverging
// colours centred at zero) or |d loss / d mask| from one backward pass (gradient). "Compute" runs the engine's job
// with progress and cancel; "Mask k least important heads" sets the shared mask and asks the session to re-run.
#pragma once

#include <QWidget>
#include <map>
#include <memory>

#include "attnscope/head_importance.h"
#include "attnscope/model.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace attnscope::widgets {

class HeatmapPlot;
class SelectionModel;

class ImportanceView : public QWidget {
    Q_OBJECT
public:
    explicit ImportanceView(SelectionModel* selection, QWidget* parent = nullptr);
    ~ImportanceView() override;

    // What Compute runs on: the loaded model and the input of the shown capture. Drops earlier results.
    void setSource(std::shared_ptr<const Model> model, ModelInput input);
    // Shows a result computed elsewhere (a saved session, a test); it becomes the result of its method.
    void setResult(const HeadImportance& result);
    const HeadImportance* result(ImportanceMethod method) const;

    void setMethod(ImportanceMethod method);
    ImportanceMethod method() const { return method_; }
    void setLeastImportantCount(int k);
    // The heads "Mask" would mask now: the k least important under the shown method's result.
    HeadMask leastImportantMask() const;

    bool running() const { return static_cast<bool>(job_); }

    HeatmapPlot* heatmap() const { return heatmap_; }
    QPushButton* computeButton() const { return computeButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QPushButton* maskButton() const { return maskButton_; }
    QSpinBox* countBox() const { return countBox_; }
    QComboBox* methodBox() const { return methodBox_; }

    QSize sizeHint() const override { return {640, 520}; }

public slots:
    void compute();  // starts the job for the current method (no-op without a source or while one runs)
    void cancel();
    void maskLeastImportant();  // sets the mask through the selection model, then emits rerunRequested()

signals:
    void rerunRequested();
    void computationFinished();  // a job ended: with a result, cancelled or failed
    void computationFailed(const QString& message);

private:
    void poll();
    void showResult();
    void updateControls();

    SelectionModel* selection_;
    std::shared_ptr<const Model> model_;
    ModelInput input_;
    ImportanceMethod method_ = ImportanceMethod::Ablation;
    std::map<ImportanceMethod, HeadImportance> results_;
    std::shared_ptr<ImportanceJob> job_;
    ImportanceMethod jobMethod_ = ImportanceMethod::Ablation;

    QComboBox* methodBox_;
    QPushButton* computeButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* status_;
    HeatmapPlot* heatmap_;
    QSpinBox* countBox_;
    QPushButton* maskButton_;
    QLabel* explanation_;
    QTimer* timer_;
};

}  // namespace attnscope::widgets
