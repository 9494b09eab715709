#!/usr/bin/env bash
# REPL start-up and per-snippet latency, beside jshell and PyTorch measured in the same run.
#   repl_first_result_s          `echo 'torch.ones(2, 2)' | scripts/torchtrek`: launch to the tensor's first line
#   jshell_first_result_s        `echo '1+1' | jshell -q`: launch to its first result
#   python_torch_first_result_s  `python3 -c "import torch; print(torch.ones(2,2))"` (Debian's python3-torch)
#   repl_snippet_ms              one-line tensor expressions after the first, each (20 piped in one session)
# Prints key<TAB>best<TAB>median<TAB>unit lines (scripts/bench-parts/README.md); --quick: fewer rounds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/lib/jdk.sh"
torchtrek_find_jdk
rounds=7
[ "${1:-}" = "--quick" ] && rounds=3
py=/usr/bin/python3
[ -x "$py" ] || py=python3

echo "torch.ones(2, 2)" | "$root/scripts/torchtrek" >/dev/null   # builds it and its start-up cache when needed

"$py" - "$rounds" "$root/scripts/torchtrek" "$JAVA_HOME/bin/jshell" "$py" <<'PY'
import statistics, subprocess, sys, time

rounds, torchtrek, jshell, python = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def first_result(cmd, stdin, marker):
    """Seconds from launch until a line containing `marker` is printed, or None when it never is."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    p.stdin.write(stdin)
    p.stdin.close()
    seen = None
    for line in p.stdout:
        if seen is None and marker in line:
            seen = time.perf_counter() - start
    p.wait()
    return seen

def snippet_ms():
    """Per-snippet time after the first: 20 one-line tensor expressions piped into one session."""
    lines = ["torch.ones(2, 2)"] + [f"torch.arange({k}).mul(2).sum()" for k in range(1, 21)]
    p = subprocess.Popen([torchtrek], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    p.stdin.write("\n".join(lines) + "\n")
    p.stdin.close()
    stamps = [time.perf_counter() for line in p.stdout if line.startswith("tensor(")]
    p.wait()
    return (stamps[-1] - stamps[0]) * 1000 / 20 if len(stamps) == 21 else None

def row(key, samples, unit):
    samples = [s for s in samples if s is not None]
    if not samples:
        print(f"# {key}: no measurement (the command failed)", file=sys.stderr)
        return
    print(f"{key}\t{min(samples):.3f}\t{statistics.median(samples):.3f}\t{unit}")

runs = {"repl": [], "jshell": [], "python": [], "snippet": []}
for _ in range(rounds):   # interleaved, so that all three see the same machine load
    runs["repl"].append(first_result([torchtrek], "torch.ones(2, 2)\n", "tensor([[1., 1.],"))
    runs["jshell"].append(first_result([jshell, "-q"], "1+1\n", "==> 2"))
    runs["python"].append(first_result([python, "-c", "import torch; print(torch.ones(2,2))"], "", "tensor([[1., 1.],"))
    runs["snippet"].append(snippet_ms())
row("repl_first_result_s", runs["repl"], "s")
row("jshell_first_result_s", runs["jshell"], "s")
row("python_torch_first_result_s", runs["python"], "s")
row("repl_snippet_ms", runs["snippet"], "ms")
PY
