// The layered graph of one position's information flow (a contribution graph): layers as columns from the input
// (left) to the last layer (right), tokens as rows, a node's disc as large as the share of the position's information
// it holds, and the heaviest edges drawn as thick as the share they carry.
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

#include "attnscope/information_flow.h"
#include "figure.h"
#include "style.h"

namespace attnscope::widgets {

class FlowGraphPlot : public QWidget {
    Q_OBJECT
public:
    explicit FlowGraphPlot(QWidget* parent = nullptr);

    // The graph of `position`; an empty graph clears the plot (the message says why).
    void setGraph(LayeredFlow graph, int position, const QStringList& tokens, const QString& title);
    void setMessage(const QString& message);
    // Edges below this share of the heaviest are not drawn (default 0.02); at most kMaxDrawnEdges are drawn.
    void setEdgeThreshold(double fraction);
    static constexpr int kMaxDrawnEdges = 4000;
    // Longer inputs show only the position and the tokens that carry the most of its information at any layer.
    static constexpr int kMaxRows = 40;
    // The tokens drawn, in input order (all of them up to kMaxRows).
    const std::vector<int>& shownTokens() const { return shown_; }

    const LayeredFlow& graph() const { return graph_; }
    int drawnEdges() const;  // edges at or above the threshold (at most kMaxDrawnEdges)
    // The centre of node (layer, token) in widget coordinates.
    QPointF nodeCentre(int layer, int token) const;
    // The token whose row holds the point (for clicks), or -1.
    int tokenAt(const QPoint& point) const;

    void paint(QPainter& painter, const QSize& size, const Theme& theme) const;
    FigurePanel figurePanel(const QString& name) const;

    QSize sizeHint() const override { return {520, 360}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

signals:
    void tokenClicked(int token);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        QRectF area;  // node centres span this rectangle
        double columnGap = 0, rowGap = 0;
        bool labels = false;
    };
    Geometry geometry(const QSize& size, const Theme& theme) const;
    QPointF centreIn(const Geometry& g, int layer, int token) const;  // token must be shown

    LayeredFlow graph_;
    std::vector<int> shown_;  // tokens drawn, ascending
    std::vector<int> rowOf_;  // token -> its row, or -1
    int position_ = -1;
    QStringList tokens_;
    QString title_, message_;
    double threshold_ = 0.02;
};

}  // namespace attnscope::widgets
