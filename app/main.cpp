// The attnscope binary: parses flags, opens the main window.
#include <QApplication>

#include "main_window.h"

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    attnscope::app::MainWindow window;
    window.show();
    return application.exec();
}
