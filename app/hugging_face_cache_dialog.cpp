// The Hugging Face cache picker.
#include "hugging_face_cache_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace attnscope::app {

QString huggingFaceCacheDescription() {
    // The same order the engine's listHuggingFaceCache() follows.
    const QString hub = qEnvironmentVariable("HF_HUB_CACHE");
    if (!hub.isEmpty()) return hub;
    const QString home = qEnvironmentVariable("HF_HOME");
    return home.isEmpty() ? QDir::home().filePath(QStringLiteral(".cache/huggingface/hub"))
                          : QDir(home).filePath(QStringLiteral("hub"));
}

HuggingFaceCacheDialog::HuggingFaceCacheDialog(std::vector<CachedModel> models, const QString& cacheDescription,
                                               QWidget* parent)
    : QDialog(parent),
      models_(std::move(models)),
      filter_(new QLineEdit(this)),
      list_(new QListWidget(this)),
      note_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Open from Hugging Face Cache"));
    resize(520, 420);
    filter_->setPlaceholderText(tr("Filter by name"));
    filter_->setClearButtonEnabled(true);
    note_->setWordWrap(true);
    note_->setForegroundRole(QPalette::PlaceholderText);
    note_->setText(models_.empty()
                       ? tr("No models were found in %1. Download one with `huggingface-cli download ORG/NAME`, "
                            "or open a model folder instead.")
                             .arg(cacheDescription)
                       : tr("%n model(s) in %1", nullptr, static_cast<int>(models_.size())).arg(cacheDescription));
    for (const auto& model : models_) {
        auto* item = new QListWidgetItem(QString::fromStdString(model.repoId), list_);
        item->setData(Qt::UserRole, QString::fromStdString(model.snapshot));
        item->setToolTip(QString::fromStdString(model.snapshot));
    }
    if (list_->count() > 0) list_->setCurrentRow(0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filter_);
    layout->addWidget(list_, 1);
    layout->addWidget(note_);
    layout->addWidget(buttons_);
    connect(filter_, &QLineEdit::textChanged, this, &HuggingFaceCacheDialog::applyFilter);
    connect(list_, &QListWidget::currentItemChanged, this, &HuggingFaceCacheDialog::updateButtons);
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString HuggingFaceCacheDialog::selectedFolder() const {
    const QListWidgetItem* item = list_->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void HuggingFaceCacheDialog::applyFilter(const QString& text) {
    QListWidgetItem* firstVisible = nullptr;
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
        if (!item->isHidden() && !firstVisible) firstVisible = item;
    }
    if (!list_->currentItem() || list_->currentItem()->isHidden()) list_->setCurrentItem(firstVisible);
    updateButtons();
}

void HuggingFaceCacheDialog::updateButtons() {
    buttons_->button(QDialogButtonBox::Open)->setEnabled(!selectedFolder().isEmpty());
}

}  // namespace attnscope::app
