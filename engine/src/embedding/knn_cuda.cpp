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

// Columns of the `capacity` smallest values of each row of `distances` (rows x chunks * chunk). topk gives each row
// one thread block, which leaves most of the GPU idle for a few hundred rows of a million columns; so each row is
// cut into `chunks` chunks, the smallest of every chunk are taken first (one block per chunk), and the smallest of
// those. Exact: a row's k smallest are among the k smallest of the chunks that hold them.
torch::Tensor nearestColumns(const torch::Tensor& distances, int capacity, int64_t chunks, int64_t chunk) {
    const int64_t rows = distances.size(0);
    if (chunks == 1) return std::get<1>(distances.topk(capacity, 1, /*largest=*/false, /*sorted=*/false));
    const auto [values, local] =
        distances.view({rows, chunks, chunk}).topk(capacity, 2, /*largest=*/false, /*sorted=*/false);
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
    // Columns padded to whole chunks with zero points of norm +inf, so a block's distances are +inf there without a
    // padded copy of each block. Rows longer than 4 chunks are selected chunk by chunk (nearestColumns).
    chunk = std::max<int64_t>(chunk, capacity);
    const int64_t chunks = n <= 4 * chunk ? 1 : (n + chunk - 1) / chunk;
    const int64_t columns = chunks == 1 ? n : chunks * chunk;
    const auto infinity = std::numeric_limits<float>::infinity();
    auto norms = points.square().sum(1);
    auto columnPoints = points, columnNorms = norms;
    if (columns > n) {
        columnPoints = torch::constant_pad_nd(points, {0, 0, 0, columns - n}, 0.0);
        columnNorms = torch::constant_pad_nd(norms, {0, columns - n}, infinity);
    }
    const auto columnPointsT = columnPoints.t();
    const int64_t block = std::clamp<int64_t>(blockValues / columns, 1, 8192);
    // The candidates stay on the device until the end: no block waits for the host.
    const auto found = torch::empty({n, capacity}, torch::TensorOptions().dtype(torch::kInt32).device(device));
    for (int64_t first = 0; first < n; first += block) {
        if (control) {
            control->throwIfCancelled();
            control->setProgress(static_cast<double>(first) / static_cast<double>(n));
        }
        const int64_t count = std::min(block, n - first);
        // norms_j - 2 q·x_j: one GEMM with the column norms as its bias. The row's own norm, the same along the row,
        // changes no order; the CPU re-ranks the candidates with exact distances.
        auto distances =
            torch::addmm(columnNorms.unsqueeze(0), points.narrow(0, first, count), columnPointsT, 1.0, -2.0);
        const auto rows = torch::arange(count, torch::TensorOptions().dtype(torch::kLong).device(device));
        distances.index_put_({rows, rows + first}, infinity);  // a point is not its own neighbour
        found.narrow(0, first, count).copy_(nearestColumns(distances, capacity, chunks, chunk));
    }
    const auto host = found.to(torch::kCPU).contiguous();
    std::vector<int32_t> candidates(static_cast<size_t>(n * capacity));
    std::copy_n(host.data_ptr<int32_t>(), n * capacity, candidates.data());
    return candidates;
}

}  // namespace attnscope::embedding
