// QueryKeyEmbeddingView: the queries and keys of many inputs for one head, embedded in 2D or 3D (AttentionViz's
// global view of attention). Up to a million points, drawn with level of detail while the camera moves and, in 2D,
// optionally as a CPU density image; coloured by kind, position, input or a selection's attention; a search box
// highlights a token's occurrences; clicking a point draws its attention row (query) or column (key) as lines and
// shows its input's text. See docs/embedding-view.md.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

#include "attnscope/qk_embedding_data.h"
#include "embedding/embedding_palette.h"
#include "figure.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace attnscope::widgets {

class EmbeddingLegend;
class QueryKeyScene;
class TokenContextPanel;
class VtkRenderWidget;

// A point of the view, named as the rest of the app names tokens.
struct QueryKeySelection {
    int input = -1;
    int position = -1;
    bool isKey = false;
    bool valid() const { return input >= 0; }
};

class QueryKeyEmbeddingView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit QueryKeyEmbeddingView(QWidget* parent = nullptr);
    ~QueryKeyEmbeddingView() override;

    // Replaces what is shown. Throws EngineError (from QueryKeyPoints::validate) and keeps the previous points.
    void setPoints(QueryKeyPoints points);
    const QueryKeyPoints& points() const { return points_; }
    // Live refinement (t-SNE/UMAP iterations): rows [firstRow, firstRow + rows.rows) get new coordinates. The point
    // arrays are updated in place; colours, selection and camera stay. Throws EngineError on a shape mismatch or a
    // non-finite coordinate, and then changes nothing.
    void updateCoordinates(std::int64_t firstRow, const FloatMatrix& rows);

    // Where attention lines and the attention colouring get their weights; without one, no lines are drawn.
    void setAttentionProvider(std::shared_ptr<const AttentionWeightsProvider> provider);
    // Shown at the top of the legend, e.g. "layer 2 · head 5 · UMAP".
    void setTitle(const QString& title);

    void setColouring(PointColouring colouring);
    PointColouring colouring() const { return colouring_; }
    void setSearchText(const QString& text);
    std::int64_t searchMatchCount() const { return matchCount_; }
    // 2D only: draw a density image instead of points.
    void setDensityEnabled(bool enabled);
    bool densityEnabled() const { return densityEnabled_; }

    // At most this many points are drawn while the camera moves (default 50,000); with points shown, a new budget
    // picks a new subsample and fits the camera again.
    void setInteractiveBudget(std::int64_t points);
    // How long after the last camera movement every point is drawn again (default 180 ms).
    void setSettleInterval(int milliseconds);
    // While moving, the subsample shrinks (to 5,000 points at least) when frames take longer than this, and grows
    // back to the budget when they are fast (default 40 ms; 0 always draws the whole budget).
    void setInteractiveFrameTarget(double milliseconds);
    // At most this many attention lines, the strongest (default 16).
    void setMaxLines(int lines);

    // The input the rest of the app shows; showToken() selects a token of it.
    void setCurrentInput(int input);
    int currentInput() const { return currentInput_; }

    QueryKeySelection selection() const { return selection_; }
    // The point id of (input, position, kind), or -1.
    std::int64_t pointId(int input, int position, bool isKey) const;
    std::int64_t lineCount() const;

    // For tests and benchmarks.
    VtkRenderWidget* canvas() const { return canvas_; }
    QueryKeyScene& scene() const { return *scene_; }
    EmbeddingLegend* legend() const { return legend_; }
    TokenContextPanel* tokenPanel() const { return tokenPanel_; }
    QLineEdit* searchBox() const { return search_; }
    bool interacting() const;
    std::int64_t renderedPointCount() const;

    // Every point as the camera sees it now, and the legend (query_key_embedding_figure.cpp).
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

public slots:
    // Selects a point as a click would, without emitting tokenSelected (the selection came from elsewhere).
    void selectToken(int input, int position, bool isKey);
    // Selects `position` of the current input (wire SelectionModel::tokenChanged here); -1 clears.
    void showToken(int position, bool isKey);
    void clearSelection();

signals:
    // The user clicked a point. The app makes the other views follow: its current input, then
    // SelectionModel::setToken(position, isKey).
    void tokenSelected(int input, int position, bool isKey);
    void selectionCleared();
    // The 2D/3D switch: the app recomputes the embedding with this many dimensions and calls setPoints().
    void dimensionsRequested(int dimensions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolbar(QWidget* toolbar);
    void onCanvasClicked(const QPointF& position, Qt::MouseButton button);
    void select(std::int64_t point, bool notify);
    void beginInteraction();
    void endInteraction();
    void recolour();
    void refreshLegend();
    std::vector<float> selectionWeights() const;

    QueryKeyPoints points_;
    std::vector<std::vector<std::int32_t>> pointIndex_;  // per input: queries by position, then keys by position
    std::shared_ptr<const AttentionWeightsProvider> provider_;
    QString title_;
    PointColouring colouring_ = PointColouring::TokenType;
    QString searchText_;
    std::int64_t matchCount_ = 0;
    bool densityEnabled_ = false;
    std::int64_t interactiveBudget_ = 50000;
    int maxLines_ = 16;
    int currentInput_ = 0;
    QueryKeySelection selection_;
    std::int64_t selectedPoint_ = -1;

    VtkRenderWidget* canvas_ = nullptr;
    std::unique_ptr<QueryKeyScene> scene_;
    EmbeddingLegend* legend_ = nullptr;
    TokenContextPanel* tokenPanel_ = nullptr;
    QComboBox* colouringBox_ = nullptr;
    QLineEdit* search_ = nullptr;
    QToolButton* densityButton_ = nullptr;
    QToolButton* dimensionsButton_ = nullptr;

    QTimer settleTimer_;  // fires when the camera has been still long enough to draw everything again
    bool buttonHeld_ = false;
    bool draggedSincePress_ = false;
    QPoint pressPosition_;
    bool cameraTouched_ = false;  // until the user moves the camera, resizing refits it
};

}  // namespace attnscope::widgets
