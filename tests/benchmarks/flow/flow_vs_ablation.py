#!/usr/bin/env python3
"""How well raw attention, attention rollout and attention flow agree with input-token ablation on a model, as
Abnar & Zuidema (2020) measure it: for each sentence and each position p from the fifth on, the Spearman rank
correlation over the input tokens 0..p between a method's relevance row and the loss change at p when each token's
embedding output is zeroed (attnscope-cli flow --method ablation). Reports the mean and the share of rows with a
positive correlation, per method.

Usage: /usr/bin/python3 tests/benchmarks/flow/flow_vs_ablation.py CLI [MODEL] [--lines N] [--corpus FILE]
(needs numpy; the default model is the bundled demo, the default sentences resources/corpus/demo.txt)
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
METHODS = ("raw", "rollout", "flow")


def ranks(values):
    order = np.argsort(values, kind="stable")
    r = np.empty(len(values))
    r[order] = np.arange(len(values))
    # Ties share their mean rank.
    for v in np.unique(values):
        tied = values == v
        if tied.sum() > 1:
            r[tied] = r[tied].mean()
    return r


def spearman(a, b):
    ra, rb = ranks(np.asarray(a)), ranks(np.asarray(b))
    if ra.std() == 0 or rb.std() == 0:
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def flow(cli, model, text, method):
    result = subprocess.run([cli, "flow", "--model", model, "--text", text, "--method", method],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("cli")
    parser.add_argument("model", nargs="?", default=os.path.join(ROOT, "resources", "models", "demo"))
    parser.add_argument("--corpus", default=os.path.join(ROOT, "resources", "corpus", "demo.txt"))
    parser.add_argument("--lines", type=int, default=40)
    args = parser.parse_args()
    lines = [l.strip() for l in open(args.corpus, encoding="utf-8") if l.strip()][:args.lines]
    scores = {m: [] for m in METHODS}
    for text in lines:
        tokens = len(flow(args.cli, args.model, text, "raw")["tokens"])
        if tokens > 64:
            continue  # flow and ablation of whole matrices stop at 64 tokens
        ablation = np.array(flow(args.cli, args.model, text, "ablation")["matrix"])
        rows = {m: np.array(flow(args.cli, args.model, text, m)["matrix"]) for m in METHODS}
        for p in range(4, tokens):
            for m in METHODS:
                rho = spearman(rows[m][p][:p + 1], ablation[p][:p + 1])
                if rho == rho:
                    scores[m].append(rho)
    print("model: %s, %d sentences, %d rows" % (os.path.basename(args.model.rstrip("/")), len(lines),
                                                len(scores["raw"])))
    print("| method | mean Spearman ρ with ablation | rows with ρ > 0 |")
    print("| --- | ---: | ---: |")
    for m in METHODS:
        values = np.array(scores[m])
        print("| %s | %.3f ± %.3f | %.0f %% |" % (m, values.mean(), values.std() / np.sqrt(len(values)),
                                                100 * (values > 0).mean()))


if __name__ == "__main__":
    main()
