// The Export Figure dialog.
#include "export_figure_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "attnscope/error.h"
#include "figure_export.h"

namespace attnscope::app {

namespace {
const char* const kSuffixes[] = {"png", "svg", "pdf"};
}

ExportFigureDialog::ExportFigureDialog(const FigureExporter& exporter, const QString& viewId, const QString& lastFolder,
                                       QWidget* parent)
    : QDialog(parent),
      exporter_(exporter),
      view_(new QComboBox),
      panel_(new QComboBox),
      path_(new QLineEdit),
      format_(new QComboBox),
      dpi_(new QSpinBox),
      width_(new QSpinBox),
      transparent_(new QCheckBox(tr("Transparent background"))),
      titled_(new QCheckBox(tr("Title"))),
      title_(new QLineEdit),
      subtitle_(new QLineEdit),
      problem_(new QLabel) {
    setWindowTitle(tr("Export Figure"));
    for (const QString& id : exporter_.exportableViews()) view_->addItem(exporter_.viewTitle(id), id);
    view_->setCurrentIndex(std::max(0, view_->findData(viewId)));
    format_->addItem(tr("PNG image"), int(widgets::FigureFormat::Png));
    format_->addItem(tr("SVG vector graphics"), int(widgets::FigureFormat::Svg));
    format_->addItem(tr("PDF document"), int(widgets::FigureFormat::Pdf));
    dpi_->setRange(72, 1200);
    dpi_->setValue(300);
    dpi_->setSuffix(tr(" dpi"));
    width_->setRange(0, widgets::kMaxFigurePixels);
    width_->setSpecialValueText(tr("from the DPI"));
    width_->setSuffix(tr(" px"));
    titled_->setChecked(true);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* browse = new QPushButton(tr("Browse…"));
    auto* file = new QHBoxLayout;
    file->addWidget(path_, 1);
    file->addWidget(browse);
    auto* size = new QHBoxLayout;
    size->addWidget(dpi_);
    size->addWidget(new QLabel(tr("or width")));
    size->addWidget(width_);
    size->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("View:"), view_);
    form->addRow(tr("Panel:"), panel_);
    form->addRow(tr("File:"), file);
    form->addRow(tr("Format:"), format_);
    form->addRow(tr("PNG size:"), size);
    form->addRow(QString(), transparent_);
    form->addRow(titled_, title_);
    form->addRow(tr("Subtitle:"), subtitle_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    path_->setText(QDir(lastFolder.isEmpty() ? QDir::homePath() : lastFolder)
                       .filePath(QStringLiteral("attnscope-%1.png").arg(viewId)));
    connect(view_, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::viewChosen);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::formatChosen);
    connect(path_, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const auto format = widgets::figureFormatForPath(text)) {
            const QSignalBlocker block(format_);
            format_->setCurrentIndex(format_->findData(int(*format)));
        }
        const bool png = format_->currentData().toInt() == int(widgets::FigureFormat::Png);
        dpi_->setEnabled(png);
        width_->setEnabled(png);
        transparent_->setEnabled(png);
    });
    connect(titled_, &QCheckBox::toggled, title_, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, &ExportFigureDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportFigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    viewChosen();
}

QString ExportFigureDialog::viewId() const {
    return view_->currentData().toString();
}

int ExportFigureDialog::panel() const {
    return panel_->currentData().toInt();
}

QString ExportFigureDialog::path() const {
    return path_->text().trimmed();
}

widgets::FigureOptions ExportFigureDialog::options() const {
    widgets::FigureOptions options;
    options.title = titled_->isChecked() ? title_->text() : QString();
    options.subtitle = titled_->isChecked() ? subtitle_->text() : QString();
    options.dpi = dpi_->value();
    options.pixelWidth = width_->value();
    options.transparent = transparent_->isChecked();
    return options;
}

void ExportFigureDialog::viewChosen() {
    const QString id = viewId();
    panel_->clear();
    const QStringList panels = exporter_.panelNames(id);
    panel_->addItem(panels.isEmpty() ? tr("The whole view") : tr("All panels"), -1);
    for (int i = 0; i < panels.size(); ++i) panel_->addItem(panels[i], i);
    panel_->setEnabled(!panels.isEmpty());
    title_->setText(exporter_.defaultTitle(id));
    subtitle_->setText(exporter_.defaultSubtitle());
    // The file name follows the view unless the user typed one of their own.
    const QFileInfo file(path());
    if (file.completeBaseName().startsWith(QLatin1String("attnscope-")))
        path_->setText(file.dir().filePath(QStringLiteral("attnscope-%1.%2").arg(id, file.suffix())));
    const QString reason = exporter_.unavailableReason(id);
    problem_->setText(reason);
    problem_->setVisible(!reason.isEmpty());
}

void ExportFigureDialog::formatChosen() {
    const int format = format_->currentData().toInt();
    const QFileInfo file(path());
    path_->setText(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + kSuffixes[format]));
    const bool png = format == int(widgets::FigureFormat::Png);
    dpi_->setEnabled(png);
    width_->setEnabled(png);
    transparent_->setEnabled(png);
}

void ExportFigureDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Figure"), path(), tr("PNG image (*.png);;SVG vector graphics (*.svg);;PDF document (*.pdf)"));
    if (chosen.isEmpty()) return;
    path_->setText(chosen);
    emit path_->textEdited(chosen);
}

void ExportFigureDialog::accept() {
    try {
        if (!widgets::figureFormatForPath(path()))
            throw EngineError("the file name must end in .png, .svg or .pdf", path().toStdString());
        exporter_.write(viewId(), path(), options(), panel());
    } catch (const EngineError& error) {
        problem_->setText(QString::fromStdString(error.what()));
        problem_->setVisible(true);
        return;
    }
    QDialog::accept();
}

}  // namespace attnscope::app
