// Status bar widgets for the model, the device and job progress.
#include "status_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace attnscope::app {

StatusPanel::StatusPanel(QWidget* parent)
    : QWidget(parent),
      jobLabel_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QToolButton(this)),
      model_(new QLabel(this)),
      device_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(jobLabel_);
    layout->addWidget(progress_);
    layout->addWidget(cancel_);
    layout->addSpacing(12);
    layout->addWidget(model_);
    layout->addSpacing(12);
    layout->addWidget(device_);

    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setFixedWidth(160);
    progress_->setMaximumHeight(14);
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop the running job; the views keep their previous results"));
    cancel_->setAutoRaise(true);
    connect(cancel_, &QToolButton::clicked, this, &StatusPanel::cancelRequested);
    setModelName({});
    setDeviceName(QStringLiteral("CPU"));
    hideJob();
}

QString StatusPanel::modelText() const {
    return model_->text();
}
QString StatusPanel::deviceText() const {
    return device_->text();
}
bool StatusPanel::jobVisible() const {
    return !progress_->isHidden();
}

void StatusPanel::setModelName(const QString& name) {
    model_->setText(name.isEmpty() ? tr("No model loaded") : tr("Model: %1").arg(name));
}

void StatusPanel::setDeviceName(const QString& device) {
    device_->setText(tr("Device: %1").arg(device));
}

void StatusPanel::showJob(const QString& title) {
    jobLabel_->setText(title);
    progress_->setValue(0);
    for (QWidget* widget :
         {static_cast<QWidget*>(jobLabel_), static_cast<QWidget*>(progress_), static_cast<QWidget*>(cancel_)})
        widget->show();
}

void StatusPanel::setJobProgress(double fraction, const QString& stage) {
    progress_->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * progress_->maximum())));
    progress_->setToolTip(stage);
}

void StatusPanel::hideJob() {
    jobLabel_->hide();
    progress_->hide();
    cancel_->hide();
}

}  // namespace attnscope::app
