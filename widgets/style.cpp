// The themes, the font, the colour scales and the shared drawing helpers. The colour scales' control points are
// published values; the interpolation is ours.
#include "style.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QVariant>
#include <QWidget>
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <vector>

namespace attnscope::widgets {

namespace {

Theme makeLight() {
    Theme t;
    t.kind = Theme::Kind::Light;
    t.background = QColor(0xff, 0xff, 0xff);
    t.panel = QColor(0xf4, 0xf5, 0xf7);
    t.text = QColor(0x20, 0x23, 0x28);
    t.mutedText = QColor(0x6b, 0x72, 0x80);
    t.grid = QColor(0xd5, 0xd9, 0xe0);
    t.highlight = QColor(0xe3, 0xee, 0xfb);
    t.accent = QColor(0x15, 0x65, 0xc0);
    t.weightShade = QColor(0x9a, 0xa5, 0xb8);
    t.notAttendable = QColor(0xee, 0xef, 0xf1);
    t.notAttendableOnDiverging = QColor(0xd4, 0xd7, 0xdc);
    t.maskMarker = QColor(0xc6, 0x28, 0x28);
    t.positive = QColor(0x1b, 0x7f, 0x3a);
    t.negative = QColor(0xbe, 0x1e, 0x2d);
    t.failed = QColor(0xfb, 0xe9, 0xe7);
    return t;
}

Theme makeDark() {
    Theme t = makeLight();
    t.kind = Theme::Kind::Dark;
    t.background = QColor(0x1e, 0x20, 0x24);
    t.panel = QColor(0x2a, 0x2d, 0x33);
    t.text = QColor(0xe8, 0xea, 0xed);
    t.mutedText = QColor(0x9a, 0xa0, 0xa9);
    t.grid = QColor(0x45, 0x4a, 0x52);
    t.highlight = QColor(0x23, 0x3b, 0x5c);
    t.accent = QColor(0x6e, 0xa8, 0xfe);
    t.weightShade = QColor(0x5a, 0x66, 0x7a);
    t.notAttendable = QColor(0x2a, 0x2d, 0x33);
    t.notAttendableOnDiverging = QColor(0x50, 0x54, 0x5b);
    t.maskMarker = QColor(0xff, 0x6b, 0x6b);
    t.positive = QColor(0x5c, 0xc9, 0x7b);
    t.negative = QColor(0xff, 0x7a, 0x7a);
    t.failed = QColor(0x5c, 0x2b, 0x29);
    return t;
}

Theme makePrint() {
    Theme t = makeLight();
    t.kind = Theme::Kind::Print;
    // Pure black text and slightly darker rules: printers and projectors wash out light greys.
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x4a, 0x4f, 0x57);
    t.grid = QColor(0xb8, 0xbd, 0xc6);
    t.panel = QColor(0xf2, 0xf3, 0xf5);
    return t;
}

Theme makeHighContrast() {
    Theme t = makePrint();
    t.kind = Theme::Kind::HighContrast;
    t.mutedText = QColor(0x26, 0x29, 0x2e);
    t.grid = QColor(0x70, 0x76, 0x80);
    t.highlight = QColor(0xff, 0xe0, 0x66);
    t.accent = QColor(0x00, 0x3d, 0xa5);
    t.weightShade = QColor(0x6a, 0x78, 0x90);
    t.fontScale = 2.0;
    t.lineScale = 2.0;
    return t;
}

std::atomic<Theme::Kind> currentScreenTheme{Theme::Kind::Light};

// The screen's themes with the system font scale applied (set once at start-up, before any view paints, so views and
// their worker threads only ever read them).
std::array<Theme, 4>& screenThemes() {
    static std::array<Theme, 4> themes = {Theme::light(), Theme::dark(), Theme::print(), Theme::highContrast()};
    return themes;
}

}  // namespace

const Theme& Theme::light() {
    static const Theme theme = makeLight();
    return theme;
}

const Theme& Theme::dark() {
    static const Theme theme = makeDark();
    return theme;
}

const Theme& Theme::print() {
    static const Theme theme = makePrint();
    return theme;
}

const Theme& Theme::highContrast() {
    static const Theme theme = makeHighContrast();
    return theme;
}

const Theme& Theme::of(Kind kind) {
    switch (kind) {
        case Kind::Dark:
            return dark();
        case Kind::Print:
            return print();
        case Kind::HighContrast:
            return highContrast();
        case Kind::Light:
            break;
    }
    return light();
}

const Theme& screenTheme() {
    return screenThemes()[static_cast<size_t>(currentScreenTheme.load())];
}

void setScreenTheme(Theme::Kind kind) {
    currentScreenTheme.store(kind);
}

namespace {
const char* const kStyleFontSize = "attnscopeStyleFontSize";  // the pixel size setStyleFont asked for (bold: < 0)
}  // namespace

void setStyleFont(QWidget* widget, int pixelSize, bool bold) {
    widget->setProperty(kStyleFontSize, bold ? -pixelSize : pixelSize);
    widget->setFont(styleFont(pixelSize, bold));
}

void setTextColor(QWidget* widget, const QColor& color) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

void setSystemFontScale(double scale) {
    scale = std::clamp(std::isfinite(scale) ? scale : 1.0, 1.0, 3.0);
    auto& themes = screenThemes();
    for (Theme::Kind kind : {Theme::Kind::Light, Theme::Kind::Dark, Theme::Kind::Print, Theme::Kind::HighContrast}) {
        Theme theme = Theme::of(kind);
        theme.fontScale *= scale;
        themes[static_cast<size_t>(kind)] = theme;
    }
}

double systemFontScale(double pointSize) {
    return pointSize > 0 ? pointSize / kReferencePointSize : 1.0;
}

void applyScreenTheme(Theme::Kind kind) {
    setScreenTheme(kind);
    for (QWidget* widget : QApplication::allWidgets()) {
        if (const QVariant size = widget->property(kStyleFontSize); size.isValid())
            widget->setFont(styleFont(std::abs(size.toInt()), size.toInt() < 0));
        QEvent event(QEvent::StyleChange);
        QCoreApplication::sendEvent(widget, &event);
        widget->update();
    }
}

QFont styleFont(int pixelSize, bool bold, const Theme& theme) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize * theme.fontScale))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

Colormap::Colormap(std::initializer_list<QRgb> controlPoints) {
    const std::vector<QRgb> points(controlPoints);
    const int segments = static_cast<int>(points.size()) - 1;
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * segments;
        const int s = std::min(static_cast<int>(t), segments - 1);
        const double f = t - s;
        const QRgb a = points[static_cast<size_t>(s)];
        const QRgb b = points[static_cast<size_t>(s + 1)];
        auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
        lut_[static_cast<size_t>(i)] = qRgb(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)), mix(qBlue(a), qBlue(b)));
    }
}

const Colormap& Colormap::viridis() {
    // viridis by Stéfan van der Walt and Nathaniel Smith for matplotlib (CC0), sampled at 17 even steps.
    static const Colormap map{0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
                              0x1fa088, 0x28ae80, 0x3fbc73, 0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725};
    return map;
}

const Colormap& Colormap::divergingRdBu() {
    // RdBu, 11 classes, from ColorBrewer 2.0 by Cynthia Brewer (Apache 2.0), listed from blue (low) to red (high);
    // ColorBrewer marks it safe for colour-blind viewers.
    static const Colormap map{0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
                              0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f};
    return map;
}

float scalePosition(float weight, ColorScale scale) {
    if (scale == ColorScale::Linear) return weight;
    if (!(weight > kLogScaleFloor)) return std::isnan(weight) ? weight : 0.0f;  // NaN stays "no value"
    static const float lowest = std::log10(kLogScaleFloor);
    return (std::log10(weight) - lowest) / -lowest;
}

QColor headColor(int head) {
    // Tableau 10 (Tableau Software, 2016 palette), chosen for telling categories apart with colour-vision deficiency.
    static const QRgb palette[10] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                     0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    const int index = ((head % 10) + 10) % 10;
    const QColor base(palette[index]);
    // Heads past the tenth: the palette mixed towards black, then white, then deeper black.
    auto mix = [&base](int towards, double amount) {
        auto channel = [&](int c) { return static_cast<int>(std::lround(c + (towards - c) * amount)); };
        return QColor(channel(base.red()), channel(base.green()), channel(base.blue()));
    };
    switch ((std::abs(head) / 10) % 4) {
        case 1:
            return mix(0, 0.35);
        case 2:
            return mix(255, 0.3);
        case 3:
            return mix(0, 0.6);
        default:
            return base;
    }
}

bool prefersLightText(const QColor& color) {
    // Relative luminance in the sRGB weights, on 0..255.
    return 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue() < 140.0;
}

QString displayNumber(double value, int decimals) {
    if (!std::isfinite(value)) return QStringLiteral("–");
    return QLocale().toString(value, 'f', decimals);
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

void drawMaskMarker(QPainter& painter, const QRectF& cell, const Theme& theme) {
    painter.save();
    const QColor marker = theme.maskMarker;
    QColor veil = theme.background;
    veil.setAlpha(150);
    painter.fillRect(cell, veil);
    QColor hatch = marker;
    hatch.setAlpha(110);
    QBrush brush(hatch, Qt::BDiagPattern);
    painter.fillRect(cell, brush);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const qreal inset = std::max<qreal>(2.0, cell.width() * 0.25);
    const QRectF cross = cell.adjusted(inset, inset, -inset, -inset);
    painter.setPen(QPen(marker, theme.line(std::max<qreal>(1.5, cell.width() / 14.0)), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(cross.topLeft(), cross.bottomRight());
    painter.drawLine(cross.topRight(), cross.bottomLeft());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(marker, theme.line(2.0)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
    painter.restore();
}

void drawText(QPainter& painter, const QRectF& rect, int alignment, const QString& text, const QColor& color) {
    painter.setPen(color);
    painter.drawText(rect, alignment, text);
}

void drawPlaceholderMessage(QPainter& painter, const QRect& rect, const QString& message, const Theme& theme) {
    painter.setFont(styleFont(14, false, theme));
    painter.setPen(theme.mutedText);
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
}

}  // namespace attnscope::widgets
