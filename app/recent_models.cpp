// The recent-models list and its menu.
#include "recent_models.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include "settings.h"

namespace attnscope::app {

namespace {
// One spelling per folder, so "/m/gpt2/" and "/m/gpt2" are one entry.
QString canonical(const QString& folder) {
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}
}  // namespace

RecentModels::RecentModels(Settings& settings, QObject* parent) : QObject(parent), settings_(settings) {
    for (const auto& folder : settings_.recentModels())
        if (!folder.isEmpty() && !folders_.contains(canonical(folder))) folders_.append(canonical(folder));
    while (folders_.size() > kMaxEntries) folders_.removeLast();
}

void RecentModels::add(const QString& folder) {
    const QString entry = canonical(folder);
    folders_.removeAll(entry);
    folders_.prepend(entry);
    while (folders_.size() > kMaxEntries) folders_.removeLast();
    store();
}

void RecentModels::remove(const QString& folder) {
    if (folders_.removeAll(canonical(folder)) > 0) store();
}

void RecentModels::clear() {
    if (folders_.isEmpty()) return;
    folders_.clear();
    store();
}

void RecentModels::fillMenu(QMenu* menu) {
    menu->clear();
    for (int i = 0; i < folders_.size(); ++i) {
        const QString folder = folders_[i];
        QString label = QDir::toNativeSeparators(folder);
        label.replace('&', QStringLiteral("&&"));  // a literal '&' in a path must not become a mnemonic
        // Mnemonics 1-9 let the keyboard pick an entry, as in most desktop applications.
        QAction* action = menu->addAction(i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(label) : label);
        action->setToolTip(folder);
        connect(action, &QAction::triggered, this, [this, folder] { emit chosen(folder); });
    }
    menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("&Clear Menu"));
    connect(clearAction, &QAction::triggered, this, &RecentModels::clear);
    menu->setEnabled(!folders_.isEmpty());
}

void RecentModels::store() {
    settings_.setRecentModels(folders_);
    emit changed();
}

}  // namespace attnscope::app
