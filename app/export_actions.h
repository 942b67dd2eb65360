// What File › Export Figure…, Export Data…, Export Report… and the views' Export… actions do, and the same for
// the launch flags (--export, --report): the window asks, this writes. One place owns the exporters.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

#include "data_export.h"
#include "figure_export.h"

namespace attnscope::app {

class MainWindow;
class Settings;
class Workspace;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(MainWindow& window, Workspace& workspace, Settings& settings, QObject* parent = nullptr);
    ~ExportActions() override;

    const FigureExporter& figures() const { return *figures_; }
    const DataExporter& data() const { return *data_; }

    // --export: writes the figure of `viewId` (the view in front when empty) with the default title; throws
    // EngineError naming the view or the file.
    void exportFigure(const QString& viewId, const QString& path) const;
    // --report: the report with the figures of `views` (every view that has one when none are given); throws
    // EngineError.
    void exportReport(const QString& path, const std::optional<QStringList>& views = std::nullopt) const;
    // Views offered in a report, with "predictions" for the prediction panel.
    QStringList reportViews() const;

public slots:
    void showFigureDialog(const QString& viewId);
    void showDataDialog();
    void showReportDialog();

private:
    MainWindow& window_;
    Workspace& workspace_;
    Settings& settings_;
    std::unique_ptr<FigureExporter> figures_;
    std::unique_ptr<DataExporter> data_;
};

}  // namespace attnscope::app
