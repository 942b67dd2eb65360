// A ranked list of candidates with their probabilities as horizontal bars (0 to 100 %), optionally with each
// candidate's probability in a reference run as a tick and a signed change, for before/after comparisons.
#pragma once

#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

#include "style.h"

namespace attnscope::widgets {

struct ProbabilityRow {
    QString label;
    QString toolTip;
    double probability = 0;
    double reference = -1;  // the same candidate's probability in the reference run; < 0 for none
};

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const { return title_; }
    void setRows(QVector<ProbabilityRow> rows);
    const QVector<ProbabilityRow>& rows() const { return rows_; }
    void setBarColor(const QColor& color);

    int rowAt(const QPoint& point) const;
    // Paints the bars into a `size` area in `theme` with `font` (the widget's on screen, styleFont in figures).
    void paint(QPainter& painter, const QSize& size, const Theme& theme, const QFont& font) const;
    // The height the rows and title need in `font`.
    int heightFor(const QFont& font) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeight(const QFont& font) const;
    int titleHeight(const QFont& font) const;

    QString title_;
    QVector<ProbabilityRow> rows_;
    QColor bar_;
};

// "41.2 %", "0.37 %", "< 0.01 %": enough digits to tell small probabilities apart.
QString formatProbability(double probability);

}  // namespace attnscope::widgets
