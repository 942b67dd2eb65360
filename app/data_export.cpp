// Writing the views' numbers as safetensors, CSV, JSON and .npy.
#include "data_export.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>
#include <limits>

#include "analysis/flow_view.h"
#include "analysis_session.h"
#include "attnscope/error.h"
#include "attnscope/tools/capture_file.h"
#include "attnscope/tools/npy.h"
#include "embedding_session.h"
#include "model_session.h"
#include "selection_model.h"

namespace attnscope::app {

namespace {

QString suffixOf(const QString& path) {
    return QFileInfo(path).suffix().toLower();
}

// A number for CSV and JSON: NaN and infinities are written as empty cells / null, never as a number.
QString number(double value) {
    return std::isfinite(value) ? QString::number(value, 'g', 9) : QString();
}

QJsonValue jsonNumber(double value) {
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QStringList tokenStrings(const AttentionCapture& capture) {
    QStringList tokens;
    for (const auto& token : capture.input().tokens) tokens << QString::fromStdString(token);
    while (tokens.size() < capture.tokenCount()) tokens << QString::number(tokens.size());
    return tokens;
}

QByteArray csv(const QStringList& header, const std::vector<QStringList>& rows) {
    QStringList lines;
    QStringList quoted;
    for (const auto& field : header) quoted << csvField(field);
    lines << quoted.join(',');
    for (const auto& row : rows) {
        quoted.clear();
        for (const auto& field : row) quoted << csvField(field);
        lines << quoted.join(',');
    }
    return (lines.join('\n') + '\n').toUtf8();
}

}  // namespace

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void writeTextFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw EngineError("cannot write: " + file.errorString().toStdString(), path.toStdString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw EngineError("writing failed: " + file.errorString().toStdString(), path.toStdString());
}

DataExporter::DataExporter(const ModelSession& model, const AnalysisSession& analysis,
                           const EmbeddingSession& embedding, const widgets::SelectionModel& selection)
    : model_(model), analysis_(analysis), embedding_(embedding), selection_(selection) {}

QString DataExporter::title(DataKind kind) {
    switch (kind) {
        case DataKind::Capture:
            return QObject::tr("Capture: every layer's attention, residual norms and logits");
        case DataKind::HeadMap:
            return QObject::tr("The selected head's attention map");
        case DataKind::HeadRoles:
            return QObject::tr("Head roles table");
        case DataKind::Sinks:
            return QObject::tr("Attention sinks: sink scores, attention received, massive activations");
        case DataKind::Importance:
            return QObject::tr("Head importance");
        case DataKind::Flow:
            return QObject::tr("Information flow: relevance matrices, the position's relevance and layered graph");
        case DataKind::Embedding:
            return QObject::tr("Query–key embedding: coordinates and tokens");
    }
    return {};
}

QStringList DataExporter::formats(DataKind kind) {
    switch (kind) {
        case DataKind::Capture:
            return {QStringLiteral("safetensors")};
        case DataKind::HeadMap:
            return {QStringLiteral("csv"), QStringLiteral("npy")};
        case DataKind::Embedding:
            return {QStringLiteral("csv")};
        default:
            return {QStringLiteral("csv"), QStringLiteral("json")};
    }
}

QString DataExporter::unavailableReason(DataKind kind) const {
    switch (kind) {
        case DataKind::Capture:
        case DataKind::HeadMap:
            return model_.capture() ? QString() : QObject::tr("Run a text first.");
        case DataKind::HeadRoles:
        case DataKind::Sinks:
            return !analysis_.headScores().empty() ? QString() : QObject::tr("Run a text first.");
        case DataKind::Importance:
            return !analysis_.importanceResults().empty() ? QString()
                                                          : QObject::tr("Compute the head importance first.");
        case DataKind::Flow:
            return analysis_.latestFlow() ? QString() : QObject::tr("Open the Information Flow view first.");
        case DataKind::Embedding:
            return embedding_.embedding() ? QString() : QObject::tr("Nothing is embedded yet.");
    }
    return {};
}

void DataExporter::write(DataKind kind, const QString& path) const {
    const QString reason = unavailableReason(kind);
    if (!reason.isEmpty()) throw EngineError(reason.toStdString(), path.toStdString());
    if (!formats(kind).contains(suffixOf(path)))
        throw EngineError("expected a file name ending in ." + formats(kind).join(", .").toStdString(),
                          path.toStdString());
    switch (kind) {
        case DataKind::Capture:
            return writeCapture(path);
        case DataKind::HeadMap:
            return writeHeadMap(path);
        case DataKind::HeadRoles:
            return writeHeadRoles(path);
        case DataKind::Sinks:
            return writeSinks(path);
        case DataKind::Importance:
            return writeImportance(path);
        case DataKind::Flow:
            return writeFlow(path);
        case DataKind::Embedding:
            return writeEmbedding(path);
    }
}

void DataExporter::writeCapture(const QString& path) const {
    const auto capture = model_.capture();
    std::map<std::string, std::string> metadata{{"model", model_.modelFolder().toStdString()},
                                                {"written_by", "attnscope"}};
    writeCaptureFile(*capture, path.toStdString(), metadata);
}

void DataExporter::writeHeadMap(const QString& path) const {
    const auto capture = model_.capture();
    const int layer = std::clamp(selection_.layer(), 0, capture->layers() - 1);
    const int head = std::clamp(selection_.head(), 0, capture->heads() - 1);
    const FloatMatrix map = capture->attention(layer, head);
    if (suffixOf(path) == QLatin1String("npy")) {
        writeNpyMatrix(path.toStdString(), map);
        return;
    }
    // Rows are queries, columns keys, both headed by their position and token.
    const QStringList tokens = tokenStrings(*capture);
    QStringList header{QStringLiteral("query \\ key")};
    for (int k = 0; k < map.cols; ++k) header << QStringLiteral("%1 %2").arg(k).arg(tokens.value(k));
    std::vector<QStringList> rows;
    for (int q = 0; q < map.rows; ++q) {
        QStringList row{QStringLiteral("%1 %2").arg(q).arg(tokens.value(q))};
        for (int k = 0; k < map.cols; ++k) row << number(map(q, k));
        rows.push_back(row);
    }
    writeTextFile(path, csv(header, rows));
}

void DataExporter::writeHeadRoles(const QString& path) const {
    const RoleThresholds thresholds;
    const auto& scores = analysis_.headScores();
    const QStringList columns{"layer",
                              "head",
                              "role",
                              "sink",
                              "value_sink",
                              "prev_token",
                              "induction",
                              "local",
                              "entropy",
                              "entropy_fraction",
                              "top_key",
                              "top_key_share",
                              "logit_attribution"};
    // The attribution column when it belongs to these scores' capture (same heads), else empty.
    const auto& attribution = analysis_.attribution();
    const int attributionHeads = analysis_.attributionHeads();
    auto attributed = [&](const HeadScores& s) {
        const size_t at = static_cast<size_t>(s.layer) * attributionHeads + s.head;
        return s.head < attributionHeads && at < attribution.size() ? attribution[at]
                                                                    : std::numeric_limits<double>::quiet_NaN();
    };
    if (suffixOf(path) == QLatin1String("json")) {
        QJsonArray heads;
        for (const auto& s : scores)
            heads.append(QJsonObject{{"layer", s.layer},
                                     {"head", s.head},
                                     {"role", QString::fromStdString(headRole(s, thresholds))},
                                     {"sink", jsonNumber(s.sink)},
                                     {"value_sink", s.valueSink < 0 ? QJsonValue() : jsonNumber(s.valueSink)},
                                     {"prev_token", jsonNumber(s.prevToken)},
                                     {"induction", s.induction < 0 ? QJsonValue() : jsonNumber(s.induction)},
                                     {"local", jsonNumber(s.local)},
                                     {"entropy", jsonNumber(s.entropy)},
                                     {"entropy_fraction", jsonNumber(s.entropyFraction)},
                                     {"top_key", s.topKey},
                                     {"top_key_share", jsonNumber(s.topKeyShare)},
                                     {"logit_attribution", jsonNumber(attributed(s))}});
        writeTextFile(path, QJsonDocument(QJsonObject{{"heads", heads}}).toJson());
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& s : scores)
        rows.push_back(
            {QString::number(s.layer), QString::number(s.head), QString::fromStdString(headRole(s, thresholds)),
             number(s.sink), s.valueSink < 0 ? QString() : number(s.valueSink), number(s.prevToken),
             s.induction < 0 ? QString() : number(s.induction), number(s.local), number(s.entropy),
             number(s.entropyFraction), QString::number(s.topKey), number(s.topKeyShare), number(attributed(s))});
    writeTextFile(path, csv(columns, rows));
}

void DataExporter::writeFlow(const QString& path) const {
    const widgets::FlowViewData& flow = *analysis_.latestFlow();
    const QStringList tokens = tokenStrings(*flow.capture);
    const int n = flow.capture->tokenCount();
    auto rowOf = [n](const FloatMatrix& m, int row) {
        return m.empty() || row >= m.rows ? std::vector<float>() : std::vector<float>(m.row(row), m.row(row) + n);
    };
    const std::vector<float> raw = rowOf(flow.raw, flow.position), rollout = rowOf(flow.rollout, flow.position),
                             whole = rowOf(flow.flow, flow.position);
    auto cell = [](const std::vector<float>& v, int j) {
        return j < static_cast<int>(v.size()) ? double(v[j]) : std::numeric_limits<double>::quiet_NaN();
    };
    if (suffixOf(path) == QLatin1String("json")) {
        auto matrix = [](const FloatMatrix& m) {
            QJsonArray rows;
            for (int64_t i = 0; i < m.rows; ++i) {
                QJsonArray row;
                for (int64_t j = 0; j < m.cols; ++j) row.append(jsonNumber(m(i, j)));
                rows.append(row);
            }
            return m.empty() ? QJsonValue() : QJsonValue(rows);
        };
        QJsonArray relevance, edges;
        for (float v : flow.relevance) relevance.append(jsonNumber(v));
        for (const FlowEdge& e : flow.graph.edges)
            edges.append(
                QJsonObject{{"layer", e.layer}, {"from", e.from}, {"to", e.to}, {"weight", jsonNumber(e.weight)}});
        const QJsonObject out{{"position", flow.position},
                              {"method", QString::fromStdString(flowMethodName(flow.method))},
                              {"tokens", QJsonArray::fromStringList(tokens)},
                              {"layers", flow.capture->layers()},
                              {"skip_masked_heads", flow.skipMaskedHeads},
                              {"raw", matrix(flow.raw)},
                              {"rollout", matrix(flow.rollout)},
                              {"flow", matrix(flow.flow)},
                              {"relevance", relevance},
                              {"graph", QJsonObject{{"nodes", matrix(flow.graph.nodes)}, {"edges", edges}}}};
        writeTextFile(path, QJsonDocument(out).toJson());
        return;
    }
    // One row per input token: its relevance for the position by each method (empty where not computed).
    std::vector<QStringList> rows;
    for (int j = 0; j < n; ++j)
        rows.push_back({QString::number(j), tokens.value(j), number(cell(raw, j)), number(cell(rollout, j)),
                        number(cell(whole, j)), number(cell(flow.relevance, j))});
    writeTextFile(path, csv({"token_index", "token", "raw", "rollout", "flow",
                             QStringLiteral("relevance_") + QString::fromStdString(flowMethodName(flow.method))},
                            rows));
}

void DataExporter::writeSinks(const QString& path) const {
    const auto capture = analysis_.scoredCapture();
    const auto& scores = analysis_.headScores();
    const QStringList tokens = tokenStrings(*capture);
    const std::vector<double> received = attentionReceived(*capture, -1);
    const auto massive = findMassiveActivations(capture->hiddenNorms());
    if (suffixOf(path) == QLatin1String("json")) {
        QJsonArray heads, tokenArray, massiveArray;
        for (const auto& s : scores)
            heads.append(QJsonObject{{"layer", s.layer},
                                     {"head", s.head},
                                     {"sink", jsonNumber(s.sink)},
                                     {"value_sink", s.valueSink < 0 ? QJsonValue() : jsonNumber(s.valueSink)}});
        for (int t = 0; t < static_cast<int>(received.size()); ++t)
            tokenArray.append(
                QJsonObject{{"position", t}, {"token", tokens.value(t)}, {"received", jsonNumber(received[t])}});
        for (const auto& m : massive)
            massiveArray.append(QJsonObject{{"row", m.row},
                                            {"token", m.token},
                                            {"norm", jsonNumber(m.norm)},
                                            {"ratio_to_median", jsonNumber(m.ratio)}});
        writeTextFile(path, QJsonDocument(QJsonObject{{"heads", heads},
                                                      {"attention_received_all_layers", tokenArray},
                                                      {"massive_activations", massiveArray}})
                                .toJson());
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& s : scores)
        rows.push_back({QString::number(s.layer), QString::number(s.head), number(s.sink),
                        s.valueSink < 0 ? QString() : number(s.valueSink)});
    writeTextFile(path, csv({"layer", "head", "sink", "value_sink"}, rows));
}

void DataExporter::writeImportance(const QString& path) const {
    const auto& results = analysis_.importanceResults();
    if (suffixOf(path) == QLatin1String("json")) {
        QJsonObject root;
        for (const auto& [method, result] : results) {
            QJsonArray heads;
            for (int l = 0; l < result.layers; ++l)
                for (int h = 0; h < result.heads; ++h) {
                    QJsonObject head{{"layer", l}, {"head", h}, {"score", jsonNumber(result.score(l, h))}};
                    if (!result.gradients.empty())
                        head["gradient"] = jsonNumber(result.gradients[static_cast<size_t>(l * result.heads + h)]);
                    heads.append(head);
                }
            root[QString::fromStdString(importanceMethodName(method))] =
                QJsonObject{{"loss", QString::fromStdString(result.loss)},
                            {"base_loss", jsonNumber(result.baseLoss)},
                            {"seconds", result.seconds},
                            {"heads", heads}};
        }
        writeTextFile(path, QJsonDocument(root).toJson());
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& [method, result] : results)
        for (int l = 0; l < result.layers; ++l)
            for (int h = 0; h < result.heads; ++h)
                rows.push_back({QString::fromStdString(importanceMethodName(method)), QString::number(l),
                                QString::number(h), number(result.score(l, h)), number(result.baseLoss)});
    writeTextFile(path, csv({"method", "layer", "head", "score", "base_loss"}, rows));
}

void DataExporter::writeEmbedding(const QString& path) const {
    const QueryKeyEmbedding& embedding = *embedding_.embedding();
    const QueryKeyPoints& points = embedding.points;
    QStringList header{"point", "input", "position", "kind", "token", "x", "y"};
    if (points.dimensions() == 3) header << "z";
    std::vector<QStringList> rows;
    rows.reserve(static_cast<size_t>(points.size()));
    for (int64_t i = 0; i < points.size(); ++i) {
        const auto index = static_cast<size_t>(i);
        const int input = points.input[index], position = points.position[index];
        QStringList row{
            QString::number(i), QString::number(input), QString::number(position),
            points.isKey[index] ? QStringLiteral("key") : QStringLiteral("query"),
            QString::fromStdString(points.tokens[static_cast<size_t>(input)][static_cast<size_t>(position)])};
        for (int d = 0; d < points.dimensions(); ++d) row << number(points.coordinates(i, d));
        rows.push_back(row);
    }
    writeTextFile(path, csv(header, rows));
}

}  // namespace attnscope::app
