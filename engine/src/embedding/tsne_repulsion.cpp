// The repulsive half of the t-SNE gradient, the O(N²) part, by Barnes-Hut over a quadtree (2-D) or octree (3-D)
// (van der Maaten 2014). Per-point results are written by their own thread and Z is summed in point order, so
// the result does not depend on the thread count.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "attnscope/error.h"
#include "embedding_internal.h"

namespace attnscope::embedding {

namespace {

template <int D>
struct Cell {
    std::array<double, D> centre{};
    std::array<double, D> massCentre{};
    double halfWidth = 0.0;
    int64_t count = 0;
    int64_t firstChild = -1;     // children are 2^D consecutive cells; -1 for a leaf
    int64_t begin = 0, end = 0;  // the cell's points in `order`
};

// What a traversal reads of a cell, packed: 40 bytes in 2-D against the 72 of a Cell, so more of the tree stays in
// cache while every point walks it. Empty cells are left out: a node's non-empty children are consecutive.
template <int D>
struct Node {
    std::array<double, D> massCentre;
    double widthSquared;  // (side length)²
    int32_t count;
    int32_t first;     // an inner node's first child; a leaf's first point (position in tree order)
    int32_t children;  // 0 for a leaf
    int32_t end;       // a leaf's points end here
};

template <int D>
class SpaceTree {
public:
    SpaceTree(const std::vector<double>& y, int64_t n) : y_(y) {
        order_.resize(static_cast<size_t>(n));
        scratch_.resize(static_cast<size_t>(n));
        child_.resize(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) order_[static_cast<size_t>(i)] = i;
        std::array<double, D> low, high;
        low.fill(HUGE_VAL);
        high.fill(-HUGE_VAL);
        for (int64_t i = 0; i < n; ++i)
            for (int d = 0; d < D; ++d) {
                low[d] = std::min(low[d], y[static_cast<size_t>(i * D + d)]);
                high[d] = std::max(high[d], y[static_cast<size_t>(i * D + d)]);
            }
        Cell<D> root;
        for (int d = 0; d < D; ++d) {
            root.centre[d] = (low[d] + high[d]) / 2;
            root.halfWidth = std::max(root.halfWidth, (high[d] - low[d]) / 2 * (1 + 1e-6) + 1e-12);
        }
        root.end = n;
        cells_.reserve(static_cast<size_t>(2 * n));
        cells_.push_back(root);
        split(0, 0);
        if (cells_.size() > static_cast<size_t>(INT32_MAX))
            throw EngineError("the Barnes-Hut tree needs more than 2^31 cells", "t-SNE");
        nodes_.reserve(cells_.size());
        nodes_.push_back(packed(cells_[0]));
        layOut(0, 0);
        // The points' coordinates in tree order: a leaf's points are read from one run of memory.
        sorted_.resize(static_cast<size_t>(n * D));
        for (int64_t p = 0; p < n; ++p)
            for (int d = 0; d < D; ++d)
                sorted_[static_cast<size_t>(p * D + d)] =
                    y[static_cast<size_t>(order_[static_cast<size_t>(p)] * D + d)];
    }

    const std::vector<int64_t>& order() const { return order_; }

    // Repulsion on the point at position `self` of the tree order: forces += sum q² (y_i - y_j), returns sum q over
    // j != i.
    double repel(int64_t self, double thetaSquared, double* force) const {
        const double* yi = sorted_.data() + self * D;
        double z = 0.0;
        int32_t stack[64 * (1 << D)];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node<D>& node = nodes_[static_cast<size_t>(stack[--top])];
            // A cell far enough away (side < theta * distance) acts as one point of mass `count`; a near leaf is
            // summed exactly; a near inner cell is opened.
            if (node.children == 0 && node.count == 1 && node.first == self) continue;
            double squared = 0.0;
            for (int d = 0; d < D; ++d) squared += (yi[d] - node.massCentre[d]) * (yi[d] - node.massCentre[d]);
            if (node.widthSquared < thetaSquared * squared) {
                z += interact(yi, node.massCentre.data(), static_cast<double>(node.count), force);
            } else if (node.children == 0) {
                for (int64_t p = node.first; p < node.end; ++p)
                    if (p != self) z += interact(yi, sorted_.data() + p * D, 1.0, force);
            } else {
                for (int c = 0; c < node.children; ++c) stack[top++] = node.first + c;
            }
        }
        return z;
    }

private:
    static Node<D> packed(const Cell<D>& cell) {
        const double width = 2.0 * cell.halfWidth;
        return {cell.massCentre,
                width * width,
                static_cast<int32_t>(cell.count),
                static_cast<int32_t>(cell.begin),
                0,
                static_cast<int32_t>(cell.end)};
    }

    // Appends the non-empty children of cells_[cell] (node `at`) in their order, then theirs: a traversal meets
    // the same non-empty cells in the same order as over all cells, so every sum is the same.
    void layOut(int64_t cell, size_t at) {
        const Cell<D>& parent = cells_[static_cast<size_t>(cell)];
        if (parent.firstChild < 0) return;
        const size_t first = nodes_.size();
        for (int c = 0; c < (1 << D); ++c) {
            const Cell<D>& child = cells_[static_cast<size_t>(parent.firstChild + c)];
            if (child.count > 0) nodes_.push_back(packed(child));
        }
        nodes_[at].first = static_cast<int32_t>(first);
        nodes_[at].children = static_cast<int32_t>(nodes_.size() - first);
        size_t next = first;
        for (int c = 0; c < (1 << D); ++c)
            if (cells_[static_cast<size_t>(parent.firstChild + c)].count > 0) layOut(parent.firstChild + c, next++);
    }

    static double interact(const double* yi, const double* other, double weight, double* force) {
        double difference[D], squared = 0.0;
        for (int d = 0; d < D; ++d) {
            difference[d] = yi[d] - other[d];
            squared += difference[d] * difference[d];
        }
        const double q = 1.0 / (1.0 + squared);
        for (int d = 0; d < D; ++d) force[d] += weight * q * q * difference[d];
        return weight * q;
    }

    void split(int64_t index, int depth) {
        Cell<D> cell = cells_[static_cast<size_t>(index)];
        cell.count = cell.end - cell.begin;
        for (int64_t p = cell.begin; p < cell.end; ++p)
            for (int d = 0; d < D; ++d)
                cell.massCentre[d] += y_[static_cast<size_t>(order_[static_cast<size_t>(p)] * D + d)];
        for (int d = 0; d < D; ++d) cell.massCentre[d] /= std::max<double>(1.0, static_cast<double>(cell.count));
        // Small leaves cost less than deeper trees; depth 40 ends the recursion for duplicate points.
        if (cell.count <= kLeafCapacity || depth >= 40) {
            cells_[static_cast<size_t>(index)] = cell;
            return;
        }
        // Counting sort of the cell's points into its 2^D children, keeping their relative order.
        std::array<int64_t, (1 << D) + 1> start{};
        int* child = child_.data() + cell.begin;
        for (int64_t p = cell.begin; p < cell.end; ++p) {
            const double* yp = y_.data() + order_[static_cast<size_t>(p)] * D;
            int c = 0;
            for (int d = 0; d < D; ++d) c |= (yp[d] > cell.centre[d] ? 1 : 0) << d;
            child[p - cell.begin] = c;
            ++start[static_cast<size_t>(c + 1)];
        }
        for (int c = 0; c < (1 << D); ++c) start[static_cast<size_t>(c + 1)] += start[static_cast<size_t>(c)];
        int64_t* sorted = scratch_.data() + cell.begin;
        auto fill = start;
        for (int64_t p = cell.begin; p < cell.end; ++p)
            sorted[fill[static_cast<size_t>(child[p - cell.begin])]++] = order_[static_cast<size_t>(p)];
        std::copy(sorted, sorted + cell.count, order_.begin() + cell.begin);

        cell.firstChild = static_cast<int64_t>(cells_.size());
        cells_[static_cast<size_t>(index)] = cell;
        for (int c = 0; c < (1 << D); ++c) {
            Cell<D> sub;
            sub.halfWidth = cell.halfWidth / 2;
            for (int d = 0; d < D; ++d)
                sub.centre[d] = cell.centre[d] + ((c >> d) & 1 ? sub.halfWidth : -sub.halfWidth);
            sub.begin = cell.begin + start[static_cast<size_t>(c)];
            sub.end = cell.begin + start[static_cast<size_t>(c + 1)];
            cells_.push_back(sub);
        }
        for (int c = 0; c < (1 << D); ++c) split(cell.firstChild + c, depth + 1);
    }

    static constexpr int64_t kLeafCapacity = 4;
    const std::vector<double>& y_;
    std::vector<int64_t> order_;
    std::vector<int64_t> scratch_;  // the counting sort's output, one slot per point
    std::vector<int> child_;        // each point's child index during a split
    std::vector<Cell<D>> cells_;
    std::vector<Node<D>> nodes_;
    std::vector<double> sorted_;  // n x D, tree order
};

template <int D>
double barnesHut(const std::vector<double>& y, double theta, std::vector<double>& forces, int threads) {
    const int64_t n = static_cast<int64_t>(y.size()) / D;
    const SpaceTree<D> tree(y, n);
    std::vector<double> z(static_cast<size_t>(n));
    const auto& order = tree.order();
    // Visiting points in tree order keeps neighbouring traversals on the same cells in cache.
#pragma omp parallel for schedule(dynamic, 128) num_threads(threads)
    for (int64_t p = 0; p < n; ++p) {
        const int64_t i = order[static_cast<size_t>(p)];
        double force[D] = {};
        z[static_cast<size_t>(i)] = tree.repel(p, theta * theta, force);
        for (int d = 0; d < D; ++d) forces[static_cast<size_t>(i * D + d)] = force[d];
    }
    double total = 0.0;
    for (double value : z) total += value;
    return total;
}

}  // namespace

double barnesHutRepulsion(const std::vector<double>& y, int dims, double theta, std::vector<double>& forces,
                          int threads) {
    // The tree's nodes hold cell numbers and positions as 32-bit integers.
    if (y.size() / static_cast<size_t>(dims) >= static_cast<size_t>(INT32_MAX))
        throw EngineError("t-SNE lays out fewer than 2^31 points", "t-SNE");
    return dims == 2 ? barnesHut<2>(y, theta, forces, threads) : barnesHut<3>(y, theta, forces, threads);
}

}  // namespace attnscope::embedding
