// The status bar's permanent part: the running job (title, progress, Cancel), the model's name and the device.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace attnscope::app {

class StatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatusPanel(QWidget* parent = nullptr);

    QString modelText() const;
    QString deviceText() const;
    bool jobVisible() const;

public slots:
    void setModelName(const QString& name);  // empty: no model loaded
    void setDeviceName(const QString& device);
    void showJob(const QString& title);
    void setJobProgress(double fraction, const QString& stage);
    void hideJob();

signals:
    void cancelRequested();

private:
    QLabel* jobLabel_;
    QProgressBar* progress_;
    QToolButton* cancel_;
    QLabel* model_;
    QLabel* device_;
};

}  // namespace attnscope::app
