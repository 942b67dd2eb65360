#!/usr/bin/env python3
"""Capture speed on a GPU against transformers, in one command (issue: CUDA engine at transformers' speed).

Writes random-weight models with transformers (a GPT-2-small shape and a Llama-1B GQA shape: 16 layers x 32 heads,
8 kv heads, hidden 2048), then times, at each input length (ids i * 7919 mod vocab, one warm-up run, best of
--repeat, synchronised):
  - ours: `attnscope-cli benchmark` (Model::run keeping every layer's queries and keys, logits on);
  - transformers eager with output_attentions=True (what a map-showing tool must otherwise do);
  - transformers sdpa, returning no maps (the fastest forward it has).
Peak GPU memory is the allocator's peak of each side. Prints one table and writes every number as JSON.

Usage: gpu_capture.py --cli PATH/attnscope-cli --work DIR [--out results.json] [--shapes gpt2,llama1b]
                      [--dtypes float32,bfloat16] [--tokens 512,2048,...] [--repeat 3] [--cpu-tokens 512,2048]
                      [--ours-only]
Needs torch, transformers and safetensors; no network.
"""
import argparse
import gc
import json
import os
import subprocess
import sys
import time

import torch
import transformers

SHAPES = {
    "gpt2": lambda: transformers.GPT2Config(n_positions=32768, vocab_size=50257),
    "llama1b": lambda: transformers.LlamaConfig(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16,
                                                num_attention_heads=32, num_key_value_heads=8, vocab_size=128256,
                                                max_position_embeddings=32768, tie_word_embeddings=True,
                                                rope_theta=500000.0),
}
DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16}


def write_model(shape, folder):
    if os.path.exists(os.path.join(folder, "config.json")):
        return
    torch.manual_seed(0)
    config = SHAPES[shape]()
    model = transformers.AutoModelForCausalLM.from_config(config)
    model.save_pretrained(folder, safe_serialization=True)
    del model
    gc.collect()


def ids_for(tokens, vocab, device):
    return (torch.arange(tokens, dtype=torch.int64) * 7919 % vocab).view(1, -1).to(device)


def time_transformers(model, tokens, repeat, attentions, device):
    vocab = model.config.vocab_size
    ids = ids_for(tokens, vocab, device)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    try:
        with torch.no_grad():
            out = model(input_ids=ids, output_attentions=attentions)  # warm-up
            del out
            sync()
            if device == "cuda":
                torch.cuda.reset_peak_memory_stats()
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                out = model(input_ids=ids, output_attentions=attentions)
                sync()
                times.append((time.perf_counter() - start) * 1000)
                del out
        row = {"best_ms": min(times), "median_ms": sorted(times)[len(times) // 2]}
        if device == "cuda":
            row["peak_device_bytes"] = torch.cuda.max_memory_allocated()
        return row
    except torch.cuda.OutOfMemoryError:
        return {"error": "out of memory"}
    finally:
        gc.collect()
        if device == "cuda":
            torch.cuda.empty_cache()


def transformers_side(folder, dtype, tokens_list, repeat, device):
    results = {}
    model = transformers.AutoModelForCausalLM.from_pretrained(folder, dtype=DTYPES[dtype],
                                                              attn_implementation="eager").to(device).eval()
    for tokens in tokens_list:
        results[("eager", tokens)] = time_transformers(model, tokens, repeat, True, device)
        print("   transformers eager", dtype, tokens, results[("eager", tokens)], flush=True)
    if device == "cuda":
        model.set_attn_implementation("sdpa")
        for tokens in tokens_list:
            results[("sdpa", tokens)] = time_transformers(model, tokens, repeat, False, device)
            print("   transformers sdpa ", dtype, tokens, results[("sdpa", tokens)], flush=True)
    del model
    gc.collect()
    if device == "cuda":
        torch.cuda.empty_cache()
    return results


def our_side(cli, folder, dtype, tokens_list, repeat, device):
    args = [cli, "benchmark", "--model", folder, "--device", device, "--dtype", dtype, "--repeat", str(repeat),
            "--tokens", ",".join(str(t) for t in tokens_list)]
    proc = subprocess.run(args, capture_output=True, text=True)
    results = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            results[row["tokens"]] = row
            print("   ours", dtype, row["tokens"], {k: v for k, v in row.items() if k not in ("model",)}, flush=True)
    if proc.returncode != 0:
        print("   ours failed:", proc.stderr[-2000:], flush=True)
    for tokens in tokens_list:
        results.setdefault(tokens, {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1][:200]})
    return results


def cell(row):
    if "error" in row:
        return "OOM" if "memory" in row["error"] else "not run" if row["error"] == "not run" else "error"
    text = "%.1f ms" % row["best_ms"] if row["best_ms"] < 1000 else "%.2f s" % (row["best_ms"] / 1000)
    if "peak_device_bytes" in row:
        text += " (%.1f GB)" % (row["peak_device_bytes"] / 1e9)
    return text


def ratio(ours, theirs):
    if "error" in ours or "error" in theirs:
        return "–"
    return "%.2f×" % (ours["best_ms"] / theirs["best_ms"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", default="gpu_capture.json")
    parser.add_argument("--shapes", default="gpt2,llama1b")
    parser.add_argument("--dtypes", default="float32,bfloat16")
    parser.add_argument("--tokens", default="512,2048,8192,16384,32768")
    parser.add_argument("--cpu-tokens", default="", help="also time both on the CPU at these lengths (GPT-2 fp32)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ours-only", action="store_true",
                        help="time only attnscope-cli (a quick re-measure; the transformers columns stay empty)")
    a = parser.parse_args()
    tokens_list = [int(t) for t in a.tokens.split(",") if t]
    print("torch", torch.__version__, "transformers", transformers.__version__,
          torch.cuda.get_device_name() if torch.cuda.is_available() else "no GPU", flush=True)
    table, rows = [], []
    for shape in a.shapes.split(","):
        folder = os.path.join(a.work, shape)
        write_model(shape, folder)
        for dtype in a.dtypes.split(","):
            print("==", shape, dtype, flush=True)
            theirs = ({(kind, t): {"error": "not run"} for kind in ("eager", "sdpa") for t in tokens_list}
                      if a.ours_only else transformers_side(folder, dtype, tokens_list, a.repeat, "cuda"))
            ours = our_side(a.cli, folder, dtype, tokens_list, a.repeat, "cuda")
            for tokens in tokens_list:
                o, e, s = ours[tokens], theirs[("eager", tokens)], theirs[("sdpa", tokens)]
                rows.append({"shape": shape, "dtype": dtype, "tokens": tokens, "ours": o, "eager": e, "sdpa": s})
                extra = ""
                if "map_ms" in o:
                    extra += "map %.0f ms" % o["map_ms"]
                    if "map_again_ms" in o:
                        extra += " (next %.0f ms)" % o["map_again_ms"]
                if "thumbnails_ms" in o:
                    extra += ", thumbnails %.0f ms" % o["thumbnails_ms"]
                table.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s |" % (
                    shape, dtype, tokens, cell(o), cell(e), cell(s), ratio(o, e), ratio(o, s), extra))
    cpu_table = []
    if a.cpu_tokens:
        cpu_tokens = [int(t) for t in a.cpu_tokens.split(",")]
        folder = os.path.join(a.work, "gpt2")
        write_model("gpt2", folder)
        theirs = transformers_side(folder, "float32", cpu_tokens, a.repeat, "cpu")
        ours = our_side(a.cli, folder, "float32", cpu_tokens, a.repeat, "cpu")
        for tokens in cpu_tokens:
            rows.append({"shape": "gpt2", "dtype": "float32", "device": "cpu", "tokens": tokens, "ours": ours[tokens],
                         "eager": theirs[("eager", tokens)]})
            cpu_table.append("| gpt2 | float32 | %d | %s | %s | %s |" % (
                tokens, cell(ours[tokens]), cell(theirs[("eager", tokens)]),
                ratio(ours[tokens], theirs[("eager", tokens)])))
    with open(a.out, "w") as f:
        json.dump(rows, f, indent=1)
    print("\n| model | dtype | tokens | ours capture | transformers eager + attentions | transformers sdpa | "
          "ours / eager | ours / sdpa | ours, on demand |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    print("\n".join(table))
    if cpu_table:
        print("\nCPU (%d threads)\n| model | dtype | tokens | ours capture | transformers eager + attentions | ratio |"
              % torch.get_num_threads())
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        print("\n".join(cpu_table))


if __name__ == "__main__":
    main()
