#include "main_window.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace attnscope::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("AttnScope"));
    menuBar()->addMenu(tr("&File"));
    setCentralWidget(new QLabel(tr("AttnScope"), this));
    statusBar()->showMessage(tr("Ready"));
}

}  // namespace attnscope::app
