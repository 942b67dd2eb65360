"""Reads a .safetensors file (an attnscope-cli capture, or a model's weights) with NumPy alone, for the test and
benchmark scripts. Usage from a script under tests/:

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "<up to tests>", "common"))
    from safetensors_file import read_safetensors
    tensors, metadata = read_safetensors(path)   # float32 and int64 tensors by name; other dtypes are left out
"""
import json
import struct

import numpy as np

DTYPES = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}


def read_safetensors(path):
    with open(path, "rb") as file:
        size = struct.unpack("<Q", file.read(8))[0]
        header = json.loads(file.read(size))
        data = file.read()
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, entry in header.items():
        dtype = DTYPES.get(entry["dtype"])
        if dtype is None:
            continue
        begin, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(data[begin:end], dtype=dtype).reshape(entry["shape"])
    return tensors, metadata
