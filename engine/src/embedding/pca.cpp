// Principal component analysis: exact eigen-decomposition of the covariance for modest dimensions, a randomised
// range finder above. Also the deterministic initialisation of t-SNE and UMAP.
#include <algorithm>
#include <cmath>

#include "attnscope/error.h"
#include "embedding_internal.h"

namespace attnscope {

namespace {

constexpr int64_t kExactPcaUpTo = 500;  // a d x d eigen-decomposition costs ~d³; beyond this, randomise
constexpr int kOversampling = 10;
constexpr int kPowerIterations = 6;

// Q of a thin QR decomposition: an orthonormal basis of the columns of `matrix`.
torch::Tensor orthonormalBasis(const torch::Tensor& matrix) {
    return std::get<0>(at::linalg_qr(matrix));
}

// Right singular vectors (rows) and variances of the centred data by a randomised range finder.
std::pair<torch::Tensor, torch::Tensor> randomisedComponents(const torch::Tensor& centred, int components,
                                                             uint64_t seed) {
    const int64_t dims = centred.size(1);
    const int64_t width = std::min<int64_t>(components + kOversampling, std::min(dims, centred.size(0)));
    embedding::Random random(embedding::mixSeeds(seed, 0x70ca));
    torch::Tensor omega = torch::empty({dims, width}, torch::kFloat64);
    auto* values = omega.data_ptr<double>();
    for (int64_t i = 0; i < dims * width; ++i) values[i] = random.gaussian();
    // Power iterations sharpen the spectrum; re-orthonormalising each time keeps the small directions alive.
    torch::Tensor basis = orthonormalBasis(torch::mm(centred, omega));
    for (int iteration = 0; iteration < kPowerIterations; ++iteration) {
        basis = orthonormalBasis(torch::mm(centred.t(), basis));
        basis = orthonormalBasis(torch::mm(centred, basis));
    }
    const auto [u, singular, vh] = at::linalg_svd(torch::mm(basis.t(), centred), false);
    const double denominator = static_cast<double>(centred.size(0) - 1);
    return {vh.narrow(0, 0, components), singular.narrow(0, 0, components).square() / denominator};
}

std::pair<torch::Tensor, torch::Tensor> exactComponents(const torch::Tensor& centred, int components) {
    const double denominator = static_cast<double>(centred.size(0) - 1);
    const torch::Tensor covariance = torch::mm(centred.t(), centred) / denominator;
    const auto [eigenvalues, eigenvectors] = at::linalg_eigh(covariance, "L");  // ascending
    const int64_t dims = covariance.size(0);
    const torch::Tensor order = torch::arange(dims - 1, dims - 1 - components, -1, torch::kLong);
    return {eigenvectors.index_select(1, order).t().contiguous(), eigenvalues.index_select(0, order).clamp_min(0.0)};
}

}  // namespace

PcaResult principalComponents(const FloatMatrix& points, int components, PcaSolver solver, uint64_t seed) {
    if (points.rows < 2) throw EngineError("needs at least 2 points", "PCA");
    if (components < 1 || components > std::min(points.rows, points.cols))
        throw EngineError("cannot take " + std::to_string(components) + " components of " +
                              std::to_string(points.rows) + " x " + std::to_string(points.cols) + " data",
                          "PCA");
    const torch::Tensor data =
        torch::from_blob(const_cast<float*>(points.values.data()), {points.rows, points.cols}, torch::kFloat32)
            .to(torch::kFloat64);
    const torch::Tensor mean = data.mean(0);
    const torch::Tensor centred = data - mean;
    const bool exact = solver == PcaSolver::Exact || (solver == PcaSolver::Automatic && points.cols <= kExactPcaUpTo);
    auto [vectors, variances] =
        exact ? exactComponents(centred, components) : randomisedComponents(centred, components, seed);
    // Eigenvectors have no sign; fix it so results do not flip between solvers or library versions.
    for (int c = 0; c < components; ++c) {
        const torch::Tensor row = vectors[c];
        if (row[row.abs().argmax()].item<double>() < 0) vectors[c].neg_();
    }
    const double total = centred.square().sum().item<double>() / static_cast<double>(points.rows - 1);

    PcaResult result;
    result.mean.assign(mean.data_ptr<double>(), mean.data_ptr<double>() + points.cols);
    const torch::Tensor projected = torch::mm(centred, vectors.t()).to(torch::kFloat32).contiguous();
    result.projected = FloatMatrix(points.rows, components);
    std::copy_n(projected.data_ptr<float>(), result.projected.values.size(), result.projected.values.data());
    const torch::Tensor basis = vectors.to(torch::kFloat32).contiguous();
    result.components = FloatMatrix(components, points.cols);
    std::copy_n(basis.data_ptr<float>(), result.components.values.size(), result.components.values.data());
    for (int c = 0; c < components; ++c) {
        result.explainedVariance.push_back(variances[c].item<double>());
        result.explainedVarianceRatio.push_back(total > 0 ? result.explainedVariance.back() / total : 0.0);
    }
    return result;
}

namespace embedding {

void scaleToStandardDeviation(FloatMatrix& coordinates, double targetSd) {
    double sum = 0.0, squares = 0.0;
    for (int64_t i = 0; i < coordinates.rows; ++i) {
        sum += coordinates(i, 0);
        squares += static_cast<double>(coordinates(i, 0)) * coordinates(i, 0);
    }
    const double n = static_cast<double>(coordinates.rows);
    const double sd = std::sqrt(std::max(0.0, squares / n - (sum / n) * (sum / n)));
    const double factor = sd > 0 ? targetSd / sd : 1.0;
    for (auto& value : coordinates.values) value = static_cast<float>(value * factor);
}

FloatMatrix pcaInitialisation(const FloatMatrix& points, int dims, const EmbeddingOptions& options) {
    const int available = static_cast<int>(std::min<int64_t>(dims, std::min(points.rows, points.cols)));
    const auto pca = principalComponents(points, available, options.pcaSolver, options.seed);
    FloatMatrix start(points.rows, dims);
    for (int64_t i = 0; i < points.rows; ++i)
        for (int c = 0; c < available; ++c) start(i, c) = pca.projected(i, c);
    return start;
}

EmbeddingResult runPca(const FloatMatrix& points, const EmbeddingOptions& options) {
    auto pca = principalComponents(points, options.dims, options.pcaSolver, options.seed);
    EmbeddingResult result;
    result.coordinates = std::move(pca.projected);
    result.explainedVariance = std::move(pca.explainedVariance);
    result.explainedVarianceRatio = std::move(pca.explainedVarianceRatio);
    return result;
}

}  // namespace embedding

}  // namespace attnscope
