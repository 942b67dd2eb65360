// Loads the user interface language: AttnScope's own strings (compiled from translations/*.ts and embedded under
// :/i18n, so an installed binary needs no extra files) and Qt's own (qtbase_*.qm from Qt's translations folder).
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace attnscope::app {

class Translations {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Language codes with an embedded AttnScope translation, sorted ("de", "en").
    static QStringList available();
    // True when `language` ("de", "de_AT") has an embedded translation, directly or through its base language.
    static bool isAvailable(const QString& language);

    // Switches the application to `language` (empty: the system's languages, in order of preference), replacing
    // what an earlier call installed. Returns the language now used; "en" when nothing matched, since the source
    // strings are English. Widgets created before the call keep their old texts.
    QString install(const QString& language);

    // Removes the translators this object installed.
    void uninstall();

private:
    QTranslator attnscope_;
    QTranslator qt_;
    bool installed_ = false;
};

}  // namespace attnscope::app
