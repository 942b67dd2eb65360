// The repulsive half of the t-SNE gradient, the O(N²) part, by Barnes-Hut over a quadtree (2-D) or octree (3-D)
// (van der Maaten 2014). Per-point results are written by their own thread and Z is summed in point order, so
// the result does not depend on the thread count.
#include <algorithm>
#include <array>
#include <cmath>

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
    }

    const std::vector<int64_t>& order() const { return order_; }

    // Repulsion on point i: forces += sum q² (y_i - y_j), returns sum q over j != i.
    double repel(int64_t i, double thetaSquared, double* force) const {
        const double* yi = y_.data() + i * D;
        double z = 0.0;
        int64_t stack[64 * (1 << D)];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell<D>& cell = cells_[static_cast<size_t>(stack[--top])];
            if (cell.count == 0) continue;
            // A cell far enough away (side < theta * distance) acts as one point of mass `count`; a near leaf is
            // summed exactly; a near inner cell is opened.
            double squared = 0.0;
            for (int d = 0; d < D; ++d) squared += (yi[d] - cell.massCentre[d]) * (yi[d] - cell.massCentre[d]);
            const double width = 2.0 * cell.halfWidth;
            const bool containsI =
                cell.firstChild < 0 && cell.count == 1 && order_[static_cast<size_t>(cell.begin)] == i;
            if (containsI) continue;
            if (width * width < thetaSquared * squared) {
                z += interact(yi, cell.massCentre.data(), static_cast<double>(cell.count), force);
            } else if (cell.firstChild < 0) {
                for (int64_t p = cell.begin; p < cell.end; ++p) {
                    const int64_t j = order_[static_cast<size_t>(p)];
                    if (j != i) z += interact(yi, y_.data() + j * D, 1.0, force);
                }
            } else {
                for (int c = 0; c < (1 << D); ++c) stack[top++] = cell.firstChild + c;
            }
        }
        return z;
    }

private:
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
        z[static_cast<size_t>(i)] = tree.repel(i, theta * theta, force);
        for (int d = 0; d < D; ++d) forces[static_cast<size_t>(i * D + d)] = force[d];
    }
    double total = 0.0;
    for (double value : z) total += value;
    return total;
}

}  // namespace

double barnesHutRepulsion(const std::vector<double>& y, int dims, double theta, std::vector<double>& forces,
                          int threads) {
    return dims == 2 ? barnesHut<2>(y, theta, forces, threads) : barnesHut<3>(y, theta, forces, threads);
}

}  // namespace attnscope::embedding
