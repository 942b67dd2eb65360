// A compact layers x heads grid of mask toggles: click a cell to mask or unmask that head, click a row header to
// mask the whole layer. Every change goes through the SelectionModel's undo stack.
#pragma once

#include <QPointer>
#include <QWidget>

#include "figure.h"
#include "keyboard_navigation.h"
#include "selection_model.h"

namespace attnscope::widgets {

class HeadGrid : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit HeadGrid(QWidget* parent = nullptr);
    void setSelectionModel(SelectionModel* selection);

    QRect cellRect(int layer, int head) const;
    QRect rowHeaderRect(int layer) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Draws the grid (its own size) in `theme`: paintEvent and figures.
    void paint(QPainter& painter, const Theme& theme) const;
    QString figureSubject() const override;
    QString figureUnavailableReason() const override;
    std::vector<FigurePanel> figurePanels() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    // Arrows move the selected head, Space masks or unmasks it, L masks its whole layer.
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    int layers() const { return selection_ ? selection_->layerCount() : 0; }
    int heads() const { return selection_ ? selection_->headCount() : 0; }
    std::pair<int, int> cellAt(const QPoint& position) const;
    int rowHeaderAt(const QPoint& position) const;

    static constexpr int kCell = 18;
    static constexpr int kGap = 3;
    static constexpr int kLeftMargin = 40;
    static constexpr int kTopMargin = 20;

    QPointer<SelectionModel> selection_;
    FocusFrame* focusFrame_ = nullptr;  // a child: whether the dashed focus frame shows
};

}  // namespace attnscope::widgets
