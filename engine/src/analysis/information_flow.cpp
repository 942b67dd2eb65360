// Attention rollout and attention flow (Abnar & Zuidema, 2020) over a capture's attention maps, and the raw last
// layer they are compared with. Matrix products run in LibTorch (BLAS); the maximum flows are Boost.Graph's
// Boykov–Kolmogorov algorithm on the layered graph, one graph per thread.
#include <torch/torch.h>
#include <algorithm>
#include <atomic>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boykov_kolmogorov_max_flow.hpp>
#include <exception>
#include <limits>

#include "attnscope/error.h"
#include "attnscope/information_flow.h"
#include "model/capture_store.h"

namespace attnscope {

std::string flowMethodName(FlowMethod method) {
    switch (method) {
        case FlowMethod::Raw:
            return "raw";
        case FlowMethod::Rollout:
            return "rollout";
        case FlowMethod::Flow:
            return "flow";
        case FlowMethod::Norm:
            return "norm";
        case FlowMethod::Ablation:
            return "ablation";
    }
    return "raw";
}

FlowMethod parseFlowMethod(const std::string& name) {
    for (FlowMethod method :
         {FlowMethod::Raw, FlowMethod::Rollout, FlowMethod::Flow, FlowMethod::Norm, FlowMethod::Ablation})
        if (flowMethodName(method) == name) return method;
    throw EngineError("unknown method '" + name + "' (raw, rollout, flow, norm or ablation)", "--method");
}

namespace {

void checkLayer(const AttentionCapture& capture, int layer) {
    if (layer < 0 || layer >= capture.layers())
        throw EngineError("layer " + std::to_string(layer) + " is outside the model's " +
                              std::to_string(capture.layers()) + " layers",
                          "information flow");
}

void checkPosition(const AttentionCapture& capture, int position) {
    if (position < 0 || position >= capture.tokenCount())
        throw EngineError("position " + std::to_string(position) + " is outside the input's " +
                              std::to_string(capture.tokenCount()) + " tokens",
                          "--position");
}

// The mean over the chosen heads of one layer's attention, [tokens, tokens] float64.
torch::Tensor headMean(const AttentionCapture& capture, int layer, const FlowOptions& options) {
    checkLayer(capture, layer);
    std::vector<int> heads = options.heads;
    if (heads.empty())
        for (int h = 0; h < capture.heads(); ++h) heads.push_back(h);
    torch::Tensor sum;
    int used = 0;
    for (int h : heads) {
        if (h < 0 || h >= capture.heads())
            throw EngineError(
                "head " + std::to_string(h) + " is outside the model's " + std::to_string(capture.heads()) + " heads",
                "information flow");
        if (options.skipMaskedHeads && capture.mask().contains(layer, h)) continue;
        const torch::Tensor map = model::toTensor(capture.attention(layer, h)).to(torch::kFloat64);
        sum = sum.defined() ? sum + map : map;
        ++used;
    }
    if (used == 0)
        throw EngineError(
            "no head of layer " + std::to_string(layer) + " is left to average (all masked or none chosen)",
            "information flow");
    return sum / used;
}

torch::Tensor residualMatrix(const AttentionCapture& capture, int layer, const FlowOptions& options) {
    if (!(options.residualWeight >= 0 && options.residualWeight <= 1))
        throw EngineError("the residual weight must lie in [0, 1]", "information flow");
    const int64_t n = capture.tokenCount();
    torch::Tensor a = (1 - options.residualWeight) * headMean(capture, layer, options) +
                      options.residualWeight * torch::eye(n, torch::kFloat64);
    // Rows of a softmax sum to 1 already; renormalising keeps them stochastic after rounding (and as the paper does).
    const torch::Tensor sums = a.sum(1, true);
    return a / torch::where(sums > 0, sums, torch::ones_like(sums));
}

// The layered graph of Â_1 .. Â_L as a flow network: node (l, k) = l * tokens + k; an edge (l-1, j) -> (l, i) of
// capacity Â_l[i, j] for every nonzero entry, each with its zero-capacity reverse edge.
class FlowNetwork {
public:
    FlowNetwork(const std::vector<torch::Tensor>& matrices, int64_t tokens) : tokens_(tokens) {
        const int64_t layers = static_cast<int64_t>(matrices.size());
        graph_ = Graph(static_cast<size_t>((layers + 1) * tokens));
        for (int64_t l = 1; l <= layers; ++l) {
            const torch::Tensor& a = matrices[static_cast<size_t>(l - 1)];
            const double* cells = a.data_ptr<double>();
            for (int64_t i = 0; i < tokens; ++i)
                for (int64_t j = 0; j < tokens; ++j)
                    if (cells[i * tokens + j] > 0) addEdge(node(l - 1, j), node(l, i), cells[i * tokens + j]);
        }
        layers_ = layers;
    }

    // What the maximum flows of one position send through each node ([layers + 1] x tokens; layer 0: the flow
    // leaving each source) and each forward edge (in the order of edgeEnds()).
    struct Through {
        std::vector<double> nodes, edges;
    };

    // Maximum flow from input token `source` to position `sink` after the last layer; adds what it sends through
    // each node and edge to `through` when given.
    double maxFlow(int64_t source, int64_t sink, Through* through = nullptr) {
        const auto s = static_cast<Vertex>(node(0, source)), t = static_cast<Vertex>(node(layers_, sink));
        const double value = boost::boykov_kolmogorov_max_flow(
            graph_, boost::get(&EdgeProps::capacity, graph_), boost::get(&EdgeProps::residual, graph_),
            boost::get(&EdgeProps::reverse, graph_), boost::get(&VertexProps::predecessor, graph_),
            boost::get(&VertexProps::color, graph_), boost::get(&VertexProps::distance, graph_),
            boost::get(boost::vertex_index, graph_), s, t);
        if (through && value > 0) {
            through->nodes.resize(boost::num_vertices(graph_), 0.0);
            through->edges.resize(forward_.size(), 0.0);
            through->nodes[static_cast<size_t>(node(0, source))] += value;
            for (size_t e = 0; e < forward_.size(); ++e) {
                const EdgeProps& p = graph_[forward_[e]];
                if (p.capacity > p.residual) {
                    through->edges[e] += p.capacity - p.residual;
                    through->nodes[boost::target(forward_[e], graph_)] += p.capacity - p.residual;
                }
            }
        }
        return value;
    }

    // (layer of the target node, source token, target token) of each forward edge, in Through::edges' order.
    std::vector<FlowEdge> edgeEnds() const {
        std::vector<FlowEdge> ends;
        ends.reserve(forward_.size());
        for (const auto& e : forward_) {
            const auto from = static_cast<int64_t>(boost::source(e, graph_)),
                       to = static_cast<int64_t>(boost::target(e, graph_));
            ends.push_back({static_cast<int>(to / tokens_), static_cast<int>(from % tokens_),
                            static_cast<int>(to % tokens_), 0.0f});
        }
        return ends;
    }

private:
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using Vertex = Traits::vertex_descriptor;
    struct VertexProps {
        boost::default_color_type color{};
        long distance = 0;
        Traits::edge_descriptor predecessor;
    };
    struct EdgeProps {
        double capacity = 0;
        double residual = 0;
        Traits::edge_descriptor reverse;
    };
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

    int64_t node(int64_t layer, int64_t token) const { return layer * tokens_ + token; }

    void addEdge(int64_t from, int64_t to, double capacity) {
        const auto forward = boost::add_edge(static_cast<Vertex>(from), static_cast<Vertex>(to), graph_).first;
        const auto backward = boost::add_edge(static_cast<Vertex>(to), static_cast<Vertex>(from), graph_).first;
        graph_[forward].capacity = capacity;
        graph_[forward].reverse = backward;
        graph_[backward].capacity = 0;
        graph_[backward].reverse = forward;
        forward_.push_back(forward);
    }

    Graph graph_;
    std::vector<Traits::edge_descriptor> forward_;
    int64_t tokens_ = 0;
    int64_t layers_ = 0;
};

std::vector<torch::Tensor> residualMatrices(const AttentionCapture& capture, const FlowOptions& options) {
    std::vector<torch::Tensor> matrices;
    for (int l = 0; l < capture.layers(); ++l) matrices.push_back(residualMatrix(capture, l, options).contiguous());
    return matrices;
}

// One position's flow row, normalised to sum to 1 as the paper's code does; `through` as FlowNetwork::maxFlow,
// normalised the same way.
std::vector<double> flowRow(FlowNetwork& network, int64_t tokens, int64_t position, JobControl* control,
                            FlowNetwork::Through* through = nullptr) {
    std::vector<double> row(static_cast<size_t>(tokens), 0.0);
    double total = 0;
    for (int64_t j = 0; j < tokens; ++j) {
        if (control) control->throwIfCancelled();
        row[static_cast<size_t>(j)] = network.maxFlow(j, position, through);
        total += row[static_cast<size_t>(j)];
    }
    if (total > 0) {
        for (double& v : row) v /= total;
        if (through) {
            for (double& v : through->nodes) v /= total;
            for (double& v : through->edges) v /= total;
        }
    }
    return row;
}

std::vector<float> toFloats(const std::vector<double>& values) {
    return std::vector<float>(values.begin(), values.end());
}

std::vector<float> tensorRow(const torch::Tensor& row) {
    const torch::Tensor c = row.to(torch::kFloat32).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

void requireMapMethod(FlowMethod method) {
    if (method == FlowMethod::Norm || method == FlowMethod::Ablation)
        throw EngineError(
            "method '" + flowMethodName(method) + "' needs the model (normWeightedAttention, tokenAblation)",
            "information flow");
}

}  // namespace

FloatMatrix residualAttention(const AttentionCapture& capture, int layer, const FlowOptions& options) {
    return model::toMatrix(residualMatrix(capture, layer, options));
}

FloatMatrix relevanceMatrix(const AttentionCapture& capture, FlowMethod method, const FlowOptions& options,
                            JobControl* control) {
    requireMapMethod(method);
    torch::NoGradGuard noGrad;
    const int64_t n = capture.tokenCount();
    const int layers = capture.layers();
    if (method == FlowMethod::Raw) return model::toMatrix(headMean(capture, layers - 1, options));
    if (method == FlowMethod::Rollout) {
        torch::Tensor product;
        for (int l = 0; l < layers; ++l) {
            if (control) {
                control->throwIfCancelled();
                control->setProgress(static_cast<double>(l) / layers, "rollout");
            }
            const torch::Tensor a = residualMatrix(capture, l, options);
            product = product.defined() ? torch::mm(a, product) : a;
        }
        return model::toMatrix(product);
    }
    if (n > kMaxFlowMatrixTokens)
        throw EngineError("attention flow of a whole matrix is limited to " + std::to_string(kMaxFlowMatrixTokens) +
                              " tokens (this input has " + std::to_string(n) + "); ask for one position",
                          "--position");
    const std::vector<torch::Tensor> matrices = residualMatrices(capture, options);
    FloatMatrix result(n, n);
    std::atomic<int64_t> done{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
#pragma omp parallel
    {
        FlowNetwork network(matrices, n);  // Boost's algorithm writes into the graph: one per thread
#pragma omp for schedule(dynamic)
        for (int64_t i = 0; i < n; ++i) {
            if (failed) continue;
            try {
                const std::vector<double> row = flowRow(network, n, i, control);
                std::copy(row.begin(), row.end(), result.row(i));
                if (control) control->setProgress(static_cast<double>(++done) / n, "flow");
            } catch (...) {
#pragma omp critical
                {
                    if (!failed) failure = std::current_exception();
                    failed = true;
                }
            }
        }
    }
    if (failure) std::rethrow_exception(failure);
    return result;
}

std::vector<float> relevanceRow(const AttentionCapture& capture, FlowMethod method, int position,
                                const FlowOptions& options, JobControl* control) {
    requireMapMethod(method);
    checkPosition(capture, position);
    torch::NoGradGuard noGrad;
    const int layers = capture.layers();
    if (method == FlowMethod::Raw) return tensorRow(headMean(capture, layers - 1, options)[position]);
    if (method == FlowMethod::Rollout) {
        const FloatMatrix layered = layeredRelevance(capture, method, position, options, control);
        return std::vector<float>(layered.row(0), layered.row(0) + layered.cols);
    }
    const std::vector<torch::Tensor> matrices = residualMatrices(capture, options);
    FlowNetwork network(matrices, capture.tokenCount());
    return toFloats(flowRow(network, capture.tokenCount(), position, control));
}

LayeredFlow layeredFlow(const AttentionCapture& capture, FlowMethod method, int position, const FlowOptions& options,
                        double minEdgeWeight, JobControl* control) {
    if (method != FlowMethod::Rollout && method != FlowMethod::Flow)
        throw EngineError("the layered graph is drawn for rollout or flow, not '" + flowMethodName(method) + "'",
                          "information flow");
    checkPosition(capture, position);
    torch::NoGradGuard noGrad;
    const int64_t n = capture.tokenCount();
    const int layers = capture.layers();
    LayeredFlow result;
    result.nodes = FloatMatrix(layers + 1, n);
    auto keep = [&](int layer, int64_t from, int64_t to, double weight) {
        if (weight >= minEdgeWeight)
            result.edges.push_back({layer, static_cast<int>(from), static_cast<int>(to), static_cast<float>(weight)});
    };
    if (method == FlowMethod::Rollout) {
        torch::Tensor row = torch::zeros({n}, torch::kFloat64);
        row[position] = 1.0;
        std::copy_n(tensorRow(row).data(), n, result.nodes.row(layers));
        for (int l = layers - 1; l >= 0; --l) {
            if (control) control->throwIfCancelled();
            const torch::Tensor a = residualMatrix(capture, l, options);  // Â of layer l + 1 (1-based)
            // Edge from (l, j) to (l + 1, k): the relevance of (l + 1, k) times the share k takes from j.
            const torch::Tensor shares = (row.unsqueeze(1) * a).contiguous();  // [k, j]
            const double* cells = shares.data_ptr<double>();
            for (int64_t k = 0; k < n; ++k)
                for (int64_t j = 0; j < n; ++j) keep(l + 1, j, k, cells[k * n + j]);
            row = shares.sum(0);
            const std::vector<float> values = tensorRow(row);
            std::copy(values.begin(), values.end(), result.nodes.row(l));
        }
    } else {
        const std::vector<torch::Tensor> matrices = residualMatrices(capture, options);
        FlowNetwork network(matrices, n);
        FlowNetwork::Through through;
        flowRow(network, n, position, control, &through);
        if (!through.nodes.empty()) {
            std::transform(through.nodes.begin(), through.nodes.end(), result.nodes.values.begin(),
                           [](double v) { return static_cast<float>(v); });
            const std::vector<FlowEdge> ends = network.edgeEnds();
            for (size_t e = 0; e < ends.size(); ++e) keep(ends[e].layer, ends[e].from, ends[e].to, through.edges[e]);
        }
    }
    std::sort(result.edges.begin(), result.edges.end(),
              [](const FlowEdge& a, const FlowEdge& b) { return a.weight > b.weight; });
    return result;
}

FloatMatrix layeredRelevance(const AttentionCapture& capture, FlowMethod method, int position,
                             const FlowOptions& options, JobControl* control) {
    return layeredFlow(capture, method, position, options, std::numeric_limits<double>::infinity(), control).nodes;
}

}  // namespace attnscope
