// Painting the ranked probability bars.
#include "probability_bars.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "style.h"

namespace attnscope::widgets {

namespace {
constexpr int kRankWidth = 22;
constexpr int kLabelMin = 60;
constexpr int kLabelMax = 130;
constexpr int kValueWidthChars = 16;  // "41.2 %  ▲ +12.3"
}  // namespace

QString formatProbability(double probability) {
    if (!std::isfinite(probability)) return displayNumber(probability, 1);
    const QLocale locale;
    const double percent = probability * 100.0;
    if (percent >= 10.0) return locale.toString(percent, 'f', 1) + QStringLiteral(" %");
    if (percent >= 0.01) return locale.toString(percent, 'f', 2) + QStringLiteral(" %");
    return QStringLiteral("< ") + locale.toString(0.01, 'f', 2) + QStringLiteral(" %");
}

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent), bar_(QColor(66, 133, 244)) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProbabilityBars::setTitle(const QString& title) {
    title_ = title;
    updateGeometry();
    update();
}

void ProbabilityBars::setRows(QVector<ProbabilityRow> rows) {
    rows_ = std::move(rows);
    updateGeometry();
    update();
}

void ProbabilityBars::setBarColor(const QColor& color) {
    bar_ = color;
    update();
}

int ProbabilityBars::rowHeight(const QFont& font) const {
    return QFontMetrics(font).height() + 5;
}

int ProbabilityBars::titleHeight(const QFont& font) const {
    return title_.isEmpty() ? 0 : QFontMetrics(font).height() + 6;
}

int ProbabilityBars::heightFor(const QFont& font) const {
    return titleHeight(font) + static_cast<int>(std::max<qsizetype>(rows_.size(), 1)) * rowHeight(font) + 2;
}

int ProbabilityBars::rowAt(const QPoint& point) const {
    const int y = point.y() - titleHeight(font());
    if (y < 0) return -1;
    const int row = y / rowHeight(font());
    return row < rows_.size() ? row : -1;
}

QSize ProbabilityBars::sizeHint() const {
    return QSize(320, heightFor(font()));
}

QSize ProbabilityBars::minimumSizeHint() const {
    return QSize(200, sizeHint().height());
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, size(), screenTheme(), font());
}

void ProbabilityBars::paint(QPainter& painter, const QSize& size, const Theme& theme, const QFont& font) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QColor text = theme.text;
    const QColor muted = theme.mutedText;
    const int width = size.width();
    int y = 0;
    if (!title_.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(QRect(0, 0, width, titleHeight(font)), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(title_, Qt::ElideRight, width));
        painter.setFont(font);
        y = titleHeight(font);
    }
    const bool withReference =
        std::any_of(rows_.begin(), rows_.end(), [](const ProbabilityRow& row) { return row.reference >= 0; });
    int labelWidth = kLabelMin;
    for (const auto& row : rows_) labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.label) + 8);
    labelWidth = std::min({labelWidth, kLabelMax, width / 3});
    const int valueWidth = metrics.averageCharWidth() * (withReference ? kValueWidthChars : 8);
    const int barLeft = kRankWidth + labelWidth;
    const int barWidth = std::max(20, width - barLeft - valueWidth - 4);
    const int h = rowHeight(font);
    const QColor track = theme.panel;
    for (int i = 0; i < rows_.size(); ++i, y += h) {
        const auto& row = rows_[i];
        painter.setPen(muted);
        painter.drawText(QRect(0, y, kRankWidth - 4, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(i + 1));
        painter.setPen(text);
        painter.drawText(QRect(kRankWidth, y, labelWidth - 6, h), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(row.label, Qt::ElideRight, labelWidth - 6));
        const QRectF trackRect(barLeft, y + 3, barWidth, h - 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(track);
        painter.drawRoundedRect(trackRect, 2, 2);
        painter.setBrush(bar_);
        painter.drawRoundedRect(
            QRectF(barLeft, y + 3, std::max(1.0, barWidth * std::clamp(row.probability, 0.0, 1.0)), h - 6), 2, 2);
        QString value = formatProbability(row.probability);
        if (row.reference >= 0) {
            const double x = barLeft + barWidth * std::clamp(row.reference, 0.0, 1.0);
            painter.setPen(QPen(text, 2));
            painter.drawLine(QPointF(x, y + 1), QPointF(x, y + h - 1));
        }
        painter.setPen(text);
        const QRect valueRect(barLeft + barWidth + 4, y, valueWidth, h);
        painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, value);
        if (row.reference >= 0) {
            const double change = (row.probability - row.reference) * 100.0;
            if (std::abs(change) >= 0.05) {
                painter.setPen(change > 0 ? theme.positive : theme.negative);
                const QString arrow = change > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ −");
                painter.drawText(valueRect.adjusted(metrics.horizontalAdvance(value) + 6, 0, 0, 0),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 arrow + QLocale().toString(std::abs(change), 'f', 1));
            }
        }
    }
    painter.restore();
}

bool ProbabilityBars::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), rows_[row].toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
