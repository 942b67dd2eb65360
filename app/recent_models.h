// The model folders opened most recently, newest first, kept in Settings and shown in File > Open Recent.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace attnscope::app {

class Settings;

class RecentModels : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    explicit RecentModels(Settings& settings, QObject* parent = nullptr);

    QStringList folders() const { return folders_; }
    // Puts `folder` first (moving it if already listed) and drops the oldest beyond kMaxEntries.
    void add(const QString& folder);
    void remove(const QString& folder);
    void clear();

    // Rebuilds `menu`: one entry per folder, then "Clear Menu"; the menu is disabled when the list is empty.
    void fillMenu(QMenu* menu);

signals:
    void changed();
    void chosen(const QString& folder);

private:
    void store();

    Settings& settings_;
    QStringList folders_;
};

}  // namespace attnscope::app
