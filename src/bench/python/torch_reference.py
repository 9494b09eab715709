"""PyTorch itself, measured in the same run as TorchTrek (scripts/bench).

Prints 'key<TAB>best<TAB>median<TAB>unit' lines, keys prefixed 'torch_'. Debian's python3-torch
uses the reference BLAS, so its matmul is no reference for speed; its per-op overheads are.
best = highest throughput or lowest latency over the timed rounds.
Usage: /usr/bin/python3 torch_reference.py [--quick]
"""
import statistics
import sys
import time

import torch

QUICK = "--quick" in sys.argv[1:]
ROUNDS = 3 if QUICK else 7
ROUND_S = 0.05 if QUICK else 0.2
torch.set_num_threads(2)
print(f"# torch {torch.__version__}, {torch.get_num_threads()} threads", file=sys.stderr)


def seconds_per_op(op, warmup):
    for _ in range(warmup):
        op()
    t0 = time.perf_counter()
    op()
    once = max(time.perf_counter() - t0, 1e-9)
    inner = int(max(1, min(1_000_000, ROUND_S / once)))
    rounds = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(inner):
            op()
        rounds.append((time.perf_counter() - t0) / inner)
    return rounds


def rate(key, secs, work, unit):
    print(f"torch_{key}\t{work / min(secs):.3f}\t{work / statistics.median(secs):.3f}\t{unit}", flush=True)


def latency(key, secs, scale, unit):
    print(f"torch_{key}\t{min(secs) * scale:.3f}\t{statistics.median(secs) * scale:.3f}\t{unit}", flush=True)


for n in (64, 256) if QUICK else (64, 256, 1024):
    a, b = torch.rand(n, n), torch.rand(n, n)
    rate(f"matmul{n}_gflops", seconds_per_op(lambda: a @ b, 2 if n >= 1024 else 20), 2.0 * n ** 3 / 1e9, "GFLOP/s")

N = 16 << 20
a, b, c = torch.rand(N), torch.rand(N), torch.empty(N)
rate("add16M_out_gbs", seconds_per_op(lambda: torch.add(a, b, out=c), 3), 12.0 * N / 1e9, "GB/s")
rate("add16M_alloc_gbs", seconds_per_op(lambda: a + b, 3), 12.0 * N / 1e9, "GB/s")
rate("sum16M_gbs", seconds_per_op(lambda: a.sum(), 3), 4.0 * N / 1e9, "GB/s")
del a, b, c

p, q = torch.rand(2, 2), torch.rand(2, 2)
latency("add2x2_ns", seconds_per_op(lambda: p + q, 10_000), 1e9, "ns/op")

x = torch.tensor(2.0, requires_grad=True)


def scalar_loop():
    y = x * x + 3 * x + 5
    y.backward()
    x.grad.zero_()


latency("autograd_scalar_us", seconds_per_op(scalar_loop, 2_000), 1e6, "us/iter")

torch.manual_seed(0)
xs, target = torch.randn(64, 784), torch.randn(64, 10)
w1 = (torch.randn(784, 128) * 0.05).requires_grad_()
b1 = torch.zeros(128, requires_grad=True)
w2 = (torch.randn(128, 10) * 0.05).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)
params = (w1, b1, w2, b2)


def mlp_step():
    hidden = (xs @ w1 + b1).relu()
    loss = ((hidden @ w2 + b2) - target).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        for prm in params:
            prm.sub_(prm.grad * 0.01)
            prm.grad.zero_()


latency("mlp_step_ms", seconds_per_op(mlp_step, 5), 1e3, "ms/step")
