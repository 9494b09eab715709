"""Regenerates every golden file of the project from real PyTorch 1.13 and NumPy 1.24.

Run through scripts/golden/generate (Debian's /usr/bin/python3, which has both). With no
argument it writes src/test/resources/golden/<suite>.golden for every suite (see golden.py),
then runs the notes' generators (tensor_notes.py, autograd_notes.py) and the NumPy bridge's
(numpy/generate.py). With suite names, only those suites. Each suite is evaluated in a fresh
process so that warn-once warnings and the RNG start fresh, as they do in the Java test's one
JShell session per file.
"""
import importlib
import math
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "src" / "test" / "resources" / "golden"
SUITES = sorted(p.stem for p in (HERE / "suites").glob("*.py") if not p.stem.startswith("_"))


def write_suite(name):
    import numpy as np
    import torch

    import golden
    import torch2x

    torch2x.install()
    torch.set_num_threads(1)   # reductions sum in one fixed order
    suite = importlib.import_module(f"suites.{name}").SUITE
    namespace = {"torch": torch, "math": math, "np": np}
    text = golden.render(suite, namespace, torch.__version__)
    (OUT / f"{name}.golden").write_text(text)
    count = text.count("\n=== ") - text.count("\n=== setup")
    print(f"{name}: {count} cases")


# The other generators, each writing its own golden files (run when no suite is named).
OTHERS = ["tensor_notes.py", "autograd_notes.py", "numpy/generate.py"]


def main(args):
    if args and args[0] == "--one":
        sys.path.insert(0, str(HERE))
        write_suite(args[1])
        return
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = args or SUITES
    unknown = set(wanted) - set(SUITES)
    if unknown:
        sys.exit(f"no such suite: {', '.join(sorted(unknown))} (suites: {', '.join(SUITES)})")
    for name in wanted:
        subprocess.run([sys.executable, __file__, "--one", name], check=True)
    if not args:
        for script in OTHERS:
            print(f"--- {script}")
            subprocess.run([sys.executable, str(HERE / script)], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
