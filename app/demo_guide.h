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

    // Shows demo `index` of `count`.
    void showDemo(const Demo& demo, int index, int count);
    void clear();
    int index() const { return index_; }

    QLabel* titleLabel() const { return title_; }
    QLabel* explanationLabel() const { return explanation_; }
    QPushButton* runWithMaskButton() const { return runWithMask_; }

signals:
    void demoRequested(int index);
    void runWithMaskRequested();

private:
    QLabel* step_;
    QLabel* title_;
    QLabel* explanation_;
    QLabel* empty_;
    QPushButton* previous_;
    QPushButton* next_;
    QPushButton* runWithMask_;
    int index_ = -1;
    int count_ = 0;
};

}  // namespace attnscope::app
