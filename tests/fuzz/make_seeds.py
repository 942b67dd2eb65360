#!/usr/bin/env python3
"""Writes the hand-made seed inputs of the fuzz targets into seeds/<target>/ (standard library only).

Real files from tests/fixtures (config.json, tokenizer.json, the sharded index, images) are seeds too; CMake adds them
beside these. Run from anywhere: python3 tests/fuzz/make_seeds.py
"""
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(target, name, data):
    folder = os.path.join(HERE, "seeds", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def safetensors(tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name, dtype, shape, data in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    return struct.pack("<Q", len(text)) + text + b"".join(blobs)


def floats(values):
    return struct.pack("<%df" % len(values), *values)


write("safetensors", "f32.safetensors",
      safetensors([("a.weight", "F32", [2, 3], floats([1, 2, 3, 4, 5, 6])), ("b", "F32", [], floats([7]))],
                  {"format": "pt"}))
write("safetensors", "mixed.safetensors",
      safetensors([("ids", "I64", [3], struct.pack("<3q", 1, 2, 3)), ("h", "BF16", [2], b"\x80\x3f\x00\x40"),
                   ("f", "F16", [1], b"\x00\x3c"), ("empty", "F32", [0, 4], b"")]))

index = {"metadata": {"total_size": 40},
         "weight_map": {"a.weight": "model-00001-of-00001.safetensors",
                        "b.weight": "model-00001-of-00001.safetensors"}}
write("safetensors_index", "index.json", json.dumps(index, indent=2).encode())


def npy(descr, shape, data, fortran=False):
    header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
    header += " " * ((64 - (10 + len(header) + 1) % 64) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode() + data


write("npy", "f4.npy", npy("<f4", "(3, 2)", floats([1, 2, 3, 4, 5, 6])))
write("npy", "f8.npy", npy("<f8", "(2, 2)", struct.pack("<4d", 1, 2, 3, 4)))
write("npy", "empty.npy", npy("<f4", "(0, 5)", b""))


def png(width, height, color_type, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


write("image", "rgb.png", png(4, 3, 2, [bytes(range(i * 12, i * 12 + 12)) for i in range(3)]))
write("image", "gray.png", png(3, 3, 0, [b"\x00\x80\xff"] * 3))
write("image", "rgb.ppm", b"P6\n3 2\n255\n" + bytes(range(18)))
bmp_pixels = bytes([10, 20, 30, 40, 50, 60]) + b"\x00\x00"  # 2x1 BGR, the row padded to 4 bytes
write("image", "rgb.bmp", b"BM" + struct.pack("<IHHI", 54 + len(bmp_pixels), 0, 0, 54)
      + struct.pack("<IiiHHIIiiII", 40, 2, 1, 1, 24, 0, len(bmp_pixels), 2835, 2835, 0, 0) + bmp_pixels)
