// PNG, SVG and PDF writing of figure panels, with their titles.
#include "figure_writer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

#include "attnscope/error.h"

namespace attnscope::widgets {

namespace {

constexpr double kMargin = 12.0;
// SVG and PDF map one logical pixel to 1/96 inch, as the screen does.
constexpr int kLogicalDpi = 96;

QString creator() {
    return QStringLiteral("AttnScope %1").arg(QCoreApplication::applicationVersion());
}

void checkPanel(const FigurePanel& panel, const QString& where) {
    if (!panel.paint || !(panel.size.width() >= 1.0) || !(panel.size.height() >= 1.0))
        throw EngineError("the figure is empty", where.toStdString());
}

}  // namespace

FigurePanel titledPanel(const FigurePanel& panel, const QString& title, const QString& subtitle) {
    const Theme& print = Theme::print();
    const double titleHeight = title.isEmpty() ? 0.0 : QFontMetricsF(styleFont(15, true, print)).height() + 2;
    const double subtitleHeight = subtitle.isEmpty() ? 0.0 : QFontMetricsF(styleFont(11, false, print)).height() + 2;
    const double header = titleHeight + subtitleHeight + (titleHeight + subtitleHeight > 0 ? 8.0 : 0.0);
    // A title wider than a small figure widens the figure rather than being cut.
    const double width =
        std::max({panel.size.width(), QFontMetricsF(styleFont(15, true, print)).horizontalAdvance(title) + 2,
                  QFontMetricsF(styleFont(11, false, print)).horizontalAdvance(subtitle) + 2});
    FigurePanel titled;
    titled.name = panel.name;
    titled.size = QSizeF(width + 2 * kMargin, panel.size.height() + header + 2 * kMargin);
    titled.paint = [panel, title, subtitle, titleHeight, subtitleHeight, header, width](QPainter& painter,
                                                                                        const Theme& theme) {
        if (!title.isEmpty()) {
            painter.setFont(styleFont(15, true, theme));
            painter.setPen(theme.text);
            painter.drawText(QRectF(kMargin, kMargin, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, width));
        }
        if (!subtitle.isEmpty()) {
            painter.setFont(styleFont(11, false, theme));
            painter.setPen(theme.mutedText);
            painter.drawText(QRectF(kMargin, kMargin + titleHeight, width, subtitleHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(painter.font()).elidedText(subtitle, Qt::ElideRight, width));
        }
        painter.save();
        painter.translate(kMargin, kMargin + header);
        painter.setClipRect(QRectF(QPointF(0, 0), panel.size));
        panel.paint(painter, theme);
        painter.restore();
    };
    return titled;
}

std::optional<FigureFormat> figureFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return FigureFormat::Png;
    if (suffix == QLatin1String("svg")) return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf")) return FigureFormat::Pdf;
    return std::nullopt;
}

QImage renderFigureImage(const FigurePanel& panel, double scale, bool transparent, const Theme& theme) {
    // Rounded up, less a hair: a width asked for in pixels must not grow by one through floating point.
    const QSize pixels(static_cast<int>(std::ceil(panel.size.width() * scale - 1e-6)),
                       static_cast<int>(std::ceil(panel.size.height() * scale - 1e-6)));
    if (pixels.width() > kMaxFigurePixels || pixels.height() > kMaxFigurePixels)
        throw EngineError(QStringLiteral("a %1 x %2 pixel image is larger than %3 pixels per side; lower the DPI or "
                                         "the width, or export SVG or PDF")
                              .arg(pixels.width())
                              .arg(pixels.height())
                              .arg(kMaxFigurePixels)
                              .toStdString(),
                          "PNG export");
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(transparent ? QColor(Qt::transparent) : theme.background);
    image.setDotsPerMeterX(static_cast<int>(std::lround(scale * kLogicalDpi / 0.0254)));
    image.setDotsPerMeterY(image.dotsPerMeterX());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(scale, scale);
    panel.paint(painter, theme);
    painter.end();
    return image;
}

QByteArray renderFigureSvg(const FigurePanel& panel, const Theme& theme, const QString& title) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(panel.size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), panel.size));
    svg.setResolution(kLogicalDpi);
    svg.setTitle(title);
    svg.setDescription(creator());
    QPainter painter(&svg);
    painter.setRenderHint(QPainter::Antialiasing, true);
    panel.paint(painter, theme);
    painter.end();
    return buffer.data();
}

QByteArray renderFigurePdf(const FigurePanel& panel, const Theme& theme, const QString& title) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(creator());
    pdf.setTitle(title);
    pdf.setResolution(kLogicalDpi);
    // The page is the figure: 1/96 inch per logical pixel, 72 points per inch.
    const QSizeF points = panel.size * (72.0 / kLogicalDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                  QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing, true);
    panel.paint(painter, theme);
    painter.end();
    return buffer.data();
}

void writeFigure(const FigurePanel& panel, const QString& path, const FigureOptions& options) {
    const auto format = figureFormatForPath(path);
    if (!format) throw EngineError("expected a file name ending in .png, .svg or .pdf", path.toStdString());
    checkPanel(panel, path);
    const FigurePanel figure = titledPanel(panel, options.title, options.subtitle);
    const Theme& theme = Theme::of(options.theme);
    QByteArray bytes;
    switch (*format) {
        case FigureFormat::Png: {
            const double scale = options.pixelWidth > 0 ? options.pixelWidth / figure.size.width()
                                                        : std::max(0.01, options.dpi) / kLogicalDpi;
            QImage image;
            try {
                image = renderFigureImage(figure, scale, options.transparent, theme);
            } catch (const EngineError& error) {
                throw EngineError(error.problem(), path.toStdString());
            }
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (!image.save(&buffer, "PNG")) throw EngineError("the image could not be encoded", path.toStdString());
            break;
        }
        case FigureFormat::Svg:
            bytes = renderFigureSvg(figure, theme, options.title);
            break;
        case FigureFormat::Pdf:
            bytes = renderFigurePdf(figure, theme, options.title);
            break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw EngineError("cannot write: " + file.errorString().toStdString(), path.toStdString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw EngineError("writing failed: " + file.errorString().toStdString(), path.toStdString());
}

}  // namespace attnscope::widgets
