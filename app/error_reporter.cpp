// Error dialogs and their stderr form for automation.
#include "error_reporter.h"

#include <QMessageBox>
#include <QWidget>
#include <iostream>

#include "attnscope/error.h"

namespace attnscope::app {

void showErrorDialog(QWidget* parent, const QString& title, const QString& problem, const QString& where) {
    QMessageBox box(QMessageBox::Critical, title, title, QMessageBox::Ok, parent);
    box.setInformativeText(
        where.isEmpty()
            ? problem
            : ErrorReporter::tr("%1\n\nWhere: %2", "error dialog: the problem, then the file, tensor or key")
                  .arg(problem, where));
    box.exec();
}

ErrorReporter::ErrorReporter(QWidget* dialogParent) : QObject(dialogParent), dialogParent_(dialogParent) {}

void ErrorReporter::showError(const QString& title, const QString& problem, const QString& where) {
    const QString message = where.isEmpty() ? title + QStringLiteral(": ") + problem
                                            : title + QStringLiteral(": ") + where + QStringLiteral(": ") + problem;
    if (automation_)
        std::cerr << "attnscope: error: " << message.toStdString() << std::endl;
    else
        showErrorDialog(dialogParent_, title, problem, where);
    emit reported(title, message);
}

void ErrorReporter::showError(const QString& title, const EngineError& error) {
    showError(title, QString::fromStdString(error.problem()), QString::fromStdString(error.where()));
}

}  // namespace attnscope::app
