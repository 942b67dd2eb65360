// File › Export Figure…: which view (the one in front by default) and which of its panels, the file and its format
// (PNG, SVG, PDF), the PNG's size (DPI or width in pixels) and background, and the title, which starts as what the
// view shows and can be edited or removed.
#pragma once

#include <QDialog>

#include "figure_writer.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace attnscope::app {

class FigureExporter;

class ExportFigureDialog : public QDialog {
    Q_OBJECT
public:
    // `viewId` is chosen first; `lastFolder` is where the file goes by default.
    ExportFigureDialog(const FigureExporter& exporter, const QString& viewId, const QString& lastFolder,
                       QWidget* parent = nullptr);

    QString viewId() const;
    int panel() const;  // -1: every panel
    QString path() const;
    widgets::FigureOptions options() const;

    // Writes the figure; on failure shows why and keeps the dialog open.
    void accept() override;

private:
    void viewChosen();
    void formatChosen();
    void browse();

    const FigureExporter& exporter_;
    QComboBox* view_;
    QComboBox* panel_;
    QLineEdit* path_;
    QComboBox* format_;
    QSpinBox* dpi_;
    QSpinBox* width_;
    QCheckBox* transparent_;
    QCheckBox* titled_;
    QLineEdit* title_;
    QLineEdit* subtitle_;
    QLabel* problem_;
};

}  // namespace attnscope::app
