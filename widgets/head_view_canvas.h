// The drawing surface of the head view: queries in a left column, keys in a right column, and one line per
// (query, key, head) whose opacity follows the weight. It scrolls inside the head view and draws only the rows in
// view and the lines touching them, so long inputs stay responsive.
#pragma once

#include <QImage>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#include "attention_edges.h"
#include "figure.h"
#include "keyboard_navigation.h"
#include "selection_model.h"

namespace attnscope::widgets {

// Which lines a sentence pair shows: all, or only those from one sentence's queries to one sentence's keys.
enum class PairFilter { All, AToB, BToA, AToA, BToB };

class HeadViewCanvas : public QWidget {
    Q_OBJECT
public:
    struct Content {
        std::shared_ptr<const LayerEdges> edges;
        QStringList labels;         // one display label per token (the queries')
        QStringList keyLabels;      // the keys' when they are other tokens (cross-attention); empty: `labels`
        std::vector<int> sentence;  // 0 or 1 per token for a sentence pair; empty otherwise
        bool difference = false;    // edges hold signed differences
    };

    explicit HeadViewCanvas(QWidget* parent = nullptr);
    void setContent(Content content);
    void setSelectionModel(SelectionModel* selection);
    void setPairFilter(PairFilter filter);

    // A row's height at the normal font size; rowHeight() is the one in use (presenter mode's fonts are larger).
    static constexpr int kRowHeight = 20;
    int rowHeight() const { return rowHeight_; }
    // Where a token's line ends: the right edge of its query label, the left edge of its key label.
    QPointF queryAnchor(int token) const;
    QPointF keyAnchor(int token) const;
    QRect labelRect(int token, bool key) const;

    // Draws what lies in `rect` (canvas coordinates) as seen when `visible` is the part in view (defaults to
    // `rect`); paintEvent and the benchmark both use it.
    void paintRegion(QPainter& painter, const QRect& rect, const QRect& visible = QRect()) const;

    QSize sizeHint() const override;

    // Every row and every line of the visible heads (only the selected token's lines while one is selected), lines
    // as vector strokes: the head view as a figure. Implemented in head_view_figure.cpp.
    FigurePanel figurePanel(const QString& name) const;
    bool hasContent() const { return content_.edges && tokenCount() > 0 && selection_; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    // Up/Down (PageUp/PageDown, Home/End) move the selected token, Left/Right choose its query or its key,
    // Escape clears it.
    void keyPressEvent(QKeyEvent* event) override;

private:
    void layoutColumns();
    int tokenCount() const { return static_cast<int>(content_.labels.size()); }
    int keyCount() const {
        return content_.keyLabels.empty() ? tokenCount() : static_cast<int>(content_.keyLabels.size());
    }
    int sideCount(bool key) const { return key ? keyCount() : tokenCount(); }
    int rowCount() const { return std::max(tokenCount(), keyCount()); }
    int rowTop(int token) const { return topMargin_ + token * rowHeight_; }
    // Row height, margins and label font for the screen theme's font scale.
    void applyThemeMetrics();
    bool queryInFilter(int token) const;
    bool keyInFilter(int token) const;
    struct Segment {
        QPointF from, to;
        QRgb color;
        float opacity;
    };
    // The line segments to draw when `visible` is in view, in drawing order.
    std::vector<Segment> segmentsInView(const QRect& visible, int firstRow, int lastRow) const;
    // Calls `visit` for each edge of `head` to draw: the hovered token's, else those touching rows in view.
    void forEachLine(int head, int firstRow, int lastRow, const std::function<void(const AttentionEdge&)>& visit) const;
    void drawLabels(QPainter& painter, int firstRow, int lastRow, const std::vector<float>& hoverWeight) const;

    static constexpr int kTopMargin = 34;
    static constexpr int kBottomMargin = 12;

    Content content_;
    QStringList elided_;         // labels elided to the column width
    QStringList elidedKeys_;     // key labels, when they differ
    mutable QImage linesLayer_;  // reused from frame to frame
    QPointer<SelectionModel> selection_;
    PairFilter filter_ = PairFilter::All;
    QFont labelFont_;
    int rowHeight_ = kRowHeight;
    int topMargin_ = kTopMargin;
    int labelWidth_ = 60;
    int linesLeft_ = 0;
    int linesRight_ = 0;
    FocusFrame* focusFrame_ = nullptr;  // a child: whether the dashed focus frame shows
};

}  // namespace attnscope::widgets
