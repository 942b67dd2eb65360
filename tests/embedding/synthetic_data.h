// Synthetic inputs with known structure for the embedding tests: well-separated clusters in high dimensions.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "attnscope/arrays.h"

namespace attnscope::testing {

struct LabelledPoints {
    FloatMatrix points;
    std::vector<int> labels;
};

// `clusters` clusters of `perCluster` points in `dims` dimensions. Centres are N(0, 10²) per coordinate (about
// 100 apart); each cluster spreads N(0, 1) along 2 random directions of its own plus N(0, 0.1²) noise in all
// directions, so its local neighbourhoods are essentially 2-D and a 2-D map can keep them.
inline LabelledPoints gaussianClusters(int clusters, int perCluster, int dims, uint32_t seed) {
    std::mt19937 engine(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    LabelledPoints data{FloatMatrix(static_cast<int64_t>(clusters) * perCluster, dims), {}};
    for (int c = 0; c < clusters; ++c) {
        std::vector<double> centre(static_cast<size_t>(dims)), u(static_cast<size_t>(dims)),
            v(static_cast<size_t>(dims));
        for (int d = 0; d < dims; ++d) {
            centre[static_cast<size_t>(d)] = 10.0 * normal(engine);
            u[static_cast<size_t>(d)] = normal(engine);
            v[static_cast<size_t>(d)] = normal(engine);
        }
        double uu = 0, uv = 0;
        for (int d = 0; d < dims; ++d) uu += u[static_cast<size_t>(d)] * u[static_cast<size_t>(d)];
        for (auto& x : u) x /= std::sqrt(uu);
        for (int d = 0; d < dims; ++d) uv += u[static_cast<size_t>(d)] * v[static_cast<size_t>(d)];
        for (int d = 0; d < dims; ++d) v[static_cast<size_t>(d)] -= uv * u[static_cast<size_t>(d)];
        double vv = 0;
        for (double x : v) vv += x * x;
        for (auto& x : v) x /= std::sqrt(vv);
        for (int p = 0; p < perCluster; ++p) {
            const int64_t row = static_cast<int64_t>(c) * perCluster + p;
            const double a = normal(engine), b = normal(engine);
            for (int d = 0; d < dims; ++d)
                data.points(row, d) =
                    static_cast<float>(centre[static_cast<size_t>(d)] + a * u[static_cast<size_t>(d)] +
                                       b * v[static_cast<size_t>(d)] + 0.1 * normal(engine));
            data.labels.push_back(c);
        }
    }
    return data;
}

// Fraction of points whose nearest other point in `coordinates` has the same label.
inline double nearestNeighbourSameLabel(const FloatMatrix& coordinates, const std::vector<int>& labels) {
    int64_t same = 0;
    for (int64_t i = 0; i < coordinates.rows; ++i) {
        double best = INFINITY;
        int64_t nearest = -1;
        for (int64_t j = 0; j < coordinates.rows; ++j) {
            if (j == i) continue;
            double squared = 0;
            for (int64_t c = 0; c < coordinates.cols; ++c)
                squared += (coordinates(i, c) - coordinates(j, c)) * (coordinates(i, c) - coordinates(j, c));
            if (squared < best) best = squared, nearest = j;
        }
        same += labels[static_cast<size_t>(nearest)] == labels[static_cast<size_t>(i)];
    }
    return static_cast<double>(same) / static_cast<double>(coordinates.rows);
}

}  // namespace attnscope::testing
