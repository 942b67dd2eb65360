// The Query–Key Embeddings dock: its toolbar, and the session's results handed to the two views.
#include "embedding_dock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "embedding/query_key_embedding_view.h"
#include "embedding/query_key_matrix_view.h"
#include "render/vtk_render_widget.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {
constexpr EmbeddingMethod kMethods[] = {EmbeddingMethod::Pca, EmbeddingMethod::Tsne, EmbeddingMethod::Umap};
}  // namespace

EmbeddingDock::EmbeddingDock(EmbeddingSession& session, widgets::SelectionModel& selection, QWidget* parent)
    : QWidget(parent),
      session_(session),
      selection_(selection),
      sourceBox_(new QComboBox),
      methodBox_(new QComboBox),
      matrixButton_(new QToolButton),
      progress_(new QProgressBar),
      cancelButton_(new QToolButton),
      status_(new QLabel),
      pages_(new QStackedWidget),
      view_(widgets::VtkRenderWidget::openGLAvailable() ? new widgets::QueryKeyEmbeddingView : nullptr),
      noOpenGL_(view_ ? nullptr : new QLabel),
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
    sourceBox_->setAccessibleName(tr("Points from"));
    methodBox_->addItems({QStringLiteral("PCA"), QStringLiteral("t-SNE"), QStringLiteral("UMAP")});
    methodBox_->setToolTip(tr("PCA is instant; t-SNE and UMAP keep neighbourhoods and refine while you watch"));
    methodBox_->setAccessibleName(tr("Layout"));
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
    if (view_) {
        pages_->addWidget(view_);
    } else {
        // The points are drawn with OpenGL; without it the dock says so instead of crashing the window.
        noOpenGL_->setText(
            tr("The query–key embedding needs OpenGL, which this display does not offer. The "
               "all-heads matrix still works; for the embedding, run AttnScope on a desktop or under "
               "Xvfb."));
        noOpenGL_->setWordWrap(true);
        noOpenGL_->setAlignment(Qt::AlignCenter);
        pages_->addWidget(noOpenGL_);
    }
    pages_->addWidget(matrix_);
    layout->addWidget(pages_, 1);

    connect(sourceBox_, QOverload<int>::of(&QComboBox::activated), this, &EmbeddingDock::chooseSource);
    connect(methodBox_, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { session_.setMethod(kMethods[std::clamp(index, 0, 2)]); });
    connect(matrixButton_, &QToolButton::toggled, this, &EmbeddingDock::showMatrix);
    connect(cancelButton_, &QToolButton::clicked, &session_, &EmbeddingSession::cancel);
    if (view_) {
        connect(view_, &widgets::QueryKeyEmbeddingView::dimensionsRequested, &session_,
                &EmbeddingSession::setDimensions);
        connect(view_, &widgets::QueryKeyEmbeddingView::tokenSelected, &session_, &EmbeddingSession::pointClicked);
        connect(view_, &widgets::QueryKeyEmbeddingView::selectionCleared, &session_,
                &EmbeddingSession::pointSelectionCleared);
    }
    connect(matrix_, &widgets::QueryKeyMatrixView::headActivated, this, [this](int layer, int head) {
        selection_.selectHead(layer, head);
        showMatrix(false);
    });
    connectSession();
}

void EmbeddingDock::connectSession() {
    connect(&session_, &EmbeddingSession::sourceChanged, this, &EmbeddingDock::showSource);
    connect(&session_, &EmbeddingSession::methodChanged, this, [this](int method) {
        const auto at = std::find(std::begin(kMethods), std::end(kMethods), static_cast<EmbeddingMethod>(method));
        const QSignalBlocker block(methodBox_);
        methodBox_->setCurrentIndex(static_cast<int>(at - std::begin(kMethods)));
    });
    connect(&session_, &EmbeddingSession::statusChanged, this, [this](const QString& text) {
        status_->setText(text);
        status_->setToolTip(text);
    });
    connect(&session_, &EmbeddingSession::busyChanged, this, [this](bool busy) {
        progress_->setVisible(busy);
        cancelButton_->setVisible(busy);
        if (!busy) progress_->setValue(0);
    });
    connect(&session_, &EmbeddingSession::progressed, this, [this](double fraction, const QString& stage) {
        progress_->setValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * progress_->maximum()));
        progress_->setToolTip(stage);
    });
    connectMatrix();
    if (!view_) return;
    connect(&session_, &EmbeddingSession::pointsReplaced, this,
            [this](const QueryKeyPoints& points, const QString& title) {
                try {
                    view_->setPoints(points);
                    view_->setTitle(title);
                } catch (const std::exception& error) {
                    status_->setText(QString::fromStdString(error.what()));
                }
            });
    connect(&session_, &EmbeddingSession::coordinatesUpdated, this, [this](const FloatMatrix& coordinates) {
        try {
            view_->updateCoordinates(0, coordinates);
        } catch (const std::exception&) {
            // A partial layout that no longer fits the points shown waits for the final one.
        }
    });
    connect(&session_, &EmbeddingSession::embeddingFinished, this,
            [this](std::shared_ptr<const AttentionWeightsProvider> attention, const QString& title) {
                view_->setAttentionProvider(std::move(attention));
                view_->setTitle(title);
            });
    connect(&session_, &EmbeddingSession::currentInputLinked, view_, &widgets::QueryKeyEmbeddingView::setCurrentInput);
    connect(&session_, &EmbeddingSession::tokenShown, view_, &widgets::QueryKeyEmbeddingView::showToken);
}

void EmbeddingDock::connectMatrix() {
    connect(&session_, &EmbeddingSession::matrixShapeChanged, this, [this](int layers, int heads) {
        if (layers != matrix_->layerCount() || heads != matrix_->headCount() || session_.matrixShown())
            matrix_->setModelShape(layers, heads);
    });
    connect(&session_, &EmbeddingSession::matrixCurrentHeadChanged, matrix_,
            &widgets::QueryKeyMatrixView::setCurrentHead);
    connect(&session_, &EmbeddingSession::matrixCellProgress, matrix_, &widgets::QueryKeyMatrixView::setCellProgress);
    connect(&session_, &EmbeddingSession::matrixCellReady, matrix_, &widgets::QueryKeyMatrixView::setCell);
    connect(&session_, &EmbeddingSession::matrixCellFailed, matrix_, &widgets::QueryKeyMatrixView::setCellFailed);
}

void EmbeddingDock::chooseSource(int index) {
    switch (index) {
        case 0:
            session_.useCurrentInput();
            return;
        case 1:
            session_.useCorpus(EmbeddingSession::demoCorpusPath());
            break;
        case 2:
            session_.useCorpus(EmbeddingSession::demoGrammarCorpusPath());
            break;
        default: {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Corpus"), QString(), tr("Text files, one input per line (*.txt);;All files (*)"));
            if (!path.isEmpty()) session_.useCorpus(path);
        }
    }
    // Until the corpus has been captured, the box shows what is shown.
    showSource(session_.source());
}

void EmbeddingDock::showSource(EmbeddingSession::Source source) {
    const QSignalBlocker block(sourceBox_);
    sourceBox_->setCurrentIndex(static_cast<int>(source));
}

void EmbeddingDock::showMatrix(bool matrix) {
    {
        const QSignalBlocker block(matrixButton_);
        matrixButton_->setChecked(matrix);
    }
    pages_->setCurrentWidget(matrix  ? static_cast<QWidget*>(matrix_)
                             : view_ ? static_cast<QWidget*>(view_)
                                     : noOpenGL_);
    session_.setMatrixShown(matrix);
}

bool EmbeddingDock::matrixShown() const {
    return pages_->currentWidget() == matrix_;
}

const widgets::FigureSource* EmbeddingDock::shownFigure() const {
    if (matrixShown()) return matrix_;
    return view_;
}

QString EmbeddingDock::figureSubject() const {
    return shownFigure() ? shownFigure()->figureSubject() : QString();
}

QString EmbeddingDock::figureUnavailableReason() const {
    if (!shownFigure())
        return tr(
            "the query–key embedding needs OpenGL (on a machine without a display, run under Xvfb); the "
            "all-heads matrix (--matrix) does not");
    return shownFigure()->figureUnavailableReason();
}

std::vector<widgets::FigurePanel> EmbeddingDock::figurePanels() const {
    return shownFigure() ? shownFigure()->figurePanels() : std::vector<widgets::FigurePanel>();
}

QString EmbeddingDock::statusText() const {
    return status_->text();
}

}  // namespace attnscope::app
