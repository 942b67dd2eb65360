// Exports from the menus, the views' context menus and the launch flags.
#include "export_actions.h"

#include <QFileInfo>

#include "attnscope/error.h"
#include "export_dialogs.h"
#include "export_figure_dialog.h"
#include "main_window.h"
#include "prediction_panel.h"
#include "report_builder.h"
#include "session_controller.h"
#include "settings.h"
#include "workspace.h"

namespace attnscope::app {

ExportActions::ExportActions(MainWindow& window, Workspace& workspace, Settings& settings, QObject* parent)
    : QObject(parent),
      window_(window),
      workspace_(workspace),
      settings_(settings),
      figures_(std::make_unique<FigureExporter>(window, workspace.views(), workspace.session())),
      data_(std::make_unique<DataExporter>(workspace.session(), workspace.analysis(), workspace.embedding(),
                                           window.selection())) {
    connect(&window_, &MainWindow::exportFigureRequested, this, &ExportActions::showFigureDialog);
    connect(&window_, &MainWindow::exportDataRequested, this, &ExportActions::showDataDialog);
    connect(&window_, &MainWindow::exportReportRequested, this, &ExportActions::showReportDialog);
}

ExportActions::~ExportActions() = default;

void ExportActions::exportFigure(const QString& viewId, const QString& path) const {
    const QString id = viewId.isEmpty() ? figures_->frontView() : viewId;
    widgets::FigureOptions options;
    options.title = figures_->defaultTitle(id);
    options.subtitle = figures_->defaultSubtitle();
    figures_->write(id, path, options);
}

QStringList ExportActions::reportViews() const {
    return figures_->exportableViews() << QStringLiteral("predictions");
}

void ExportActions::exportReport(const QString& path, const std::optional<QStringList>& views) const {
    QStringList chosen = views.value_or(QStringList());
    if (!views)
        for (const QString& id : reportViews())
            if (id == QLatin1String("predictions") ? workspace_.predictions().figureUnavailableReason().isEmpty()
                                                   : figures_->unavailableReason(id).isEmpty())
                chosen << id;
    const ReportSources sources{workspace_.session(), workspace_.analysis(),     *figures_,
                                window_.selection(),  &workspace_.predictions(), workspace_.sessions().currentPath()};
    writeReport(buildReport(sources, chosen), path);
}

void ExportActions::showFigureDialog(const QString& viewId) {
    const QString id = viewId.isEmpty() ? figures_->frontView() : viewId;
    ExportFigureDialog dialog(*figures_, id, settings_.lastExportFolder(), &window_);
    if (dialog.exec() == QDialog::Accepted) settings_.setLastExportFolder(QFileInfo(dialog.path()).absolutePath());
}

void ExportActions::showDataDialog() {
    ExportDataDialog dialog(*data_, settings_.lastExportFolder(), &window_);
    if (dialog.exec() == QDialog::Accepted) settings_.setLastExportFolder(QFileInfo(dialog.path()).absolutePath());
}

void ExportActions::showReportDialog() {
    std::vector<std::pair<QString, QString>> views;
    QStringList unavailable;
    for (const QString& id : reportViews()) {
        if (id == QLatin1String("predictions")) {
            views.emplace_back(id, tr("Predictions"));
            unavailable << workspace_.predictions().figureUnavailableReason();
        } else {
            views.emplace_back(id, figures_->viewTitle(id));
            unavailable << figures_->unavailableReason(id);
        }
    }
    ExportReportDialog dialog(
        views, unavailable, settings_.lastExportFolder(),
        [this](const QStringList& chosen, const QString& path) { exportReport(path, chosen); }, &window_);
    if (dialog.exec() == QDialog::Accepted) settings_.setLastExportFolder(QFileInfo(dialog.path()).absolutePath());
}

}  // namespace attnscope::app
