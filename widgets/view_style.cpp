// Shared drawing helpers of the attention views.
#include "view_style.h"

#include <QFontMetrics>
#include <QPainter>

#include "colormap.h"

namespace attnscope::widgets {

QFont viewFont(int pixelSize, bool bold) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString tokenLabel(const std::string& token) {
    const QString raw = QString::fromStdString(token);
    QString label;
    label.reserve(raw.size());
    for (const QChar c : raw) {
        switch (c.unicode()) {
            case 0x0120:  // "Ġ": GPT-2's byte-level space
            case 0x2581:  // "▁": SentencePiece's space
            case u' ':
                label += QChar(0x2423);
                break;
            case 0x010A:  // "Ċ": byte-level newline
            case u'\n':
                label += QChar(0x21B5);
                break;
            case 0x0109:  // "ĉ": byte-level tab
            case u'\t':
                label += QChar(0x21E5);
                break;
            default:
                if (c.unicode() < 0x20)
                    label += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
                else
                    label += c;
        }
    }
    return label;
}

QString elideLabel(const QString& text, const QFont& font, int width) {
    return QFontMetrics(font).elidedText(text, Qt::ElideMiddle, width);
}

void drawMaskMarker(QPainter& painter, const QRectF& cell) {
    painter.save();
    const QColor marker = maskMarkerColor();
    painter.fillRect(cell, QColor(255, 255, 255, 150));
    QColor hatch = marker;
    hatch.setAlpha(110);
    QBrush brush(hatch, Qt::BDiagPattern);
    painter.fillRect(cell, brush);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal inset = std::max<qreal>(2.0, cell.width() * 0.25);
    const QRectF cross = cell.adjusted(inset, inset, -inset, -inset);
    painter.setPen(QPen(marker, std::max<qreal>(1.5, cell.width() / 14.0), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(cross.topLeft(), cross.bottomRight());
    painter.drawLine(cross.topRight(), cross.bottomLeft());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(marker, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
    painter.restore();
}

void drawText(QPainter& painter, const QRectF& rect, int alignment, const QString& text, const QColor& color) {
    painter.setPen(color);
    painter.drawText(rect, alignment, text);
}

}  // namespace attnscope::widgets
