#!/usr/bin/env python3
"""Attention flow of one position: attnscope-cli (Boost.Graph's Boykov-Kolmogorov, C++) against networkx's maximum
flow (the implementation Abnar & Zuidema's code uses), on the same matrices, plus the time of a whole rollout
matrix. Both sides read the same capture: the script writes it with `attnscope-cli capture`, builds Â_l = ½ mean_h A
+ ½ I in numpy and times networkx's maximum flows on the layered graph (graph building not counted); ours is the
"seconds" attnscope-cli flow reports (the method alone, Â included, after loading and running the model). Best of 3
each. The relevance rows are compared too.

Usage: /usr/bin/python3 tests/benchmarks/flow/bench_flow.py CLI [--tokens 32,64,128] [--out results.json]
(needs numpy and networkx: Debian's python3-numpy, python3-networkx)
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import networkx
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "common"))
from safetensors_file import read_safetensors  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
GPT2_12 = {"model_type": "gpt2", "n_embd": 768, "n_layer": 12, "n_head": 12, "n_positions": 1024,
           "vocab_size": 2000, "n_inner": 3072}


def timed(args):
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(args), result.stderr))
    return seconds, result.stdout


def networkx_row(attention, position):
    layers, n = len(attention), attention[0].shape[-1]
    graph = networkx.DiGraph()
    for l in range(1, layers + 1):
        a = attention[l - 1].astype(np.float64).mean(0) * 0.5 + 0.5 * np.eye(n)
        a /= a.sum(-1, keepdims=True)
        for i in range(n):
            for j in range(n):
                if a[i, j] > 0:
                    graph.add_edge((l - 1, j), (l, i), capacity=float(a[i, j]))
    start = time.perf_counter()
    row = np.array([networkx.maximum_flow_value(graph, (0, j), (layers, position)) for j in range(n)])
    seconds = time.perf_counter() - start
    return row / row.sum(), seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("--tokens", default="32,64,128")
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="bench_flow_")
    config = os.path.join(work, "gpt2_12.json")
    json.dump(GPT2_12, open(config, "w"))
    subprocess.run([args.cli, "random-model", "--config", config, "--out", os.path.join(work, "gpt2_12"),
                    "--scale", "0.08", "--seed", "1"], check=True, capture_output=True)
    models = [("demo (trained, 2 x 4 heads)", os.path.join(ROOT, "resources", "models", "demo")),
              ("llama fixture (3 x 4)", os.path.join(ROOT, "tests", "fixtures", "models", "llama")),
              ("GPT-2 small shape, random (12 x 12)", os.path.join(work, "gpt2_12"))]
    rows = []
    for label, model in models:
        for n in [int(t) for t in args.tokens.split(",")]:
            ids = ",".join(str(3 + (i * 37) % 250) for i in range(n))
            position = n - 1
            capture = os.path.join(work, "capture.safetensors")
            subprocess.run([args.cli, "capture", "--model", model, "--ids", ids, "--out", capture], check=True,
                           capture_output=True)
            tensors, _ = read_safetensors(capture)
            attention = [tensors["attention.%d" % l] for l in range(len([k for k in tensors if k.startswith("attention.")]))]
            def seconds(method, *extra):
                outputs = [json.loads(timed([args.cli, "flow", "--model", model, "--ids", ids, "--method", method]
                                            + list(extra))[1]) for _ in range(3)]
                return min(o["seconds"] for o in outputs), outputs[0]
            ours, output = seconds("flow", "--position", str(position))
            ours_row = np.array(output["matrix"][0])
            rollout, _ = seconds("rollout")
            theirs_row, theirs = min((networkx_row(attention, position) for _ in range(3)), key=lambda r: r[1])
            diff = float(np.abs(ours_row - theirs_row).max())
            rows.append({"model": label, "tokens": n, "layers": len(attention), "ours_flow_s": ours,
                         "networkx_flow_s": theirs, "ratio": ours / theirs, "max_abs_diff": diff,
                         "ours_rollout_matrix_s": rollout})
            print("| %s | %d | %.3f | %.3f | %.3f | %.1e | %.3f |" % (label, n, ours, theirs, ours / theirs, diff,
                                                                  rollout), flush=True)
    if args.out:
        json.dump(rows, open(args.out, "w"), indent=1)


if __name__ == "__main__":
    main()
