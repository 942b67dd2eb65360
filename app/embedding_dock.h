// The Query–Key Embeddings dock (AttentionViz): a toolbar (where the points come from, the layout, all heads, the
// progress of the work and Cancel) over the single-head view and the all-heads matrix. What it shows comes from an
// EmbeddingSession; what the user does goes back to it. No job and no model here.
#pragma once

#include <QWidget>

#include "embedding_session.h"
#include "figure.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace attnscope::widgets {
class QueryKeyEmbeddingView;
class QueryKeyMatrixView;
class SelectionModel;
}  // namespace attnscope::widgets

namespace attnscope::app {

class EmbeddingDock : public QWidget, public widgets::FigureSource {
    Q_OBJECT
public:
    EmbeddingDock(EmbeddingSession& session, widgets::SelectionModel& selection, QWidget* parent = nullptr);

    EmbeddingSession& session() const { return session_; }
    // Shows the matrix (and has the session embed every head) or the single head.
    void showMatrix(bool matrix);
    bool matrixShown() const;
    QString statusText() const;
    // The single-head view; null where OpenGL is missing (the dock then explains why).
    widgets::QueryKeyEmbeddingView* view() const { return view_; }
    widgets::QueryKeyMatrixView* matrix() const { return matrix_; }

    // The page shown: the single head's embedding (2D or 3D) or the all-heads matrix.
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<widgets::FigurePanel> figurePanels() const override;

private:
    const widgets::FigureSource* shownFigure() const;
    void connectSession();
    void connectMatrix();
    void chooseSource(int index);
    void showSource(EmbeddingSession::Source source);

    EmbeddingSession& session_;
    widgets::SelectionModel& selection_;
    QComboBox* sourceBox_;
    QComboBox* methodBox_;
    QToolButton* matrixButton_;
    QProgressBar* progress_;
    QToolButton* cancelButton_;
    QLabel* status_;
    QStackedWidget* pages_;
    widgets::QueryKeyEmbeddingView* view_;  // null without OpenGL (Qt's offscreen platform)
    QLabel* noOpenGL_;                      // what the dock says instead
    widgets::QueryKeyMatrixView* matrix_;
};

}  // namespace attnscope::app
