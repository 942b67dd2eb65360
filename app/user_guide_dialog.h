// Help › User Guide: the Markdown pages of docs/user-guide, installed with the other resources, shown offline with
// their links and pictures, and back, forward and home buttons.
#pragma once

#include <QDialog>

class QAction;
class QTextBrowser;

namespace attnscope::app {

// Where the guide is installed: <resources>/user-guide (share/attnscope/user-guide beside the binary, or under
// $ATTNSCOPE_RESOURCES). Empty when the resources themselves are not found.
QString userGuideFolder();

class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    // The page every guide starts on, and Home returns to.
    static constexpr const char* kIndexPage = "README.md";

    // Opens `folder`'s index page; a missing folder or index is said in the dialog instead (see problem()).
    explicit UserGuideDialog(const QString& folder, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return browser_; }
    QAction* backAction() const { return back_; }
    QAction* forwardAction() const { return forward_; }
    QAction* homeAction() const { return home_; }
    // Why no page is shown; empty when the guide was found.
    QString problem() const { return problem_; }

private:
    void showProblem(const QString& problem);

    QTextBrowser* browser_;
    QAction* back_;
    QAction* forward_;
    QAction* home_;
    QString problem_;
};

}  // namespace attnscope::app
