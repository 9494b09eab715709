"""Broadcasting: result shapes, errors, expand, and in-place outputs (pytorch-facts.md section 3)."""
import itertools

from golden import Suite

SUITE = Suite("broadcasting", "shapes that broadcast, shapes that do not, and what expand does")
s = SUITE


def shape_py(shape):
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def shape_java(shape):
    return "new long[] {" + ", ".join(map(str, shape)) + "}"


s.section("a + b for pairs of shapes: the result's shape, or the error")
SHAPES = [(), (1,), (3,), (2, 1), (1, 3), (2, 3), (3, 2), (4, 1, 3), (2, 1, 1), (0,), (1, 0), (2, 0)]
for a, b in itertools.product(SHAPES, repeat=2):
    s.case(f"(torch.ones({shape_py(a)}) + torch.ones({shape_py(b)})).shape",
           f"torch.ones({shape_java(a)}).add(torch.ones({shape_java(b)})).shape()")

s.section("values: each element meets its broadcast partner")
s.setup("col = torch.arange(3.).reshape(3, 1); row = torch.arange(4.) * 10",
        "var col = torch.arange(3.).reshape(3, 1); var row = torch.arange(4.).mul(10);")
s.cases([
    ("col + row", "col.add(row)"),
    ("col * row", "col.mul(row)"),
    ("row - col", "row.sub(col)"),
    ("col / (row + 1)", "col.div(row.add(1))"),
    ("col > row / 10", "col.gt(row.div(10))"),
    ("torch.where(col > 0, row, -row)", "torch.where(col.gt(0), row, row.neg())"),
    ("torch.maximum(col, row / 10)", "torch.maximum(col, row.div(10))"),
    ("col.expand(3, 4) + row", "col.expand(3, 4).add(row)"),
    ("(col + row).sum(0)", "col.add(row).sum(0)"),
    ("torch.tensor([[1, 2, 3]]) * torch.tensor([[1], [10]])", "torch.tensor(new int[][] {{1, 2, 3}}).mul(torch.tensor(new int[][] {{1}, {10}}))"),
    ("torch.arange(6).reshape(2, 3) + torch.tensor(100)", "torch.arange(6).reshape(2, 3).add(torch.tensor(100))"),
    ("torch.arange(24).reshape(2, 3, 4) % torch.tensor([2, 3, 4, 5])", "torch.arange(24).reshape(2, 3, 4).remainder(torch.tensor(new int[] {2, 3, 4, 5}))"),
    ("torch.ones(2, 1, 3) + torch.ones(4, 1)", "torch.ones(2, 1, 3).add(torch.ones(4, 1))"),
])

s.section("torch.broadcast_shapes")
s.cases([
    ("torch.broadcast_shapes((2, 1, 3), (4, 1))", "torch.broadcast_shapes(List.of(2, 1, 3), List.of(4, 1))"),
    ("torch.broadcast_shapes((5,), (3, 1), (1, 1, 1))", "torch.broadcast_shapes(List.of(5), List.of(3, 1), List.of(1, 1, 1))"),
    ("torch.broadcast_shapes((2, 3), (3, 2))", "torch.broadcast_shapes(List.of(2, 3), List.of(3, 2))"),
    ("torch.broadcast_shapes((0,), (1,))", "torch.broadcast_shapes(List.of(0), List.of(1))"),
    ("torch.broadcast_shapes((), (2,))", "torch.broadcast_shapes(List.of(), List.of(2))"),
    ("torch.broadcast_shapes((2, -1), (1,))", "torch.broadcast_shapes(List.of(2, -1), List.of(1))"),
    ("torch.broadcast_shapes((3, 1), (1, 0))", "torch.broadcast_shapes(List.of(3, 1), List.of(1, 0))"),
])

s.section("errors")
s.cases([
    ("torch.ones(2, 3) + torch.ones(3, 2)", "torch.ones(2, 3).add(torch.ones(3, 2))"),
    ("torch.ones(2, 3) + torch.ones(4, 3)", "torch.ones(2, 3).add(torch.ones(4, 3))"),
    ("torch.ones(5, 2, 3) * torch.ones(4, 1, 3)", "torch.ones(5, 2, 3).mul(torch.ones(4, 1, 3))"),
    ("torch.ones(2, 3) == torch.ones(2)", "torch.ones(2, 3).eq(torch.ones(2))"),
    ("torch.where(torch.ones(2, dtype=torch.bool), torch.ones(3), torch.ones(1))",
     "torch.where(torch.ones(2, dtype(torch.bool)), torch.ones(3), torch.ones(1))"),
    ("torch.ones(3) - torch.ones(4)", "torch.ones(3).sub(torch.ones(4))"),
    ("torch.ones(2, 3).lt(torch.ones(3, 3))", "torch.ones(2, 3).lt(torch.ones(3, 3))"),
])

s.section("expand")
s.cases([
    ("torch.ones(3).expand(2, 4)", "torch.ones(3).expand(2, 4)"),
    ("torch.ones(2, 3).expand(3)", "torch.ones(2, 3).expand(3)"),
    ("torch.ones(3).expand(2, -1).shape, torch.ones(2, 1).expand(-1, 4).stride()",
     "Tuple.of(torch.ones(3).expand(2, -1).shape(), torch.ones(2, 1).expand(-1, 4).stride())"),
    ("torch.ones(2, 1).expand(-1, 4, 3)", "torch.ones(2, 1).expand(-1, 4, 3)"),
    ("torch.ones(2, 3).expand(3, 3)", "torch.ones(2, 3).expand(3, 3)"),
    ("torch.arange(3).expand(2, 3)", "torch.arange(3).expand(2, 3)"),
    ("torch.arange(3).expand(2, 3).stride()", "torch.arange(3).expand(2, 3).stride()"),
    ("torch.arange(3).reshape(3, 1).expand(3, 2)", "torch.arange(3).reshape(3, 1).expand(3, 2)"),
    ("torch.tensor(7).expand(2, 2)", "torch.tensor(7).expand(2, 2)"),
    ("torch.tensor(7).expand(2, 2).stride()", "torch.tensor(7).expand(2, 2).stride()"),
    ("torch.ones(1, 3).expand(0, 3).shape", "torch.ones(1, 3).expand(0, 3).shape()"),
    ("torch.ones(2, 1).expand(2, -1).shape", "torch.ones(2, 1).expand(2, -1).shape()"),
    ("torch.ones(3).expand(-1, 3)", "torch.ones(3).expand(-1, 3)"),
    ("torch.ones(3).expand(2, 3).is_contiguous()", "torch.ones(3).expand(2, 3).is_contiguous()"),
    ("torch.ones(3).expand_as(torch.ones(2, 3)).shape", "torch.ones(3).expand_as(torch.ones(2, 3)).shape()"),
    ("torch.arange(3).broadcast_to((2, 3))", "torch.arange(3).broadcast_to(2, 3)"),
    ("torch.ones(2, 3).expand(2, 3, 1)", "torch.ones(2, 3).expand(2, 3, 1)"),
    ("torch.ones(4, 1).expand(4, 5).contiguous().stride()", "torch.ones(4, 1).expand(4, 5).contiguous().stride()"),
])

s.section("in-place: the output must already have the broadcast shape")
s.cases([
    ("a = torch.zeros(3); a += torch.ones(2, 3)", "var a = torch.zeros(3); a.add_(torch.ones(2, 3));"),
    ("a = torch.zeros(1, 3); a.add_(torch.ones(2, 3))", "var a = torch.zeros(1, 3); a.add_(torch.ones(2, 3));"),
    ("a = torch.zeros(2, 3); a += torch.ones(3); a", "var a = torch.zeros(2, 3); a.add_(torch.ones(3)); a"),
    ("a = torch.zeros(2, 3); a *= torch.tensor([[2.], [3.]]); a", "var a = torch.zeros(2, 3); a.mul_(torch.tensor(new double[][] {{2.}, {3.}})); a"),
    ("a = torch.ones(2, 3); a -= torch.arange(3.); a", "var a = torch.ones(2, 3); a.sub_(torch.arange(3.)); a"),
    ("a = torch.ones(2, 1); a.mul_(torch.ones(2, 3))", "var a = torch.ones(2, 1); a.mul_(torch.ones(2, 3));"),
    ("a = torch.ones(3); a.copy_(torch.tensor(5.)); a", "var a = torch.ones(3); a.copy_(torch.tensor(5.)); a"),
    ("a = torch.ones(2, 3); a.copy_(torch.tensor([1., 2., 3.])); a", "var a = torch.ones(2, 3); a.copy_(torch.tensor(new double[] {1., 2., 3.})); a"),
    ("a = torch.ones(3); a.copy_(torch.ones(2, 3))", "var a = torch.ones(3); a.copy_(torch.ones(2, 3));"),
    ("a = torch.ones(3); a.copy_(torch.ones(4))", "var a = torch.ones(3); a.copy_(torch.ones(4));"),
    ("a = torch.ones(2, 3); a[0] = torch.ones(1, 1, 3) * 5; a", "var a = torch.ones(2, 3); a.set(\"0\", torch.ones(1, 1, 3).mul(5)); a"),
    ("a = torch.ones(2, 3); a[0] = torch.ones(2, 3)", "var a = torch.ones(2, 3); a.set(\"0\", torch.ones(2, 3));"),
    ("a = torch.ones(2, 3); a[:, 0] = torch.ones(3)", "var a = torch.ones(2, 3); a.set(\":, 0\", torch.ones(3));"),
    ("a = torch.ones(2, 3); a[:] = torch.tensor([[7.], [8.]]); a", "var a = torch.ones(2, 3); a.set(\":\", torch.tensor(new double[][] {{7.}, {8.}})); a"),
    ("r = torch.empty(2, 3); torch.add(torch.ones(3), torch.ones(2, 1), out=r); r",
     "var r = torch.empty(2, 3); torch.add(torch.ones(3), torch.ones(2, 1), out(r)); r"),
    ("r = torch.empty(5); torch.add(torch.ones(3), torch.ones(2, 1), out=r); r",
     "var r = torch.empty(5); torch.add(torch.ones(3), torch.ones(2, 1), out(r)); r"),
    ("r = torch.empty(0); torch.add(torch.ones(3), torch.ones(2, 1), out=r); r",
     "var r = torch.empty(0); torch.add(torch.ones(3), torch.ones(2, 1), out(r)); r"),
])
