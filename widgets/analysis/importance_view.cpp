// ImportanceView: the controls of the sweep, its progress as reported, and the result as a heatmap.
#include "analysis/importance_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "analysis/heatmap_plot.h"
#include "attnscope/error.h"
#include "selection_model.h"
#include "style.h"

namespace attnscope::widgets {

namespace {

QStringList numbered(const QString& prefix, int count) {
    QStringList labels;
    for (int i = 0; i < count; ++i) labels << prefix + QString::number(i);
    return labels;
}

}  // namespace

ImportanceView::ImportanceView(SelectionModel* selection, QWidget* parent) : QWidget(parent), selection_(selection) {
    setStyleFont(this, 11);
    methodBox_ = new QComboBox(this);
    methodBox_->addItem(tr("Ablation: Δloss when the head alone is masked"), int(ImportanceMethod::Ablation));
    methodBox_->addItem(tr("Gradient: |∂loss/∂mask|, one backward pass"), int(ImportanceMethod::Gradient));
    computeButton_ = new QPushButton(tr("Compute"), this);
    cancelButton_ = new QPushButton(tr("Cancel"), this);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(160);
    status_ = new QLabel(this);

    heatmap_ = new HeatmapPlot(this);
    heatmap_->setAxisTitles(tr("layer"), tr("head"));
    heatmap_->setShowValues(true);
    heatmap_->setSquareCells(true);

    countBox_ = new QSpinBox(this);
    countBox_->setRange(0, 0);
    countBox_->setValue(0);
    maskButton_ = new QPushButton(tr("Mask and re-run"), this);
    explanation_ = new QLabel(this);
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::RichText);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Method:"), this));
    top->addWidget(methodBox_);
    top->addWidget(computeButton_);
    top->addWidget(cancelButton_);
    top->addWidget(progress_);
    top->addWidget(status_, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Mask the"), this));
    bottom->addWidget(countBox_);
    bottom->addWidget(new QLabel(tr("least important heads (outlined)"), this));
    bottom->addWidget(maskButton_);
    bottom->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(heatmap_, 1);
    layout->addWidget(explanation_);
    layout->addLayout(bottom);

    connect(methodBox_, &QComboBox::currentIndexChanged, this,
            [this] { setMethod(static_cast<ImportanceMethod>(methodBox_->currentData().toInt())); });
    connect(computeButton_, &QPushButton::clicked, this, &ImportanceView::compute);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportanceView::cancel);
    connect(maskButton_, &QPushButton::clicked, this, &ImportanceView::maskLeastImportant);
    connect(countBox_, &QSpinBox::valueChanged, this, [this] { showResult(); });
    connect(heatmap_, &HeatmapPlot::cellClicked, selection_, &SelectionModel::selectHead);
    connect(selection_, &SelectionModel::headSelected, this, &ImportanceView::showResult);
    connect(selection_, &SelectionModel::maskChanged, this, &ImportanceView::showResult);
    showResult();
    updateControls();
}

ImportanceView::~ImportanceView() = default;

void ImportanceView::setSourceAvailable(bool available) {
    available_ = available;
    results_.clear();
    progress_->setValue(0);
    status_->setText(available_ ? tr("Press Compute to measure every head.") : QString());
    showResult();
    updateControls();
}

void ImportanceView::setRunning(bool running) {
    running_ = running;
    if (running) {
        progress_->setValue(0);
        status_->setText(tr("Computing…"));
    }
    updateControls();
}

void ImportanceView::setProgress(double fraction, const QString& stage) {
    progress_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    if (!stage.isEmpty()) status_->setText(stage);
}

void ImportanceView::showEndedWithoutResult(const QString& failure) {
    running_ = false;
    progress_->setValue(0);
    status_->setText(failure.isEmpty() ? tr("Cancelled.") : tr("Failed."));
    if (!failure.isEmpty()) emit computationFailed(failure);
    showResult();
    updateControls();
    emit computationFinished();
}

void ImportanceView::setResult(const HeadImportance& result) {
    const bool fromSweep = running_;
    running_ = false;
    results_[result.method] = result;
    if (fromSweep) {
        status_->setText(tr("Done in %1 s.").arg(result.seconds, 0, 'f', 2));
        progress_->setValue(1000);
    }
    setMethod(result.method);
    showResult();
    updateControls();
    if (fromSweep) emit computationFinished();
}

const HeadImportance* ImportanceView::result(ImportanceMethod method) const {
    const auto it = results_.find(method);
    return it == results_.end() ? nullptr : &it->second;
}

void ImportanceView::setMethod(ImportanceMethod method) {
    method_ = method;
    const QSignalBlocker blocker(methodBox_);
    methodBox_->setCurrentIndex(methodBox_->findData(int(method)));
    showResult();
    updateControls();
}

void ImportanceView::setLeastImportantCount(int k) {
    countBox_->setValue(k);
}

HeadMask ImportanceView::leastImportantMask() const {
    const HeadImportance* shown = result(method_);
    return shown ? leastImportantHeads(*shown, countBox_->value()) : HeadMask();
}

void ImportanceView::compute() {
    if (!available_ || running_) return;
    emit computeRequested(method_);
}

void ImportanceView::cancel() {
    if (running_) emit cancelRequested();
}

void ImportanceView::maskLeastImportant() {
    const HeadImportance* shown = result(method_);
    if (!shown) return;
    const int k = countBox_->value();
    selection_->setMask(leastImportantHeads(*shown, k), tr("Mask the %n least important heads", "", k));
    emit rerunRequested();
}

void ImportanceView::showResult() {
    const HeadImportance* shown = result(method_);
    const bool ablation = method_ == ImportanceMethod::Ablation;
    heatmap_->setTitle(ablation ? tr("Ablation: Δloss when each head alone is masked")
                                : tr("Gradient estimate: |∂loss/∂mask| per head"));
    if (!shown) {
        heatmap_->setValues(0, 0, {});
        explanation_->setText(
            available_ ? tr("<i>No %1 result yet.</i>").arg(QString::fromStdString(importanceMethodName(method_)))
                       : tr("<i>Load a model and run an input first.</i>"));
        return;
    }
    heatmap_->setValues(shown->layers, shown->heads, shown->scores);
    heatmap_->setRowLabels(numbered(QStringLiteral("L"), shown->layers));
    heatmap_->setColumnLabels(numbered(QStringLiteral("H"), shown->heads));
    double most = 0;
    for (double v : shown->scores) most = std::max(most, std::abs(v));
    most = most > 0 ? most : 1;
    if (ablation) {
        heatmap_->setColormap(Colormap::divergingRdBu());
        heatmap_->setRange(-most, most);
        heatmap_->setColorBarTitle(tr("Δ loss"));
    } else {
        heatmap_->setColormap(Colormap::viridis());
        heatmap_->setRange(0, most);
        heatmap_->setColorBarTitle(tr("|∂loss/∂mask|"));
    }
    heatmap_->setOutlinedCell(selection_->layer(), selection_->head());
    QSet<Cell> crossed, marked;
    // Masks are held in locals: a range-for over heads() of a temporary would read a destroyed set.
    const HeadMask current = selection_->mask(), leastImportant = leastImportantMask();
    for (const auto& id : current.heads()) crossed.insert({id.layer, id.head});
    for (const auto& id : leastImportant.heads()) marked.insert({id.layer, id.head});
    heatmap_->setCrossedCells(crossed);
    heatmap_->setMarkedCells(marked);
    {
        const QSignalBlocker blocker(countBox_);
        countBox_->setMaximum(shown->layers * shown->heads);
    }
    explanation_->setText(ablation
                              ? tr("Loss: %1, unmasked %2. Red: the model does worse without the head; blue: better.")
                                    .arg(QString::fromStdString(shown->loss), formatPlotValue(shown->baseLoss))
                              : tr("Loss: %1, unmasked %2. Masking moves the multiplier from 1 to 0, so −∂loss/∂mask "
                                   "estimates the ablation to first order.")
                                    .arg(QString::fromStdString(shown->loss), formatPlotValue(shown->baseLoss)));
}

QString ImportanceView::figureSubject() const {
    return method_ == ImportanceMethod::Ablation ? tr("loss change when each head alone is masked")
                                                 : tr("gradient estimate |∂loss/∂mask|");
}

QString ImportanceView::figureUnavailableReason() const {
    return result(method_) ? QString() : tr("Compute the head importance first.");
}

std::vector<FigurePanel> ImportanceView::figurePanels() const {
    FigurePanel map = heatmap_->figurePanel(figureSubject(), 34.0);
    const QString explanation = QTextDocumentFragment::fromHtml(explanation_->text()).toPlainText();
    return {stackPanels({map, textFigure(explanation, tr("Explanation"), map.size.width(), 11)})};
}

void ImportanceView::updateControls() {
    const bool busy = running_;
    computeButton_->setEnabled(available_ && !busy);
    cancelButton_->setEnabled(busy);
    methodBox_->setEnabled(!busy);
    progress_->setVisible(busy || progress_->value() > 0);
    maskButton_->setEnabled(result(method_) != nullptr && !busy);
}

}  // namespace attnscope::widgets
