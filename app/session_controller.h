// Sessions of work: File › Save Session / Save Session As / Open Session, --session and --save-session, an autosave
// every few minutes, and the offer to restore it after a crash. Saving gathers the state from the window (model,
// input, mask and its history, selection, view settings, docks, embedding and its layout, importance results);
// opening checks the file first (a corrupt or newer one is refused and the current state kept), asks for the model
// folder when it moved, then replays the state step by step as the launch flags do.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

#include "session_file.h"

namespace attnscope::app {

class MainWindow;
class Settings;
class StepSequence;
class Workspace;

class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(MainWindow& window, Workspace& workspace, Settings& settings, QObject* parent = nullptr);
    ~SessionController() override;

    // The window's state now.
    SessionState captureState() const;
    // Writes the state to `path` atomically; throws EngineError naming the file.
    void save(const QString& path);
    // Reads `path` and restores it; a problem is shown (or printed under automation) and the current state kept.
    // Returns false when the file was refused.
    bool open(const QString& path);
    // The two halves of open(): reading and checking the file (the model folder found), and the steps that restore
    // it, for the launch flags to continue after.
    std::optional<SessionState> read(const QString& path);
    void addRestoreSteps(StepSequence& sequence, const SessionState& state);
    // The session file last saved or opened (empty when none): Save writes there.
    QString currentPath() const { return currentPath_; }

    // Autosaves every `interval` from now on (the app does, tests and automation do not), and marks this run as
    // running until the controller is destroyed, so the next start can tell it crashed.
    void startAutosave(int intervalMilliseconds = kAutosaveMilliseconds);
    // The autosave left by a run that did not end properly (crashed or was killed), or empty.
    QString crashedAutosave() const;
    QString autosavePath() const;
    // Writes the autosave now when the state changed since the last one.
    void autosaveNow();

    static constexpr int kAutosaveMilliseconds = 3 * 60 * 1000;

public slots:
    void saveSession();    // to currentPath(), else as Save As
    void saveSessionAs();  // asks for a file
    void openSession();    // asks for a file

private:
    void restoreViews(const SessionState& state);
    QString resolveModelFolder(const SessionModel& model, const QString& from) const;
    QString markerPath() const;

    MainWindow& window_;
    Workspace& workspace_;
    Settings& settings_;
    QString currentPath_;
    QTimer autosave_;
    QByteArray lastAutosave_;
    bool marked_ = false;
};

// The total size of a folder's *.safetensors files (what a session remembers to notice changed weights).
qint64 weightBytes(const QString& folder);

}  // namespace attnscope::app
