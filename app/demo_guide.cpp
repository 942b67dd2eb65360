// The demo guide panel.
#include "demo_guide.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace attnscope::app {

DemoGuide::DemoGuide(QWidget* parent)
    : QWidget(parent),
      position_(new QLabel(this)),
      title_(new QLabel(this)),
      explanation_(new QLabel(this)),
      stepCaption_(new QLabel(this)),
      empty_(new QLabel(this)),
      previous_(new QPushButton(this)),
      next_(new QPushButton(this)),
      runWithMask_(new QPushButton(this)) {
    setObjectName(QStringLiteral("demoGuide"));
    position_->setForegroundRole(QPalette::PlaceholderText);
    updateTitleFont();
    title_->setWordWrap(true);
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::RichText);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    stepCaption_->setObjectName(QStringLiteral("demoStep"));
    stepCaption_->setWordWrap(true);
    stepCaption_->setTextFormat(Qt::RichText);
    stepCaption_->setFrameShape(QFrame::StyledPanel);
    stepCaption_->setBackgroundRole(QPalette::AlternateBase);
    stepCaption_->setAutoFillBackground(true);
    stepCaption_->setMargin(6);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    empty_->setText(tr("Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model "
                       "and says what to look at."));
    previous_->setText(tr("‹ Back"));
    connect(previous_, &QPushButton::clicked, this, [this] { emit stepRequested(-1); });
    connect(next_, &QPushButton::clicked, this, [this] { emit stepRequested(1); });
    connect(runWithMask_, &QPushButton::clicked, this, &DemoGuide::runWithMaskRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(next_);
    buttons->addStretch(1);
    buttons->addWidget(runWithMask_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(position_);
    layout->addWidget(title_);
    layout->addWidget(explanation_, 1);
    layout->addWidget(stepCaption_);
    layout->addWidget(empty_);
    layout->addLayout(buttons);
    clear();
}

void DemoGuide::updateTitleFont() {
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0) titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
}

void DemoGuide::changeEvent(QEvent* event) {
    // The title is set larger than the guide's font, so it follows that font (presenter mode doubles it).
    if (event->type() == QEvent::FontChange) updateTitleFont();
    QWidget::changeEvent(event);
}

void DemoGuide::showDemo(const Demo& demo, int index, int count) {
    index_ = index;
    count_ = count;
    steps_ = demo.steps;
    title_->setText(demo.title);
    explanation_->setText(demo.explanation);
    for (QWidget* widget :
         {static_cast<QWidget*>(position_), static_cast<QWidget*>(title_), static_cast<QWidget*>(explanation_),
          static_cast<QWidget*>(previous_), static_cast<QWidget*>(next_)})
        widget->show();
    empty_->hide();
    runWithMask_->setVisible(!demo.mask.isEmpty());
    runWithMask_->setText(tr("Run with Mask %1").arg(demo.mask));
    showStep(0);
}

void DemoGuide::showStep(int step) {
    step_ = std::clamp(step, 0, static_cast<int>(steps_.size()));
    const int stepCount = static_cast<int>(steps_.size());
    position_->setText(step_ == 0
                           ? tr("Demo %1 of %2").arg(index_ + 1).arg(count_)
                           : tr("Demo %1 of %2 · step %3 of %4").arg(index_ + 1).arg(count_).arg(step_).arg(stepCount));
    stepCaption_->setVisible(step_ > 0);
    if (step_ > 0) stepCaption_->setText(steps_[static_cast<size_t>(step_ - 1)].caption);
    previous_->setEnabled(index_ > 0 || step_ > 0);
    next_->setEnabled(index_ + 1 < count_ || step_ < stepCount);
    next_->setText(step_ < stepCount ? tr("Next step ›") : tr("Next demo ›"));
    next_->setToolTip(tr("Next (→ or PageDown in presenter mode)"));
}

void DemoGuide::clear() {
    index_ = -1;
    for (QWidget* widget :
         {static_cast<QWidget*>(position_), static_cast<QWidget*>(title_), static_cast<QWidget*>(explanation_),
          static_cast<QWidget*>(stepCaption_), static_cast<QWidget*>(previous_), static_cast<QWidget*>(next_),
          static_cast<QWidget*>(runWithMask_)})
        widget->hide();
    empty_->show();
}

}  // namespace attnscope::app
