// What the query-key embedding view shows: the embedded queries and keys of many inputs for one head, with enough
// bookkeeping to name each point (input, position, query or key, token), and an interface through which the view
// asks for attention weights without knowing the capture type. Plain data: no Qt, no LibTorch.
#pragma once

#include "attnscope/engine_export.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "attnscope/arrays.h"
#include "attnscope/error.h"

namespace attnscope {

// One point per query and per key of every input. Point i is a query when isKey[i] == 0, a key otherwise; it is
// the token at `position[i]` of input `input[i]`. Points may come in any order (queries then keys, or interleaved).
struct ATTNSCOPE_ENGINE_EXPORT QueryKeyPoints {
    FloatMatrix coordinates;          // [n, 2] or [n, 3]: the embedding, one row per point
    std::vector<std::uint8_t> isKey;  // [n]
    std::vector<int> input;           // [n], 0 <= input < tokens.size()
    std::vector<int> position;        // [n], 0 <= position < tokens[input].size()
    // Per input, its token strings as the tokenizer spelled them ("Ġthe"); tokens[i].size() is input i's sequence
    // length. Queries and keys of one token share the string, so it is stored once per input, not per point.
    std::vector<std::vector<std::string>> tokens;
    // Optional, per input: a short name for legends ("sentence 12"); empty uses "input <i>".
    std::vector<std::string> inputLabels;

    int64_t size() const { return coordinates.rows; }
    int dimensions() const { return static_cast<int>(coordinates.cols); }
    int inputCount() const { return static_cast<int>(tokens.size()); }
    int sequenceLength(int inputIndex) const {
        return static_cast<int>(tokens[static_cast<size_t>(inputIndex)].size());
    }
    const std::string& token(int64_t point) const {
        return tokens[static_cast<size_t>(input[static_cast<size_t>(point)])]
                     [static_cast<size_t>(position[static_cast<size_t>(point)])];
    }

    // The bookkeeping for an embedding of stacked rows as stackRows(queries, keys) makes them: every input's
    // queries in input order, then every input's keys in the same order (tokens[i].size() rows each time). Throws
    // EngineError when the row count is not twice the total token count.
    static QueryKeyPoints fromStackedRows(FloatMatrix coordinates, std::vector<std::vector<std::string>> tokens) {
        int64_t total = 0;
        for (const auto& inputTokens : tokens) total += static_cast<int64_t>(inputTokens.size());
        if (coordinates.rows != 2 * total)
            throw EngineError(std::to_string(coordinates.rows) + " embedded rows for " + std::to_string(total) +
                                  " tokens (queries then keys need twice as many)",
                              "QueryKeyPoints::fromStackedRows");
        QueryKeyPoints points;
        points.coordinates = std::move(coordinates);
        points.tokens = std::move(tokens);
        const auto n = static_cast<size_t>(2 * total);
        points.isKey.reserve(n);
        points.input.reserve(n);
        points.position.reserve(n);
        for (std::uint8_t kind = 0; kind < 2; ++kind)
            for (size_t i = 0; i < points.tokens.size(); ++i)
                for (size_t p = 0; p < points.tokens[i].size(); ++p) {
                    points.isKey.push_back(kind);
                    points.input.push_back(static_cast<int>(i));
                    points.position.push_back(static_cast<int>(p));
                }
        return points;
    }

    // Throws EngineError naming the first inconsistency: a dimension other than 2 or 3, a per-point array of the
    // wrong length, an input or position out of range, or a non-finite coordinate.
    void validate() const {
        const char* where = "QueryKeyPoints";
        if (coordinates.cols != 2 && coordinates.cols != 3)
            throw EngineError("coordinates need 2 or 3 columns, got " + std::to_string(coordinates.cols), where);
        const auto n = static_cast<size_t>(coordinates.rows);
        if (coordinates.values.size() != n * static_cast<size_t>(coordinates.cols))
            throw EngineError(
                "coordinate matrix holds " + std::to_string(coordinates.values.size()) + " values for its shape",
                where);
        const auto checkLength = [&](size_t length, const char* name) {
            if (length != n)
                throw EngineError(std::string(name) + " has " + std::to_string(length) + " entries for " +
                                      std::to_string(n) + " points",
                                  where);
        };
        checkLength(isKey.size(), "isKey");
        checkLength(input.size(), "input");
        checkLength(position.size(), "position");
        if (!inputLabels.empty() && inputLabels.size() != tokens.size())
            throw EngineError("inputLabels has " + std::to_string(inputLabels.size()) + " entries for " +
                                  std::to_string(tokens.size()) + " inputs",
                              where);
        for (size_t i = 0; i < n; ++i) {
            if (input[i] < 0 || static_cast<size_t>(input[i]) >= tokens.size())
                throw EngineError("point " + std::to_string(i) + " names input " + std::to_string(input[i]) + " of " +
                                      std::to_string(tokens.size()),
                                  where);
            if (position[i] < 0 || static_cast<size_t>(position[i]) >= tokens[static_cast<size_t>(input[i])].size())
                throw EngineError("point " + std::to_string(i) + " names position " + std::to_string(position[i]) +
                                      " of input " + std::to_string(input[i]) + ", which has " +
                                      std::to_string(tokens[static_cast<size_t>(input[i])].size()) + " tokens",
                                  where);
        }
        for (size_t i = 0; i < coordinates.values.size(); ++i)
            if (!std::isfinite(coordinates.values[i]))
                throw EngineError("coordinate " + std::to_string(i % static_cast<size_t>(coordinates.cols)) +
                                      " of point " + std::to_string(i / static_cast<size_t>(coordinates.cols)) +
                                      " is not finite",
                                  where);
    }
};

// Attention weights of one head, per input, for drawing a selected query's row or a selected key's column. The
// app implements it over its captures; the view never sees the capture type.
class ATTNSCOPE_ENGINE_EXPORT AttentionWeightsProvider {
public:
    virtual ~AttentionWeightsProvider() = default;

    // Weights of query `query` of input `input` over that input's keys: sequenceLength(input) values (zeros where
    // a causal mask forbids attending). Throws EngineError when the input or position does not exist.
    virtual std::vector<float> attentionRow(int input, int query) const = 0;

    // Weights with which every query of input `input` attends to key `key`. The default gathers it from the rows.
    virtual std::vector<float> attentionColumn(int input, int key, int sequenceLength) const {
        std::vector<float> column(static_cast<size_t>(sequenceLength), 0.0f);
        for (int query = 0; query < sequenceLength; ++query) {
            const std::vector<float> row = attentionRow(input, query);
            if (key < static_cast<int>(row.size())) column[static_cast<size_t>(query)] = row[static_cast<size_t>(key)];
        }
        return column;
    }
};

}  // namespace attnscope
