// What goes into a report (report.h), gathered from the open model, its captures, the analyses and the views:
// model facts with a hash of config.json, the input and tokens, the mask, predictions with loss and KL, the head
// roles table, the sink summary, the chosen views' figures, versions, and the command line that reproduces it.
#pragma once

#include <QString>
#include <QStringList>

#include "report.h"

namespace attnscope::widgets {
class FigureSource;
class SelectionModel;
}  // namespace attnscope::widgets

namespace attnscope::app {

class AnalysisSession;
class FigureExporter;
class ModelSession;

struct ReportSources {
    const ModelSession& model;
    const AnalysisSession& analysis;
    const FigureExporter& figures;
    const widgets::SelectionModel& selection;
    const widgets::FigureSource* predictions = nullptr;  // the prediction panel, for its figure
    QString sessionFile;                                 // a saved session that reproduces the state, when there is one
};

// `views`: dock ids whose figures to include (views with nothing to show are listed as such); "predictions" names
// the prediction panel.
Report buildReport(const ReportSources& sources, const QStringList& views);

// The attnscope command line that opens the same model, runs the same input with the same mask and selects the same
// head, quoted for a POSIX shell.
QString reproducingCommand(const ModelSession& model, const widgets::SelectionModel& selection);

// Hex SHA-256 of a file (empty when it cannot be read).
QString fileSha256(const QString& path);

}  // namespace attnscope::app
