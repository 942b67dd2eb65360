#!/usr/bin/python3
# Second quality figure of the embedding suite (suite.sh): trustworthiness (Venna & Kaski 2001) with k = 10 on a
# fixed 5000-point sample, the same sample for every layout of the same vectors. Also turns attnscope-cli's CSV
# layout into the .npy that `attnscope-cli embedding-quality` reads.
#
#   /usr/bin/python3 quality.py VECTORS.npy LAYOUT.csv|LAYOUT.npy [--npy-out LAYOUT.npy] [--k 10] [--sample 5000]
#
# T(k) = 1 - 2 / (n k (2n - 3k - 1)) * sum_i sum_{j in U_i} (r(i, j) - k), where U_i are i's k nearest points in the
# layout that are not among its k nearest in the original space and r(i, j) is j's rank among i's neighbours in the
# original space (1 = nearest), all within the sample. Ties (exact duplicates) go to the lower index, as in
# attnscope-cli's kNN preservation; the original-space ranks are cached beside the vectors.
import argparse
import os

import numpy as np


def squared_distances(x):
    norms = np.einsum("ij,ij->i", x, x)
    d = np.maximum(norms[:, None] + norms[None, :] - 2.0 * (x @ x.T), 0.0)
    # The expanded form leaves rounding residue between identical rows; make exact copies exactly 0 apart.
    _, group = np.unique(x, axis=0, return_inverse=True)
    group = group.reshape(-1)
    d[group[:, None] == group[None, :]] = 0.0
    np.fill_diagonal(d, np.inf)
    return d


def original_ranks(vectors_path, sample):
    cache = f"{vectors_path}.ranks{len(sample)}.npy"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(vectors_path):
        return np.load(cache)
    x = np.load(vectors_path, mmap_mode="r")[sample].astype(np.float64)
    order = np.argsort(squared_distances(x), axis=1, kind="stable")
    ranks = np.empty_like(order, dtype=np.int32)
    rows = np.arange(len(sample))[:, None]
    ranks[rows, order] = np.arange(1, len(sample) + 1, dtype=np.int32)[None, :]
    np.save(cache, ranks)
    return ranks


def load_layout(path):
    if path.endswith(".csv"):
        return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return np.load(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("vectors")
    parser.add_argument("layout")
    parser.add_argument("--npy-out")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--sample", type=int, default=5000)
    a = parser.parse_args()
    layout = load_layout(a.layout)
    if a.npy_out:
        np.save(a.npy_out, np.ascontiguousarray(layout, dtype=np.float32))
    n_all = np.load(a.vectors, mmap_mode="r").shape[0]
    if layout.shape[0] != n_all:
        raise SystemExit(f"quality.py: {a.layout} has {layout.shape[0]} rows, {a.vectors} {n_all}")
    n = min(a.sample, n_all)
    sample = np.sort(np.random.default_rng(0).choice(n_all, n, replace=False))
    ranks = original_ranks(a.vectors, sample)
    neighbours = np.argsort(squared_distances(layout[sample].astype(np.float64)), axis=1, kind="stable")[:, : a.k]
    r = np.take_along_axis(ranks, neighbours, axis=1)
    penalty = np.where(r > a.k, r - a.k, 0).sum(dtype=np.float64)
    k = a.k
    print(f"trustworthiness={1.0 - 2.0 / (n * k * (2 * n - 3 * k - 1)) * penalty:.4f}")


if __name__ == "__main__":
    main()
