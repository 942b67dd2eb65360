// The Query–Key Embeddings dock: the toolbar, the background jobs and the links to the rest of the window.
#include "embedding_dock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "attnscope/error.h"
#include "attnscope/resources.h"
#include "busy_counter.h"
#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_matrix_view.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {

constexpr EmbeddingMethod kMethods[] = {EmbeddingMethod::Pca, EmbeddingMethod::Tsne, EmbeddingMethod::Umap};
// t-SNE and UMAP per head in the matrix view: a fixed sample of this many tokens keeps a 12 x 12 model in seconds.
constexpr int64_t kMatrixTokensPerHead = 1500;
// Bytes a corpus may hold in memory before capturing it is refused with the estimate.
constexpr int64_t kCorpusMemoryLimit = int64_t(2) << 30;

QString megabytes(int64_t bytes) {
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool sameInput(const ModelInput& a, const ModelInput& b) {
    if (!a.imagePath.empty() || !b.imagePath.empty()) return a.imagePath == b.imagePath;
    return a.ids == b.ids && a.typeIds == b.typeIds;
}

}  // namespace

EmbeddingDock::EmbeddingDock(widgets::SelectionModel& selection, widgets::BusyCounter& busy,
                             std::function<std::shared_ptr<const Model>()> model, QWidget* parent)
    : QWidget(parent),
      selection_(selection),
      busy_(busy),
      model_(std::move(model)),
      sourceBox_(new QComboBox),
      methodBox_(new QComboBox),
      matrixButton_(new QToolButton),
      progress_(new QProgressBar),
      cancelButton_(new QToolButton),
      status_(new QLabel),
      pages_(new QStackedWidget),
      view_(new widgets::QueryKeyEmbeddingView),
      matrix_(new widgets::QueryKeyMatrixView) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    sourceBox_->addItem(tr("Current input"));
    sourceBox_->addItem(tr("Demo corpus"));
    sourceBox_->addItem(tr("Demo-model texts"));
    sourceBox_->addItem(tr("Corpus file…"));
    sourceBox_->setToolTip(tr("Whose queries and keys are embedded: the input just run, or every line of a corpus"));
    methodBox_->addItems({QStringLiteral("PCA"), QStringLiteral("t-SNE"), QStringLiteral("UMAP")});
    methodBox_->setToolTip(tr("PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch"));
    matrixButton_->setText(tr("All heads"));
    matrixButton_->setToolTip(tr("Every head of the model as a small embedding; click one to open it"));
    matrixButton_->setCheckable(true);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->setMaximumWidth(120);
    progress_->setMaximumHeight(14);
    progress_->hide();
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->hide();
    status_->setForegroundRole(QPalette::PlaceholderText);
    status_->setMinimumWidth(40);
    bar->addWidget(new QLabel(tr("Points from")));
    bar->addWidget(sourceBox_);
    bar->addWidget(new QLabel(tr("Layout")));
    bar->addWidget(methodBox_);
    bar->addWidget(matrixButton_);
    bar->addWidget(progress_);
    bar->addWidget(cancelButton_);
    bar->addWidget(status_, 1);
    layout->addLayout(bar);
    pages_->addWidget(view_);
    pages_->addWidget(matrix_);
    layout->addWidget(pages_, 1);

    connect(sourceBox_, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        if (index == 0) {
            useCurrentInput();
        } else if (index == 1) {
            useCorpus(demoCorpusPath());
        } else if (index == 2) {
            useCorpus(demoGrammarCorpusPath());
        } else {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Corpus"), QString(), tr("Text files, one input per line (*.txt);;All files (*)"));
            if (path.isEmpty()) {  // keep showing what was shown
                const QSignalBlocker block(sourceBox_);
                sourceBox_->setCurrentIndex(static_cast<int>(source_));
                return;
            }
            useCorpus(path);
        }
    });
    connect(methodBox_, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { setMethod(kMethods[std::clamp(index, 0, 2)]); });
    connect(matrixButton_, &QToolButton::toggled, this, &EmbeddingDock::showMatrix);
    connect(cancelButton_, &QToolButton::clicked, this, &EmbeddingDock::cancel);
    connect(view_, &widgets::QueryKeyEmbeddingView::dimensionsRequested, this, &EmbeddingDock::setDimensions);
    connect(view_, &widgets::QueryKeyEmbeddingView::tokenSelected, this, &EmbeddingDock::onPointClicked);
    connect(view_, &widgets::QueryKeyEmbeddingView::selectionCleared, this, [this] {
        if (linkedInput_ >= 0) selection_.setToken(-1);
    });
    connect(matrix_, &widgets::QueryKeyMatrixView::headActivated, this, [this](int layer, int head) {
        selection_.selectHead(layer, head);
        showMatrix(false);
    });
    connect(&selection_, &widgets::SelectionModel::layerChanged, this, &EmbeddingDock::scheduleEmbedding);
    connect(&selection_, &widgets::SelectionModel::headChanged, this, &EmbeddingDock::scheduleEmbedding);
    connect(&selection_, &widgets::SelectionModel::tokenChanged, this, [this](int token, bool isKey) {
        if (linkedInput_ < 0) return;
        view_->setCurrentInput(linkedInput_);
        view_->showToken(token, isKey);
    });
}

EmbeddingDock::~EmbeddingDock() {
    // Stop the jobs and wait for their threads while this object is whole: their callbacks post to it.
    cancel();
    qDeleteAll(findChildren<QTimer*>(QString(), Qt::FindDirectChildrenOnly));
    corpusJob_.reset();
    embeddingJob_.reset();
    matrixJob_.reset();
}

QString EmbeddingDock::demoCorpusPath() {
    return QString::fromStdString(resourceDirectory()) + QStringLiteral("/corpus/demo.txt");
}

QString EmbeddingDock::demoGrammarCorpusPath() {
    return QString::fromStdString(resourceDirectory()) + QStringLiteral("/corpus/demo_grammar.txt");
}

QString EmbeddingDock::corpusPath(const QString& name) {
    if (name == QLatin1String("demo")) return demoCorpusPath();
    if (name == QLatin1String("demo-model")) return demoGrammarCorpusPath();
    return name;
}

EmbeddingMethod EmbeddingDock::method() const {
    return kMethods[std::clamp(methodBox_->currentIndex(), 0, 2)];
}

bool EmbeddingDock::matrixShown() const {
    return pages_->currentWidget() == matrix_;
}

QString EmbeddingDock::statusText() const {
    return status_->text();
}

bool EmbeddingDock::busy() const {
    return watched_ > 0;
}

void EmbeddingDock::setStatus(const QString& text) {
    status_->setText(text);
    status_->setToolTip(text);
}

std::shared_ptr<const CorpusVectors> EmbeddingDock::shownVectors() const {
    return source_ == Source::CurrentInput ? inputVectors_ : corpusVectors_;
}

template <class JobType>
void EmbeddingDock::watch(const QString& reason, std::shared_ptr<JobType> job, std::function<void()> onDone) {
    busy_.begin(reason);
    ++watched_;
    updateProgressVisibility();
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, reason, job, onDone] {
        if (!job->finished()) {
            progress_->setValue(static_cast<int>(std::clamp(job->progress(), 0.0, 1.0) * progress_->maximum()));
            progress_->setToolTip(QString::fromStdString(job->stage()));
            return;
        }
        timer->deleteLater();
        --watched_;
        updateProgressVisibility();
        onDone();
        busy_.end(reason);
    });
    timer->start(40);
}

void EmbeddingDock::setCapture(const std::shared_ptr<const AttentionCapture>& capture) {
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

void EmbeddingDock::linkCurrentInput() {
    linkedInput_ = -1;
    if (source_ == Source::CurrentInput) {
        if (inputVectors_) linkedInput_ = 0;
    } else if (corpusVectors_ && capture_) {
        for (int i = 0; i < corpusVectors_->inputCount(); ++i)
            if (sameInput(corpusVectors_->capture(i)->input(), capture_->input())) {
                linkedInput_ = i;
                break;
            }
    }
    view_->setCurrentInput(std::max(0, linkedInput_));
}

void EmbeddingDock::useCurrentInput() {
    source_ = Source::CurrentInput;
    const QSignalBlocker block(sourceBox_);
    sourceBox_->setCurrentIndex(0);
    vectorsChanged();
}

void EmbeddingDock::useCorpus(const QString& path) {
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
        return;
    }
    if (corpusJob_) corpusJob_->cancel();
    CorpusCaptureOptions options;
    options.memoryLimitBytes = kCorpusMemoryLimit;  // a clear error with the estimate instead of exhausting memory
    corpusInputs_ = inputs;
    corpusPath_ = path;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const Source source = canonical == QFileInfo(demoCorpusPath()).canonicalFilePath() ? Source::DemoCorpus
                          : canonical == QFileInfo(demoGrammarCorpusPath()).canonicalFilePath()
                              ? Source::DemoGrammarCorpus
                              : Source::CorpusFile;
    corpusName_ = source == Source::DemoCorpus          ? tr("demo corpus")
                  : source == Source::DemoGrammarCorpus ? tr("demo-model texts")
                                                        : QFileInfo(path).fileName();
    const QString estimate = tr("up to %1 MB").arg(megabytes(estimateCorpusBytes(model->info(), [&] {
        int64_t characters = 0;  // at most one token per byte: an upper bound before tokenizing
        for (const auto& input : inputs) characters += static_cast<int64_t>(input.text.size()) + 2;
        return characters;
    }())));
    auto job = startCorpusCapture(model, std::move(inputs), options);
    corpusJob_ = job;
    setStatus(tr("capturing %n input(s), %1…", nullptr, static_cast<int>(corpusInputs_.size())).arg(estimate));
    watch(QStringLiteral("corpus capture"), job, [this, job, source] {
        if (job != corpusJob_) return;
        corpusJob_.reset();
        try {
            corpusVectors_ = job->result();
        } catch (const CancelledError&) {
            setStatus(tr("Corpus capture cancelled."));
            return;
        } catch (const std::exception& error) {
            setStatus(QString::fromStdString(error.what()));
            return;
        }
        source_ = source;
        const QSignalBlocker block(sourceBox_);
        sourceBox_->setCurrentIndex(static_cast<int>(source_));
        vectorsChanged();
    });
}

void EmbeddingDock::setMethod(EmbeddingMethod method) {
    const int index = static_cast<int>(std::find(std::begin(kMethods), std::end(kMethods), method) - kMethods);
    {
        const QSignalBlocker block(methodBox_);
        methodBox_->setCurrentIndex(index);
    }
    matrixStale_ = true;
    embedSelectedHead();
    if (matrixShown()) embedEveryHead();
}

void EmbeddingDock::setDimensions(int dimensions) {
    dimensions_ = dimensions == 3 ? 3 : 2;
    embedSelectedHead();
}

void EmbeddingDock::showMatrix(bool matrix) {
    {
        const QSignalBlocker block(matrixButton_);
        matrixButton_->setChecked(matrix);
    }
    pages_->setCurrentWidget(matrix ? static_cast<QWidget*>(matrix_) : view_);
    if (matrix && matrixStale_) embedEveryHead();
}

void EmbeddingDock::vectorsChanged() {
    matrixStale_ = true;
    linkCurrentInput();
    const auto vectors = shownVectors();
    if (vectors && (vectors->layers() != matrix_->layerCount() || vectors->heads() != matrix_->headCount()))
        matrix_->setModelShape(vectors->layers(), vectors->heads());
    embedSelectedHead();
    if (matrixShown()) embedEveryHead();
}

void EmbeddingDock::cancel() {
    if (corpusJob_) corpusJob_->cancel();
    if (embeddingJob_) embeddingJob_->cancel();
    if (matrixJob_) matrixJob_->cancel();
}

void EmbeddingDock::scheduleEmbedding() {
    if (embeddingScheduled_) return;
    embeddingScheduled_ = true;
    static const QString reason = QStringLiteral("query-key embedding (scheduled)");
    busy_.begin(reason);  // --screenshot waits for it, as for the job it starts
    QTimer::singleShot(0, this, [this] {
        embeddingScheduled_ = false;
        embedSelectedHead();
        busy_.end(reason);
    });
}

void EmbeddingDock::embedSelectedHead() {
    const auto vectors = shownVectors();
    if (!vectors) return;
    const int layer = selection_.layer(), head = selection_.head();
    if (layer < 0 || head < 0 || layer >= vectors->layers() || head >= vectors->heads()) return;
    matrix_->setCurrentHead(layer, head);
    if (embeddingJob_) embeddingJob_->cancel();
    EmbeddingOptions options;
    options.method = method();
    options.dims = dimensions_;
    options.progressEvery = options.method == EmbeddingMethod::Umap ? 10 : 25;
    const int generation = ++generation_;
    const QString title = tr("layer %1 · head %2 · %3").arg(layer).arg(head).arg(methodBox_->currentText());
    // Live refinement: the job thread hands its current coordinates to the GUI thread, which shows them unless a
    // newer embedding has started meanwhile.
    auto liveShown = std::make_shared<bool>(false);
    QPointer<EmbeddingDock> self(this);
    auto onProgress = [self, generation, vectors, liveShown, title](const FloatMatrix& partial, int) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, vectors, liveShown, title, partial] {
                if (!self || generation != self->generation_) return;
                try {
                    if (!*liveShown) {
                        auto points = QueryKeyPoints::fromStackedRows(partial, vectors->tokenLists());
                        for (int i = 0; i < vectors->inputCount(); ++i) points.inputLabels.push_back(vectors->label(i));
                        self->view_->setPoints(std::move(points));
                        self->view_->setTitle(title);
                        *liveShown = true;
                    } else {
                        self->view_->updateCoordinates(0, partial);
                    }
                } catch (const std::exception&) {
                    // A partial layout that cannot be shown (non-finite early on) waits for the next one.
                }
            },
            Qt::QueuedConnection);
    };
    auto job = startQueryKeyEmbedding(vectors, layer, head, options, onProgress);
    embeddingJob_ = job;
    setStatus(tr("embedding %n point(s)…", nullptr, static_cast<int>(2 * vectors->totalTokens())));
    watch(QStringLiteral("query-key embedding"), job, [this, job, generation, vectors, layer, head, title, liveShown] {
        if (generation != generation_) return;
        embeddingJob_.reset();
        try {
            QueryKeyEmbedding embedding = job->result();
            if (*liveShown && embedding.points.size() == view_->points().size() &&
                embedding.points.dimensions() == view_->points().dimensions())
                view_->updateCoordinates(0, embedding.points.coordinates);  // keeps a selection made meanwhile
            else
                view_->setPoints(std::move(embedding.points));
            view_->setAttentionProvider(std::make_shared<CorpusHeadAttention>(vectors, layer, head));
            view_->setTitle(title);
            linkCurrentInput();
            if (linkedInput_ >= 0 && selection_.token() >= 0)
                view_->showToken(selection_.token(), selection_.tokenIsKey());
            const QString what = source_ == Source::CurrentInput
                                     ? tr("current input")
                                     : tr("%1: %n input(s)", nullptr, vectors->inputCount()).arg(corpusName_);
            QString text = tr("%1 · %2 points · %3 s")
                               .arg(what)
                               .arg(2 * vectors->totalTokens())
                               .arg(QLocale().toString(embedding.seconds, 'f', 2));
            if (source_ != Source::CurrentInput)
                text += tr(" · %1 MB of vectors").arg(megabytes(vectors->storedBytes()));
            setStatus(text);
        } catch (const CancelledError&) {
            setStatus(tr("Embedding cancelled."));
        } catch (const std::exception& error) {
            setStatus(QString::fromStdString(error.what()));
        }
    });
}

void EmbeddingDock::embedEveryHead() {
    const auto vectors = shownVectors();
    if (!vectors) return;
    matrixStale_ = false;
    if (matrixJob_) matrixJob_->cancel();
    matrix_->setModelShape(vectors->layers(), vectors->heads());
    matrix_->setCurrentHead(selection_.layer(), selection_.head());
    HeadMatrixOptions options;
    options.embedding.method = method();
    options.embedding.dims = 2;
    if (options.embedding.method != EmbeddingMethod::Pca) options.maxTokensPerHead = kMatrixTokensPerHead;
    const int generation = ++matrixGeneration_;
    QPointer<EmbeddingDock> self(this);
    // Callbacks arrive on the job's thread; each cell is handed to the GUI thread.
    const auto onGui = [self, generation](auto work) {
        if (!self) return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, work] {
                if (self && generation == self->matrixGeneration_) work(*self->matrix_);
            },
            Qt::QueuedConnection);
    };
    HeadMatrixCallbacks callbacks;
    callbacks.progress = [onGui](int layer, int head, double fraction) {
        onGui([=](widgets::QueryKeyMatrixView& matrix) { matrix.setCellProgress(layer, head, fraction); });
    };
    callbacks.ready = [onGui](int layer, int head, const QueryKeyPoints& points) {
        onGui([=](widgets::QueryKeyMatrixView& matrix) { matrix.setCell(layer, head, points); });
    };
    callbacks.failed = [onGui](int layer, int head, const std::string& reason) {
        onGui([=](widgets::QueryKeyMatrixView& matrix) {
            matrix.setCellFailed(layer, head, QString::fromStdString(reason));
        });
    };
    auto job = startHeadMatrixEmbedding(vectors, options, callbacks);
    matrixJob_ = job;
    watch(QStringLiteral("query-key matrix"), job, [this, job, generation] {
        if (generation != matrixGeneration_) return;
        matrixJob_.reset();
        try {
            job->result();
        } catch (const CancelledError&) {
            matrixStale_ = true;
            setStatus(tr("Matrix cancelled."));
        } catch (const std::exception& error) {
            setStatus(QString::fromStdString(error.what()));
        }
    });
}

void EmbeddingDock::onPointClicked(int input, int position, bool isKey) {
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

void EmbeddingDock::updateProgressVisibility() {
    progress_->setVisible(watched_ > 0);
    cancelButton_->setVisible(watched_ > 0);
    if (watched_ == 0) progress_->setValue(0);
}

}  // namespace attnscope::app
