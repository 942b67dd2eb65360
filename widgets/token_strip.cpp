// Token chips: flow layout, painting, hover and click.
#include "token_strip.h"

#include <algorithm>

#include "keyboard_navigation.h"
#include "style.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace attnscope::widgets {

namespace {
constexpr int kPadX = 5;      // text to chip edge
constexpr int kPadY = 2;
constexpr int kGap = 3;       // between chips
constexpr int kLineGap = 4;   // between rows
constexpr int kMargin = 2;
constexpr int kMaxLabelWidth = 160;  // a very long token is elided, never wider than this

// Soft tints that alternate so neighbouring tokens are told apart; the pair's second text uses cooler ones.
QColor chipTint(int index, int group) {
    static const QColor first[] = {QColor(255, 236, 179), QColor(200, 230, 201), QColor(187, 222, 251),
                                   QColor(248, 187, 208), QColor(225, 210, 245)};
    static const QColor second[] = {QColor(178, 235, 242), QColor(197, 225, 165), QColor(207, 216, 220)};
    return group == 0 ? first[index % 5] : second[index % 3];
}
}  // namespace

TokenStrip::TokenStrip(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::StrongFocus);
    focusFrame_ = new FocusFrame(this);
    setAccessibleName(tr("Tokens"));
    setAccessibleDescription(tr("How the tokenizer splits the input. Left and Right select a token in every view."));
}

void TokenStrip::keyPressEvent(QKeyEvent* event) {
    const auto next = steppedIndex(highlighted_, count(), event->key(), Qt::Key_Left, Qt::Key_Right);
    if (!next || event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)
        return QWidget::keyPressEvent(event);
    emit chipClicked(*next);
}

void TokenStrip::setChips(QVector<TokenChip> chips) {
    chips_ = std::move(chips);
    hovered_ = -1;
    if (highlighted_ >= count()) highlighted_ = -1;
    relayout();
}

void TokenStrip::setHighlighted(int index) {
    if (index < -1 || index >= count()) index = -1;
    if (index == highlighted_) return;
    highlighted_ = index;
    update();
}

void TokenStrip::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

QVector<QRect> TokenStrip::layoutFor(int width, int* height) const {
    const QFontMetrics metrics(font());
    const int chipHeight = metrics.height() + 2 * kPadY;
    QVector<QRect> rects;
    rects.reserve(chips_.size());
    int x = kMargin, y = kMargin;
    for (const auto& chip : chips_) {
        const int textWidth = std::min(metrics.horizontalAdvance(chip.label), kMaxLabelWidth);
        const int w = std::max(textWidth + 2 * kPadX, chipHeight);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += chipHeight + kLineGap;
        }
        rects.append(QRect(x, y, w, chipHeight));
        x += w + kGap;
    }
    if (height) *height = (chips_.isEmpty() ? chipHeight : y + chipHeight) + kMargin;
    return rects;
}

void TokenStrip::relayout() {
    rects_ = layoutFor(width(), nullptr);
    updateGeometry();
    update();
}

int TokenStrip::heightForWidth(int width) const {
    int height = 0;
    layoutFor(width, &height);
    return height;
}

QSize TokenStrip::sizeHint() const {
    return QSize(400, heightForWidth(400));
}

QSize TokenStrip::minimumSizeHint() const {
    return QSize(100, QFontMetrics(font()).height() + 2 * (kPadY + kMargin));
}

int TokenStrip::chipAt(const QPoint& point) const {
    for (int i = 0; i < rects_.size(); ++i)
        if (rects_[i].contains(point)) return i;
    return -1;
}

QRect TokenStrip::chipRect(int index) const {
    return index >= 0 && index < rects_.size() ? rects_[index] : QRect();
}

void TokenStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (chips_.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin + 2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, placeholder_);
        return;
    }
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor accent = palette().color(QPalette::Highlight);
    for (int i = 0; i < chips_.size(); ++i) {
        const auto& chip = chips_[i];
        const QRectF box = QRectF(rects_[i]).adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill = chip.special ? palette().color(QPalette::AlternateBase) : chipTint(i, chip.group);
        if (chip.heat >= 0) fill = Colormap::viridis().color(std::min(chip.heat, 1.0));
        if (i == hovered_) fill = fill.darker(108);
        painter.setPen(i == highlighted_ ? QPen(accent, 2) : QPen(fill.darker(chip.special ? 115 : 125), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(chip.heat >= 0 ? (prefersLightText(fill) ? QColor(Qt::white) : QColor(Qt::black))
                       : chip.special ? palette().color(QPalette::PlaceholderText)
                                      : text);
        painter.drawText(rects_[i].adjusted(kPadX, 0, -kPadX, 0), Qt::AlignCenter,
                         metrics.elidedText(chip.label, Qt::ElideRight, kMaxLabelWidth));
    }
    if (focusFrame_->shows())
        paintFocusFrame(painter,
                        highlighted_ >= 0 && highlighted_ < rects_.size()
                            ? QRectF(rects_[highlighted_]).adjusted(-3, -3, 3, 3)
                            : QRectF(rect()),
                        screenTheme());
}

void TokenStrip::resizeEvent(QResizeEvent*) {
    const int before = rects_.isEmpty() ? 0 : rects_.back().bottom();
    rects_ = layoutFor(width(), nullptr);
    if (!rects_.isEmpty() && rects_.back().bottom() != before) updateGeometry();
}

void TokenStrip::mouseMoveEvent(QMouseEvent* event) {
    const int chip = chipAt(event->position().toPoint());
    if (chip == hovered_) return;
    hovered_ = chip;
    setCursor(chip >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void TokenStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const int chip = chipAt(event->position().toPoint());
    if (chip >= 0) emit chipClicked(chip);
}

void TokenStrip::leaveEvent(QEvent*) {
    hovered_ = -1;
    update();
}

bool TokenStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int chip = chipAt(help->pos());
        if (chip >= 0)
            QToolTip::showText(help->globalPos(), chips_[chip].toolTip, this, rects_[chip]);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
