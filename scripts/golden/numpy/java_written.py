"""Real NumPy reads the files TorchTrek writes: runs TorchTrek's WriteSamplesForNumpy (from
target/classes and target/test-classes, so build first: scripts/test or mvn test-compile), then
loads every file with np.load and compares its repr with the one TorchTrek printed."""
import os
import subprocess
import sys
import tempfile

import numpy as np


def check(root):
    classes = [os.path.join(root, "target", d) for d in ("classes", "test-classes")]
    if not all(os.path.isdir(c) for c in classes):
        print("skipped the check that NumPy reads TorchTrek's files: build first (scripts/test)")
        return
    with tempfile.TemporaryDirectory() as out:
        cmd = ('. scripts/lib/jdk.sh && torchtrek_find_jdk && "$JAVA_HOME/bin/java" -cp "$0" '
               'torchtrek.numpy.WriteSamplesForNumpy "$1"')
        subprocess.run(["bash", "-c", cmd, os.pathsep.join(classes), out], cwd=root, check=True)
        failures, count = [], 0
        with open(os.path.join(out, "manifest.tsv"), encoding="utf-8") as f:
            for line in f:
                kind, file, member, expected = line.rstrip("\n").split("\t")
                expected = expected.replace("\\n", "\n").replace("\\\\", "\\")
                if kind == "npy":
                    actual = repr(np.load(os.path.join(out, file)))
                else:
                    with np.load(os.path.join(out, file)) as archive:
                        actual = repr(archive[member])
                count += 1
                if actual != expected:
                    failures.append(f"{file} {member}: NumPy {actual!r}, TorchTrek {expected!r}")
    if failures:
        sys.exit("NumPy read TorchTrek's files differently:\n" + "\n".join(failures))
    print(f"NumPy read all {count} arrays TorchTrek wrote (.npy, .npz, a mapped file) as TorchTrek printed them")
