// Writes figures: a panel (figure.h) with an optional title as PNG (pixel size or DPI, transparent background
// optional), SVG (QSvgGenerator: <text> for text, paths and rects for shapes) or PDF (QPdfWriter: fonts embedded,
// text selectable), in the print theme unless told otherwise. Files are replaced atomically (QSaveFile), so a failed
// export never leaves half a file.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <optional>

#include "figure.h"

namespace attnscope::widgets {

enum class FigureFormat { Png, Svg, Pdf };

// The format a file name asks for (".png", ".svg", ".pdf", any case), or none.
std::optional<FigureFormat> figureFormatForPath(const QString& path);

struct FigureOptions {
    QString title;             // above the figure, bold; empty: no title
    QString subtitle;          // under the title, smaller (model · input); empty: none
    double dpi = 192;          // PNG: pixels per inch, where the figure's logical pixels are 1/96 inch
    int pixelWidth = 0;        // PNG: the image's width in pixels (the height follows); wins over dpi when > 0
    bool transparent = false;  // PNG: no background behind the figure
    Theme::Kind theme = Theme::Kind::Print;
};

// The panel with the title and subtitle above it, as one panel.
FigurePanel titledPanel(const FigurePanel& panel, const QString& title, const QString& subtitle = {});

// The figure as pixels, `scale` device pixels per logical pixel.
QImage renderFigureImage(const FigurePanel& panel, double scale, bool transparent, const Theme& theme);
// The figure as an SVG document (UTF-8).
QByteArray renderFigureSvg(const FigurePanel& panel, const Theme& theme, const QString& title = {});
// The figure as a one-page PDF whose page is the figure's size.
QByteArray renderFigurePdf(const FigurePanel& panel, const Theme& theme, const QString& title = {});

// Writes `panel` (with the options' title) to `path` in the format its extension names. Throws EngineError naming the
// file on an unknown extension, an empty figure, a figure too large to rasterise, or a failed write.
void writeFigure(const FigurePanel& panel, const QString& path, const FigureOptions& options);

// The largest PNG written, in pixels per side: 16384 keeps a figure under 1 GiB of memory.
inline constexpr int kMaxFigurePixels = 16384;

}  // namespace attnscope::widgets
