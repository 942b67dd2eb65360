// A bar per token with its label underneath (rotated when tokens are many), a value axis with round ticks and one
// highlighted bar: the attention-received chart of the sink view.
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

#include "figure.h"
#include "style.h"

namespace attnscope::widgets {

class TokenBarChart : public QWidget {
    Q_OBJECT
public:
    explicit TokenBarChart(QWidget* parent = nullptr);

    void setValues(std::vector<double> values, const QStringList& labels);
    void setTitle(const QString& title);
    void setValueAxisTitle(const QString& title);
    void setHighlightedBar(int index);  // -1: none

    const std::vector<double>& values() const { return values_; }
    double axisMax() const;  // the top of the value axis: a round number at or above the largest value
    // Where bar `index` is drawn (its full height), in widget coordinates; empty outside.
    QRect barRect(int index) const;
    int barAt(const QPoint& point) const;  // -1 when none
    // Paints the chart into a `size` area at the painter's origin in `theme` (the screen, or a figure).
    void paint(QPainter& painter, const QSize& size, const Theme& theme) const;
    // The chart as a figure panel with bars about `slot` pixels apart (fewer when there are many tokens).
    FigurePanel figurePanel(const QString& name, double slot = 22.0) const;

    QSize sizeHint() const override { return {420, 240}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

signals:
    void barClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea(const QSize& size, const Theme& theme) const;
    bool verticalLabels(const QSize& size, const Theme& theme) const;
    QRect barRectIn(const QRect& area, int index) const;

    std::vector<double> values_;
    QStringList labels_;
    QString title_, axisTitle_;
    int highlighted_ = -1;
};

}  // namespace attnscope::widgets
