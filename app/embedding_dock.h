// The Query–Key Embeddings dock (AttentionViz): where the points come from (the current input, a bundled corpus
// or a corpus file), how they are laid out (PCA, t-SNE, UMAP; 2D or 3D), one head's embedding refining live
// while t-SNE or UMAP iterate, and every head at once in the matrix view. Capturing a corpus and embedding run as
// background jobs with progress and Cancel; clicking a point selects its token in the other views, running its
// input first when it is another corpus line.
#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "attnscope/capture.h"
#include "attnscope/corpus_vectors.h"
#include "attnscope/embedding.h"
#include "attnscope/model.h"
#include "attnscope/query_key_embedding.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace attnscope::widgets {
class BusyCounter;
class QueryKeyEmbeddingView;
class QueryKeyMatrixView;
class SelectionModel;
}  // namespace attnscope::widgets

namespace attnscope::app {

class EmbeddingDock : public QWidget {
    Q_OBJECT
public:
    enum class Source { CurrentInput, DemoCorpus, DemoGrammarCorpus, CorpusFile };

    // `model` finds the open model; `runText` puts a text in the input panel and runs it (for a clicked point of
    // another corpus input).
    EmbeddingDock(widgets::SelectionModel& selection, widgets::BusyCounter& busy,
                  std::function<std::shared_ptr<const Model>()> model, QWidget* parent = nullptr);
    ~EmbeddingDock() override;

    void setTextRunner(std::function<void(const QString& text)> runText) { runText_ = std::move(runText); }

    // Every capture the views show: the "current input" points, and the corpus input it matches, if any.
    void setCapture(const std::shared_ptr<const AttentionCapture>& capture);

    // What the toolbar does, for the command line and tests. A corpus file is read and captured in the background;
    // errors (missing file, no model, too much memory) are shown in the dock's status line and returned by
    // statusText().
    void useCurrentInput();
    void useCorpus(const QString& path);  // the bundled corpus: resourceDirectory() + "/corpus/demo.txt"
    void setMethod(EmbeddingMethod method);
    void setDimensions(int dimensions);
    void showMatrix(bool matrix);

    Source source() const { return source_; }
    EmbeddingMethod method() const;
    int dimensions() const { return dimensions_; }
    bool matrixShown() const;
    QString statusText() const;
    // Running jobs (corpus capture, embedding, matrix), for tests.
    bool busy() const;
    widgets::QueryKeyEmbeddingView* view() const { return view_; }
    widgets::QueryKeyMatrixView* matrix() const { return matrix_; }

    // The bundled corpora: English sentences of every kind, and texts of the demo model's own grammar (which it
    // tokenizes into whole words).
    static QString demoCorpusPath();
    static QString demoGrammarCorpusPath();
    // --corpus's value as a path: "demo" and "demo-model" name the bundled corpora, anything else is a path.
    static QString corpusPath(const QString& name);

public slots:
    void cancel();

private:
    void embedSelectedHead();
    // selectHead() changes the layer and then the head: one embedding for both, on the next event-loop turn.
    void scheduleEmbedding();
    void embedEveryHead();
    void vectorsChanged();
    void linkCurrentInput();
    void onPointClicked(int input, int position, bool isKey);
    // Polls `job` on the GUI thread (progress bar, Cancel, busy counter) and calls onDone once it has finished.
    template <class JobType>
    void watch(const QString& reason, std::shared_ptr<JobType> job, std::function<void()> onDone);
    void setStatus(const QString& text);
    void updateProgressVisibility();
    std::shared_ptr<const CorpusVectors> shownVectors() const;

    widgets::SelectionModel& selection_;
    widgets::BusyCounter& busy_;
    std::function<std::shared_ptr<const Model>()> model_;
    std::function<void(const QString&)> runText_;

    QComboBox* sourceBox_;
    QComboBox* methodBox_;
    QToolButton* matrixButton_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
    QLabel* status_;
    QStackedWidget* pages_;
    widgets::QueryKeyEmbeddingView* view_;
    widgets::QueryKeyMatrixView* matrix_;

    Source source_ = Source::CurrentInput;
    int dimensions_ = 2;
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

    std::shared_ptr<CorpusCaptureJob> corpusJob_;
    std::shared_ptr<QueryKeyEmbeddingJob> embeddingJob_;
    std::shared_ptr<HeadMatrixJob> matrixJob_;
    int generation_ = 0;        // of the single-head embedding; stale results and live updates are dropped
    int matrixGeneration_ = 0;  // of the matrix
    bool matrixStale_ = true;
    int watched_ = 0;  // jobs being watched
    bool embeddingScheduled_ = false;
};

}  // namespace attnscope::app
