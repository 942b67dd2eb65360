// The Demo Guide dock: what the chosen demo shows and what to look at, with buttons to step through the demos and,
// for a demo about masking, to run with its mask.
#pragma once

#include <QWidget>

#include "demo_library.h"

class QLabel;
class QPushButton;

namespace attnscope::app {

class DemoGuide : public QWidget {
    Q_OBJECT
public:
    explicit DemoGuide(QWidget* parent = nullptr);

    // Shows demo `index` of `count`, at its start.
    void showDemo(const Demo& demo, int index, int count);
    // Shows step `step` (1-based) of the demo shown: its caption under the explanation.
    void showStep(int step);
    int step() const { return step_; }
    void clear();
    int index() const { return index_; }

    QLabel* titleLabel() const { return title_; }
    QLabel* explanationLabel() const { return explanation_; }
    QLabel* stepLabel() const { return stepCaption_; }
    QPushButton* runWithMaskButton() const { return runWithMask_; }

signals:
    void demoRequested(int index);
    // ‹ Back and Next ›: the previous or next step, past a demo's last step the next demo (as → does).
    void stepRequested(int direction);
    void runWithMaskRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTitleFont();
    QLabel* position_;
    QLabel* title_;
    QLabel* explanation_;
    QLabel* stepCaption_;
    QLabel* empty_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* runWithMask_;
    int index_ = -1;
    int count_ = 0;
    int step_ = 0;  // 0: the demo's start
    std::vector<DemoStep> steps_;
};

}  // namespace attnscope::app
