// The preferences dialog.
#include "preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>

#include "settings.h"
#include "translations.h"

namespace attnscope::app {

PreferencesDialog::PreferencesDialog(const Settings& settings, bool cudaAvailable, QWidget* parent)
        : QDialog(parent),
      language_(new QComboBox(this)),
      threads_(new QSpinBox(this)),
      device_(new QComboBox(this)),
      dtype_(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));

    language_->addItem(tr("System default"), QString());
    for (const auto& code : Translations::available()) {
        // Each language in its own words, so a user can find theirs whatever the current language is.
        const QString name = QLocale(code).nativeLanguageName();
        language_->addItem(name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1), code);
    }
    language_->setCurrentIndex(std::max(0, language_->findData(settings.language())));

    threads_->setRange(0, 1024);
    threads_->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    threads_->setValue(settings.threadCount());

    device_->addItem(deviceDisplayName(Settings::Device::Cpu), static_cast<int>(Settings::Device::Cpu));
    device_->addItem(cudaAvailable ? deviceDisplayName(Settings::Device::Cuda) : tr("CUDA (not available)"),
                     static_cast<int>(Settings::Device::Cuda));
    if (!cudaAvailable)
        if (auto* items = qobject_cast<QStandardItemModel*>(device_->model())) items->item(1)->setEnabled(false);
    const auto device = cudaAvailable ? settings.device() : Settings::Device::Cpu;
    device_->setCurrentIndex(device_->findData(static_cast<int>(device)));

    for (const QString& dtype : computeDtypes()) dtype_->addItem(dtype, dtype);
    dtype_->setCurrentIndex(std::max(0, dtype_->findData(settings.computeDtype())));
    dtype_->setToolTip(tr("float32 matches the reference numbers; bfloat16 and float16 halve the memory"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language (after restart):"), language_);
    form->addRow(tr("&Threads:"), threads_);
    form->addRow(tr("&Device (next model opened):"), device_);
    form->addRow(tr("&Compute in (next model opened):"), dtype_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

bool PreferencesDialog::store(Settings& settings) const {
    const QString language = language_->currentData().toString();
    const bool languageChanged = language != settings.language();
    settings.setLanguage(language);
    settings.setThreadCount(threads_->value());
    settings.setDevice(static_cast<Settings::Device>(device_->currentData().toInt()));
    settings.setComputeDtype(dtype_->currentData().toString());
    return languageChanged;
}

}  // namespace attnscope::app
