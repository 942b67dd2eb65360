// Synthetic attention: each row's scores are a pattern plus deterministic noise, turned into weights by a softmax
// over the keys the query may see, just as a model does.
#include "fake_capture.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

#include "attnscope/error.h"

namespace attnscope::testing {

namespace {

// A deterministic hash of a few integers to [-0.5, 0.5] (splitmix64 finaliser).
float noise(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e) {
    uint64_t x = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull ^
                 (c + 0x2545F4914F6CDD1Dull) * 0x94D049BB133111EBull ^ (d << 40) ^ (e << 52);
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 31;
    return static_cast<float>(static_cast<double>(x >> 11) / 9007199254740992.0 - 0.5);
}

const std::vector<std::string>& storyWords() {
    static const std::vector<std::string> words = {
        "The",   "Ġquick", "Ġbrown", "Ġfox",   "Ġjumps", "Ġover", "Ġthe",   "Ġlazy",    "Ġdog",   ".",
        "ĠWhen", "Ġthe",   "Ġdog",   "Ġwakes", "Ġup",    ",",     "Ġthe",   "Ġquick",   "Ġbrown", "Ġfox",
        "Ġruns", "Ġinto",  "Ġthe",   "Ġwoods", "Ġand",   "Ġthe",  "Ġdog",   "Ġfollows", "Ġthe",   "Ġfox",
        "Ġhome", ".",      "ĠThey",  "Ġrest",  "Ġby",    "Ġthe",  "Ġriver", "Ġuntil",   "Ġnight", ".",
    };
    return words;
}

const std::vector<std::string>& pairWords(bool second) {
    static const std::vector<std::string> first = {"the", "cat", "sat", "on",   "the", "warm",
                                                   "mat", "by",  "the", "door", "."};
    static const std::vector<std::string> pair = {"it",  "was", "sleep", "##ing", "when",
                                                  "the", "dog", "came",  "home",  "."};
    return second ? pair : first;
}

}  // namespace

FakeHeadPattern fakeHeadPattern(int layer, int head) {
    return static_cast<FakeHeadPattern>((head + layer) % 4);
}

int headWith(FakeHeadPattern pattern, int layer, int heads) {
    for (int h = 0; h < heads; ++h)
        if (fakeHeadPattern(layer, h) == pattern) return h;
    return -1;
}

std::vector<std::string> fakeTokens(int count, bool sentencePair) {
    std::vector<std::string> tokens;
    tokens.reserve(static_cast<size_t>(std::max(0, count)));
    if (!sentencePair) {
        const auto& words = storyWords();
        for (int i = 0; i < count; ++i) tokens.push_back(words[static_cast<size_t>(i) % words.size()]);
        return tokens;
    }
    if (count < 3) throw EngineError("a sentence pair needs at least 3 tokens", "fake capture");
    const int firstCount = (count - 3 + 1) / 2;
    tokens.push_back("[CLS]");
    for (int i = 0; i < firstCount; ++i) tokens.push_back(pairWords(false)[static_cast<size_t>(i) % 11]);
    tokens.push_back("[SEP]");
    for (int i = 0; i < count - 3 - firstCount; ++i) tokens.push_back(pairWords(true)[static_cast<size_t>(i) % 10]);
    tokens.push_back("[SEP]");
    return tokens;
}

FakeCapture::FakeCapture(const FakeCaptureSpec& spec) : spec_(spec) {
    if (spec.layers < 1 || spec.heads < 1 || spec.tokens < 1)
        throw EngineError("layers, heads and tokens must be positive", "fake capture");
    info_.architecture = spec.sentencePair ? "bert" : "gpt2";
    info_.modelType = "fake";
    info_.layers = spec.layers;
    info_.heads = spec.heads;
    info_.kvHeads = spec.heads;
    info_.headDim = kHeadDim;
    info_.hidden = spec.heads * kHeadDim;
    info_.vocab = 1000;
    info_.maxPositions = std::max(1024, spec.tokens);
    info_.dtype = info_.computeDtype = "float32";
    info_.device = "cpu";
    info_.causal = spec.causal;
    info_.usesTokenTypes = spec.sentencePair;

    input_.tokens = fakeTokens(spec.tokens, spec.sentencePair);
    std::map<std::string, int> lastSeen;
    previousOccurrence_.assign(input_.tokens.size(), -1);
    for (size_t i = 0; i < input_.tokens.size(); ++i) {
        const auto& token = input_.tokens[i];
        input_.ids.push_back(static_cast<int64_t>(std::hash<std::string>{}(token) % 1000));
        if (auto it = lastSeen.find(token); it != lastSeen.end()) previousOccurrence_[i] = it->second;
        lastSeen[token] = static_cast<int>(i);
    }
    if (spec.sentencePair) {
        int type = 0;
        for (const auto& token : input_.tokens) {
            input_.typeIds.push_back(type);
            if (token == "[SEP]") type = 1;
        }
    }
    hiddenNorms_ = FloatMatrix(spec.layers + 1, spec.tokens);
    for (int l = 0; l <= spec.layers; ++l)
        for (int t = 0; t < spec.tokens; ++t)
            hiddenNorms_(l, t) = t == 0 ? 40.0f + 30.0f * l : 8.0f + 2.0f * l + 4.0f * noise(l, t, 7, 0, 0);
}

void FakeCapture::checkHead(int layer, int head) const {
    if (layer < 0 || layer >= spec_.layers || head < 0 || head >= spec_.heads)
        throw EngineError("no head " + std::to_string(layer) + ":" + std::to_string(head), "fake capture");
}

void FakeCapture::fillRow(int layer, int head, int query, float* out) const {
    const int n = spec_.tokens;
    const int lastKey = spec_.causal ? query : n - 1;
    const float logN = std::log(static_cast<float>(n));
    // Later layers of another run differ a little, as they would after masking a head upstream.
    float strength = 0.85f + 0.15f * static_cast<float>((layer * 7 + head * 3) % 5) / 4.0f;
    if (spec_.variant != 0 && layer > 0) strength *= 0.8f - 0.05f * static_cast<float>(head % 3);
    const unsigned variant = layer > 0 ? spec_.variant : 0;

    std::fill(out, out + n, 0.0f);
    const auto pattern = fakeHeadPattern(layer, head);
    const float amplitude = pattern == FakeHeadPattern::Broad ? 1.6f : 0.6f;
    for (int k = 0; k <= lastKey; ++k) {
        out[k] = amplitude * noise(static_cast<uint64_t>(layer), static_cast<uint64_t>(head),
                                   static_cast<uint64_t>(query), static_cast<uint64_t>(k), variant);
        if (pattern == FakeHeadPattern::Broad) out[k] -= 0.03f * static_cast<float>(std::abs(query - k));
    }
    auto boost = [&](int key, float amount) {
        if (key >= 0 && key <= lastKey) out[key] += amount * strength;
    };
    switch (pattern) {
        case FakeHeadPattern::PreviousToken:
            boost(query > 0 ? query - 1 : std::min(1, lastKey), 7.0f + 0.5f * logN);
            boost(query, 1.5f);
            break;
        case FakeHeadPattern::FirstTokenSink:
            boost(0, 9.0f + logN);
            break;
        case FakeHeadPattern::Induction: {
            const int previous = previousOccurrence_[static_cast<size_t>(query)];
            if (previous >= 0 && previous + 1 <= lastKey) {
                boost(previous + 1, 6.0f + logN);
            } else {
                boost(0, 4.0f + logN);
                boost(query, 2.0f);
            }
            break;
        }
        case FakeHeadPattern::Broad:
            break;
    }
    float top = out[0];
    for (int k = 1; k <= lastKey; ++k) top = std::max(top, out[k]);
    double sum = 0.0;
    for (int k = 0; k <= lastKey; ++k) {
        out[k] = std::exp(out[k] - top);
        sum += out[k];
    }
    for (int k = 0; k <= lastKey; ++k) out[k] = static_cast<float>(out[k] / sum);
}

FloatMatrix FakeCapture::attention(int layer, int head) const {
    checkHead(layer, head);
    FloatMatrix matrix(spec_.tokens, spec_.tokens);
    for (int q = 0; q < spec_.tokens; ++q) fillRow(layer, head, q, matrix.row(q));
    return matrix;
}

std::vector<float> FakeCapture::attentionRow(int layer, int head, int query) const {
    checkHead(layer, head);
    if (query < 0 || query >= spec_.tokens) throw EngineError("no query " + std::to_string(query), "fake capture");
    std::vector<float> row(static_cast<size_t>(spec_.tokens));
    fillRow(layer, head, query, row.data());
    return row;
}

FloatMatrix FakeCapture::attentionTile(int layer, int head, int firstQuery, int queryCount, int firstKey,
                                       int keyCount) const {
    checkHead(layer, head);
    if (firstQuery < 0 || queryCount < 0 || firstQuery + queryCount > spec_.tokens || firstKey < 0 || keyCount < 0 ||
        firstKey + keyCount > spec_.tokens)
        throw EngineError("tile outside the attention map", "fake capture");
    FloatMatrix tile(queryCount, keyCount);
    std::vector<float> row(static_cast<size_t>(spec_.tokens));
    for (int q = 0; q < queryCount; ++q) {
        fillRow(layer, head, firstQuery + q, row.data());
        std::copy_n(row.begin() + firstKey, keyCount, tile.row(q));
    }
    return tile;
}

FloatMatrix FakeCapture::layerMeanAttention(int layer) const {
    FloatMatrix mean(spec_.tokens, spec_.tokens);
    for (int h = 0; h < spec_.heads; ++h) {
        const FloatMatrix a = attention(layer, h);
        for (size_t i = 0; i < mean.values.size(); ++i) mean.values[i] += a.values[i] / static_cast<float>(spec_.heads);
    }
    return mean;
}

FloatMatrix FakeCapture::vectors(int layer, int head, int salt) const {
    checkHead(layer, head);
    FloatMatrix m(spec_.tokens, kHeadDim);
    for (int t = 0; t < spec_.tokens; ++t)
        for (int d = 0; d < kHeadDim; ++d)
            m(t, d) = 2.0f * noise(static_cast<uint64_t>(layer), static_cast<uint64_t>(head), static_cast<uint64_t>(t),
                                   static_cast<uint64_t>(d), static_cast<uint64_t>(salt + 16));
    return m;
}

}  // namespace attnscope::testing
