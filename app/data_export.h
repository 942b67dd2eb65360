// File › Export Data…: the numbers behind the views, for scripts and notebooks. The current capture as safetensors
// (the layout `attnscope-cli capture` writes), one head's attention map as CSV or .npy, the head roles, sink and
// importance tables as CSV or JSON, and the query-key embedding's coordinates with their tokens as CSV. Every file
// is written atomically.
#pragma once

#include <QString>
#include <QStringList>

namespace attnscope::widgets {
class SelectionModel;
}

namespace attnscope::app {

class AnalysisSession;
class EmbeddingSession;
class ModelSession;

enum class DataKind { Capture, HeadMap, HeadRoles, Sinks, Importance, Flow, Embedding };

class DataExporter {
public:
    DataExporter(const ModelSession& model, const AnalysisSession& analysis, const EmbeddingSession& embedding,
                 const widgets::SelectionModel& selection);

    // What each kind is called in the dialog, and the file types it can be written as ("safetensors", "csv", ...).
    static QString title(DataKind kind);
    static QStringList formats(DataKind kind);
    // Why `kind` cannot be exported now (no capture, no sweep yet, ...), or empty.
    QString unavailableReason(DataKind kind) const;
    // Writes `kind` to `path` in the format its suffix names; throws EngineError naming the file or the problem.
    void write(DataKind kind, const QString& path) const;

private:
    void writeCapture(const QString& path) const;
    void writeHeadMap(const QString& path) const;
    void writeHeadRoles(const QString& path) const;
    void writeSinks(const QString& path) const;
    void writeImportance(const QString& path) const;
    void writeFlow(const QString& path) const;
    void writeEmbedding(const QString& path) const;

    const ModelSession& model_;
    const AnalysisSession& analysis_;
    const EmbeddingSession& embedding_;
    const widgets::SelectionModel& selection_;
};

// `text` as one RFC 4180 CSV field (quoted when it holds a comma, quote or line break).
QString csvField(const QString& text);
// Writes `bytes` to `path` atomically (QSaveFile); throws EngineError naming the file.
void writeTextFile(const QString& path, const QByteArray& bytes);

}  // namespace attnscope::app
