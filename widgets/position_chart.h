// One value per input position as vertical bars with the token under each (e.g. how far a masked run's prediction
// moved from the plain run's at every position). Clicking a bar selects that position.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

#include "style.h"

namespace attnscope::widgets {

class PositionChart : public QWidget {
    Q_OBJECT
public:
    explicit PositionChart(QWidget* parent = nullptr);

    // `labels` and `values` have one entry per position; `unit` is appended to values in tooltips ("nats").
    void setData(QVector<QString> labels, QVector<double> values, const QString& unit);
    const QVector<double>& values() const { return values_; }
    void setHighlighted(int position);
    int highlighted() const { return highlighted_; }
    void setBarColor(const QColor& color);

    int positionAt(const QPoint& point) const;
    QRect barSlot(int position) const;  // the column of `position`, label included
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Paints the chart (its natural size in `font`) in `theme`; the size it needs.
    void paint(QPainter& painter, const Theme& theme, const QFont& font) const;
    QSize sizeFor(const QFont& font) const;

signals:
    void positionClicked(int position);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    int slotWidth(const QFont& font) const;
    int labelHeight(const QFont& font) const;

    QVector<QString> labels_;
    QVector<double> values_;
    QString unit_;
    int highlighted_ = -1;
    QColor bar_;
};

}  // namespace attnscope::widgets
