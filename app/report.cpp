// Rendering a report as HTML and as PDF.
#include "report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <algorithm>

#include "attnscope/error.h"
#include "data_export.h"
#include "figure_writer.h"

namespace attnscope::app {

namespace {

// The page in logical pixels (1/96 inch): A4 less 15 mm margins.
constexpr double kDpi = 96;

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

// SVG for inline use: no XML declaration, and a width that scales with the page.
QString inlineSvg(const widgets::FigurePanel& panel) {
    QString svg = QString::fromUtf8(widgets::renderFigureSvg(panel, widgets::Theme::print()));
    svg.remove(QRegularExpression(QStringLiteral("^<\\?xml[^>]*\\?>\\s*")));
    const QRegularExpression size(QStringLiteral("<svg([^>]*?)\\swidth=\"[^\"]*\"\\s+height=\"[^\"]*\""));
    svg.replace(size, QStringLiteral("<svg\\1 style=\"max-width:100%;height:auto\" width=\"%1\" height=\"%2\"")
                          .arg(panel.size.width())
                          .arg(panel.size.height()));
    return svg;
}

widgets::FigurePanel tablePanel(const ReportBlock& block) {
    QStandardItemModel model(static_cast<int>(block.rows.size()), static_cast<int>(block.header.size()));
    model.setHorizontalHeaderLabels(block.header);
    for (int r = 0; r < static_cast<int>(block.rows.size()); ++r)
        for (int c = 0; c < block.header.size(); ++c)
            model.setItem(r, c, new QStandardItem(block.rows[static_cast<size_t>(r)].value(c)));
    return widgets::tableFigure(model, QString());
}

}  // namespace

QByteArray reportHtml(const Report& report) {
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>\n"
                "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:1000px;margin:2em auto;color:#111;"
                "line-height:1.45}h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ccc;"
                "padding-bottom:.2em;margin-top:1.6em}table{border-collapse:collapse;font-size:.85em}"
                "th,td{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left}th{background:#f2f3f5}"
                "pre{background:#f6f7f9;padding:.6em;overflow-x:auto;white-space:pre-wrap}"
                "figure{margin:1em 0}figcaption{color:#555;font-size:.9em}</style></head><body>\n<h1>%1</h1>\n")
                .arg(escaped(report.title));
    for (const ReportBlock& block : report.blocks) {
        switch (block.kind) {
            case ReportBlock::Kind::Heading:
                html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Paragraph:
                html += QStringLiteral("<p>%1</p>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Code:
                html += QStringLiteral("<pre>%1</pre>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Table: {
                html += QStringLiteral("<table><thead><tr>");
                for (const QString& cell : block.header) html += QStringLiteral("<th>%1</th>").arg(escaped(cell));
                html += QStringLiteral("</tr></thead><tbody>\n");
                for (const QStringList& row : block.rows) {
                    html += QStringLiteral("<tr>");
                    for (const QString& cell : row) html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
                    html += QStringLiteral("</tr>\n");
                }
                html += QStringLiteral("</tbody></table>\n");
                break;
            }
            case ReportBlock::Kind::Figure:
                html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
                            .arg(inlineSvg(block.figure), escaped(block.text));
                break;
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QByteArray reportPdf(const Report& report) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("AttnScope %1").arg(QCoreApplication::applicationVersion()));
    pdf.setTitle(report.title);
    pdf.setResolution(static_cast<int>(kDpi));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
    const QRectF page = pdf.pageLayout().paintRectPixels(static_cast<int>(kDpi));
    const double width = page.width();
    const widgets::Theme& theme = widgets::Theme::print();
    QPainter painter(&pdf);
    painter.setRenderHint(QPainter::Antialiasing, true);
    double y = 0;
    auto room = [&](double height) {
        if (y > 0 && y + height > page.height()) {
            pdf.newPage();
            y = 0;
        }
    };
    auto text = [&](const QString& content, const QFont& font, const QColor& color, double after, int flags) {
        const QFontMetricsF metrics(font);
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, content);
        room(bounds.height());
        painter.setFont(font);
        painter.setPen(color);
        painter.drawText(QRectF(0, y, width, bounds.height() + 2), flags | Qt::TextWordWrap, content);
        y += bounds.height() + after;
    };
    // A figure scaled down to the page (never up), on a new page when it does not fit below.
    auto figure = [&](const widgets::FigurePanel& panel) {
        const double scale = std::min({1.0, width / panel.size.width(), page.height() / panel.size.height()});
        room(panel.size.height() * scale);
        painter.save();
        painter.translate(0, y);
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(QPointF(0, 0), panel.size));
        panel.paint(painter, theme);
        painter.restore();
        y += panel.size.height() * scale + 6;
    };
    text(report.title, widgets::styleFont(22, true, theme), theme.text, 12, Qt::AlignLeft);
    for (const ReportBlock& block : report.blocks) {
        switch (block.kind) {
            case ReportBlock::Kind::Heading:
                room(60);  // a heading never ends a page
                y += 8;
                text(block.text, widgets::styleFont(16, true, theme), theme.text, 6, Qt::AlignLeft);
                break;
            case ReportBlock::Kind::Paragraph:
                text(block.text, widgets::styleFont(12, false, theme), theme.text, 8, Qt::AlignLeft);
                break;
            case ReportBlock::Kind::Code: {
                QFont mono(QStringLiteral("DejaVu Sans Mono"));
                mono.setPixelSize(11);
                text(block.text, mono, theme.text, 8, Qt::AlignLeft);
                break;
            }
            case ReportBlock::Kind::Table: {
                // Long tables go page by page, each part with its header.
                const widgets::FigurePanel whole = tablePanel(block);
                const double rowHeight = whole.size.height() / static_cast<double>(block.rows.size() + 1);
                size_t first = 0;
                while (first < block.rows.size()) {
                    const double left = page.height() - y;
                    size_t fit = static_cast<size_t>(std::max(1.0, std::floor(left / rowHeight) - 1));
                    if (left < 4 * rowHeight) {
                        pdf.newPage();
                        y = 0;
                        fit = static_cast<size_t>(std::max(1.0, std::floor(page.height() / rowHeight) - 1));
                    }
                    ReportBlock part = block;
                    part.rows.assign(
                        block.rows.begin() + static_cast<std::ptrdiff_t>(first),
                        block.rows.begin() + static_cast<std::ptrdiff_t>(std::min(block.rows.size(), first + fit)));
                    figure(tablePanel(part));
                    first += fit;
                }
                y += 6;
                break;
            }
            case ReportBlock::Kind::Figure:
                figure(block.figure);
                text(block.text, widgets::styleFont(11, false, theme), theme.mutedText, 12, Qt::AlignLeft);
                break;
        }
    }
    painter.end();
    return buffer.data();
}

void writeReport(const Report& report, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        writeTextFile(path, reportHtml(report));
    else if (suffix == QLatin1String("pdf"))
        writeTextFile(path, reportPdf(report));
    else
        throw EngineError("expected a file name ending in .html or .pdf", path.toStdString());
}

}  // namespace attnscope::app
