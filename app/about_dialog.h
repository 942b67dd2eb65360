// Help > About AttnScope: what the program is and the versions of the libraries it runs on.
#pragma once

#include <QDialog>

namespace attnscope::app {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace attnscope::app
