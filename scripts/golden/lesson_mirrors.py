#!/usr/bin/python3
"""Runs the Python that each lesson cell mirrors (the ```python block right after a ```java cell
and its ```output) in real PyTorch, lesson by lesson in one namespace as a student's session would,
and writes what each block prints to src/test/resources/golden/lesson-mirrors.json, keyed by lesson
file and 0-based cell number. LessonMirrorTest checks that each cell's output in the lesson (which
the lesson doc-test proves TorchTrek prints) is what PyTorch prints.

A block marked ```python no-compare is shown in the lesson but not run (training loops, whose last
digits depend on summation order).

Run with Debian's interpreter, which has torch: /usr/bin/python3 scripts/golden/lesson_mirrors.py
"""
import contextlib
import io
import json
import math
import pathlib
import re
import traceback

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src/test/resources/golden/lesson-mirrors.json"
FENCE = re.compile(r"^```(\S*)\s*(.*)$")


def blocks(text):
    """(language, flags, code, first line, last line) of every fenced block, lines 1-based."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        lang, flags, start = m.group(1), m.group(2).split(), i
        i += 1
        body = []
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i])
            i += 1
        out.append((lang, flags, "\n".join(body) + "\n", start + 1, i + 1))
        i += 1
    return out, lines


def only_blank_between(lines, after, before):
    return all(not lines[k - 1].strip() for k in range(after + 1, before))


def mirrors(text):
    """{java cell index: python code} for the python blocks attached to java cells."""
    bs, lines = blocks(text)
    found, cell = {}, -1
    for n, (lang, flags, code, first, last) in enumerate(bs):
        if lang != "java":
            continue
        cell += 1
        end, k = last, n + 1
        if k < len(bs) and bs[k][0] == "output" and only_blank_between(lines, end, bs[k][3]):
            end, k = bs[k][4], k + 1
        if k < len(bs) and bs[k][0] == "python" and only_blank_between(lines, end, bs[k][3]) \
                and "no-compare" not in bs[k][1]:
            found[cell] = bs[k][2]
    return found


def run(code, namespace):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        try:
            exec(compile(code, "<lesson>", "exec"), namespace)
        except Exception as e:  # a cell that shows an error prints it as the REPL does
            line = traceback.format_exception_only(type(e), e)[-1].strip()
            print(line)
    return buf.getvalue()


def main():
    result = {}
    for lesson in sorted((ROOT / "lessons").glob("*.md")):
        namespace = {"torch": torch, "np": np, "math": math}
        cells = mirrors(lesson.read_text())
        result[lesson.name] = {str(i): run(code, namespace) for i, code in sorted(cells.items())}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT} ({sum(len(v) for v in result.values())} cells)")


if __name__ == "__main__":
    main()
