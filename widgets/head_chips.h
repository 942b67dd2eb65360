// A row of colour chips, one per head, that shows and hides heads in the SelectionModel: click toggles a head,
// double-click shows that head alone. The chips wrap onto more lines when the widget is narrow.
#pragma once

#include <QPointer>
#include <QWidget>

#include "selection_model.h"

namespace attnscope::widgets {

class HeadChips : public QWidget {
    Q_OBJECT
public:
    explicit HeadChips(QWidget* parent = nullptr);
    void setSelectionModel(SelectionModel* selection);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The chip of `head` in widget coordinates.
    QRect chipRect(int head) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    int chipAt(const QPoint& position) const;
    int columns(int width) const;
    int headCount() const { return selection_ ? selection_->headCount() : 0; }

    QPointer<SelectionModel> selection_;
};

}  // namespace attnscope::widgets
