// The legend floating over the embedding canvas: what the colours mean in the current colouring, how many points
// and inputs there are, and a note while the level of detail draws a subsample. Painted, not built from labels, so
// it is the same on every machine (DejaVu Sans at fixed pixel sizes).
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <vector>

#include "embedding/embedding_palette.h"
#include "style.h"

namespace attnscope::widgets {

struct LegendContent {
    QString title;  // e.g. "layer 2 · head 5 · UMAP"; empty for none
    PointColouring colouring = PointColouring::TokenType;
    std::int64_t points = 0;
    int inputs = 0;
    std::vector<QString> inputNames;     // Input colouring: the first few inputs' names
    QString attentionSource;             // AttentionWeight: what the weights come from; empty when nothing is selected
    bool attentionFromKey = false;       // the weights are a key's column (queries coloured), not a query's row
    QString searchNote;                  // e.g. "“cat”: 214 matches"; empty without a search
    std::int64_t drawnWhileMoving = -1;  // >= 0 while the subsample is drawn
};

// Formats a count with thin thousands separators: 1000000 -> "1,000,000".
QString formatCount(std::int64_t count);

class EmbeddingLegend : public QWidget {
    Q_OBJECT
public:
    explicit EmbeddingLegend(QWidget* parent = nullptr);

    void setContent(const LegendContent& content);
    const LegendContent& content() const { return content_; }
    QSize sizeHint() const override;
    // The panel and its rows at (0, 0) in `theme` (on screen, and in figures), and the size that takes.
    void paint(QPainter& painter, const Theme& theme) const;
    QSize sizeIn(const Theme& theme) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Lays the legend out and, when `painter` is given, draws it; returns the size it needs.
    QSize layOut(QPainter* painter, const Theme& theme) const;

    LegendContent content_;
};

}  // namespace attnscope::widgets
