// Reading demos.json.
#include "demo_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "attnscope/error.h"
#include "attnscope/head_mask.h"
#include "attnscope/resources.h"

namespace attnscope::app {

namespace {

// {"en": "...", "de": "..."}: the language's entry, its base language's, else English.
QString localized(const QJsonValue& value, const QString& language, const std::string& where) {
    if (value.isString()) return value.toString();
    if (!value.isObject()) throw EngineError("expected a string or an object of languages", where);
    const QJsonObject texts = value.toObject();
    for (const QString& key : {language, language.section(QLatin1Char('_'), 0, 0), QStringLiteral("en")})
        if (!key.isEmpty() && texts.value(key).isString()) return texts.value(key).toString();
    throw EngineError("has no English (\"en\") text", where);
}

std::optional<int> optionalIndex(const QJsonObject& entry, const QString& key, const std::string& where) {
    if (!entry.contains(key) || entry.value(key).isNull()) return std::nullopt;
    const QJsonValue value = entry.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != static_cast<int>(value.toDouble()))
        throw EngineError("expected a whole number >= 0", where + "." + key.toStdString());
    return value.toInt();
}

std::optional<int> optionalPosition(const QJsonObject& entry, const QString& key, const std::string& where) {
    if (!entry.contains(key) || entry.value(key).isNull()) return std::nullopt;
    const QJsonValue value = entry.value(key);
    if (!value.isDouble() || value.toDouble() != static_cast<int>(value.toDouble()))
        throw EngineError("expected a whole number (negative counts from the end)", where + "." + key.toStdString());
    return value.toInt();
}

std::vector<DemoStep> readSteps(const QJsonObject& entry, const QString& language, const std::string& where) {
    std::vector<DemoStep> steps;
    const QJsonValue value = entry.value(QStringLiteral("steps"));
    if (value.isUndefined() || value.isNull()) return steps;
    if (!value.isArray()) throw EngineError("expected an array of steps", where + ".steps");
    const QJsonArray array = value.toArray();
    for (int k = 0; k < array.size(); ++k) {
        const std::string at = where + ".steps[" + std::to_string(k) + "]";
        if (!array[k].isObject()) throw EngineError("expected an object", at);
        const QJsonObject object = array[k].toObject();
        DemoStep step;
        step.caption = localized(object.value(QStringLiteral("caption")), language, at + ".caption");
        step.token = optionalPosition(object, QStringLiteral("token"), at);
        step.tokenIsKey = object.value(QStringLiteral("key")).toBool(false);
        step.layer = optionalIndex(object, QStringLiteral("layer"), at);
        step.head = optionalIndex(object, QStringLiteral("head"), at);
        step.view = object.value(QStringLiteral("view")).toString();
        step.runWithMask = object.value(QStringLiteral("runWithMask")).toBool(false);
        steps.push_back(step);
    }
    return steps;
}

}  // namespace

DemoLibrary loadDemoLibrary(const QString& path, const QString& language) {
    const std::string file = path.toStdString();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) throw EngineError("cannot be read", file);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw EngineError("is not valid JSON: " + parseError.errorString().toStdString() + " at offset " +
                              std::to_string(parseError.offset),
                          file);
    const QJsonObject root = document.object();
    DemoLibrary library;
    const QString model = root.value(QStringLiteral("model")).toString();
    if (!model.isEmpty()) library.modelFolder = QFileInfo(path).dir().absoluteFilePath(model);
    const QJsonArray entries = root.value(QStringLiteral("demos")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries[i].toObject();
        const std::string where = file + ": demos[" + std::to_string(i) + "]";
        Demo demo;
        demo.id = entry.value(QStringLiteral("id")).toString();
        if (demo.id.isEmpty()) throw EngineError("has no \"id\"", where);
        demo.title = localized(entry.value(QStringLiteral("title")), language, where + ".title");
        demo.explanation = localized(entry.value(QStringLiteral("explanation")), language, where + ".explanation");
        demo.text = entry.value(QStringLiteral("text")).toString();
        if (demo.text.isEmpty()) throw EngineError("has no \"text\"", where);
        demo.layer = optionalIndex(entry, QStringLiteral("layer"), where);
        demo.head = optionalIndex(entry, QStringLiteral("head"), where);
        demo.view = entry.value(QStringLiteral("view")).toString();
        demo.mask = entry.value(QStringLiteral("mask")).toString();
        if (!demo.mask.isEmpty()) {
            try {
                HeadMask::parse(demo.mask.toStdString());
            } catch (const EngineError& error) {
                throw EngineError(error.problem(), where + ".mask");
            }
        }
        demo.steps = readSteps(entry, language, where);
        for (size_t k = 0; k < demo.steps.size(); ++k)
            if (demo.steps[k].runWithMask && demo.mask.isEmpty())
                throw EngineError("runs with the mask, but the demo has no \"mask\"",
                                  where + ".steps[" + std::to_string(k) + "]");
        library.demos.push_back(demo);
    }
    return library;
}

QString defaultDemoLibraryPath() {
    try {
        const QString path = QDir(QString::fromStdString(resourceDirectory())).filePath(QStringLiteral("demos.json"));
        return QFileInfo::exists(path) ? path : QString();
    } catch (const EngineError&) {
        return {};
    }
}

}  // namespace attnscope::app
