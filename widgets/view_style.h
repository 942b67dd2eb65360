// The look shared by the attention views: fonts, neutral colours, token labels and the masked-head marker, so
// every view draws the same thing the same way and screenshots stay deterministic.
#pragma once

#include <QColor>
#include <QFont>
#include <QRect>
#include <QString>
#include <string>

class QPainter;

namespace attnscope::widgets {

// DejaVu Sans at a fixed pixel size: the same glyphs on every machine, so screenshots compare.
QFont viewFont(int pixelSize, bool bold = false);

// Neutral colours of the views' canvases.
struct ViewColors {
    static QColor background() { return QColor(0xff, 0xff, 0xff); }
    static QColor panel() { return QColor(0xf4, 0xf5, 0xf7); }  // placeholders, empty cells
    static QColor text() { return QColor(0x20, 0x23, 0x28); }
    static QColor mutedText() { return QColor(0x6b, 0x72, 0x80); }
    static QColor grid() { return QColor(0xd5, 0xd9, 0xe0); }
    static QColor highlight() { return QColor(0xe3, 0xee, 0xfb); }      // hovered/selected token background
    static QColor accent() { return QColor(0x15, 0x65, 0xc0); }         // the selected head's outline
    static QColor weightShade() { return QColor(0x9a, 0xa5, 0xb8); }    // behind a token, as strong as its weight
    static QColor notAttendable() { return QColor(0xee, 0xef, 0xf1); }  // future keys of a causal model
    // The same on a diverging map, whose zero is near-white already.
    static QColor notAttendableOnDiverging() { return QColor(0xd4, 0xd7, 0xdc); }
};

// A readable label for a vocabulary string: the byte-level/SentencePiece space markers ("Ġ", "▁") become a visible
// open-box space "␣", newline and tab markers ("Ċ", "ĉ") become "↵" and "⇥", and control characters are escaped.
QString tokenLabel(const std::string& token);

// `text` elided in the middle to fit `width` pixels of `font`.
QString elideLabel(const QString& text, const QFont& font, int width);

// The masked-head marker: the cell greyed out, hatched and crossed, with a border in maskMarkerColor().
void drawMaskMarker(QPainter& painter, const QRectF& cell);

// Text on the canvas in a given colour and alignment, with the painter's font.
void drawText(QPainter& painter, const QRectF& rect, int alignment, const QString& text, const QColor& color);

}  // namespace attnscope::widgets
