// The image input of a vision model: a thumbnail of the chosen picture that also accepts a dropped image file, and
// a button that opens a file dialog.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QMimeData;
class QPushButton;

namespace attnscope::widgets {

class ImageDrop : public QWidget {
    Q_OBJECT
public:
    explicit ImageDrop(QWidget* parent = nullptr);

    // Shows `path`'s thumbnail; returns false (and shows why) when Qt cannot read it as an image.
    bool setImagePath(const QString& path);
    QString imagePath() const { return path_; }
    // One line about the image ("cat.png · 640 × 480") or why it could not be read.
    QString description() const;

    // Whether a drop carries one local image file; its path, else empty.
    static QString imageFromDrop(const QMimeData* data);

signals:
    void imageChanged(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void choose();

    QLabel* thumbnail_;
    QLabel* caption_;
    QPushButton* choose_;
    QString path_;
    QString description_;
};

}  // namespace attnscope::widgets
