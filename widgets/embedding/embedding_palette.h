// Colours of the query-key embedding views: queries in a green family and keys in a pink family (as AttentionViz
// draws them), a categorical hue per input, and the per-point RGBA the scatter and the density image are drawn with.
// Pure functions over QueryKeyPoints, so colouring is tested without a GL context.
#pragma once

#include <QColor>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

#include "attnscope/qk_embedding_data.h"

namespace attnscope::widgets {

// What a point's colour says.
enum class PointColouring {
    TokenType,        // query green, key pink
    Position,         // position / (sequence length - 1) along the green ramp (queries) or the pink ramp (keys)
    Input,            // one hue per input; queries dark, keys light
    AttentionWeight,  // the selected query's weights on its input's keys (or a key's column); the rest dimmed
};

// The colours that belong to queries and keys; everything else (canvas, text, panels) comes from the Theme.
struct EmbeddingPalette {
    static QColor query() { return {0x2c, 0xa2, 0x5f}; }
    static QColor key() { return {0xe7, 0x29, 0x8a}; }
    // Lines from a selected query go to keys (pink); from a selected key, to queries (green).
    static QColor linesToKeys() { return {0xc5, 0x1b, 0x7d}; }
    static QColor linesToQueries() { return {0x00, 0x6d, 0x2c}; }
    static constexpr double kDimming = 0.86;  // how far a dimmed point moves toward the background
};

// The query ramp (light green -> dark green) and the key ramp (light pink -> purple) at t in [0, 1].
QColor queryRamp(double t);
QColor keyRamp(double t);
// A distinct hue per input (golden-angle steps): queries at full strength, keys lighter.
QColor inputColor(int input, bool isKey);
// `color` moved `amount` (0..1) of the way toward `toward`.
QColor mixColors(const QColor& color, const QColor& toward, double amount);

// The token as a reader sees it: byte-level and SentencePiece space markers ("Ġ", "▁") become spaces, "Ċ" a return
// arrow, "ĉ" a tab arrow.
QString displayToken(const std::string& token);

// Per point: 1 where the token, without its space markers and surrounding blanks, equals `search` ignoring case.
// An empty search matches nothing.
std::vector<std::uint8_t> matchTokens(const QueryKeyPoints& points, const QString& search);

// What decides the colours, beyond the points themselves.
struct ColouringRequest {
    PointColouring colouring = PointColouring::TokenType;
    // Per point, when not empty: 1 keeps the colour, 0 dims it (a search, or everything outside a selection).
    std::vector<std::uint8_t> emphasis;
    // AttentionWeight only: per point, the weight it receives from (or gives to) the selection, negative for points
    // outside the selection's input; the weights are normalised by their maximum.
    std::vector<float> weights;
};

// RGBA, 4 bytes per point, alpha 255 (the scatter stays opaque, which VTK draws fastest).
std::vector<std::uint8_t> pointColours(const QueryKeyPoints& points, const ColouringRequest& request);

}  // namespace attnscope::widgets
