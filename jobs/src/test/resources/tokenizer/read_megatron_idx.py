#!/usr/bin/env python3
"""Independent reader of a Megatron-LM indexed dataset (PREFIX.idx + PREFIX.bin), standard library only.

Layout (little-endian), as Megatron-LM's megatron/core/datasets/indexed_dataset.py reads it:
  magic b"MMIDIDX\\x00\\x00" (9) | version u64 = 1 | dtype code u8 | sequence count u64 N | doc index count u64 D
  | N x int32 sequence lengths | N x int64 byte offsets into .bin | D x int64 document index
Prints one JSON object: dtype, sequences, documents, sizes, pointers, doc_idx, tokens (ids per sequence).
"""
import json
import struct
import sys

DTYPES = {1: ("B", 1, "uint8"), 2: ("b", 1, "int8"), 3: ("h", 2, "int16"), 4: ("i", 4, "int32"),
          5: ("q", 8, "int64"), 8: ("H", 2, "uint16")}


def main(prefix):
    with open(prefix + ".idx", "rb") as f:
        idx = f.read()
    assert idx[:9] == b"MMIDIDX\x00\x00", "bad magic %r" % idx[:9]
    (version,) = struct.unpack_from("<Q", idx, 9)
    assert version == 1, version
    code = idx[17]
    fmt, size, name = DTYPES[code]
    n, d = struct.unpack_from("<QQ", idx, 18)
    off = 34
    sizes = list(struct.unpack_from("<%di" % n, idx, off)); off += 4 * n
    pointers = list(struct.unpack_from("<%dq" % n, idx, off)); off += 8 * n
    doc_idx = list(struct.unpack_from("<%dq" % d, idx, off)); off += 8 * d
    with open(prefix + ".bin", "rb") as f:
        data = f.read()
    tokens = [list(struct.unpack_from("<%d%s" % (s, fmt), data, p)) for s, p in zip(sizes, pointers)]
    print(json.dumps({"dtype": name, "sequences": n, "documents": d - 1, "sizes": sizes, "pointers": pointers,
                      "doc_idx": doc_idx, "tokens": tokens, "idx_bytes": len(idx), "bin_bytes": len(data)}))


if __name__ == "__main__":
    main(sys.argv[1])
