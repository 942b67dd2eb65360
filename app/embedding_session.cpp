// The Query–Key Embeddings' sources, jobs and links, as the dock shows them.
#include "embedding_session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QPointer>

#include "attnscope/error.h"
#include "attnscope/resources.h"
#include "job_runner.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {

// t-SNE and UMAP per head in the matrix view: a fixed sample of this many tokens keeps a 12 x 12 model in seconds.
constexpr int64_t kMatrixTokensPerHead = 1500;
// Bytes a corpus may hold in memory before capturing it is refused with the estimate.
constexpr int64_t kCorpusMemoryLimit = int64_t(2) << 30;

QString megabytes(int64_t bytes) {
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString methodName(EmbeddingMethod method) {
    switch (method) {
        case EmbeddingMethod::Tsne:
            return QStringLiteral("t-SNE");
        case EmbeddingMethod::Umap:
            return QStringLiteral("UMAP");
        case EmbeddingMethod::Pca:
            break;
    }
    return QStringLiteral("PCA");
}

}  // namespace

EmbeddingSession::EmbeddingSession(JobRunner& jobs, widgets::SelectionModel& selection,
                                   std::function<std::shared_ptr<const Model>()> model, QObject* parent)
    : QObject(parent), jobs_(jobs), selection_(selection), model_(std::move(model)) {
    // One signal for a new layer and head together: one embedding per selection.
    connect(&selection_, &widgets::SelectionModel::headSelected, this, &EmbeddingSession::embedSelectedHead);
    connect(&selection_, &widgets::SelectionModel::tokenChanged, this, [this](int token, bool isKey) {
        if (linkedInput_ < 0) return;
        emit currentInputLinked(linkedInput_);
        emit tokenShown(token, isKey);
    });
}

EmbeddingSession::~EmbeddingSession() {
    // The runner outlives the session; the live-refinement callbacks check the session through a QPointer.
    cancel();
}

QString EmbeddingSession::demoCorpusPath() {
    return QString::fromStdString(resourceDirectory()) + QStringLiteral("/corpus/demo.txt");
}

QString EmbeddingSession::demoGrammarCorpusPath() {
    return QString::fromStdString(resourceDirectory()) + QStringLiteral("/corpus/demo_grammar.txt");
}

QString EmbeddingSession::corpusPath(const QString& name) {
    if (name == QLatin1String("demo")) return demoCorpusPath();
    if (name == QLatin1String("demo-model")) return demoGrammarCorpusPath();
    return name;
}

EmbeddingSession::Source EmbeddingSession::sourceOf(const QString& path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical == QFileInfo(demoCorpusPath()).canonicalFilePath()) return Source::DemoCorpus;
    if (canonical == QFileInfo(demoGrammarCorpusPath()).canonicalFilePath()) return Source::DemoGrammarCorpus;
    return Source::CorpusFile;
}

bool EmbeddingSession::busy() const {
    return running_ > 0;
}

std::shared_ptr<const CorpusVectors> EmbeddingSession::vectors() const {
    return source_ == Source::CurrentInput ? inputVectors_ : corpusVectors_;
}

void EmbeddingSession::setStatus(const QString& text) {
    status_ = text;
    emit statusChanged(text);
}

void EmbeddingSession::jobStarted() {
    if (running_++ == 0) emit busyChanged(true);
}

void EmbeddingSession::jobEnded() {
    if (--running_ == 0) emit busyChanged(false);
}

void EmbeddingSession::setCapture(const std::shared_ptr<const AttentionCapture>& capture) {
    if (!capture) return;
    capture_ = capture;
    try {
        inputVectors_ = std::make_shared<CorpusVectors>(capture->modelInfo(),
                                                        std::vector<std::shared_ptr<const AttentionCapture>>{capture},
                                                        std::vector<std::string>{"input"}, 0);
    } catch (const std::exception& error) {
        inputVectors_.reset();
        if (source_ == Source::CurrentInput) setStatus(QString::fromStdString(error.what()));
    }
    if (source_ == Source::CurrentInput) {
        vectorsChanged();
        return;
    }
    // Another model is open: the corpus's queries and keys belong to the old one, so capture it again.
    if (corpusVectors_ && corpusVectors_->modelInfo().directory != capture->modelInfo().directory) {
        corpusVectors_.reset();
        useCorpus(corpusPath_);
        return;
    }
    linkCurrentInput();
    if (pending_.input >= 0 && pending_.input == linkedInput_) {
        const PendingToken token = pending_;
        pending_ = {};
        selection_.setToken(token.position, token.isKey);
    }
}

void EmbeddingSession::linkCurrentInput() {
    linkedInput_ = -1;
    if (source_ == Source::CurrentInput) {
        if (inputVectors_) linkedInput_ = 0;
    } else if (corpusVectors_ && capture_) {
        for (int i = 0; i < corpusVectors_->inputCount(); ++i)
            if (corpusVectors_->capture(i)->input() == capture_->input()) {
                linkedInput_ = i;
                break;
            }
    }
    emit currentInputLinked(std::max(0, linkedInput_));
}

void EmbeddingSession::useCurrentInput() {
    source_ = Source::CurrentInput;
    emit sourceChanged(source_);
    vectorsChanged();
}

void EmbeddingSession::useCorpus(const QString& path) {
    const auto model = model_ ? model_() : nullptr;
    if (!model) {
        setStatus(tr("Open a model first."));
        return;
    }
    std::vector<CorpusInput> inputs;
    try {
        inputs = readCorpus(path.toStdString());
    } catch (const std::exception& error) {
        setStatus(QString::fromStdString(error.what()));
        emit failed(QString::fromStdString(error.what()));
        return;
    }
    CorpusCaptureOptions options;
    options.memoryLimitBytes = kCorpusMemoryLimit;  // a clear error with the estimate instead of exhausting memory
    corpusInputs_ = inputs;
    corpusPath_ = path;
    const Source source = sourceOf(path);
    corpusName_ = source == Source::DemoCorpus          ? tr("demo corpus")
                  : source == Source::DemoGrammarCorpus ? tr("demo-model texts")
                                                        : QFileInfo(path).fileName();
    int64_t characters = 0;  // at most one token per byte: an upper bound before tokenizing
    for (const auto& input : inputs) characters += static_cast<int64_t>(input.text.size()) + 2;
    const QString estimate = tr("up to %1 MB").arg(megabytes(estimateCorpusBytes(model->info(), characters)));
    setStatus(tr("capturing %n input(s), %1…", nullptr, static_cast<int>(corpusInputs_.size())).arg(estimate));

    QPointer<EmbeddingSession> self(this);
    JobCallbacks<std::shared_ptr<const CorpusVectors>> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, source](const std::shared_ptr<const CorpusVectors>& vectors) {
        if (!self) return;
        self->corpusVectors_ = vectors;
        self->source_ = source;
        emit self->sourceChanged(source);
        self->vectorsChanged();
    };
    callbacks.onFailed = [self](const QString& problem, const QString& where) {
        if (!self) return;
        const QString message = where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
        self->setStatus(message);
        emit self->failed(message);
    };
    callbacks.onDone = [self](JobOutcome outcome) {
        if (!self) return;
        if (outcome == JobOutcome::Cancelled) self->setStatus(tr("Corpus capture cancelled."));
        self->jobEnded();
    };
    callbacks.onProgress = [self](double fraction, const QString& stage) {
        if (self) emit self->progressed(fraction, stage);
    };
    jobStarted();
    jobs_.watch(channels::corpus, tr("Capturing %1").arg(corpusName_),
                startCorpusCapture(model, std::move(inputs), options), std::move(callbacks));
}

void EmbeddingSession::setMethod(EmbeddingMethod method) {
    method_ = method;
    emit methodChanged(static_cast<int>(method));
    matrixStale_ = true;
    embedSelectedHead();
    if (matrixShown_) embedEveryHead();
}

void EmbeddingSession::setDimensions(int dimensions) {
    dimensions_ = dimensions == 3 ? 3 : 2;
    embedSelectedHead();
}

void EmbeddingSession::setMatrixShown(bool shown) {
    matrixShown_ = shown;
    if (shown && matrixStale_) embedEveryHead();
}

void EmbeddingSession::vectorsChanged() {
    matrixStale_ = true;
    linkCurrentInput();
    if (const auto shown = vectors()) emit matrixShapeChanged(shown->layers(), shown->heads());
    embedSelectedHead();
    if (matrixShown_) embedEveryHead();
}

void EmbeddingSession::cancel() {
    jobs_.cancelChannel(channels::corpus);
    jobs_.cancelChannel(channels::embedding);
    jobs_.cancelChannel(channels::embeddingMatrix);
}

void EmbeddingSession::embedSelectedHead() {
    const auto shown = vectors();
    if (!shown) return;
    const int layer = selection_.layer(), head = selection_.head();
    if (layer < 0 || head < 0 || layer >= shown->layers() || head >= shown->heads()) return;
    emit matrixCurrentHeadChanged(layer, head);
    EmbeddingOptions options;
    options.method = method_;
    options.dims = dimensions_;
    options.progressEvery = options.method == EmbeddingMethod::Umap ? 10 : 25;
    const int generation = ++generation_;
    const QString title = titleFor(layer, head);
    // Live refinement: the job thread hands its current coordinates to the GUI thread, which shows them unless a
    // newer embedding has started meanwhile.
    auto liveShown = std::make_shared<bool>(false);
    QPointer<EmbeddingSession> self(this);
    auto onLiveCoordinates = [self, generation, shown, liveShown, title](const FloatMatrix& partial, int) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, shown, liveShown, title, partial] {
                if (!self || generation != self->generation_) return;
                try {
                    if (!*liveShown) {
                        auto points = QueryKeyPoints::fromStackedRows(partial, shown->tokenLists());
                        for (int i = 0; i < shown->inputCount(); ++i) points.inputLabels.push_back(shown->label(i));
                        points.validate();
                        emit self->pointsReplaced(points, title);
                        *liveShown = true;
                    } else {
                        emit self->coordinatesUpdated(partial);
                    }
                } catch (const std::exception&) {
                    // A partial layout that cannot be shown (non-finite early on) waits for the next one.
                }
            },
            Qt::QueuedConnection);
    };
    if (showSavedLayout(shown, layer, head, title)) return;
    setStatus(tr("embedding %n point(s)…", nullptr, static_cast<int>(2 * shown->totalTokens())));

    JobCallbacks<QueryKeyEmbedding> callbacks;
    callbacks.foreground = false;
    callbacks.onResult = [self, generation, shown, layer, head, title, liveShown](const QueryKeyEmbedding& result) {
        if (!self || generation != self->generation_) return;
        auto embedding = std::make_shared<const QueryKeyEmbedding>(result);
        self->embedding_ = embedding;
        self->embeddedLayer_ = layer;
        self->embeddedHead_ = head;
        if (*liveShown)
            emit self->coordinatesUpdated(embedding->points.coordinates);  // keeps a selection made meanwhile
        else
            emit self->pointsReplaced(embedding->points, title);
        emit self->embeddingFinished(std::make_shared<CorpusHeadAttention>(shown, layer, head), title);
        self->linkCurrentInput();
        if (self->linkedInput_ >= 0 && self->selection_.token() >= 0)
            emit self->tokenShown(self->selection_.token(), self->selection_.tokenIsKey());
        const QString what = self->source_ == Source::CurrentInput
                                 ? tr("current input")
                                 : tr("%1: %n input(s)", nullptr, shown->inputCount()).arg(self->corpusName_);
        QString text = tr("%1 · %2 points · %3 s")
                           .arg(what)
                           .arg(QLocale().toString(static_cast<qlonglong>(2 * shown->totalTokens())))
                           .arg(QLocale().toString(embedding->seconds, 'f', 2));
        if (embedding->landmarks > 0)
            text += tr(" · UMAP of %1 landmarks, the other points placed among them")
                        .arg(QLocale().toString(static_cast<qlonglong>(embedding->landmarks)));
        if (self->source_ != Source::CurrentInput)
            text += tr(" · %1 MB of vectors").arg(megabytes(shown->storedBytes()));
        self->setStatus(text);
    };
    callbacks.onFailed = [self](const QString& problem, const QString& where) {
        if (!self) return;
        const QString message = where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
        self->setStatus(message);
        emit self->failed(message);
    };
    callbacks.onDone = [self, generation](JobOutcome outcome) {
        if (!self) return;
        if (outcome == JobOutcome::Cancelled && generation == self->generation_)
            self->setStatus(tr("Embedding cancelled."));
        self->jobEnded();
    };
    callbacks.onProgress = [self](double fraction, const QString& stage) {
        if (self) emit self->progressed(fraction, stage);
    };
    jobStarted();
    jobs_.watch(channels::embedding, tr("Embedding %1").arg(title),
                startQueryKeyEmbedding(shown, layer, head, options, onLiveCoordinates), std::move(callbacks));
}

void EmbeddingSession::embedEveryHead() {
    const auto shown = vectors();
    if (!shown) return;
    matrixStale_ = false;
    emit matrixShapeChanged(shown->layers(), shown->heads());
    emit matrixCurrentHeadChanged(selection_.layer(), selection_.head());
    HeadMatrixOptions options;
    options.embedding.method = method_;
    options.embedding.dims = 2;
    if (options.embedding.method != EmbeddingMethod::Pca) options.maxTokensPerHead = kMatrixTokensPerHead;
    const int generation = ++matrixGeneration_;
    QPointer<EmbeddingSession> self(this);
    // Callbacks arrive on the job's thread; each cell is handed to the GUI thread.
    const auto onGui = [self, generation](auto work) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, work] {
                if (self && generation == self->matrixGeneration_) work(*self);
            },
            Qt::QueuedConnection);
    };
    HeadMatrixCallbacks cells;
    cells.progress = [onGui](int layer, int head, double fraction) {
        onGui([=](EmbeddingSession& session) { emit session.matrixCellProgress(layer, head, fraction); });
    };
    cells.ready = [onGui](int layer, int head, const QueryKeyPoints& points) {
        onGui([=](EmbeddingSession& session) { emit session.matrixCellReady(layer, head, points); });
    };
    cells.failed = [onGui](int layer, int head, const std::string& reason) {
        onGui([=](EmbeddingSession& session) {
            emit session.matrixCellFailed(layer, head, QString::fromStdString(reason));
        });
    };
    JobCallbacks<std::vector<QueryKeyPoints>> callbacks;
    callbacks.foreground = false;
    callbacks.onFailed = [self](const QString& problem, const QString&) {
        if (self) self->setStatus(problem);
    };
    callbacks.onDone = [self, generation](JobOutcome outcome) {
        if (!self) return;
        if (outcome == JobOutcome::Cancelled && generation == self->matrixGeneration_) {
            self->matrixStale_ = true;
            self->setStatus(tr("Matrix cancelled."));
        }
        self->jobEnded();
    };
    callbacks.onProgress = [self](double fraction, const QString& stage) {
        if (self) emit self->progressed(fraction, stage);
    };
    jobStarted();
    jobs_.watch(channels::embeddingMatrix, tr("Embedding every head"), startHeadMatrixEmbedding(shown, options, cells),
                std::move(callbacks));
}

void EmbeddingSession::restoreLayout(int layer, int head, EmbeddingMethod method, int dimensions,
                                     FloatMatrix coordinates) {
    savedLayout_ = SavedLayout{layer, head, dimensions, method, std::move(coordinates)};
    // Shown at once when its points are here already (the current input): the embedding under way is dropped.
    const auto shown = vectors();
    if (!shown || layer != selection_.layer() || head != selection_.head()) return;
    ++generation_;
    jobs_.cancelChannel(channels::embedding);
    showSavedLayout(shown, layer, head, titleFor(layer, head));
}

QString EmbeddingSession::titleFor(int layer, int head) const {
    return tr("layer %1 · head %2 · %3").arg(layer).arg(head).arg(methodName(method_));
}

bool EmbeddingSession::showSavedLayout(const std::shared_ptr<const CorpusVectors>& shown, int layer, int head,
                                       const QString& title) {
    if (!savedLayout_) return false;
    const SavedLayout saved = std::move(*savedLayout_);
    savedLayout_.reset();
    if (saved.layer != layer || saved.head != head || saved.method != method_ || saved.dimensions != dimensions_ ||
        saved.coordinates.rows != 2 * shown->totalTokens() || saved.coordinates.cols != dimensions_)
        return false;
    try {
        auto result = std::make_shared<QueryKeyEmbedding>();
        result->layer = layer;
        result->head = head;
        result->points = QueryKeyPoints::fromStackedRows(saved.coordinates, shown->tokenLists());
        for (int i = 0; i < shown->inputCount(); ++i) result->points.inputLabels.push_back(shown->label(i));
        result->points.validate();
        embedding_ = result;
        embeddedLayer_ = layer;
        embeddedHead_ = head;
        emit pointsReplaced(result->points, title);
        emit embeddingFinished(std::make_shared<CorpusHeadAttention>(shown, layer, head), title);
        linkCurrentInput();
        setStatus(tr("%1 · %2 points · from the saved session").arg(title).arg(result->points.size()));
        return true;
    } catch (const std::exception&) {
        return false;  // a layout that no longer fits is computed again
    }
}

void EmbeddingSession::pointClicked(int input, int position, bool isKey) {
    if (input == linkedInput_) {
        selection_.setToken(position, isKey);
        return;
    }
    // Another corpus input: run it, then select the token once its capture arrives (setCapture).
    if (input < 0 || input >= static_cast<int>(corpusInputs_.size()) || !runText_) return;
    const CorpusInput& chosen = corpusInputs_[static_cast<size_t>(input)];
    if (!chosen.imagePath.empty()) return;  // image corpora: the point's input is shown in the view's panel only
    pending_ = {input, position, isKey};
    runText_(QString::fromStdString(chosen.text));
}

void EmbeddingSession::pointSelectionCleared() {
    if (linkedInput_ >= 0) selection_.setToken(-1);
}

}  // namespace attnscope::app
