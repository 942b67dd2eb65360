// The one style of AttnScope's views: themes (light and dark for the screen, print for figures and reports, high
// contrast for projectors), the one font, spacing, the colour scales (viridis for weights, RdBu for differences),
// the head palette, and the small drawing helpers every view shares (token labels, the masked-head marker). A view
// never picks a colour or a font of its own: it asks its Theme, so a figure exported in the print theme and the
// screen agree on everything but the colours the theme changes.
#pragma once

#include <QColor>
#include <QFont>
#include <QRect>
#include <QRgb>
#include <QString>
#include <array>
#include <initializer_list>
#include <string>

class QPainter;
class QWidget;

namespace attnscope::widgets {

// The colours, sizes and line weights a view draws with.
struct Theme {
    enum class Kind { Light, Dark, Print, HighContrast };
    Kind kind = Kind::Light;
    QColor background;  // the canvas
    QColor panel;       // placeholders, empty cells, panels over the canvas
    QColor text;
    QColor mutedText;                 // captions, axis labels
    QColor grid;                      // cell borders, axes, rules
    QColor highlight;                 // hovered/selected token background
    QColor accent;                    // the selected head's outline
    QColor weightShade;               // behind a token, as strong as its weight
    QColor notAttendable;             // future keys of a causal model
    QColor notAttendableOnDiverging;  // the same on a diverging map, whose zero is near-white already
    QColor maskMarker;                // border, hatching and cross of a masked head
    QColor positive;                  // a rise (probability went up)
    QColor negative;                  // a fall
    QColor failed;                    // a cell whose computation failed
    // Multipliers for presenter mode: text sizes and line widths grow together, layouts follow the font metrics.
    double fontScale = 1.0;
    double lineScale = 1.0;

    static const Theme& light();
    static const Theme& dark();
    // Figures and reports: white background, black text, fonts at their nominal size, whatever the UI shows.
    static const Theme& print();
    // Presenter mode: black on white at twice the size with heavier lines, readable from the back of a hall.
    static const Theme& highContrast();
    static const Theme& of(Kind kind);

    bool isDark() const { return background.lightness() < 128; }
    // A line width scaled for this theme.
    qreal line(qreal width) const { return width * lineScale; }
};

// The theme views draw with on screen. The application sets it (Preferences, presenter mode); views read it when
// they paint. Figures never read it: they are painted with the theme the exporter passes.
const Theme& screenTheme();
void setScreenTheme(Theme::Kind kind);
// The views' text and the sizes laid out around it follow the system's font size: the application passes
// systemFontScale(its font's point size) once at start-up, before the window is made. Larger system fonts grow the
// screen's text (up to three times); smaller ones leave it at its designed size. Figures are never scaled.
inline constexpr double kReferencePointSize = 9.0;  // Qt's default interface font size
double systemFontScale(double pointSize);
void setSystemFontScale(double scale);

// Sets the screen theme and sends QEvent::StyleChange to every widget, so views repaint and re-measure (a widget
// that keeps a font, a size or a cached image made with the theme refreshes it in changeEvent). The application
// calls it when the theme changes while the window is open (presenter mode).
void applyScreenTheme(Theme::Kind kind);

// DejaVu Sans at a fixed pixel size (times the theme's font scale), unhinted so that text measures the same on
// screen, in PNG, SVG and PDF: the same glyphs on every machine, so screenshots compare.
QFont styleFont(int pixelSize, bool bold = false, const Theme& theme = screenTheme());

// Gives `widget` the style font at `pixelSize` and keeps it in step with the screen theme: applyScreenTheme sets it
// again at the new theme's scale. Use it instead of setFont(styleFont(...)) for a widget's own font.
void setStyleFont(QWidget* widget, int pixelSize, bool bold = false);

// Sets a label's text colour through its palette (not a style sheet, which would cut it off from font changes).
void setTextColor(QWidget* widget, const QColor& color);

// Spacing between elements, in logical pixels.
namespace spacing {
inline constexpr int tight = 2;
inline constexpr int small = 4;
inline constexpr int medium = 8;
inline constexpr int large = 12;
}  // namespace spacing

// A colour scale sampled into 256 entries, so mapping a value costs one multiply and one lookup.
class Colormap {
public:
    // Control points spread evenly over [0, 1], joined linearly in sRGB.
    explicit Colormap(std::initializer_list<QRgb> controlPoints);

    // t in [0, 1]; values outside are clamped, NaN (no value: broken weights) maps to noValue().
    QRgb at(float t) const {
        if (t > 0.0f) return t >= 1.0f ? lut_[255] : lut_[static_cast<int>(t * 255.0f + 0.5f)];
        return t <= 0.0f ? lut_[0] : noValue();
    }
    // A mid grey on neither scale, distinct from their ends and from the not-attendable cells: a NaN is never drawn
    // as a weight of 0.
    static constexpr QRgb noValue() { return 0xff9e9e9e; }
    QColor color(double t) const { return QColor(at(static_cast<float>(t))); }
    QRgb bottom() const { return lut_[0]; }
    QRgb top() const { return lut_[255]; }
    QRgb middle() const { return lut_[128]; }

    // The sequential map for weights and magnitudes: viridis (perceptually uniform, readable by colour-blind
    // viewers, monotonic in lightness so it survives greyscale printing).
    static const Colormap& viridis();
    // The diverging map for signed values: ColorBrewer RdBu, blue below zero, near-white at zero, red above.
    static const Colormap& divergingRdBu();

private:
    std::array<QRgb, 256> lut_{};
};

// How a weight (or a difference) becomes a position on a colour scale.
enum class ColorScale { Linear, Log };

// The lowest weight the log scale shows; smaller weights get the bottom colour.
inline constexpr float kLogScaleFloor = 1e-4f;

// Maps an attention weight in [0, 1] to [0, 1] on the chosen scale.
float scalePosition(float weight, ColorScale scale);
// Maps a signed difference to [0, 1] with 0.5 at zero; `range` is the magnitude shown at the ends.
inline float differencePosition(float delta, float range) {
    return range > 0.0f ? 0.5f + 0.5f * delta / range : 0.5f;
}

// One colour per head from a colour-blind-aware qualitative palette (Tableau 10); heads past the tenth reuse it
// darker, lighter and darker still, so the first 40 heads all differ.
QColor headColor(int head);

// Whether white text reads better than dark text on `color`.
bool prefersLightText(const QColor& color);

// A readable label for a vocabulary string: the byte-level/SentencePiece space markers ("Ġ", "▁") become a visible
// open-box space "␣", newline and tab markers ("Ċ", "ĉ") become "↵" and "⇥", and control characters are escaped.
QString tokenLabel(const std::string& token);

// A number as the views show it: in the user's locale with `decimals` digits; NaN and infinity as "–", never "nan".
QString displayNumber(double value, int decimals);

// `text` elided in the middle to fit `width` pixels of `font`.
QString elideLabel(const QString& text, const QFont& font, int width);

// The masked-head marker: the cell greyed out, hatched and crossed, with a border in the theme's maskMarker.
void drawMaskMarker(QPainter& painter, const QRectF& cell, const Theme& theme = screenTheme());

// Text on the canvas in a given colour and alignment, with the painter's font.
void drawText(QPainter& painter, const QRectF& rect, int alignment, const QString& text, const QColor& color);

// A centred grey message on an empty canvas ("No capture").
void drawPlaceholderMessage(QPainter& painter, const QRect& rect, const QString& message,
                            const Theme& theme = screenTheme());

}  // namespace attnscope::widgets
