// Synthetic query-key embeddings and attention; see demo_query_keys.h.
#include "embedding/demo_query_keys.h"

#include <array>
#include <cmath>
#include <random>
#include <string>

namespace attnscope::widgets {
namespace {

constexpr double kTwoPi = 6.283185307179586;

const std::array<const char*, 16> kVocabulary = {"Ġthe", "Ġcat", "Ġsat", "Ġon",  "Ġmat", "Ġa",   "Ġdog", "Ġran",
                                                 "Ġto",  "Ġit",  "Ġand", "Ġwas", "Ġin",  "Ġred", "Ġbig", "."};

// mt19937_64's raw output is fixed by the standard; the distributions are not, so the Gaussian is our own.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : generator_(seed) {}
    double uniform() { return (double(generator_() >> 11) + 0.5) / 9007199254740992.0; }
    double gaussian() { return std::sqrt(-2.0 * std::log(uniform())) * std::cos(kTwoPi * uniform()); }
    std::uint64_t next() { return generator_(); }

private:
    std::mt19937_64 generator_;
};

}  // namespace

int demoVocabularySize() {
    return static_cast<int>(kVocabulary.size());
}

void demoClusterCentre(int word, bool isKey, double& x, double& y) {
    // Words sit on a circle; a word's keys sit just outside its queries, turned a little.
    const double angle = kTwoPi * word / kVocabulary.size() + (isKey ? 0.12 : 0.0);
    const double radius = isKey ? 6.2 : 4.6;
    x = radius * std::cos(angle);
    y = radius * std::sin(angle);
}

QueryKeyPoints makeDemoQueryKeyPoints(const DemoQueryKeyOptions& options) {
    DemoRandom random(options.seed);
    QueryKeyPoints points;
    points.tokens.resize(static_cast<size_t>(options.inputs));
    std::vector<std::vector<int>> words(static_cast<size_t>(options.inputs));
    std::int64_t total = 0;
    for (int i = 0; i < options.inputs; ++i) {
        const int length = std::max(1, options.tokensPerInput - i % 4);
        auto& tokens = points.tokens[static_cast<size_t>(i)];
        auto& ids = words[static_cast<size_t>(i)];
        for (int p = 0; p < length; ++p) {
            // "<s>" opens every input; word index -1 stands for it.
            const int word = p == 0 ? -1 : static_cast<int>(random.next() % kVocabulary.size());
            ids.push_back(word);
            tokens.emplace_back(word < 0 ? "<s>" : kVocabulary[static_cast<size_t>(word)]);
        }
        total += 2 * length;
    }

    const int dims = options.dimensions;
    points.coordinates = FloatMatrix(total, dims);
    points.isKey.reserve(static_cast<size_t>(total));
    points.input.reserve(static_cast<size_t>(total));
    points.position.reserve(static_cast<size_t>(total));
    std::int64_t row = 0;
    for (int i = 0; i < options.inputs; ++i) {
        const auto& ids = words[static_cast<size_t>(i)];
        const int length = static_cast<int>(ids.size());
        for (int kind = 0; kind < 2; ++kind) {
            for (int p = 0; p < length; ++p) {
                const double t = length > 1 ? double(p) / (length - 1) : 0.0;
                double x = 0.0, y = 0.0;
                if (ids[static_cast<size_t>(p)] < 0) {
                    // The first token: a tight cluster of its own at the centre, as attention sinks often are.
                    x = kind == 1 ? 0.6 : -0.6;
                } else {
                    demoClusterCentre(ids[static_cast<size_t>(p)], kind == 1, x, y);
                    // Position drifts outward along the cluster's radius.
                    const double norm = std::hypot(x, y);
                    x += 1.1 * (t - 0.5) * x / norm;
                    y += 1.1 * (t - 0.5) * y / norm;
                }
                float* out = points.coordinates.row(row++);
                out[0] = static_cast<float>(x + 0.28 * random.gaussian());
                out[1] = static_cast<float>(y + 0.28 * random.gaussian());
                if (dims == 3)
                    out[2] = static_cast<float>(2.4 * (t - 0.5) + (kind == 1 ? 0.8 : -0.8) + 0.25 * random.gaussian());
                points.isKey.push_back(static_cast<std::uint8_t>(kind));
                points.input.push_back(i);
                points.position.push_back(p);
            }
        }
    }
    return points;
}

std::vector<float> DemoAttention::attentionRow(int input, int query) const {
    if (input < 0 || input >= static_cast<int>(tokens_.size()))
        throw EngineError("no input " + std::to_string(input), "DemoAttention");
    const auto& tokens = tokens_[static_cast<size_t>(input)];
    const int length = static_cast<int>(tokens.size());
    if (query < 0 || query >= length)
        throw EngineError("no position " + std::to_string(query) + " in input " + std::to_string(input),
                          "DemoAttention");
    std::vector<float> row(static_cast<size_t>(length), 0.0f);
    double sum = 0.0;
    for (int key = 0; key <= query; ++key) {
        const double previous = std::exp(-0.5 * (query - 1 - key) * (query - 1 - key));
        const double sameWord = key < query && tokens[static_cast<size_t>(key)] == tokens[static_cast<size_t>(query)];
        const double score = 1.6 * previous + 1.2 * sameWord + (key == 0 ? 0.35 : 0.0) + 0.02;
        row[static_cast<size_t>(key)] = static_cast<float>(score);
        sum += score;
    }
    for (float& value : row) value = static_cast<float>(value / sum);
    return row;
}

}  // namespace attnscope::widgets
