// Where a position's information came from once layers have mixed it: attention rollout and attention flow
// (Abnar & Zuidema, 2020), the raw last layer for comparison, norm-based attention (Kobayashi et al., 2020), direct
// logit attribution per head, and input-token ablation as the ground truth they are judged against. Formulas,
// costs and the choices made where the papers leave room are in docs/metrics.md ("Information flow").
#pragma once

#include "attnscope/engine_export.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "attnscope/arrays.h"
#include "attnscope/capture.h"
#include "attnscope/head_mask.h"
#include "attnscope/job.h"
#include "attnscope/model.h"

namespace attnscope {

// Raw: the last layer's head mean. Rollout: the product of every layer's residual-corrected head mean. Flow: the
// maximum flow through the layered graph of those matrices. Norm: one head's (or one layer's) norm-weighted map.
// Ablation: the loss change at a position when an input token's embedding is zeroed.
enum class FlowMethod { Raw, Rollout, Flow, Norm, Ablation };

ATTNSCOPE_ENGINE_EXPORT std::string flowMethodName(FlowMethod method);        // "raw", "rollout", ...
ATTNSCOPE_ENGINE_EXPORT FlowMethod parseFlowMethod(const std::string& name);  // throws EngineError on others

// Inputs longer than this compute attention flow one position at a time (a row is `tokens` max-flow problems on a
// graph of layers x tokens^2 edges; a whole matrix is `tokens` rows).
inline constexpr int kMaxFlowMatrixTokens = 64;

struct ATTNSCOPE_ENGINE_EXPORT FlowOptions {
    // Â = (1 - residualWeight) * mean of the heads' attention + residualWeight * I, rows renormalised to sum to 1.
    double residualWeight = 0.5;
    // Only these heads enter each layer's mean (all when empty).
    std::vector<int> heads;
    // Leave the heads the capture ran masked out of each layer's mean (they contributed nothing to the residual).
    bool skipMaskedHeads = false;
};

// Â for one layer [tokens, tokens]: rows are positions, columns the previous layer's tokens.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix residualAttention(const AttentionCapture& capture, int layer,
                                                      const FlowOptions& options = {});

// Raw last-layer head mean, rollout or flow as [tokens, tokens]: row i, column j = relevance of input token j for
// position i after the last layer. Flow refuses inputs longer than kMaxFlowMatrixTokens (ask for rows instead).
// `control` (may be null) hears progress and is polled for cancellation.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix relevanceMatrix(const AttentionCapture& capture, FlowMethod method,
                                                    const FlowOptions& options = {}, JobControl* control = nullptr);
// One row of the same, for any input length.
ATTNSCOPE_ENGINE_EXPORT std::vector<float> relevanceRow(const AttentionCapture& capture, FlowMethod method,
                                                        int position, const FlowOptions& options = {},
                                                        JobControl* control = nullptr);

// The layered graph of one position, for drawing it. Node (l, k): how much of position `position`'s information
// after the last layer comes from token k at the input of layer l (row `layers` is the position itself, row 0 the
// input tokens). Edge (l, from, to): the share carried from (l - 1, from) to (l, to). Rollout: nodes are
// Â_L ... Â_(l+1) restricted to the position's row, an edge is node (l, to) x Â_l[to, from]; flow: what the
// maximum flows send through each node and edge, summed over the input tokens and normalised like the row. Either
// way a node's value is the sum of the edges leaving it upwards.
struct ATTNSCOPE_ENGINE_EXPORT FlowEdge {
    int layer = 0;  // 1..layers: the edge enters layer `layer`'s node `to`
    int from = 0;
    int to = 0;
    float weight = 0;
};
struct ATTNSCOPE_ENGINE_EXPORT LayeredFlow {
    FloatMatrix nodes;            // [layers + 1, tokens]
    std::vector<FlowEdge> edges;  // those of weight >= minEdgeWeight, heaviest first
};
ATTNSCOPE_ENGINE_EXPORT LayeredFlow layeredFlow(const AttentionCapture& capture, FlowMethod method, int position,
                                                const FlowOptions& options = {}, double minEdgeWeight = 0.01,
                                                JobControl* control = nullptr);
// The nodes of the same, without edges.
ATTNSCOPE_ENGINE_EXPORT FloatMatrix layeredRelevance(const AttentionCapture& capture, FlowMethod method, int position,
                                                     const FlowOptions& options = {}, JobControl* control = nullptr);

// Norm-based attention (Kobayashi et al.): cell (i, j) = || α_ij f(x_j) ||, f(x) = (x W_V + b_V) W_O restricted to
// the head. head = -1: the layer, || Σ_h α^h_ij f_h(x_j) || (the norm of the sum, not the sum of norms). Needs the
// capture's values (RunOptions::keepValues) and the model that made it. The output projection's bias is left out
// (it does not depend on j).
ATTNSCOPE_ENGINE_EXPORT FloatMatrix normWeightedAttention(const Model& model, const AttentionCapture& capture,
                                                          int layer, int head);
// The capture with every map norm-weighted and renormalised per row: cell (i, j) = α_ij ||f(x_j)|| / Σ_k α_ik
// ||f(x_k)||, the share of what query i gathers that comes from key j, on attention's own scale, for the attention
// views. Everything but the maps is the capture's own.
ATTNSCOPE_ENGINE_EXPORT std::shared_ptr<const AttentionCapture> normWeightedCapture(
    const Model& model, std::shared_ptr<const AttentionCapture> capture);
// || f_h(x_j) || for every head and token of one layer, [heads, tokens].
ATTNSCOPE_ENGINE_EXPORT FloatMatrix transformedValueNorms(const Model& model, const AttentionCapture& capture,
                                                          int layer);

// Direct logit attribution: the logit of `target` at `position`, split into what each part of the residual stream
// writes into it through the final norm (its scale frozen at the run's value) and the unembedding. The terms add up to
// `logit` up to rounding (`residual()` says how far).
struct ATTNSCOPE_ENGINE_EXPORT LogitAttribution {
    int layers = 0;
    int heads = 0;
    int position = 0;
    int64_t target = 0;                 // token id (language models) or class index (image classifiers)
    double logit = 0;                   // the model's own logit, from the same forward pass
    double embeddings = 0;              // the embedding output (token, position and type embeddings)
    std::vector<double> headTerms;      // [layers * heads], index layer * heads + head
    std::vector<double> attentionBias;  // [layers]: each attention block's output-projection bias
    std::vector<double> mlpTerms;       // [layers]
    double constant = 0;                // the final norm's shift and the head's bias
    std::string normalization;          // "layer norm", "RMS norm" or "none", as frozen

    double head(int layer, int h) const { return headTerms[static_cast<size_t>(layer * heads + h)]; }
    double sum() const;
    double residual() const { return sum() - logit; }  // rounding left over
};

struct ATTNSCOPE_ENGINE_EXPORT AttributionOptions {
    int position = -1;    // -1: the last token (text) or the class token (images)
    int64_t target = -1;  // -1: the token (class) the model predicts there
    HeadMask mask;        // heads zeroed in the run being explained
};

// Throws EngineError naming the architecture when the residual stream does not reach the logits linearly (post-norm
// blocks, norms after each block's output, a masked-LM head, pooled or embedding outputs).
ATTNSCOPE_ENGINE_EXPORT LogitAttribution attributeLogit(const Model& model, const ModelInput& input,
                                                        const AttributionOptions& options = {});

// Input-token ablation: for each input token j, the loss at `position` with token j's embedding output zeroed minus
// the loss without (a language model's next-token loss at the position, predicting the token that follows it in the
// input, or, at the last position, the model's own top prediction; an image classifier's loss on its predicted
// class). Position -1: the last token. One batched forward pass of tokens + 1 rows.
ATTNSCOPE_ENGINE_EXPORT std::vector<float> tokenAblation(const Model& model, const ModelInput& input, int position,
                                                         const HeadMask& mask = {});

}  // namespace attnscope
