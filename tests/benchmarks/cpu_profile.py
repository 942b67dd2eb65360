#!/usr/bin/env python3
"""Where a CPU capture's time goes, ours against transformers eager, operator by operator (issue: CUDA engine at
transformers' speed; its CPU goal is GPT-2 small at 512 tokens).

Writes the GPT-2-small shape of gpu_capture.py (random weights), then times each side in three settings, best and
median of --repeat runs after one warm-up: everything (attention kept, all logits), no full logits (transformers:
logits_to_keep=1; ours: --no-logits), and neither (transformers: no output_attentions). For each run it counts the
minor page faults (memory touched for the first time) and, for the everything setting, sums the operators' time
from each side's profiler (transformers: torch.profiler; ours: `attnscope-cli benchmark --profile`), so the two
columns of one table say which operator costs ours more.

--variant 'LABEL:NAME=VALUE NAME=VALUE' (repeatable) times ours once more in the everything setting with those
environment variables (e.g. glibc's MALLOC_* settings), to try a change without a rebuild.

Usage: cpu_profile.py --cli PATH/attnscope-cli --work DIR [--tokens 512] [--repeat 7] [--out DIR] [--variant ...]
Needs torch, transformers and safetensors; no network.
"""
import argparse
import collections
import json
import os
import resource
import subprocess
import time

import torch

from gpu_capture import write_model


def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def time_theirs(model, ids, repeat, attentions, keep):
    kwargs = {"output_attentions": attentions}
    if keep:
        kwargs["logits_to_keep"] = keep
    with torch.no_grad():
        out = model(input_ids=ids, **kwargs)
        del out
        times, touched = [], 0
        for _ in range(repeat):
            before = faults()
            start = time.perf_counter()
            out = model(input_ids=ids, **kwargs)
            times.append((time.perf_counter() - start) * 1000)
            touched += faults() - before
            del out  # as ours: the previous run's memory is free before the next one starts
    times.sort()
    return {"best_ms": times[0], "median_ms": times[len(times) // 2], "minor_faults_per_run": touched // repeat}


def profile_theirs(model, ids, repeat):
    totals = collections.defaultdict(lambda: [0.0, 0])
    with torch.no_grad():
        model(input_ids=ids, output_attentions=True)
        with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU]) as prof:
            for _ in range(repeat):
                out = model(input_ids=ids, output_attentions=True)
                del out
    for event in prof.key_averages():
        totals[event.key][0] += event.cpu_time_total / 1000 / repeat
        totals[event.key][1] += event.count // repeat
    return totals


def ours(cli, folder, tokens, repeat, flags, profile=None, env=None):
    args = [cli, "benchmark", "--model", folder, "--device", "cpu", "--repeat", str(repeat), "--tokens", str(tokens)]
    args += flags + (["--profile", profile] if profile else [])
    proc = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, **(env or {})))
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not rows:
        return {"error": proc.stderr.strip()[-300:]}
    return rows[0]


def profile_ours(path, repeat):
    # Chrome trace events of the legacy profiler: nested calls each have their own event (as torch.profiler's
    # cpu_time_total, which includes the children).
    text = open(path).read().strip()
    if text.endswith(",]"):
        text = text[:-2] + "]"
    totals = collections.defaultdict(lambda: [0.0, 0])
    for event in json.loads(text):
        totals[event["name"]][0] += event["dur"] / 1000 / repeat
        totals[event["name"]][1] += 1
    for value in totals.values():
        value[1] //= repeat
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--tokens", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", default=".")
    parser.add_argument("--variant", action="append", default=[])
    a = parser.parse_args()
    folder = os.path.join(a.work, "gpt2")
    write_model("gpt2", folder)
    import transformers
    print("torch", torch.__version__, "transformers", transformers.__version__, "threads", torch.get_num_threads(),
          flush=True)
    model = transformers.AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32,
                                                              attn_implementation="eager").eval()
    ids = (torch.arange(a.tokens, dtype=torch.int64) * 7919 % model.config.vocab_size).view(1, -1)
    settings = [("everything", (True, 0), []), ("no full logits", (True, 1), ["--no-logits"]),
                ("neither", (False, 1), ["--no-logits", "--no-attention"])]
    rows = []
    print("\n| setting | transformers eager | faults | ours | faults | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (attentions, keep), flags in settings:
        theirs = time_theirs(model, ids, a.repeat, attentions, keep)
        mine = ours(a.cli, folder, a.tokens, a.repeat, flags)
        rows.append({"setting": name, "transformers": theirs, "ours": mine})
        if "error" in mine:
            print("| %s | %.1f ms | %d | %s | | |" % (name, theirs["best_ms"], theirs["minor_faults_per_run"],
                                                  mine["error"]))
            continue
        print("| %s | %.1f (%.1f) ms | %d | %.1f (%.1f) ms | %d | %.2f× |" % (
            name, theirs["best_ms"], theirs["median_ms"], theirs["minor_faults_per_run"], mine["best_ms"],
            mine["median_ms"], mine["minor_faults_per_run"], mine["best_ms"] / theirs["best_ms"]), flush=True)
    for variant in a.variant:
        label, _, assignments = variant.partition(":")
        env = dict(item.split("=", 1) for item in assignments.split())
        mine = ours(a.cli, folder, a.tokens, a.repeat, [], env=env)
        rows.append({"setting": "everything, " + label, "env": env, "ours": mine})
        if "error" in mine:
            print("| everything, %s | | | %s | | |" % (label, mine["error"]))
            continue
        print("| everything, %s | | | %.1f (%.1f) ms | %d | %.2f× |" % (
            label, mine["best_ms"], mine["median_ms"], mine["minor_faults_per_run"],
            mine["best_ms"] / rows[0]["transformers"]["best_ms"]), flush=True)
    trace = os.path.join(a.out, "ours-trace.json")
    ours(a.cli, folder, a.tokens, a.repeat, [], trace)
    theirs_ops = profile_theirs(model, ids, a.repeat)
    ours_ops = profile_ours(trace, a.repeat) if os.path.exists(trace) else {}
    names = sorted(set(theirs_ops) | set(ours_ops),
                   key=lambda n: -max(theirs_ops.get(n, [0])[0], ours_ops.get(n, [0])[0]))
    print("\nOperators, everything setting, ms per run including the operators they call (calls per run)")
    print("| operator | transformers | ours |\n| --- | ---: | ---: |")
    for n in names[:40]:
        t, o = theirs_ops.get(n, [0, 0]), ours_ops.get(n, [0, 0])
        print("| %s | %.1f (%d) | %.1f (%d) |" % (n, t[0], t[1], o[0], o[1]))
    with open(os.path.join(a.out, "cpu_profile.json"), "w") as f:
        json.dump({"runs": rows, "transformers_ops": theirs_ops, "ours_ops": ours_ops}, f, indent=1)


if __name__ == "__main__":
    main()
