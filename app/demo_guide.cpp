// The demo guide panel.
#include "demo_guide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attnscope::app {

DemoGuide::DemoGuide(QWidget* parent)
    : QWidget(parent),
      step_(new QLabel(this)),
      title_(new QLabel(this)),
      explanation_(new QLabel(this)),
      empty_(new QLabel(this)),
      previous_(new QPushButton(this)),
      next_(new QPushButton(this)),
      runWithMask_(new QPushButton(this)) {
    setObjectName(QStringLiteral("demoGuide"));
    step_->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title_->setFont(titleFont);
    title_->setWordWrap(true);
    explanation_->setWordWrap(true);
    explanation_->setTextFormat(Qt::RichText);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    empty_->setWordWrap(true);
    empty_->setForegroundRole(QPalette::PlaceholderText);
    empty_->setText(tr("Choose a demo from the Demos menu: each one runs a prepared text on the bundled demo model "
                       "and says what to look at."));
    previous_->setText(tr("‹ Previous"));
    next_->setText(tr("Next ›"));
    connect(previous_, &QPushButton::clicked, this, [this] { emit demoRequested(index_ - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { emit demoRequested(index_ + 1); });
    connect(runWithMask_, &QPushButton::clicked, this, &DemoGuide::runWithMaskRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous_);
    buttons->addWidget(next_);
    buttons->addStretch(1);
    buttons->addWidget(runWithMask_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(step_);
    layout->addWidget(title_);
    layout->addWidget(explanation_, 1);
    layout->addWidget(empty_);
    layout->addLayout(buttons);
    clear();
}

void DemoGuide::showDemo(const Demo& demo, int index, int count) {
    index_ = index;
    count_ = count;
    step_->setText(tr("Demo %1 of %2").arg(index + 1).arg(count));
    title_->setText(demo.title);
    explanation_->setText(demo.explanation);
    for (QWidget* widget : {static_cast<QWidget*>(step_), static_cast<QWidget*>(title_),
                            static_cast<QWidget*>(explanation_), static_cast<QWidget*>(previous_),
                            static_cast<QWidget*>(next_)})
        widget->show();
    empty_->hide();
    previous_->setEnabled(index > 0);
    next_->setEnabled(index + 1 < count);
    runWithMask_->setVisible(!demo.mask.isEmpty());
    runWithMask_->setText(tr("Run with Mask %1").arg(demo.mask));
}

void DemoGuide::clear() {
    index_ = -1;
    for (QWidget* widget : {static_cast<QWidget*>(step_), static_cast<QWidget*>(title_),
                            static_cast<QWidget*>(explanation_), static_cast<QWidget*>(previous_),
                            static_cast<QWidget*>(next_), static_cast<QWidget*>(runWithMask_)})
        widget->hide();
    empty_->show();
}

}  // namespace attnscope::app
