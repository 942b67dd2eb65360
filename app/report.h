// Reports: one self-contained file that says what was looked at and how to see it again. HTML (inline SVG figures,
// inline styles, no external file) or PDF (QPdfWriter, vector figures, text selectable): the model (folder,
// architecture, parameters, dtypes, device, a hash of config.json), the input and its tokens, the masked heads, the
// predictions with loss and KL, the head roles table, the sink summary, the figures of the chosen views, the
// versions of AttnScope, LibTorch and Qt, and the command line that reproduces it.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "figure.h"

namespace attnscope::app {

// One piece of a report, in reading order.
struct ReportBlock {
    enum class Kind { Heading, Paragraph, Code, Table, Figure };
    Kind kind = Kind::Paragraph;
    QString text;                   // heading, paragraph or code text; a figure's caption
    QStringList header;             // tables
    std::vector<QStringList> rows;  // tables
    widgets::FigurePanel figure;    // figures
};

struct Report {
    QString title;
    std::vector<ReportBlock> blocks;

    void heading(const QString& text) { blocks.push_back({ReportBlock::Kind::Heading, text, {}, {}, {}}); }
    void paragraph(const QString& text) { blocks.push_back({ReportBlock::Kind::Paragraph, text, {}, {}, {}}); }
    void code(const QString& text) { blocks.push_back({ReportBlock::Kind::Code, text, {}, {}, {}}); }
    void table(const QStringList& header, std::vector<QStringList> rows) {
        blocks.push_back({ReportBlock::Kind::Table, {}, header, std::move(rows), {}});
    }
    void figure(const QString& caption, widgets::FigurePanel panel) {
        blocks.push_back({ReportBlock::Kind::Figure, caption, {}, {}, std::move(panel)});
    }
};

// The report as one HTML document (UTF-8), figures as inline SVG.
QByteArray reportHtml(const Report& report);
// The report as a PDF: A4 pages, figures scaled to the page width and kept vector.
QByteArray reportPdf(const Report& report);
// Writes `report` to `path` (.html or .pdf) atomically; throws EngineError naming the file.
void writeReport(const Report& report, const QString& path);

}  // namespace attnscope::app
