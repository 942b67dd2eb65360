// The embedding view's legend; see embedding_legend.h.
#include "embedding/embedding_legend.h"
#include "style.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace attnscope::widgets {
namespace {

constexpr int kPadding = 10;
constexpr int kRowGap = 5;
constexpr int kSwatch = 10;
constexpr int kRampWidth = 88;
constexpr int kRampHeight = 9;
constexpr int kMaxInputsListed = 6;

// Draws (when `painter` is set) and measures one legend row; rows are laid out top to bottom.
class RowWriter {
public:
    RowWriter(QPainter* painter, const Theme& theme) : painter_(painter), theme_(theme), y_(kPadding) {}

    void text(const QString& text, const QFont& font, const QColor& color) {
        const QFontMetrics metrics(font);
        if (painter_) {
            painter_->setFont(font);
            painter_->setPen(color);
            painter_->drawText(QPointF(kPadding, y_ + metrics.ascent()), text);
        }
        advance(metrics.horizontalAdvance(text), metrics.height());
    }

    // Coloured dots with names, wrapping after `perRow` items.
    void swatches(const std::vector<std::pair<QColor, QString>>& items, int perRow) {
        const QFont font = styleFont(11, false, theme_);
        const QFontMetrics metrics(font);
        const int rowHeight = std::max(metrics.height(), kSwatch);
        int x = kPadding;
        int width = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            if (i > 0 && i % static_cast<size_t>(perRow) == 0) {
                advance(width, rowHeight);
                x = kPadding;
                width = 0;
            }
            if (painter_) {
                painter_->setPen(Qt::NoPen);
                painter_->setBrush(items[i].first);
                painter_->drawEllipse(QRectF(x, y_ + 0.5 * (rowHeight - kSwatch), kSwatch, kSwatch));
                painter_->setFont(font);
                painter_->setPen(theme_.text);
                painter_->drawText(
                    QPointF(x + kSwatch + 5, y_ + 0.5 * (rowHeight - metrics.height()) + metrics.ascent()),
                    items[i].second);
            }
            x += kSwatch + 5 + metrics.horizontalAdvance(items[i].second) + 12;
            width = x - kPadding - 12;
        }
        advance(width, rowHeight);
    }

    // "label [ramp] low → high"
    void ramp(const QString& label, QColor (*colorAt)(double), const QString& low, const QString& high) {
        const QFont font = styleFont(11, false, theme_);
        const QFontMetrics metrics(font);
        const int labelWidth =
            std::max(metrics.horizontalAdvance(QStringLiteral("queries")), metrics.horizontalAdvance(label));
        const int rampX = kPadding + labelWidth + 8;
        const int rowHeight = metrics.height();
        if (painter_) {
            painter_->setFont(font);
            painter_->setPen(theme_.text);
            painter_->drawText(QPointF(kPadding, y_ + metrics.ascent()), label);
            QLinearGradient gradient(rampX, 0, rampX + kRampWidth, 0);
            for (int i = 0; i <= 8; ++i) gradient.setColorAt(i / 8.0, colorAt(i / 8.0));
            const QRectF bar(rampX, y_ + 0.5 * (rowHeight - kRampHeight), kRampWidth, kRampHeight);
            painter_->setPen(Qt::NoPen);
            painter_->setBrush(gradient);
            painter_->drawRoundedRect(bar, 2, 2);
            painter_->setPen(theme_.mutedText);
            painter_->drawText(QPointF(rampX + kRampWidth + 6, y_ + metrics.ascent()),
                               low + QStringLiteral(" → ") + high);
        }
        advance(rampX - kPadding + kRampWidth + 6 + metrics.horizontalAdvance(low + QStringLiteral(" → ") + high),
                rowHeight);
    }

    void gap(int pixels) { y_ += pixels; }
    QSize size() const { return {width_ + 2 * kPadding, y_ - kRowGap + kPadding}; }

private:
    void advance(int width, int height) {
        width_ = std::max(width_, width);
        y_ += height + kRowGap;
    }

    QPainter* painter_;
    const Theme& theme_;
    int y_;
    int width_ = 0;
};

}  // namespace

QString formatCount(std::int64_t count) {
    QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(static_cast<qlonglong>(count));
}

EmbeddingLegend::EmbeddingLegend(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TranslucentBackground);
}

void EmbeddingLegend::setContent(const LegendContent& content) {
    content_ = content;
    resize(sizeHint());
    update();
}

QSize EmbeddingLegend::sizeHint() const {
    return layOut(nullptr, screenTheme());
}

QSize EmbeddingLegend::sizeIn(const Theme& theme) const {
    return layOut(nullptr, theme);
}

void EmbeddingLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paint(painter, screenTheme());
}

void EmbeddingLegend::paint(QPainter& painter, const Theme& theme) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize size = layOut(nullptr, theme);
    painter.setPen(QPen(theme.grid, 1.0));
    QColor panel = theme.background;
    panel.setAlpha(0xe6);
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1.0, size.height() - 1.0), 6, 6);
    layOut(&painter, theme);
    painter.restore();
}

QSize EmbeddingLegend::layOut(QPainter* painter, const Theme& theme) const {
    RowWriter rows(painter, theme);
    const LegendContent& c = content_;
    if (!c.title.isEmpty()) rows.text(c.title, styleFont(12, true, theme), theme.text);

    switch (c.colouring) {
        case PointColouring::TokenType:
            rows.swatches({{EmbeddingPalette::query(), tr("queries")}, {EmbeddingPalette::key(), tr("keys")}}, 2);
            break;
        case PointColouring::Position:
            rows.ramp(tr("queries"), queryRamp, tr("first"), tr("last"));
            rows.ramp(tr("keys"), keyRamp, tr("first"), tr("last"));
            break;
        case PointColouring::Input: {
            std::vector<std::pair<QColor, QString>> items;
            for (size_t i = 0; i < c.inputNames.size() && i < static_cast<size_t>(kMaxInputsListed); ++i)
                items.emplace_back(inputColor(static_cast<int>(i), false), c.inputNames[i]);
            rows.swatches(items, 3);
            if (c.inputs > kMaxInputsListed)
                rows.text(tr("and %1 more inputs").arg(formatCount(c.inputs - kMaxInputsListed)),
                          styleFont(11, false, theme), theme.mutedText);
            rows.text(tr("dark: queries · light: keys"), styleFont(11, false, theme), theme.mutedText);
            break;
        }
        case PointColouring::AttentionWeight:
            if (c.attentionSource.isEmpty()) {
                rows.text(tr("click a query or key to colour by its attention"), styleFont(11, false, theme),
                          theme.mutedText);
            } else {
                rows.text(tr("attention %1").arg(c.attentionSource), styleFont(11, false, theme), theme.text);
                if (c.attentionFromKey)
                    rows.ramp(tr("queries"), queryRamp, QStringLiteral("0"), tr("max"));
                else
                    rows.ramp(tr("keys"), keyRamp, QStringLiteral("0"), tr("max"));
            }
            break;
    }
    if (!c.searchNote.isEmpty()) rows.text(c.searchNote, styleFont(11, false, theme), theme.text);
    rows.gap(2);
    rows.text(tr("%1 points · %2 inputs").arg(formatCount(c.points), formatCount(c.inputs)),
              styleFont(11, false, theme), theme.mutedText);
    if (c.drawnWhileMoving >= 0)
        rows.text(tr("moving: %1 of %2 points drawn").arg(formatCount(c.drawnWhileMoving), formatCount(c.points)),
                  styleFont(11, false, theme), theme.mutedText);
    return rows.size();
}

}  // namespace attnscope::widgets
