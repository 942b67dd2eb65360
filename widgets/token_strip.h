// A row of token chips that wraps like text: how the tokenizer split the input, one chip per token. Hovering a chip
// tells its id, vocabulary string and character offsets; clicking selects the token; the selected one is outlined.
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>
#include "keyboard_navigation.h"

namespace attnscope::widgets {

struct TokenChip {
    QString label;    // what the chip shows (the tokenizer's display label)
    QString toolTip;  // shown on hover
    bool special = false;  // added by the tokenizer's template ([CLS], <s>): drawn muted
    int group = 0;         // 0 for the first text, 1 for a sentence pair's second: a different tint
    double heat = -1;      // 0..1: filled on the sequential colour scale (relevance); below 0: the usual tint
};

class TokenStrip : public QWidget {
    Q_OBJECT
public:
    explicit TokenStrip(QWidget* parent = nullptr);

    void setChips(QVector<TokenChip> chips);
    const QVector<TokenChip>& chips() const { return chips_; }
    int count() const { return static_cast<int>(chips_.size()); }
    // The outlined chip; -1 for none.
    void setHighlighted(int index);
    int highlighted() const { return highlighted_; }
    // Shown instead of chips when there are none ("Type a text to see its tokens").
    void setPlaceholder(const QString& text);

    // The chip under `point` (widget coordinates), or -1; and where chip `index` is drawn.
    int chipAt(const QPoint& point) const;
    QRect chipRect(int index) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void chipClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    // Left/Right (Home/End) choose the next chip as a click would.
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Lays the chips out for `width`; returns the rectangles and the height they need.
    QVector<QRect> layoutFor(int width, int* height) const;
    void relayout();

    QVector<TokenChip> chips_;
    QVector<QRect> rects_;
    QString placeholder_;
    int highlighted_ = -1;
    int hovered_ = -1;
    FocusFrame* focusFrame_ = nullptr;  // a child: whether the dashed focus frame shows
};

}  // namespace attnscope::widgets
