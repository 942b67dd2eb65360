// Head importance as a layers x heads heatmap: the loss change when each head alone is masked (ablation, diverging
// colours centred at zero) or |d loss / d mask| from one backward pass (gradient). "Compute" asks for the sweep
// (the app's AnalysisSession runs it and reports progress and the result here); "Mask k least important heads" sets
// the shared mask and asks for a re-run. The view holds no model and starts no job.
#pragma once

#include <QWidget>
#include <map>
#include <memory>

#include "attnscope/head_importance.h"
#include "figure.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace attnscope::widgets {

class HeatmapPlot;
class SelectionModel;

class ImportanceView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit ImportanceView(SelectionModel* selection, QWidget* parent = nullptr);
    ~ImportanceView() override;

    // Whether there is something to measure (a model and a plain run of an input). A new source drops the results.
    void setSourceAvailable(bool available);
    // The sweep asked for is running (progress bar, Cancel) or has ended.
    void setRunning(bool running);
    void setProgress(double fraction, const QString& stage);
    // The sweep ended without a result: cancelled (empty message) or failed.
    void showEndedWithoutResult(const QString& failure);
    // A result (from the sweep, a saved session or a test); it becomes the result of its method.
    void setResult(const HeadImportance& result);
    const std::map<ImportanceMethod, HeadImportance>& results() const { return results_; }
    const HeadImportance* result(ImportanceMethod method) const;

    void setMethod(ImportanceMethod method);
    ImportanceMethod method() const { return method_; }
    void setLeastImportantCount(int k);
    // The heads "Mask" would mask now: the k least important under the shown method's result.
    HeadMask leastImportantMask() const;

    bool running() const { return running_; }

    HeatmapPlot* heatmap() const { return heatmap_; }
    QPushButton* computeButton() const { return computeButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QPushButton* maskButton() const { return maskButton_; }
    QSpinBox* countBox() const { return countBox_; }
    QComboBox* methodBox() const { return methodBox_; }

    QSize sizeHint() const override { return {640, 520}; }

    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

public slots:
    void compute();  // asks for the sweep of the current method (no-op without a source or while one runs)
    void cancel();
    void maskLeastImportant();  // sets the mask through the selection model, then emits rerunRequested()

signals:
    void computeRequested(attnscope::ImportanceMethod method);
    void cancelRequested();
    void rerunRequested();
    void computationFinished();  // a sweep ended: with a result, cancelled or failed
    void computationFailed(const QString& message);

private:
    void showResult();
    void updateControls();

    SelectionModel* selection_;
    bool available_ = false;
    bool running_ = false;
    ImportanceMethod method_ = ImportanceMethod::Ablation;
    std::map<ImportanceMethod, HeadImportance> results_;

    QComboBox* methodBox_;
    QPushButton* computeButton_;
    QPushButton* cancelButton_;
    QProgressBar* progress_;
    QLabel* status_;
    HeatmapPlot* heatmap_;
    QSpinBox* countBox_;
    QPushButton* maskButton_;
    QLabel* explanation_;
};

}  // namespace attnscope::widgets
