// Colours of the query-key embedding views; see embedding_palette.h.
#include "embedding/embedding_palette.h"
#include "style.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace attnscope::widgets {
namespace {

struct Stop {
    double t;
    int r, g, b;
};

// Three-stop ramps from light to dark, so position reads as "later is darker" in both families.
constexpr std::array<Stop, 3> kQueryRamp{{{0.0, 0xa8, 0xdd, 0xa0}, {0.5, 0x3f, 0xab, 0x5d}, {1.0, 0x00, 0x5a, 0x32}}};
constexpr std::array<Stop, 3> kKeyRamp{{{0.0, 0xfb, 0xbf, 0xc9}, {0.5, 0xf0, 0x5a, 0x9e}, {1.0, 0x7a, 0x01, 0x77}}};

QColor sample(const std::array<Stop, 3>& stops, double t) {
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const Stop& a = t <= stops[1].t ? stops[0] : stops[1];
    const Stop& b = t <= stops[1].t ? stops[1] : stops[2];
    const double f = (t - a.t) / (b.t - a.t);
    const auto mix = [f](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * f)); };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b)};
}

void put(std::vector<std::uint8_t>& rgba, size_t point, const QColor& color) {
    rgba[4 * point] = static_cast<std::uint8_t>(color.red());
    rgba[4 * point + 1] = static_cast<std::uint8_t>(color.green());
    rgba[4 * point + 2] = static_cast<std::uint8_t>(color.blue());
    rgba[4 * point + 3] = 255;
}

QString normalisedForSearch(const QString& token) {
    QString text = token.trimmed();
    return text.toCaseFolded();
}

}  // namespace

QColor queryRamp(double t) {
    return sample(kQueryRamp, t);
}

QColor keyRamp(double t) {
    return sample(kKeyRamp, t);
}

QColor inputColor(int input, bool isKey) {
    // Golden-angle hue steps keep neighbouring inputs far apart on the wheel for any number of inputs.
    const double hue = std::fmod(0.61 + 0.381966 * input, 1.0);
    return QColor::fromHslF(static_cast<float>(hue), 0.62f, isKey ? 0.74f : 0.42f).toRgb();
}

QColor mixColors(const QColor& color, const QColor& toward, double amount) {
    const auto mix = [amount](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * amount)); };
    return {mix(color.red(), toward.red()), mix(color.green(), toward.green()), mix(color.blue(), toward.blue())};
}

QString displayToken(const std::string& token) {
    QString text = QString::fromStdString(token);
    text.replace(QChar(0x0120), QChar(' '));     // Ġ: byte-level BPE's space
    text.replace(QChar(0x2581), QChar(' '));     // ▁: SentencePiece's space
    text.replace(QChar(0x010A), QChar(0x21B5));  // Ċ: newline -> ↵
    text.replace(QChar(0x0109), QChar(0x21E5));  // ĉ: tab -> ⇥
    return text;
}

std::vector<std::uint8_t> matchTokens(const QueryKeyPoints& points, const QString& search) {
    const auto n = static_cast<size_t>(points.size());
    std::vector<std::uint8_t> matches(n, 0);
    const QString wanted = normalisedForSearch(search);
    if (wanted.isEmpty()) return matches;

    // Decide once per input position (queries and keys share a token), and once per distinct string.
    std::unordered_map<std::string, bool> decided;
    std::vector<std::vector<std::uint8_t>> tokenMatches(points.tokens.size());
    for (size_t i = 0; i < points.tokens.size(); ++i) {
        tokenMatches[i].resize(points.tokens[i].size());
        for (size_t p = 0; p < points.tokens[i].size(); ++p) {
            const std::string& token = points.tokens[i][p];
            auto found = decided.find(token);
            if (found == decided.end())
                found = decided.emplace(token, normalisedForSearch(displayToken(token)) == wanted).first;
            tokenMatches[i][p] = found->second ? 1 : 0;
        }
    }
    for (size_t i = 0; i < n; ++i)
        matches[i] = tokenMatches[static_cast<size_t>(points.input[i])][static_cast<size_t>(points.position[i])];
    return matches;
}

std::vector<std::uint8_t> pointColours(const QueryKeyPoints& points, const ColouringRequest& request) {
    const auto n = static_cast<size_t>(points.size());
    std::vector<std::uint8_t> rgba(4 * n);
    const QColor background = screenTheme().background;

    // Small tables: a million QColor conversions would dominate the cost of a colour change.
    std::array<QColor, 256> queryTable, keyTable;
    for (size_t i = 0; i < 256; ++i) {
        queryTable[i] = queryRamp(i / 255.0);
        keyTable[i] = keyRamp(i / 255.0);
    }
    const auto rampIndex = [](double t) { return static_cast<size_t>(std::lround(std::clamp(t, 0.0, 1.0) * 255.0)); };
    std::vector<QColor> inputTable(2 * points.tokens.size());
    for (size_t i = 0; i < points.tokens.size(); ++i) {
        inputTable[2 * i] = inputColor(static_cast<int>(i), false);
        inputTable[2 * i + 1] = inputColor(static_cast<int>(i), true);
    }
    const QColor dimQuery = mixColors(EmbeddingPalette::query(), background, EmbeddingPalette::kDimming);
    const QColor dimKey = mixColors(EmbeddingPalette::key(), background, EmbeddingPalette::kDimming);

    for (size_t i = 0; i < n; ++i) {
        const bool isKey = points.isKey[i] != 0;
        QColor color;
        switch (request.colouring) {
            case PointColouring::TokenType:
                color = isKey ? EmbeddingPalette::key() : EmbeddingPalette::query();
                break;
            case PointColouring::Position: {
                const int length = points.sequenceLength(points.input[i]);
                const double t = length > 1 ? double(points.position[i]) / (length - 1) : 0.0;
                color = (isKey ? keyTable : queryTable)[rampIndex(t)];
                break;
            }
            case PointColouring::Input:
                color = inputTable[2 * static_cast<size_t>(points.input[i]) + (isKey ? 1 : 0)];
                break;
            case PointColouring::AttentionWeight: {
                const float w = i < request.weights.size() ? request.weights[i] : -1.0f;
                if (w < 0.0f)
                    color = isKey ? dimKey : dimQuery;
                else
                    color = (isKey ? keyTable : queryTable)[rampIndex(0.15 + 0.85 * w)];
                break;
            }
        }
        if (!request.emphasis.empty() && request.emphasis[i] == 0)
            color = mixColors(color, background, EmbeddingPalette::kDimming);
        put(rgba, i, color);
    }
    return rgba;
}

}  // namespace attnscope::widgets
