// Exact neighbour candidates on a CUDA device (or, for tests, the CPU) through LibTorch: blocks of queries against
// every point in one matrix product each (||x||² + ||y||² - 2 x·y in float32), then a chunked top-k on the device.
// knn_graph.cpp re-ranks the candidates with exact distances on the CPU, as it does for its own blocked search.
#include <torch/torch.h>

#include <algorithm>
#include <limits>

#include "attnscope/error.h"
#include "attnscope/job.h"
#include "embedding_internal.h"

namespace attnscope::embedding {

bool cudaNeighbourSearchAvailable() {
    return torch::cuda::is_available();
}

namespace {

// Columns of the `capacity` smallest values of each row of `distances` (rows x n). topk gives each row one thread
// block, which leaves most of the GPU idle for a few hundred rows of a million columns; so each row is cut into
// chunks of `chunk` columns (+inf past the end), the smallest of every chunk are taken first (one block per chunk),
// and the smallest of those. Exact: a row's k smallest are among the k smallest of the chunks that hold them.
torch::Tensor nearestColumns(const torch::Tensor& distances, int capacity, int64_t chunk) {
    const int64_t rows = distances.size(0), n = distances.size(1);
    chunk = std::max<int64_t>(chunk, capacity);
    if (n <= 4 * chunk) return std::get<1>(distances.topk(capacity, 1, /*largest=*/false, /*sorted=*/false));
    const int64_t chunks = (n + chunk - 1) / chunk;
    const auto padded =
        torch::constant_pad_nd(distances, {0, chunks * chunk - n}, std::numeric_limits<float>::infinity())
            .view({rows, chunks, chunk});
    const auto [values, local] = padded.topk(capacity, 2, /*largest=*/false, /*sorted=*/false);
    const auto offsets =
        torch::arange(chunks, torch::TensorOptions().dtype(torch::kLong).device(distances.device())) * chunk;
    const auto columns = (local + offsets.view({1, chunks, 1})).view({rows, -1});
    const auto best = std::get<1>(values.view({rows, -1}).topk(capacity, 1, /*largest=*/false, /*sorted=*/false));
    return columns.gather(1, best);
}

}  // namespace

std::vector<int32_t> neighbourCandidatesOn(bool cuda, const FloatMatrix& data, int capacity, JobControl* control,
                                           int64_t blockValues, int64_t chunk) {
    if (cuda && !cudaNeighbourSearchAvailable())
        throw EngineError("this LibTorch build has no CUDA device", "neighbour search on cuda");
    if (capacity < 1 || capacity >= data.rows || blockValues < 1 || chunk < 1)
        throw EngineError("needs 1 <= capacity < points and positive block sizes", "neighbour candidates");
    const int64_t n = data.rows;
    const int64_t dims = data.cols;
    torch::NoGradGuard noGrad;
    // LibTorch's default float32 products on CUDA do not use TF32 (10-bit mantissas would reorder near neighbours
    // beyond what the re-ranking's spare candidates absorb); nothing in AttnScope turns it on.
    const torch::Device device(cuda ? torch::kCUDA : torch::kCPU);
    const auto points = torch::from_blob(const_cast<float*>(data.values.data()), {n, dims}, torch::kFloat32)
                            .to(device, /*non_blocking=*/false, /*copy=*/true);
    const auto norms = points.square().sum(1);
    const int64_t block = std::clamp<int64_t>(blockValues / n, 1, 8192);
    std::vector<int32_t> candidates(static_cast<size_t>(n * capacity));
    const auto infinity = std::numeric_limits<float>::infinity();
    for (int64_t first = 0; first < n; first += block) {
        if (control) {
            control->throwIfCancelled();
            control->setProgress(static_cast<double>(first) / static_cast<double>(n));
        }
        const int64_t count = std::min(block, n - first);
        // norms_j - 2 q·x_j, then + norms_q: one GEMM with the column norms as its bias.
        auto distances = torch::addmm(norms.unsqueeze(0), points.narrow(0, first, count), points.t(), 1.0, -2.0);
        distances.add_(norms.narrow(0, first, count).unsqueeze(1));
        const auto rows = torch::arange(count, torch::TensorOptions().dtype(torch::kLong).device(device));
        distances.index_put_({rows, rows + first}, infinity);  // a point is not its own neighbour
        const auto host = nearestColumns(distances, capacity, chunk).to(torch::kInt32).to(torch::kCPU).contiguous();
        std::copy_n(host.data_ptr<int32_t>(), count * capacity, candidates.data() + first * capacity);
    }
    return candidates;
}

}  // namespace attnscope::embedding
