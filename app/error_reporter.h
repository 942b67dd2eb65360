// Shows errors to the user: what failed and where, in a dialog; under automation (--screenshot), where nobody could
// close a dialog, as one line on stderr. Callers report and keep their previous state; nothing here changes it.
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace attnscope {
class EngineError;
}

namespace attnscope::app {

// A modal message box: `title` as the heading, `problem` as the text, `where` (a file, tensor or key) below it.
void showErrorDialog(QWidget* parent, const QString& title, const QString& problem, const QString& where = {});

class ErrorReporter : public QObject {
    Q_OBJECT
public:
    explicit ErrorReporter(QWidget* dialogParent);

    // On: errors go to stderr instead of a dialog (still emitted through reported()).
    void setAutomation(bool automation) { automation_ = automation; }
    bool automation() const { return automation_; }

    void showError(const QString& title, const QString& problem, const QString& where = {});
    void showError(const QString& title, const EngineError& error);

signals:
    // Every error, after it was shown; `message` is the one-line form "title: where: problem".
    void reported(const QString& title, const QString& message);

private:
    QWidget* dialogParent_;
    bool automation_ = false;
};

}  // namespace attnscope::app
