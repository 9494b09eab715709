#!/usr/bin/python3
"""Runs the autograd code cells of the course notes (../shared/notes) in real PyTorch and writes
what each prints to src/test/resources/golden/autograd_notes/<cell>.txt, for NotesAutogradTest,
whose Java twins must print the same (object addresses are written as 0x...).

Run with Debian's interpreter, which has torch: /usr/bin/python3 scripts/golden/autograd_notes.py
Where a note shows the output of a cell, the run must reproduce it (checked below), so the golden
files are the notes' own outputs wherever the notes have them.
"""
import contextlib
import io
import pathlib
import re

import torch

OUT = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/golden/autograd_notes"

# (cell name, code as in the note; a notebook cell's displayed last value is written as print(repr(...)),
#  the output the note shows for it or None where the note shows none)
CELLS = [
    ("note000_polynomial", """
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2 + 3 * x + 5  # y = x^2 + 3x + 5
y.backward()
print(x.grad) # It will print the derivative of y = 2x + 3 at x = 2, which is 7
""", None),
    ("note001_tensor_and_grad_fn", """
a = torch.ones(2, 2, requires_grad=True)
print(a)
b = a + 2
print(b)
print(b.grad_fn)
c = b * b * 3
out = c.mean()

print(c, out)
""", """tensor([[1., 1.],
        [1., 1.]], requires_grad=True)
tensor([[3., 3.],
        [3., 3.]], grad_fn=<AddBackward0>)
<AddBackward0 object at 0x...>
tensor([[27., 27.],
        [27., 27.]], grad_fn=<MulBackward0>) tensor(27., grad_fn=<MeanBackward0>)
"""),
    ("note001_requires_grad_", """
p = torch.randn(3, 3)
p = ((p * 3) / (p - 1))
print(p.requires_grad)
p.requires_grad_(True)
print(p.requires_grad)
q = (p * p).sum()
print(q.grad_fn)
""", """False
True
<SumBackward0 object at 0x...>
"""),
    ("note001_gradients", """
a = torch.ones(2, 2, requires_grad=True)
b = a + 2
c = b * b * 3
out = c.mean()
out.backward()
print(repr(out))
print(a.grad)
""", """tensor(27., grad_fn=<MeanBackward0>)
tensor([[4.5000, 4.5000],
        [4.5000, 4.5000]])
"""),
    ("note001_vector_jacobian_product", """
x = torch.ones(3, requires_grad=True)

y = x * 2
# while y.detach().norm() < 1000:
#     y = y * 2
print(x)
print(y)
v = torch.tensor([1.0, 1.0, 1.0], dtype=torch.float)
y.backward(v)

print(x.grad)
""", """tensor([1., 1., 1.], requires_grad=True)
tensor([2., 2., 2.], grad_fn=<MulBackward0>)
tensor([2., 2., 2.])
"""),
    ("note001_no_grad_and_detach", """
x = torch.ones(3, requires_grad=True)
print(x.requires_grad)
print((x ** 2).requires_grad)

with torch.no_grad():
    print((x ** 2).requires_grad)
print(x.requires_grad)
y = x.detach()
print(y.requires_grad)
print(x.eq(y).all())
""", """True
True
False
True
False
tensor(True)
"""),
    ("note002_session", """
x = torch.ones(2, 2, requires_grad=True)
print(repr(x))
y = x + 2
print(repr(y))
print(repr(y.grad_fn))
z = y * y * 3
out = z.mean()
print(repr(z))
print(repr(out))
a = torch.randn(2, 2)
a = ((a * 3) / (a - 1))
print(repr(a.requires_grad))
a.requires_grad_(True)
print(repr(a.requires_grad))
b = (a * a).sum()
print(repr(b.grad_fn))
out.backward()
print(repr(x.grad))
""", """tensor([[1., 1.],
        [1., 1.]], requires_grad=True)
tensor([[3., 3.],
        [3., 3.]], grad_fn=<AddBackward0>)
<AddBackward0 object at 0x...>
tensor([[27., 27.],
        [27., 27.]], grad_fn=<MulBackward0>)
tensor(27., grad_fn=<MeanBackward0>)
False
True
<SumBackward0 object at 0x...>
tensor([[4.5000, 4.5000],
        [4.5000, 4.5000]])
"""),
    ("note003_simple_function", """
x = torch.tensor(4.0, requires_grad=True) # Must be a float to have a gradient
y = 3 * x**2
print(f"x = {x}")
print(f"y = {y}")
y.backward()
print(f"\\nThe gradient dy/dx at x=4 is: {x.grad}")
assert x.grad == 24
""", None),
    ("note003_computation_graph", """
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * 2
d = b + c
s = d.mean() # 's' is our final scalar value
print(f"a: {a}")
print(f"b: {b}")
print(f"c: {c}")
print(f"d: {d}")
print(f"s: {s}")
s.backward()
print(f"\\nGradient for a: {a.grad}")
print(f"Gradient for b: {b.grad}")
""", None),
    ("note003_accumulation", """
x = torch.tensor(3.0, requires_grad=True)
y1 = x**2  # y = 9, grad = 2x = 6
y1.backward()
print(f"After first pass, x.grad = {x.grad}")
y2 = x**3  # y = 27, grad = 3x^2 = 27
y2.backward()
print(f"After second pass, x.grad = {x.grad}") # 6 + 27 = 33
""", None),
    ("note003_zero_grad", """
x = torch.tensor(3.0, requires_grad=True)
y1 = x**2  # y = 9, grad = 2x = 6
y1.backward()
print(f"After first pass, x.grad = {x.grad}")
print("\\n--- Clearing gradients ---")
x.grad.zero_() # This is the in-place version of x.grad = torch.zeros_like(x.grad)
y2 = x**3  # y = 27, grad = 3x^2 = 27
y2.backward()
print(f"After second pass, x.grad = {x.grad}") # Now it's 27, which is correct!
""", None),
    ("note003_exercise4", """
print("\\n--- Exercise 4 ---")
x = torch.tensor(2.0, requires_grad=True)
y = 5*x**3 + 2*x
y.backward()
print(f"The gradient at x=2 is: {x.grad}")
""", None),
]


def run(code):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(code, {"torch": torch})
    return re.sub(r"0x[0-9a-f]+", "0x...", buffer.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, code, shown in CELLS:
        printed = run(code)
        if shown is not None and printed != shown:
            raise SystemExit(f"{name}: PyTorch printed\n{printed}\nbut the note shows\n{shown}")
        (OUT / f"{name}.txt").write_text(printed)
        print(f"{name}: {len(printed.splitlines())} lines")


if __name__ == "__main__":
    main()
