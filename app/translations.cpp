// Finding and installing the .qm files for one language.
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace attnscope::app {

namespace {
const QString kEmbeddedFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("attnscope_");
}  // namespace

Translations::~Translations() {
    uninstall();
}

QStringList Translations::available() {
    QStringList codes;
    const auto files = QDir(kEmbeddedFolder).entryList({kPrefix + "*.qm"}, QDir::Files, QDir::Name);
    for (const auto& file : files) codes.append(file.mid(kPrefix.size()).chopped(3));
    return codes;
}

bool Translations::isAvailable(const QString& language) {
    const auto codes = available();
    return codes.contains(language) || codes.contains(language.section('_', 0, 0));
}

QString Translations::install(const QString& language) {
    uninstall();
    // QTranslator::load(QLocale, ...) walks the locale's UI languages and their fallbacks ("de_AT" -> "de").
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) QLocale::setDefault(locale);  // numbers and dates follow the chosen language too
    // Any language we have no file for gets the English one, which holds the plural forms ("1 input", "2 inputs").
    const bool ours = attnscope_.load(locale, "attnscope", "_", kEmbeddedFolder) ||
                      attnscope_.load(kPrefix + QStringLiteral("en"), kEmbeddedFolder);
    const bool qts = qt_.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (ours) QCoreApplication::installTranslator(&attnscope_);
    if (qts) QCoreApplication::installTranslator(&qt_);
    installed_ = true;
    return ours ? attnscope_.language() : QStringLiteral("en");
}

void Translations::uninstall() {
    if (!installed_) return;
    QCoreApplication::removeTranslator(&attnscope_);
    QCoreApplication::removeTranslator(&qt_);
    installed_ = false;
}

}  // namespace attnscope::app
