// The work behind the Query–Key Embeddings dock, without any widget: where the points come from (the current input,
// a bundled corpus or a corpus file), the captured corpus, the single-head embedding (refining live while t-SNE or
// UMAP iterate) and the all-heads matrix as jobs of the window's JobRunner, which capture the shown input belongs to
// in the corpus, and the token to select once a clicked corpus line has been run. The dock shows what this says.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/corpus_vectors.h"
#include "attnscope/embedding.h"
#include "attnscope/model.h"
#include "attnscope/query_key_embedding.h"

namespace attnscope::widgets {
class SelectionModel;
}

namespace attnscope::app {

class JobRunner;

class EmbeddingSession : public QObject {
    Q_OBJECT
public:
    enum class Source { CurrentInput, DemoCorpus, DemoGrammarCorpus, CorpusFile };

    // `model` finds the open model (for capturing a corpus); the selection's head is the one embedded.
    EmbeddingSession(JobRunner& jobs, widgets::SelectionModel& selection,
                     std::function<std::shared_ptr<const Model>()> model, QObject* parent = nullptr);
    ~EmbeddingSession() override;

    // Every capture the views show: the "current input" points, and the corpus input it matches, if any.
    void setCapture(const std::shared_ptr<const AttentionCapture>& capture);

    void useCurrentInput();
    // Reads and captures a corpus file in the background; errors go to statusChanged().
    void useCorpus(const QString& path);
    void setMethod(EmbeddingMethod method);
    void setDimensions(int dimensions);
    // The all-heads matrix is embedded (again) only while it is shown.
    void setMatrixShown(bool shown);
    void cancel();
    // A layout saved earlier (a session): shown instead of embedding again when this head of these vectors is next
    // embedded with this method and number of dimensions.
    void restoreLayout(int layer, int head, EmbeddingMethod method, int dimensions, FloatMatrix coordinates);
    // A point of the view was clicked: selects its token, running its corpus line first when it is another input.
    void pointClicked(int input, int position, bool isKey);
    void pointSelectionCleared();

    // A point of another corpus input asks for its text to be run; the app puts it in the input panel and runs it.
    void setTextRunner(std::function<void(const QString& text)> runText) { runText_ = std::move(runText); }

    Source source() const { return source_; }
    EmbeddingMethod method() const { return method_; }
    int dimensions() const { return dimensions_; }
    bool matrixShown() const { return matrixShown_; }
    QString status() const { return status_; }
    bool busy() const;
    // The corpus input the current capture is (-1: none).
    int linkedInput() const { return linkedInput_; }
    // The vectors shown (the current input's, or the corpus's); null before either exists.
    std::shared_ptr<const CorpusVectors> vectors() const;
    QString corpusPath() const { return corpusPath_; }
    // The last finished single-head embedding (for a saved session and data export); empty before one.
    const QueryKeyEmbedding* embedding() const { return embedding_ ? embedding_.get() : nullptr; }
    int embeddedLayer() const { return embeddedLayer_; }
    int embeddedHead() const { return embeddedHead_; }

    static QString demoCorpusPath();
    static QString demoGrammarCorpusPath();
    // --corpus's value as a path: "demo" and "demo-model" name the bundled corpora, anything else is a path.
    static QString corpusPath(const QString& name);
    static Source sourceOf(const QString& path);

signals:
    void sourceChanged(attnscope::app::EmbeddingSession::Source source);
    // The layout method, as an index of EmbeddingMethod (PCA, t-SNE, UMAP).
    void methodChanged(int method);
    void statusChanged(const QString& text);
    // A corpus or an embedding could not be made (also shown as the status): for automated runs, which must fail.
    void failed(const QString& message);
    // Background work started or ended (the dock's progress bar and Cancel), and its progress.
    void busyChanged(bool busy);
    void progressed(double fraction, const QString& stage);
    // The single-head embedding: first points (live or final), then coordinates refined in place, then final.
    void pointsReplaced(const attnscope::QueryKeyPoints& points, const QString& title);
    void coordinatesUpdated(const attnscope::FloatMatrix& coordinates);
    void embeddingFinished(std::shared_ptr<const attnscope::AttentionWeightsProvider> attention, const QString& title);
    // The input shown elsewhere is this one of the points (0 for the current input), and its token to select.
    void currentInputLinked(int input);
    void tokenShown(int position, bool isKey);
    // The matrix: its shape, then one cell at a time.
    void matrixShapeChanged(int layers, int heads);
    void matrixCurrentHeadChanged(int layer, int head);
    void matrixCellProgress(int layer, int head, double fraction);
    void matrixCellReady(int layer, int head, const attnscope::QueryKeyPoints& points);
    void matrixCellFailed(int layer, int head, const QString& reason);

private:
    void embedSelectedHead();
    QString titleFor(int layer, int head) const;
    // Shows the saved layout when it fits `shown`'s selected head; true when it did.
    bool showSavedLayout(const std::shared_ptr<const CorpusVectors>& shown, int layer, int head, const QString& title);
    void embedEveryHead();
    void vectorsChanged();
    void linkCurrentInput();
    void setStatus(const QString& text);
    void jobStarted();
    void jobEnded();

    JobRunner& jobs_;
    widgets::SelectionModel& selection_;
    std::function<std::shared_ptr<const Model>()> model_;
    std::function<void(const QString&)> runText_;

    Source source_ = Source::CurrentInput;
    EmbeddingMethod method_ = EmbeddingMethod::Pca;
    int dimensions_ = 2;
    bool matrixShown_ = false;
    QString status_;
    std::shared_ptr<const AttentionCapture> capture_;
    std::shared_ptr<const CorpusVectors> inputVectors_;   // the latest capture as a one-input corpus
    std::shared_ptr<const CorpusVectors> corpusVectors_;  // the captured corpus
    std::vector<CorpusInput> corpusInputs_;               // its texts, to run a clicked input
    QString corpusName_;
    QString corpusPath_;    // to capture the corpus again when another model is opened
    int linkedInput_ = -1;  // the corpus input the current capture is (-1: none)
    struct PendingToken {
        int input = -1, position = -1;
        bool isKey = false;
    } pending_;
    std::shared_ptr<const QueryKeyEmbedding> embedding_;
    struct SavedLayout {
        int layer = -1, head = -1, dimensions = 2;
        EmbeddingMethod method = EmbeddingMethod::Pca;
        FloatMatrix coordinates;
    };
    std::optional<SavedLayout> savedLayout_;
    int embeddedLayer_ = -1, embeddedHead_ = -1;
    int generation_ = 0;        // of the single-head embedding; stale live updates are dropped
    int matrixGeneration_ = 0;  // of the matrix
    bool matrixStale_ = true;
    int running_ = 0;  // jobs of this session being watched
};

}  // namespace attnscope::app
