// What the central area shows while no model is loaded: what to do next, and a button that does it.
#pragma once

#include <QWidget>

namespace attnscope::app {

class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

signals:
    void openRequested();
};

}  // namespace attnscope::app
