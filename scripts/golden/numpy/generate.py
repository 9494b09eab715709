#!/usr/bin/python3
"""Regenerates every NumPy golden file and .npy fixture from real NumPy (Debian's python3-numpy 1.24).

    /usr/bin/python3 scripts/golden/numpy/generate.py

Outputs go to src/test/resources/golden/numpy/ (golden texts) and
src/test/resources/numpy/fixtures/ (.npy/.npz files written by NumPy). When the project is
built, it also checks that NumPy reads the files TorchTrek writes (java_written.py).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

import api  # noqa: E402
import facade  # noqa: E402
import java_written  # noqa: E402
import notes  # noqa: E402
import npy_fixtures  # noqa: E402
import printing  # noqa: E402
import random_state  # noqa: E402


def main():
    if not np.__version__.startswith("1.24"):
        sys.exit(f"NumPy 1.24 is the reference; this is {np.__version__} (use /usr/bin/python3)")
    golden = os.path.join(ROOT, "src", "test", "resources", "golden", "numpy")
    os.makedirs(golden, exist_ok=True)
    printing.write(golden)
    api.write(golden)
    random_state.write(golden)
    notes.write(golden)
    facade.write(golden)
    java_written.check(ROOT)
    npy_fixtures.write(golden, os.path.join(ROOT, "src", "test", "resources", "numpy", "fixtures"))


if __name__ == "__main__":
    main()
