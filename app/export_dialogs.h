// The dialogs of File › Export Data… (what to export and where) and File › Export Report… (which views' figures to
// include, HTML or PDF, where). They only ask; ExportActions writes.
#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>
#include <vector>

#include "data_export.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace attnscope::app {

// Picks a DataKind and a file; kinds that cannot be exported now are shown disabled with the reason.
class ExportDataDialog : public QDialog {
    Q_OBJECT
public:
    ExportDataDialog(const DataExporter& exporter, const QString& folder, QWidget* parent = nullptr);
    DataKind kind() const;
    QString path() const;
    void accept() override;  // writes; on failure says why and stays open

private:
    void kindChosen();
    const DataExporter& exporter_;
    QButtonGroup* kinds_;
    QLineEdit* path_;
    QLabel* problem_;
};

// Picks the report's figures and file.
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    // `views`: (id, title, reason it cannot be shown or empty), in the order offered; `write` writes the report.
    ExportReportDialog(const std::vector<std::pair<QString, QString>>& views, const QStringList& unavailable,
                       const QString& folder, std::function<void(const QStringList&, const QString&)> write,
                       QWidget* parent = nullptr);
    QStringList chosenViews() const;
    QString path() const;
    void accept() override;

private:
    std::vector<std::pair<QString, QCheckBox*>> boxes_;
    QLineEdit* path_;
    QLabel* problem_;
    std::function<void(const QStringList&, const QString&)> write_;
};

}  // namespace attnscope::app
