// Gathering a report's sections.
#include "report_builder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

#include "analysis_session.h"
#include "attnscope/predictions.h"
#include "attnscope/tokenizer.h"
#include "figure_export.h"
#include "library_versions.h"
#include "model_session.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {

QString shellQuoted(const QString& text) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,=+-]+$"));
    if (plain.match(text).hasMatch()) return text;
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString formatNumber(double value, int decimals = 3) {
    return std::isfinite(value) ? QLocale::c().toString(value, 'f', decimals) : QStringLiteral("–");
}

QString percent(double probability) {
    if (!std::isfinite(probability)) return QStringLiteral("–");
    return QLocale::c().toString(100.0 * probability, 'f', 2) + QStringLiteral(" %");
}

QString tokenText(const AttentionCapture& capture, const std::shared_ptr<const Tokenizer>& tokenizer, int64_t id) {
    if (capture.modelInfo().imageInput) return QObject::tr("class %1").arg(id);
    if (!tokenizer) return QStringLiteral("#%1").arg(id);
    return QString::fromStdString(tokenizer->displayLabel(tokenizer->idToToken(id)));
}

void addModel(Report& report, const ModelSession& session) {
    const auto model = session.model();
    const ModelInfo& info = model->info();
    report.heading(QObject::tr("Model"));
    const QString config = QDir(QString::fromStdString(info.directory)).filePath(QStringLiteral("config.json"));
    report.table({QObject::tr("Fact"), QObject::tr("Value")},
                 {{QObject::tr("Folder"), session.modelFolder()},
                  {QObject::tr("Architecture"), QString::fromStdString(info.architecture) + QStringLiteral(" (") +
                                                    QString::fromStdString(info.modelType) + QStringLiteral(")")},
                  {QObject::tr("Parameters"), QLocale::c().toString(static_cast<qlonglong>(info.parameters))},
                  {QObject::tr("Layers × heads"), QStringLiteral("%1 × %2 (%3 key/value heads, head size %4)")
                                                      .arg(info.layers)
                                                      .arg(info.heads)
                                                      .arg(info.kvHeads)
                                                      .arg(info.headDim)},
                  {QObject::tr("Weights / compute dtype"), QString::fromStdString(info.dtype) + QStringLiteral(" / ") +
                                                               QString::fromStdString(info.computeDtype)},
                  {QObject::tr("Device"), QString::fromStdString(info.device)},
                  {QObject::tr("config.json SHA-256"), fileSha256(config)}});
}

void addInput(Report& report, const AttentionCapture& capture, const ModelSession& session) {
    report.heading(QObject::tr("Input"));
    const RunRequest& request = session.lastRequest();
    if (!request.imagePath.isEmpty()) report.paragraph(QObject::tr("Image: %1").arg(request.imagePath));
    if (!request.text.isEmpty()) report.code(request.text);
    if (!request.pair.isEmpty()) report.code(request.pair);
    QStringList tokens;
    for (size_t i = 0; i < capture.input().tokens.size(); ++i)
        tokens << QStringLiteral("%1:%2").arg(i).arg(QString::fromStdString(capture.input().tokens[i]));
    report.paragraph(QObject::tr("%n token(s): ", nullptr, capture.tokenCount()) + tokens.join(QStringLiteral("  ")));
    report.paragraph(
        capture.mask().empty()
            ? QObject::tr("No heads masked.")
            : QObject::tr("Masked heads (layer:head): %1").arg(QString::fromStdString(capture.mask().toString())));
}

void addPredictions(Report& report, const ModelSession& session) {
    const auto capture = session.capture();
    if (!capture->hasLogits() || capture->modelInfo().outputIsEmbedding) return;
    const auto tokenizer = session.model()->tokenizer();
    const auto before = session.beforeCapture();
    const bool causal = capture->modelInfo().causal;
    const int position = capture->modelInfo().imageInput ? 0 : capture->tokenCount() - 1;
    report.heading(QObject::tr("Predictions"));
    report.paragraph(capture->modelInfo().imageInput
                         ? QObject::tr("Most likely classes of the image.")
                         : QObject::tr("At the last position (%1), the model's top ten candidates%2.")
                               .arg(position)
                               .arg(causal ? QObject::tr(" for the next token") : QString()));
    const auto after = topPredictions(capture->logits(), position, 10);
    std::vector<double> reference;
    if (before && before->hasLogits()) reference = softmax(before->logits().row(position), before->logits().cols);
    std::vector<QStringList> rows;
    for (size_t i = 0; i < after.size(); ++i) {
        QStringList row{QString::number(i + 1), tokenText(*capture, tokenizer, after[i].id),
                        percent(after[i].probability)};
        if (!reference.empty()) row << percent(reference[static_cast<size_t>(after[i].id)]);
        rows.push_back(row);
    }
    QStringList header{QObject::tr("Rank"), QObject::tr("Candidate"),
                       before ? QObject::tr("Probability with mask") : QObject::tr("Probability")};
    if (!reference.empty()) header << QObject::tr("Probability without mask");
    report.table(header, rows);
    const InputLossKind kind = causal ? InputLossKind::NextToken : InputLossKind::SameToken;
    if (capture->modelInfo().imageInput) return;
    if (before && before->hasLogits()) {
        try {
            const auto c = comparePredictions(before->logits(), capture->logits(), capture->input().ids, kind);
            report.paragraph(QObject::tr("Loss on the input: %1 nats without the mask, %2 with it (%3). Mean KL "
                                         "divergence of the predictions %4 nats, largest %5 at position %6.")
                                 .arg(formatNumber(c.lossBefore), formatNumber(c.lossAfter),
                                      formatNumber(c.lossAfter - c.lossBefore), formatNumber(c.meanKl),
                                      formatNumber(c.maxKl))
                                 .arg(c.maxKlPosition));
        } catch (const std::exception&) {
        }
    } else {
        report.paragraph(QObject::tr("Loss on the input: %1 nats.")
                             .arg(formatNumber(inputLoss(capture->logits(), capture->input().ids, kind))));
    }
}

void addHeadRoles(Report& report, const AnalysisSession& analysis) {
    const auto& scores = analysis.headScores();
    if (scores.empty()) return;
    report.heading(QObject::tr("Head roles"));
    const RoleThresholds thresholds;
    report.paragraph(QObject::tr("Roles by the first rule that holds: induction ≥ %1, previous token ≥ %2, sink ≥ %3, "
                                 "broad when the entropy fraction ≥ %4, local ≥ %5, else mixed. Formulas: "
                                 "docs/metrics.md.")
                         .arg(thresholds.induction)
                         .arg(thresholds.prevToken)
                         .arg(thresholds.sink)
                         .arg(thresholds.broadEntropy)
                         .arg(thresholds.local));
    std::vector<QStringList> rows;
    for (const auto& s : scores)
        rows.push_back({QString::number(s.layer), QString::number(s.head),
                        QString::fromStdString(headRole(s, thresholds)), formatNumber(s.sink),
                        formatNumber(s.prevToken), s.induction < 0 ? QStringLiteral("–") : formatNumber(s.induction),
                        formatNumber(s.local), formatNumber(s.entropyFraction), QString::number(s.topKey)});
    report.table({QObject::tr("Layer"), QObject::tr("Head"), QObject::tr("Role"), QObject::tr("Sink"),
                  QObject::tr("Prev. token"), QObject::tr("Induction"), QObject::tr("Local"),
                  QObject::tr("Entropy frac."), QObject::tr("Top key")},
                 rows);
}

void addSinks(Report& report, const AnalysisSession& analysis) {
    const auto& scores = analysis.headScores();
    const auto capture = analysis.scoredCapture();
    if (scores.empty() || !capture) return;
    report.heading(QObject::tr("Attention sinks"));
    int sinks = 0;
    double mean = 0;
    const HeadScores* strongest = &scores.front();
    for (const auto& s : scores) {
        sinks += s.sink >= RoleThresholds().sink;
        mean += s.sink / static_cast<double>(scores.size());
        if (s.sink > strongest->sink) strongest = &s;
    }
    const auto massive = findMassiveActivations(capture->hiddenNorms());
    report.paragraph(QObject::tr("%1 of %2 heads put at least half their attention on the first token (mean sink score "
                                 "%3). Strongest: layer %4, head %5 (%6). %7 massive activation(s) (residual norm over "
                                 "10× its layer's median).")
                         .arg(sinks)
                         .arg(scores.size())
                         .arg(formatNumber(mean))
                         .arg(strongest->layer)
                         .arg(strongest->head)
                         .arg(formatNumber(strongest->sink))
                         .arg(massive.size()));
}

}  // namespace

QString fileSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString reproducingCommand(const ModelSession& model, const widgets::SelectionModel& selection) {
    QStringList words{QStringLiteral("attnscope"), QStringLiteral("--model"), shellQuoted(model.modelFolder())};
    const RunRequest& request = model.lastRequest();
    if (!request.imagePath.isEmpty()) words << QStringLiteral("--image") << shellQuoted(request.imagePath);
    if (!request.text.isEmpty()) words << QStringLiteral("--text") << shellQuoted(request.text);
    if (!request.pair.isEmpty()) words << QStringLiteral("--pair") << shellQuoted(request.pair);
    if (const auto capture = model.capture(); capture && !capture->mask().empty())
        words << QStringLiteral("--mask") << QString::fromStdString(capture->mask().toString());
    words << QStringLiteral("--layer") << QString::number(selection.layer()) << QStringLiteral("--head")
          << QString::number(selection.head());
    return words.join(QLatin1Char(' '));
}

Report buildReport(const ReportSources& sources, const QStringList& views) {
    Report report;
    report.title = QObject::tr("AttnScope report: %1").arg(sources.model.modelName());
    report.paragraph(
        QObject::tr("Written %1 by AttnScope %2.")
            .arg(QDateTime::currentDateTime().toString(Qt::ISODate), QCoreApplication::applicationVersion()));
    if (!sources.model.model()) return report;
    addModel(report, sources.model);
    const auto capture = sources.model.capture();
    if (capture) {
        addInput(report, *capture, sources.model);
        addPredictions(report, sources.model);
        addHeadRoles(report, sources.analysis);
        addSinks(report, sources.analysis);
    }
    if (!views.isEmpty()) report.heading(QObject::tr("Figures"));
    for (const QString& id : views) {
        if (id == QLatin1String("predictions")) {
            if (sources.predictions && sources.predictions->figureUnavailableReason().isEmpty())
                for (const auto& panel : sources.predictions->figurePanels())
                    report.figure(QObject::tr("Predictions: %1").arg(sources.predictions->figureSubject()), panel);
            continue;
        }
        const QString reason = sources.figures.unavailableReason(id);
        if (!reason.isEmpty()) {
            report.paragraph(QObject::tr("%1: %2").arg(sources.figures.viewTitle(id), reason));
            continue;
        }
        report.figure(sources.figures.defaultTitle(id), sources.figures.figure(id));
    }
    report.heading(QObject::tr("Reproduce"));
    report.paragraph(
        QObject::tr("This command opens the same model, runs the same input with the same mask and "
                    "selects the same head:"));
    report.code(reproducingCommand(sources.model, sources.selection));
    if (!sources.sessionFile.isEmpty())
        report.paragraph(
            QObject::tr("Or open the saved session %1 (attnscope --session FILE).").arg(sources.sessionFile));
    report.heading(QObject::tr("Versions"));
    report.code(LibraryVersions::asText().trimmed());
    return report;
}

}  // namespace attnscope::app
