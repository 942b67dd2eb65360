#!/usr/bin/python3
# The "qk" data of the embedding suite: real queries and keys of the bundled demo model over the bundled corpora,
# every head jointly normalised as `attnscope-cli embed --corpus` does, all heads pooled, N rows sampled.
# The CLI embeds a head from a corpus but does not write the vectors, so the demo model's forward pass (Llama: RMS
# norm, rotary positions, causal attention, SiLU MLP) is redone here in NumPy; before anything is written, the
# attention it implies is checked against `attnscope-cli capture` on two inputs. Token ids come from
# `attnscope-cli tokenize`, cached beside the output.
#
#   /usr/bin/python3 qk_vectors.py CLI REPO_ROOT N SEED OUT.npy
import json
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "common"))
from safetensors_file import read_safetensors  # noqa: E402


def read_float64(path):
    tensors, _ = read_safetensors(path)
    return {name: tensor.astype(np.float64) for name, tensor in tensors.items() if tensor.dtype == np.float32}


def corpus_ids(cli, model, lines, cache):
    known = json.load(open(cache)) if os.path.exists(cache) else {}
    for line in lines:
        if line not in known:
            out = subprocess.run([cli, "tokenize", "--model", model, "--text", line], check=True,
                                 capture_output=True, text=True).stdout
            known[line] = json.loads(out)["ids"]
    json.dump(known, open(cache, "w"))
    return [known[line] for line in lines]


def rms_norm(x, weight, eps):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps) * weight


def rotate_half(x):
    half = x.shape[-1] // 2
    return np.concatenate([-x[..., half:], x[..., :half]], axis=-1)


def forward(w, config, ids):
    """Post-rotary queries and keys per layer, [heads, tokens, head_dim], and the attention maps."""
    heads, dim = config["num_attention_heads"], config["head_dim"]
    assert config.get("num_key_value_heads", heads) == heads
    eps, count = config["rms_norm_eps"], len(ids)
    inverse = 1.0 / (config["rope_theta"] ** (np.arange(0, dim, 2, dtype=np.float64) / dim))
    angles = np.arange(count, dtype=np.float64)[:, None] * inverse[None, :]
    cos, sin = np.cos(np.concatenate([angles, angles], -1)), np.sin(np.concatenate([angles, angles], -1))
    causal = np.triu(np.full((count, count), -np.inf), 1)
    x = w["model.embed_tokens.weight"][ids]
    layers = []
    for layer in range(config["num_hidden_layers"]):
        p = f"model.layers.{layer}."
        h = rms_norm(x, w[p + "input_layernorm.weight"], eps)
        q, k, v = (
            (h @ w[p + f"self_attn.{n}_proj.weight"].T).reshape(count, heads, dim).transpose(1, 0, 2)
            for n in "qkv")
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        logits = q @ k.transpose(0, 2, 1) / np.sqrt(dim) + causal
        attention = np.exp(logits - logits.max(-1, keepdims=True))
        attention /= attention.sum(-1, keepdims=True)
        x = x + (attention @ v).transpose(1, 0, 2).reshape(count, heads * dim) @ w[p + "self_attn.o_proj.weight"].T
        h = rms_norm(x, w[p + "post_attention_layernorm.weight"], eps)
        gate, up = h @ w[p + "mlp.gate_proj.weight"].T, h @ w[p + "mlp.up_proj.weight"].T
        x = x + (gate / (1 + np.exp(-gate)) * up) @ w[p + "mlp.down_proj.weight"].T
        layers.append((q, k, attention))
    return layers


def check_against_capture(cli, model, w, config, lines, ids, scratch):
    largest = 0.0
    for index in range(2):
        path = os.path.join(scratch, f"qk_check{index}.safetensors")
        subprocess.run([cli, "capture", "--model", model, "--text", lines[index], "--out", path], check=True,
                       capture_output=True)
        captured = read_float64(path)
        for layer, (_, _, attention) in enumerate(forward(w, config, ids[index])):
            difference = np.abs(captured[f"attention.{layer}"] - attention).max()
            if difference > 1e-4:
                sys.exit(f"qk_vectors.py: layer {layer} attention of input {index} differs from attnscope-cli "
                         f"capture by {difference:.2g}; the NumPy forward pass does not match the model")
            largest = max(largest, difference)
    return largest


def normalise(q, k):
    """docs/embedding.md, 'Joint query-key normalisation': q' = s q, k' = k/s + t, centroids equal, mean norms equal."""
    q_mean, k_mean, a = q.mean(0), k.mean(0), np.linalg.norm(q, axis=1).mean()
    centred = k - k_mean

    def excess(s):
        return a - np.linalg.norm(centred / s + s * q_mean, axis=1).mean() / s

    low, high = 1e-8, 1e8
    scale = 1.0
    if a > 0 and excess(low) < 0 < excess(high):
        for _ in range(200):
            middle = np.sqrt(low * high)
            if excess(middle) < 0:
                low = middle
            else:
                high = middle
            if high / low < 1 + 1e-12:
                break
        scale = np.sqrt(low * high)
    return q * scale, k / scale + (scale * q_mean - k_mean / scale)


def main():
    cli, root, n, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    model = os.path.join(root, "resources/models/demo")
    corpus = sorted(os.path.join(root, "resources/corpus", f) for f in os.listdir(os.path.join(root, "resources/corpus"))
                    if f.endswith(".txt"))
    lines = [line.rstrip("\r\n") for path in corpus for line in open(path, encoding="utf-8")]
    lines = [line for line in lines if line.strip()]
    config = json.load(open(os.path.join(model, "config.json")))
    w = read_float64(os.path.join(model, "model.safetensors"))
    scratch = os.path.dirname(os.path.abspath(out))
    ids = corpus_ids(cli, model, lines, os.path.join(scratch, "qk_ids.json"))
    difference = check_against_capture(cli, model, w, config, lines, ids, scratch)

    per_input = [forward(w, config, input_ids) for input_ids in ids]
    rows = []
    for layer in range(config["num_hidden_layers"]):
        for head in range(config["num_attention_heads"]):
            q = np.concatenate([layers[layer][0][head] for layers in per_input])
            k = np.concatenate([layers[layer][1][head] for layers in per_input])
            rows.extend(normalise(q, k))
    pooled = np.concatenate(rows)
    if n > len(pooled):
        sys.exit(f"qk_vectors.py: asked for {n} rows, the corpus gives {len(pooled)} (queries and keys of every head)")
    picked = np.sort(np.random.default_rng(seed).choice(len(pooled), n, replace=False))
    np.save(out, np.ascontiguousarray(pooled[picked], dtype=np.float32))
    print(f"qk: {len(lines)} inputs, {sum(map(len, ids))} tokens, {len(pooled)} query/key rows of "
          f"{pooled.shape[1]} dims pooled over {len(rows) // 2} heads; {n} sampled; attention "
          f"within {difference:.1g} of attnscope-cli capture", file=sys.stderr)


if __name__ == "__main__":
    main()
