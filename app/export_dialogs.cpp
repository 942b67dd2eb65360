// The Export Data and Export Report dialogs.
#include "export_dialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "attnscope/error.h"

namespace attnscope::app {

namespace {

constexpr DataKind kKinds[] = {DataKind::Capture,    DataKind::HeadMap, DataKind::HeadRoles, DataKind::Sinks,
                               DataKind::Importance, DataKind::Flow,    DataKind::Embedding};

const char* baseName(DataKind kind) {
    switch (kind) {
        case DataKind::Capture:
            return "capture";
        case DataKind::HeadMap:
            return "attention-map";
        case DataKind::HeadRoles:
            return "head-roles";
        case DataKind::Sinks:
            return "sinks";
        case DataKind::Importance:
            return "head-importance";
        case DataKind::Flow:
            return "information-flow";
        case DataKind::Embedding:
            return "embedding";
    }
    return "data";
}

QLabel* problemLabel() {
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

// A line edit with a Browse… button that asks for a file to save.
QHBoxLayout* fileRow(QLineEdit* path, QWidget* parent, const QString& title, const QString& filter) {
    auto* browse = new QPushButton(QObject::tr("Browse…"));
    QObject::connect(browse, &QPushButton::clicked, parent, [path, parent, title, filter] {
        const QString chosen = QFileDialog::getSaveFileName(parent, title, path->text(), filter);
        if (!chosen.isEmpty()) path->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(path, 1);
    row->addWidget(browse);
    return row;
}

}  // namespace

ExportDataDialog::ExportDataDialog(const DataExporter& exporter, const QString& folder, QWidget* parent)
    : QDialog(parent),
      exporter_(exporter),
      kinds_(new QButtonGroup(this)),
      path_(new QLineEdit),
      problem_(problemLabel()) {
    setWindowTitle(tr("Export Data"));
    auto* box = new QGroupBox(tr("What to export"));
    auto* list = new QVBoxLayout(box);
    int first = -1;
    for (DataKind kind : kKinds) {
        const QString reason = exporter.unavailableReason(kind);
        auto* button = new QRadioButton(DataExporter::title(kind) + QStringLiteral(" (") +
                                        DataExporter::formats(kind).join(QStringLiteral(", ")) + QLatin1Char(')'));
        button->setEnabled(reason.isEmpty());
        if (!reason.isEmpty()) button->setToolTip(reason);
        kinds_->addButton(button, static_cast<int>(kind));
        list->addWidget(button);
        if (first < 0 && reason.isEmpty()) first = static_cast<int>(kind);
    }
    if (first >= 0) kinds_->button(first)->setChecked(true);
    path_->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("attnscope-data")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(fileRow(path_, this, tr("Export Data"), tr("Data files (*.safetensors *.csv *.json *.npy)")));
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(kinds_, &QButtonGroup::idClicked, this, &ExportDataDialog::kindChosen);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChosen();
}

DataKind ExportDataDialog::kind() const {
    return static_cast<DataKind>(std::max(0, kinds_->checkedId()));
}

QString ExportDataDialog::path() const {
    return path_->text().trimmed();
}

void ExportDataDialog::kindChosen() {
    // The file's name follows the kind, its suffix the kind's first format, unless the user typed another.
    const QFileInfo file(path());
    const QStringList formats = DataExporter::formats(kind());
    const QString suffix = formats.contains(file.suffix().toLower()) ? file.suffix() : formats.front();
    path_->setText(file.dir().filePath(QStringLiteral("attnscope-%1.%2").arg(baseName(kind()), suffix)));
}

void ExportDataDialog::accept() {
    if (kinds_->checkedId() < 0) return;
    try {
        exporter_.write(kind(), path());
    } catch (const EngineError& error) {
        problem_->setText(QString::fromStdString(error.what()));
        problem_->show();
        return;
    }
    QDialog::accept();
}

ExportReportDialog::ExportReportDialog(const std::vector<std::pair<QString, QString>>& views,
                                       const QStringList& unavailable, const QString& folder,
                                       std::function<void(const QStringList&, const QString&)> write, QWidget* parent)
    : QDialog(parent), path_(new QLineEdit), problem_(problemLabel()), write_(std::move(write)) {
    setWindowTitle(tr("Export Report"));
    auto* box = new QGroupBox(tr("Figures to include"));
    auto* list = new QVBoxLayout(box);
    for (size_t i = 0; i < views.size(); ++i) {
        auto* check = new QCheckBox(views[i].second);
        const QString reason = unavailable.value(static_cast<int>(i));
        check->setEnabled(reason.isEmpty());
        check->setChecked(reason.isEmpty());
        if (!reason.isEmpty()) check->setToolTip(reason);
        list->addWidget(check);
        boxes_.emplace_back(views[i].first, check);
    }
    path_->setText(
        QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("attnscope-report.html")));
    auto* note =
        new QLabel(tr("HTML: one self-contained file with vector figures, for a browser. PDF: A4 pages with "
                      "vector figures, for print. The model, input, predictions, head roles, sinks, versions "
                      "and the command that reproduces it are always included."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addWidget(note);
    layout->addLayout(fileRow(path_, this, tr("Export Report"), tr("Reports (*.html *.pdf)")));
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QStringList ExportReportDialog::chosenViews() const {
    QStringList ids;
    for (const auto& [id, box] : boxes_)
        if (box->isChecked()) ids << id;
    return ids;
}

QString ExportReportDialog::path() const {
    return path_->text().trimmed();
}

void ExportReportDialog::accept() {
    try {
        write_(chosenViews(), path());
    } catch (const EngineError& error) {
        problem_->setText(QString::fromStdString(error.what()));
        problem_->show();
        return;
    }
    QDialog::accept();
}

}  // namespace attnscope::app
