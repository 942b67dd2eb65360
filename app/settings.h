// Typed access to what AttnScope remembers between runs. Every key is named once, in settings.cpp, so the rest of
// the app never spells a QSettings key or guesses a default.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace attnscope::app {

class Settings {
public:
    // The user's settings in QSettings' usual place, or `iniFile` when given (tests and --settings use that, so they
    // never touch ~/.config).
    explicit Settings(const QString& iniFile = {});
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // Where the values are stored (a file name), for messages.
    QString location() const;
    // Writes pending changes; returns false when the store cannot be written.
    bool sync();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;  // dock layout
    void setWindowState(const QByteArray& state);

    QStringList recentModels() const;  // newest first
    void setRecentModels(const QStringList& folders);
    QString lastDirectory() const;  // where Open Model Folder starts
    void setLastDirectory(const QString& folder);

    QString language() const;  // "de", "en", ...; empty means the system's language
    void setLanguage(const QString& language);
    int threadCount() const;  // 0 means all cores
    void setThreadCount(int threads);

    // Where exports and sessions were last saved (the dialogs start there).
    QString lastExportFolder() const;
    void setLastExportFolder(const QString& folder);
    // Where the autosave and the crash marker live: beside the INI file given to the constructor (tests), else the
    // user's application data folder.
    QString autosaveFolder() const;
    // UI theme: "light" (default), "dark" or "high-contrast".
    // Whether the guided tour was shown (finished or skipped); it starts by itself only when not.
    bool tourSeen() const;
    void setTourSeen(bool seen);

    QString theme() const;
    void setTheme(const QString& theme);

    enum class Device { Cpu, Cuda };
    Device device() const;
    void setDevice(Device device);
    // What the forward pass computes in: "float32" (default), "bfloat16" or "float16".
    QString computeDtype() const;
    void setComputeDtype(const QString& dtype);

private:
    std::unique_ptr<QSettings> store_;
    QString iniFile_;
};

// The compute dtypes the engine accepts, in the order Preferences lists them.
QStringList computeDtypes();

// "cpu"/"cuda" in the file; the display name ("CPU", "CUDA") comes from deviceDisplayName().
QString deviceKey(Settings::Device device);
QString deviceDisplayName(Settings::Device device);

}  // namespace attnscope::app
