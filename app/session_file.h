// A saved session (*.attnscope): versioned JSON holding everything needed to come back to the same state. The model
// folder (with a hash of its config.json and the sizes of its weight files, to notice a changed model), the load
// options, the input, the head mask and its undo history, the selection, view settings, the dock layout, and the
// query-key embedding's source, settings and coordinates (so reopening does not recompute). Format: docs/sessions.md.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

#include "attnscope/arrays.h"
#include "attnscope/head_importance.h"
#include "attnscope/head_mask.h"

namespace attnscope::app {

// The newest format this build reads and writes; a file with a larger number is refused.
inline constexpr int kSessionFormatVersion = 1;
inline constexpr char kSessionFormatName[] = "attnscope-session";

struct SessionModel {
    QString folder;
    QString configSha256;    // of config.json when saved
    qint64 weightBytes = 0;  // total size of the *.safetensors files when saved
    QString device = QStringLiteral("cpu");
    QString dtype = QStringLiteral("float32");
};

struct SessionInput {
    QString text;
    QString pair;
    QString imagePath;
    bool ran = false;        // a plain run was shown
    bool ranMasked = false;  // and then a run with the mask
};

struct SessionMaskHistory {
    // The mask after each undoable edit, with its description; `index` edits are applied (QUndoStack::index()).
    std::vector<std::pair<QString, HeadMask>> steps;
    int index = 0;
};

struct SessionSelection {
    int layer = 0;
    int head = 0;
    int token = -1;
    bool tokenIsKey = false;
    std::vector<int> hiddenHeads;  // heads switched off in the head view
};

struct SessionEmbedding {
    QString source = QStringLiteral("current");  // current, demo, demo-model, file
    QString corpusPath;
    QString method = QStringLiteral("pca");
    int dimensions = 2;
    bool matrix = false;
    // The last layout, so reopening shows it at once; empty when none was made.
    int layer = -1;
    int head = -1;
    FloatMatrix coordinates;
};

struct SessionState {
    int version = kSessionFormatVersion;
    QString savedBy;  // "AttnScope 0.1.0"
    SessionModel model;
    SessionInput input;
    HeadMask mask;
    SessionMaskHistory maskHistory;
    SessionSelection selection;
    QJsonObject views;  // per view id, its settings (scale, kind, filter, ...)
    QByteArray windowGeometry;
    QByteArray windowState;  // QMainWindow::saveState: the docks
    QString frontView;       // the dock in front
    SessionEmbedding embedding;
    std::vector<HeadImportance> importance;
};

// JSON text of a session.
QByteArray sessionToJson(const SessionState& state);
// Parses a session; throws EngineError naming `where` (the file) and what is wrong: not JSON, not a session, a newer
// version ("written by a newer AttnScope (format 2); this one reads format 1"), a missing or mistyped key.
SessionState sessionFromJson(const QByteArray& json, const QString& where);

}  // namespace attnscope::app
