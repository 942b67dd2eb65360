// The main window: menus, dock areas for the views, status bar.
#pragma once

#include <QMainWindow>

namespace attnscope::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

}  // namespace attnscope::app
