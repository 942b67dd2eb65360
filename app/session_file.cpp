// Sessions to JSON and back, every key checked on the way in.
#include "session_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <cstring>

#include "attnscope/error.h"

namespace attnscope::app {

namespace {

// Reading with the key named in every error.
class Reader {
public:
    Reader(const QJsonObject& object, QString where) : object_(object), where_(std::move(where)) {}

    bool has(const char* key) const { return object_.contains(QLatin1String(key)); }
    QString string(const char* key, const QString& fallback = {}) const {
        if (!has(key)) return fallback;
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!value.isString()) fail(key, "a string");
        return value.toString();
    }
    int integer(const char* key, int fallback, int low, int high) const {
        if (!has(key)) return fallback;
        const QJsonValue value = object_.value(QLatin1String(key));
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number) || number < low || number > high)
            fail(key, ("a whole number from " + std::to_string(low) + " to " + std::to_string(high)).c_str());
        return static_cast<int>(number);
    }
    double real(const char* key, double fallback) const {
        if (!has(key)) return fallback;
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!value.isDouble() || !std::isfinite(value.toDouble())) fail(key, "a finite number");
        return value.toDouble();
    }
    bool boolean(const char* key, bool fallback) const {
        if (!has(key)) return fallback;
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!value.isBool()) fail(key, "true or false");
        return value.toBool();
    }
    Reader object(const char* key) const {
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!has(key)) return Reader(QJsonObject(), where_ + QLatin1Char('.') + key);
        if (!value.isObject()) fail(key, "an object");
        return Reader(value.toObject(), where_ + QLatin1Char('.') + key);
    }
    QJsonArray array(const char* key) const {
        if (!has(key)) return {};
        const QJsonValue value = object_.value(QLatin1String(key));
        if (!value.isArray()) fail(key, "a list");
        return value.toArray();
    }
    HeadMask mask(const char* key) const {
        try {
            return HeadMask::parse(string(key).toStdString());
        } catch (const EngineError& error) {
            throw EngineError(error.problem(), (where_ + QLatin1Char('.') + key).toStdString());
        }
    }
    const QJsonObject& json() const { return object_; }
    [[noreturn]] void fail(const char* key, const char* expected) const {
        throw EngineError(std::string("expected ") + expected, (where_ + QLatin1Char('.') + key).toStdString());
    }

private:
    QJsonObject object_;
    QString where_;
};

template <class Floats>
QString floatsToBase64(const Floats& values) {
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(values.data()), static_cast<qsizetype>(values.size() * sizeof(float)))
            .toBase64());
}

}  // namespace

QByteArray sessionToJson(const SessionState& state) {
    QJsonObject root;
    root["format"] = QLatin1String(kSessionFormatName);
    root["version"] = state.version;
    root["saved_by"] = state.savedBy;
    root["model"] = QJsonObject{{"folder", state.model.folder},
                                {"config_sha256", state.model.configSha256},
                                {"weight_bytes", static_cast<double>(state.model.weightBytes)},
                                {"device", state.model.device},
                                {"dtype", state.model.dtype}};
    root["input"] = QJsonObject{{"text", state.input.text},
                                {"pair", state.input.pair},
                                {"image", state.input.imagePath},
                                {"ran", state.input.ran},
                                {"ran_masked", state.input.ranMasked}};
    root["mask"] = QString::fromStdString(state.mask.toString());
    QJsonArray steps;
    for (const auto& [text, mask] : state.maskHistory.steps)
        steps.append(QJsonObject{{"description", text}, {"mask", QString::fromStdString(mask.toString())}});
    root["mask_history"] = QJsonObject{{"steps", steps}, {"index", state.maskHistory.index}};
    QJsonArray hidden;
    for (int head : state.selection.hiddenHeads) hidden.append(head);
    root["selection"] = QJsonObject{{"layer", state.selection.layer},
                                    {"head", state.selection.head},
                                    {"token", state.selection.token},
                                    {"token_is_key", state.selection.tokenIsKey},
                                    {"hidden_heads", hidden}};
    root["views"] = state.views;
    root["window"] = QJsonObject{{"geometry", QString::fromLatin1(state.windowGeometry.toBase64())},
                                 {"state", QString::fromLatin1(state.windowState.toBase64())},
                                 {"front_view", state.frontView}};
    QJsonObject embedding{{"source", state.embedding.source},
                          {"corpus", state.embedding.corpusPath},
                          {"method", state.embedding.method},
                          {"dimensions", state.embedding.dimensions},
                          {"matrix", state.embedding.matrix}};
    if (state.embedding.layer >= 0 && !state.embedding.coordinates.empty()) {
        embedding["layer"] = state.embedding.layer;
        embedding["head"] = state.embedding.head;
        embedding["rows"] = static_cast<double>(state.embedding.coordinates.rows);
        embedding["columns"] = static_cast<double>(state.embedding.coordinates.cols);
        embedding["coordinates_f32_base64"] = floatsToBase64(state.embedding.coordinates.values);
    }
    root["embedding"] = embedding;
    QJsonArray importance;
    for (const auto& result : state.importance) {
        QJsonArray scores;
        for (double v : result.scores) scores.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
        importance.append(QJsonObject{{"method", QString::fromStdString(importanceMethodName(result.method))},
                                      {"loss", QString::fromStdString(result.loss)},
                                      {"layers", result.layers},
                                      {"heads", result.heads},
                                      {"base_loss", result.baseLoss},
                                      {"seconds", result.seconds},
                                      {"scores", scores}});
    }
    root["importance"] = importance;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SessionState sessionFromJson(const QByteArray& json, const QString& where) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw EngineError("not a session file: " + parseError.errorString().toStdString() + " at byte " +
                              std::to_string(parseError.offset),
                          where.toStdString());
    if (!document.isObject()) throw EngineError("not a session file: expected a JSON object", where.toStdString());
    const Reader root(document.object(), where);
    if (root.string("format") != QLatin1String(kSessionFormatName))
        throw EngineError("not an AttnScope session (\"format\" is not \"attnscope-session\")", where.toStdString());
    SessionState state;
    state.version = root.integer("version", -1, 1, 1 << 20);
    if (state.version > kSessionFormatVersion)
        throw EngineError("written by a newer AttnScope (session format " + std::to_string(state.version) +
                              "); this one reads format " + std::to_string(kSessionFormatVersion) + " and older",
                          where.toStdString());
    state.savedBy = root.string("saved_by");

    const Reader model = root.object("model");
    state.model.folder = model.string("folder");
    if (state.model.folder.isEmpty()) model.fail("folder", "the model folder");
    state.model.configSha256 = model.string("config_sha256");
    // Compared with the folder's size to notice changed weights; a number past any disk is no byte count.
    const double weightBytes = model.real("weight_bytes", 0);
    if (weightBytes < 0 || weightBytes > 1e15) model.fail("weight_bytes", "a byte count");
    state.model.weightBytes = static_cast<qint64>(weightBytes);
    state.model.device = model.string("device", QStringLiteral("cpu"));
    state.model.dtype = model.string("dtype", QStringLiteral("float32"));

    const Reader input = root.object("input");
    state.input.text = input.string("text");
    state.input.pair = input.string("pair");
    state.input.imagePath = input.string("image");
    state.input.ran = input.boolean("ran", false);
    state.input.ranMasked = input.boolean("ran_masked", false);

    state.mask = root.mask("mask");
    const Reader history = root.object("mask_history");
    const QJsonArray steps = history.array("steps");
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps[i].isObject())
            throw EngineError("expected an object",
                              (where + QStringLiteral(".mask_history.steps[%1]").arg(i)).toStdString());
        const Reader step(steps[i].toObject(), where + QStringLiteral(".mask_history.steps[%1]").arg(i));
        state.maskHistory.steps.emplace_back(step.string("description"), step.mask("mask"));
    }
    state.maskHistory.index = history.integer("index", 0, 0, static_cast<int>(steps.size()));

    const Reader selection = root.object("selection");
    state.selection.layer = selection.integer("layer", 0, 0, 1 << 16);
    state.selection.head = selection.integer("head", 0, 0, 1 << 16);
    state.selection.token = selection.integer("token", -1, -1, 1 << 24);
    state.selection.tokenIsKey = selection.boolean("token_is_key", false);
    for (const QJsonValue& head : selection.array("hidden_heads")) {
        if (!head.isDouble() || head.toDouble() < 0 || head.toDouble() > (1 << 16))
            selection.fail("hidden_heads", "a list of head numbers");
        state.selection.hiddenHeads.push_back(head.toInt());
    }

    if (root.has("views")) state.views = root.object("views").json();
    const Reader window = root.object("window");
    state.windowGeometry = QByteArray::fromBase64(window.string("geometry").toLatin1());
    state.windowState = QByteArray::fromBase64(window.string("state").toLatin1());
    state.frontView = window.string("front_view");

    const Reader embedding = root.object("embedding");
    state.embedding.source = embedding.string("source", QStringLiteral("current"));
    state.embedding.corpusPath = embedding.string("corpus");
    state.embedding.method = embedding.string("method", QStringLiteral("pca"));
    if (!QStringList{"pca", "tsne", "umap"}.contains(state.embedding.method))
        embedding.fail("method", "pca, tsne or umap");
    state.embedding.dimensions = embedding.integer("dimensions", 2, 2, 3);
    state.embedding.matrix = embedding.boolean("matrix", false);
    if (embedding.has("coordinates_f32_base64")) {
        state.embedding.layer = embedding.integer("layer", -1, 0, 1 << 16);
        state.embedding.head = embedding.integer("head", -1, 0, 1 << 16);
        const int rows = embedding.integer("rows", 0, 0, 1 << 26);
        const int columns = embedding.integer("columns", 0, 2, 3);
        const QByteArray bytes = QByteArray::fromBase64(embedding.string("coordinates_f32_base64").toLatin1());
        // The sizes are checked against the data before anything is allocated from them.
        if (bytes.size() != static_cast<qsizetype>(rows) * columns * static_cast<qsizetype>(sizeof(float)))
            embedding.fail("coordinates_f32_base64", "rows x columns float32 values");
        state.embedding.coordinates = FloatMatrix(rows, columns);
        // No rows: no copy (an empty vector's data() may be null, which memcpy must not be given).
        if (!bytes.isEmpty())
            std::memcpy(state.embedding.coordinates.values.data(), bytes.constData(),
                        static_cast<size_t>(bytes.size()));
        for (float v : state.embedding.coordinates.values)
            if (!std::isfinite(v)) embedding.fail("coordinates_f32_base64", "finite coordinates");
    }

    const QJsonArray importance = root.array("importance");
    for (qsizetype i = 0; i < importance.size(); ++i) {
        const QString at = where + QStringLiteral(".importance[%1]").arg(i);
        if (!importance[i].isObject()) throw EngineError("expected an object", at.toStdString());
        const Reader entry(importance[i].toObject(), at);
        HeadImportance result;
        try {
            result.method = parseImportanceMethod(entry.string("method").toStdString());
        } catch (const EngineError& error) {
            throw EngineError(error.problem(), (at + QStringLiteral(".method")).toStdString());
        }
        result.loss = entry.string("loss").toStdString();
        result.layers = entry.integer("layers", 0, 1, 1 << 12);
        result.heads = entry.integer("heads", 0, 1, 1 << 12);
        result.baseLoss = entry.real("base_loss", 0);
        result.seconds = entry.real("seconds", 0);
        const QJsonArray scores = entry.array("scores");
        if (scores.size() != static_cast<qsizetype>(result.layers) * result.heads)
            entry.fail("scores", "layers x heads numbers");
        for (const QJsonValue& v : scores) result.scores.push_back(v.isDouble() ? v.toDouble() : std::nan(""));
        state.importance.push_back(std::move(result));
    }
    return state;
}

}  // namespace attnscope::app
