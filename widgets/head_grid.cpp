// The head mask grid.
#include "head_grid.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "keyboard_navigation.h"
#include "style.h"

namespace attnscope::widgets {

HeadGrid::HeadGrid(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setContextMenuPolicy(Qt::PreventContextMenu);
    setFocusPolicy(Qt::StrongFocus);
    focusFrame_ = new FocusFrame(this);
    setAccessibleName(tr("Head mask grid"));
    setAccessibleDescription(
        tr("One square per head. Arrow keys select a head, Space masks or unmasks it, L masks "
           "its whole layer."));
}

void HeadGrid::setSelectionModel(SelectionModel* selection) {
    if (selection_) disconnect(selection_, nullptr, this, nullptr);
    selection_ = selection;
    if (selection_) {
        connect(selection_, &SelectionModel::maskChanged, this, qOverload<>(&QWidget::update));
        connect(selection_, &SelectionModel::headSelected, this, qOverload<>(&QWidget::update));
        connect(selection_, &SelectionModel::modelShapeChanged, this, [this] {
            updateGeometry();
            adjustSize();
            update();
        });
    }
    updateGeometry();
    update();
}

QSize HeadGrid::sizeHint() const {
    return {kLeftMargin + std::max(1, heads()) * (kCell + kGap) + 4,
            kTopMargin + std::max(1, layers()) * (kCell + kGap) + 4};
}

QRect HeadGrid::cellRect(int layer, int head) const {
    return {kLeftMargin + head * (kCell + kGap), kTopMargin + layer * (kCell + kGap), kCell, kCell};
}

QRect HeadGrid::rowHeaderRect(int layer) const {
    return {0, kTopMargin + layer * (kCell + kGap), kLeftMargin - 6, kCell};
}

std::pair<int, int> HeadGrid::cellAt(const QPoint& position) const {
    for (int l = 0; l < layers(); ++l)
        for (int h = 0; h < heads(); ++h)
            if (cellRect(l, h).contains(position)) return {l, h};
    return {-1, -1};
}

int HeadGrid::rowHeaderAt(const QPoint& position) const {
    for (int l = 0; l < layers(); ++l)
        if (rowHeaderRect(l).contains(position)) return l;
    return -1;
}

void HeadGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), screenTheme().background);
    paint(painter, screenTheme());
}

QString HeadGrid::figureSubject() const {
    const int masked = selection_ ? static_cast<int>(selection_->mask().heads().size()) : 0;
    return tr("Head mask: %n head(s) masked", nullptr, masked);
}

QString HeadGrid::figureUnavailableReason() const {
    return selection_ && layers() > 0 ? QString() : tr("Open a model first.");
}

std::vector<FigurePanel> HeadGrid::figurePanels() const {
    FigurePanel panel;
    panel.name = tr("Head mask");
    panel.size = QSizeF(sizeHint());
    panel.paint = [this](QPainter& painter, const Theme& theme) { paint(painter, theme); };
    return {panel};
}

void HeadGrid::paint(QPainter& painter, const Theme& theme) const {
    if (!selection_) return;
    painter.setFont(styleFont(10, false, theme));
    for (int h = 0; h < heads(); ++h) {
        const QRect cell = cellRect(0, h);
        drawText(painter, QRect(cell.left() - 4, 0, cell.width() + 8, kTopMargin - 3),
                 Qt::AlignHCenter | Qt::AlignBottom, QString::number(h), theme.mutedText);
    }
    for (int l = 0; l < layers(); ++l) {
        painter.setFont(styleFont(10, l == selection_->layer(), theme));
        drawText(painter, rowHeaderRect(l), Qt::AlignRight | Qt::AlignVCenter, tr("L%1").arg(l),
                 l == selection_->layer() ? theme.accent : theme.mutedText);
        for (int h = 0; h < heads(); ++h) {
            const QRect cell = cellRect(l, h);
            painter.fillRect(cell, theme.panel);
            painter.setPen(theme.grid);
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            if (selection_->mask().contains(l, h)) drawMaskMarker(painter, cell, theme);
            if (l == selection_->layer() && h == selection_->head()) {
                painter.setPen(QPen(theme.accent, 2.0));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(cell).adjusted(-1, -1, 1, 1));
                if (&theme == &screenTheme() && focusFrame_->shows())
                    paintFocusFrame(painter, QRectF(cell).adjusted(-4, -4, 4, 4), theme);
            }
        }
    }
}

void HeadGrid::keyPressEvent(QKeyEvent* event) {
    if (!selection_ || layers() == 0) return QWidget::keyPressEvent(event);
    const int layer = selection_->layer(), head = selection_->head();
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_M)
        selection_->toggleMasked(layer, head);
    else if (event->key() == Qt::Key_L)
        selection_->maskLayer(layer);
    else if (const auto h = steppedIndex(head, heads(), event->key(), Qt::Key_Left, Qt::Key_Right, heads());
             h && event->key() != Qt::Key_PageUp && event->key() != Qt::Key_PageDown)
        selection_->selectHead(layer, *h);
    else if (const auto l = steppedIndex(layer, layers(), event->key(), Qt::Key_Up, Qt::Key_Down, 4))
        selection_->selectHead(*l, head);
    else
        QWidget::keyPressEvent(event);
}

void HeadGrid::mousePressEvent(QMouseEvent* event) {
    if (!selection_ || event->button() != Qt::LeftButton) return;
    const QPoint position = event->position().toPoint();
    if (const auto [layer, head] = cellAt(position); layer >= 0) {
        selection_->toggleMasked(layer, head);
    } else if (const int row = rowHeaderAt(position); row >= 0) {
        selection_->maskLayer(row);
    }
}

bool HeadGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && selection_) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [layer, head] = cellAt(help->pos());
        if (layer >= 0) {
            const bool masked = selection_->mask().contains(layer, head);
            QToolTip::showText(help->globalPos(),
                               masked ? tr("Layer %1, head %2: masked (click to unmask)").arg(layer).arg(head)
                                      : tr("Layer %1, head %2 (click to mask)").arg(layer).arg(head));
        } else if (const int row = rowHeaderAt(help->pos()); row >= 0) {
            QToolTip::showText(help->globalPos(), tr("Mask every head of layer %1").arg(row));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

}  // namespace attnscope::widgets
