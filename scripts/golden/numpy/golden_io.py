"""Writes golden files in the block format the Java tests read (src/test/java/torchtrek/golden/GoldenBlocks.java).

    === case-name
    key value                  one-line fields
    --- section                multi-line text, up to the next '=== ' or '--- ' line
    text...

A text line that itself starts with '=== ', '--- ' or a backslash is written with one more
backslash in front, which the reader removes.
"""
import numpy as np


class GoldenWriter:
    def __init__(self, path, header):
        self.path = path
        self.out = [f"# {line}".rstrip() for line in header.strip().splitlines()]
        self.names = set()

    def case(self, name, fields=(), sections=()):
        assert name not in self.names, name
        self.names.add(name)
        self.out.append(f"=== {name}")
        for key, value in fields:
            assert "\n" not in str(value), (name, key)
            self.out.append(f"{key} {value}".rstrip())
        for key, text in sections:
            self.out.append(f"--- {key}")
            for line in str(text).split("\n"):
                self.out.append("\\" + line if line.startswith(("=== ", "--- ", "\\")) else line)

    def save(self):
        with open(self.path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.out) + "\n")
        print(f"wrote {self.path} ({len(self.names)} cases)")


def array_fields(a):
    """dtype, shape and exact element values (hex bits for floats, decimal for the rest), in C order."""
    flat = np.ascontiguousarray(a).reshape(-1)
    if flat.dtype.kind == "f":
        bits = flat.astype(flat.dtype.newbyteorder("=")).view(f"u{flat.dtype.itemsize}")
        data = " ".join(format(int(b), "x") for b in bits)
    else:
        data = " ".join(str(int(v)) for v in flat)
    return [("dtype", a.dtype.str), ("shape", " ".join(str(d) for d in a.shape)), ("data", data)]
