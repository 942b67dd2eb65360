// Deterministic synthetic query-key embeddings with a plausible structure (one cluster per word, queries and keys of
// a word side by side, position drifting along each cluster) and a matching attention pattern. Used by the tests,
// the benchmark, the screenshots, and by the app to show the view before any model has run.
#pragma once

#include <cstdint>
#include <vector>

#include "attnscope/qk_embedding_data.h"

namespace attnscope::widgets {

struct DemoQueryKeyOptions {
    int inputs = 20;
    int tokensPerInput = 24;  // input i has tokensPerInput - (i % 4) tokens, so lengths differ
    int dimensions = 2;
    std::uint64_t seed = 7;
};

// Points ordered input by input, each input's queries then its keys. Words come from a small fixed vocabulary;
// the first token of every input is "<s>".
QueryKeyPoints makeDemoQueryKeyPoints(const DemoQueryKeyOptions& options);

// The cluster centre of word `word` (an index into the vocabulary) for queries or keys, in the xy plane: tests
// use it to know where a kind of point lands without reading the generator.
void demoClusterCentre(int word, bool isKey, double& x, double& y);
int demoVocabularySize();

// Causal attention of the demo: each query attends mostly to the previous token, to earlier copies of its own word,
// and a little to the first token; rows sum to 1.
class DemoAttention : public AttentionWeightsProvider {
public:
    explicit DemoAttention(std::vector<std::vector<std::string>> tokens) : tokens_(std::move(tokens)) {}
    std::vector<float> attentionRow(int input, int query) const override;

private:
    std::vector<std::vector<std::string>> tokens_;
};

}  // namespace attnscope::widgets
