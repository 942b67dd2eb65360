// Image choice by drop or file dialog, with a thumbnail.
#include "image_drop.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace attnscope::widgets {

namespace {
constexpr int kThumbnail = 96;

bool isImageFile(const QString& path) {
    const QByteArray format = QImageReader::imageFormat(path);
    return !format.isEmpty();
}
}  // namespace

ImageDrop::ImageDrop(QWidget* parent)
    : QWidget(parent), thumbnail_(new QLabel(this)), caption_(new QLabel(this)), choose_(new QPushButton(this)) {
    setAcceptDrops(true);
    thumbnail_->setFixedSize(kThumbnail, kThumbnail);
    thumbnail_->setAlignment(Qt::AlignCenter);
    thumbnail_->setFrameShape(QFrame::StyledPanel);
    thumbnail_->setText(tr("Drop an\nimage here"));
    thumbnail_->setForegroundRole(QPalette::PlaceholderText);
    caption_->setWordWrap(true);
    caption_->setText(tr("A vision model takes an image: drop a PNG or JPEG file here or choose one."));
    choose_->setText(tr("Choose &Image…"));
    connect(choose_, &QPushButton::clicked, this, &ImageDrop::choose);

    auto* side = new QVBoxLayout;
    side->addWidget(caption_);
    side->addWidget(choose_, 0, Qt::AlignLeft);
    side->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(thumbnail_);
    layout->addLayout(side, 1);
}

bool ImageDrop::setImagePath(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    QImage image = reader.read();
    if (image.isNull()) {
        description_ = tr("%1 could not be read as an image (%2)").arg(QFileInfo(path).fileName(), reader.errorString());
        caption_->setText(description_);
        return false;
    }
    path_ = path;
    thumbnail_->setPixmap(QPixmap::fromImage(
        image.scaled(kThumbnail - 4, kThumbnail - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    description_ = tr("%1 · %2 × %3 pixels")
                       .arg(QFileInfo(path).fileName())
                       .arg(size.isValid() ? size.width() : image.width())
                       .arg(size.isValid() ? size.height() : image.height());
    caption_->setText(description_);
    emit imageChanged(path_);
    return true;
}

QString ImageDrop::description() const {
    return description_;
}

QString ImageDrop::imageFromDrop(const QMimeData* data) {
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().front().isLocalFile()) return {};
    const QString path = data->urls().front().toLocalFile();
    return QFileInfo(path).isFile() && isImageFile(path) ? path : QString();
}

void ImageDrop::dragEnterEvent(QDragEnterEvent* event) {
    if (!imageFromDrop(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void ImageDrop::dropEvent(QDropEvent* event) {
    const QString path = imageFromDrop(event->mimeData());
    if (path.isEmpty()) return;
    event->acceptProposedAction();
    setImagePath(path);
}

void ImageDrop::choose() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Image"), QFileInfo(path_).absolutePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty()) setImagePath(path);
}

}  // namespace attnscope::widgets
