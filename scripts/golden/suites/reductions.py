"""Reductions with dim/keepdim, and the matrix products' shape rules and errors (pytorch-facts.md section 6)."""
from golden import Suite

SUITE = Suite("reductions", "sum/mean/max/... over dims, and matmul/mm/mv/bmm/dot")
s = SUITE

s.setup("x = torch.tensor([[1., 5., 3.], [4., 2., 6.]])", "var x = torch.tensor(new double[][] {{1., 5., 3.}, {4., 2., 6.}});")
s.setup("y3 = torch.arange(24.).reshape(2, 3, 4) / 7", "var y3 = torch.arange(24.).reshape(2, 3, 4).div(7);")
s.setup("i = torch.tensor([[3, -1, 4], [1, 5, -9]])", "var i = torch.tensor(new int[][] {{3, -1, 4}, {1, 5, -9}});")

s.section("sum, mean, prod with dim and keepdim")
for op in ["sum", "mean", "prod"]:
    for py_args, java_args in [("", ""), ("0", "0"), ("1", "1"), ("-1", "-1"), ("1, keepdim=True", "1, keepdim(true)"),
                               ("0, True", "0, true"), ("dim=0", "dim(0)"), ("dim=(0, 1)", "dim(0, 1)"), ("dim=[1, 0]", "dim(1, 0)"),
                               ("dim=-2, keepdim=True", "dim(-2), keepdim(true)")]:
        if op == "prod" and ("(" in py_args or "[" in py_args or "True" in py_args and "keepdim" not in py_args):
            continue
        if op == "prod" and py_args.startswith("dim="):
            continue
        s.case(f"x.{op}({py_args})", f"x.{op}({java_args})")
    s.case(f"y3.{op}(1)", f"y3.{op}(1)")
    s.case(f"y3.{op}(-1, keepdim=True)", f"y3.{op}(-1, keepdim(true))")
s.cases([
    ("y3.sum((0, 2))", "y3.sum(new long[] {0, 2})"),
    ("y3.mean((0, 2), keepdim=True)", "y3.mean(new long[] {0, 2}, keepdim(true))"),
    ("y3.sum(dim=())", "y3.sum(new long[] {})"),
    ("x.sum(), x.sum(0), x.sum(1, keepdim=True), x.sum(dim=(0, 1)), x.sum(-1)",
     "Tuple.of(x.sum(), x.sum(0), x.sum(1, keepdim(true)), x.sum(dim(0, 1)), x.sum(-1))"),
    ("i.sum(), i.sum(0), i.prod(1), i.prod()", "Tuple.of(i.sum(), i.sum(0), i.prod(1), i.prod())"),
    ("i.mean()", "i.mean()"),
    ("i.float().mean(1)", "i.Float().mean(1)"),
    ("torch.tensor([1, 2]).sum(), torch.tensor([1, 2]).prod(), torch.tensor([[1, 2]]).float().mean(dim=1)",
     "Tuple.of(torch.tensor(new int[] {1, 2}).sum(), torch.tensor(new int[] {1, 2}).prod(), torch.tensor(new int[][] {{1, 2}}).Float().mean(dim(1)))"),
    ("torch.ones(0).sum(), torch.ones(0).mean(), torch.ones(0).prod()", "Tuple.of(torch.ones(0).sum(), torch.ones(0).mean(), torch.ones(0).prod())"),
    ("torch.ones(2, 0).sum(1), torch.ones(2, 0).sum(0), torch.ones(2, 0).mean(1)", "Tuple.of(torch.ones(2, 0).sum(1), torch.ones(2, 0).sum(0), torch.ones(2, 0).mean(1))"),
    ("torch.tensor(5.).sum(), torch.tensor(5.).sum(0), torch.tensor(5.).mean(-1), torch.tensor(5.).sum(0, keepdim=True)",
     "Tuple.of(torch.tensor(5.).sum(), torch.tensor(5.).sum(0), torch.tensor(5.).mean(-1), torch.tensor(5.).sum(0, keepdim(true)))"),
    ("torch.tensor([True, False, True]).sum()", "torch.tensor(new boolean[] {true, false, true}).sum()"),
    ("torch.tensor([1e20, 1., -1e20]).sum()", "torch.tensor(new double[] {1e20, 1., -1e20}).sum()"),
    ("torch.tensor([float('nan'), 1.]).sum(), torch.tensor([float('inf'), -float('inf')]).sum()",
     "Tuple.of(torch.tensor(new double[] {Double.NaN, 1.}).sum(), torch.tensor(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}).sum())"),
    ("(torch.arange(100.) / 10).sum(), (torch.arange(100.) / 10).mean()", "Tuple.of(torch.arange(100.).div(10).sum(), torch.arange(100.).div(10).mean())"),
    ("torch.sum(x), torch.sum(x, 1), torch.mean(x, 0), torch.prod(x)", "Tuple.of(torch.sum(x), torch.sum(x, 1), torch.mean(x, 0), torch.prod(x))"),
    ("x.sum(2)", "x.sum(2)"),
    ("x.sum(-3)", "x.sum(-3)"),
    ("x.mean(dim=2)", "x.mean(dim(2))"),
    ("x.sum(dim=(0, 0))", "x.sum(dim(0, 0))"),
    ("x.sum(dim=(1, -1))", "x.sum(dim(1, -1))"),
    ("torch.tensor([1, 2]).mean()", "torch.tensor(new int[] {1, 2}).mean()"),
    ("torch.tensor([True]).mean()", "torch.tensor(new boolean[] {true}).mean()"),
    ("x.cumsum(0), x.cumsum(1), i.cumsum(1)", "Tuple.of(x.cumsum(0), x.cumsum(1), i.cumsum(1))"),
    ("x.logsumexp(1)", "x.logsumexp(1)"),
    ("x.count_nonzero(), torch.tensor([0, 1, 2, 0]).count_nonzero()", "Tuple.of(x.count_nonzero(), torch.tensor(new int[] {0, 1, 2, 0}).count_nonzero())"),
])

s.section("max, min, argmax, argmin, amax, amin")
s.cases([
    ("x.max()", "x.max()"), ("x.min()", "x.min()"),
    ("x.max(1)", "x.max(1)"), ("x.max(0)", "x.max(0)"), ("x.min(1)", "x.min(1)"), ("x.min(-1, keepdim=True)", "x.min(-1, keepdim(true))"),
    ("x.max(dim=0, keepdim=True)", "x.max(dim(0), keepdim(true))"),
    ("x.max(1).values, x.max(1)[1], x.argmax(), x.argmax(1)", "Tuple.of(x.max(1).values(), x.max(1).get(1), x.argmax(), x.argmax(1))"),
    ("x.argmin(), x.argmin(0), x.argmax(0, keepdim=True), x.argmax(dim=1, keepdim=True)",
     "Tuple.of(x.argmin(), x.argmin(0), x.argmax(0, keepdim(true)), x.argmax(dim(1), keepdim(true)))"),
    ("torch.max(x, torch.zeros(2, 3)), torch.max(x, 1), torch.min(x, 0)", "Tuple.of(torch.max(x, torch.zeros(2, 3)), torch.max(x, 1), torch.min(x, 0))"),
    ("torch.max(x, 1)[0]", "torch.max(x, 1).get(0)"),
    ("x.max(torch.tensor([2., 2., 2.]))", "x.max(torch.tensor(new double[] {2., 2., 2.}))"),
    ("i.max(), i.min(1), i.argmax(), i.argmin(1)", "Tuple.of(i.max(), i.min(1), i.argmax(), i.argmin(1))"),
    ("torch.tensor([1., 3., 3., 2.]).argmax(), torch.tensor([2., 1., 1.]).argmin()", "Tuple.of(torch.tensor(new double[] {1., 3., 3., 2.}).argmax(), torch.tensor(new double[] {2., 1., 1.}).argmin())"),
    ("torch.tensor([[1., 3.], [3., 1.]]).max(0)", "torch.tensor(new double[][] {{1., 3.}, {3., 1.}}).max(0)"),
    ("torch.tensor([1., float('nan'), 3.]).max(), torch.tensor([1., float('nan'), 3.]).argmax(), torch.tensor([1., float('nan')]).min(0)",
     "Tuple.of(torch.tensor(new double[] {1., Double.NaN, 3.}).max(), torch.tensor(new double[] {1., Double.NaN, 3.}).argmax(), torch.tensor(new double[] {1., Double.NaN}).min(0))"),
    ("torch.tensor([True, False]).max(), torch.tensor([True, False]).min(0)", "Tuple.of(torch.tensor(new boolean[] {true, false}).max(), torch.tensor(new boolean[] {true, false}).min(0))"),
    ("y3.max(1)", "y3.max(1)"), ("y3.argmax(2)", "y3.argmax(2)"), ("y3.amax((0, 2))", "y3.amax(dim(0, 2))"),
    ("x.amax(), x.amin(1), x.amax(0, keepdim=True)", "Tuple.of(x.amax(), x.amin(1), x.amax(0, keepdim(true)))"),
    ("torch.tensor(3.).max(), torch.tensor(3.).max(0), torch.tensor(3.).argmax()", "Tuple.of(torch.tensor(3.).max(), torch.tensor(3.).max(0), torch.tensor(3.).argmax())"),
    ("v, ix = x.min(1); (v, ix)", "var r = x.min(1); Tuple.of(r.values(), r.indices())"),
    ("x.max(1)[2]", "x.max(1).get(2)"),
    ("torch.ones(0).max()", "torch.ones(0).max()"),
    ("torch.ones(0).argmax()", "torch.ones(0).argmax()"),
    ("torch.ones(2, 0).max(1)", "torch.ones(2, 0).max(1)"),
    ("torch.ones(2, 0).max(0)", "torch.ones(2, 0).max(0)"),
    ("torch.tensor(3.).max(dim=1)", "torch.tensor(3.).max(dim(1))"),
    ("x.max(2)", "x.max(2)"),
    ("x.argmax(-3)", "x.argmax(-3)"),
])

s.section("std, var, norm, all, any")
s.cases([
    ("x.std(), x.std(unbiased=False), x.var(1), torch.tensor([3.]).std()",
     "Tuple.of(x.std(), x.std(unbiased(false)), x.var(1), torch.tensor(new double[] {3.}).std())"),
    ("x.var(), x.var(0), x.var(0, unbiased=False), x.std(1, keepdim=True)", "Tuple.of(x.var(), x.var(0), x.var(0, unbiased(false)), x.std(1, keepdim(true)))"),
    ("x.std(False), x.var(False), x.var(correction=0), x.std(dim=1, correction=2)",
     "Tuple.of(x.std(false), x.var(false), x.var(correction(0)), x.std(dim(1), correction(2)))",
     "x.std(False), x.var(False), x.var(None, correction=0), x.std(dim=1, correction=2)"),
    ("torch.tensor([True, False]).argmax()", "torch.tensor(new boolean[] {true, false}).argmax()"),
    ("torch.ones(0).argmin()", "torch.ones(0).argmin()"),
    ("torch.ones(2, 0).argmax(1)", "torch.ones(2, 0).argmax(1)"),
    ("torch.ones(2, 0).argmax(0)", "torch.ones(2, 0).argmax(0)"),
    ("torch.tensor([1, 0], dtype=torch.uint8).any(0)", "torch.tensor(new int[] {1, 0}, dtype(torch.uint8)).any(0)"),
    ("torch.tensor([1, 2], dtype=torch.int32).all()", "torch.tensor(new int[] {1, 2}, dtype(torch.int32)).all()"),
    ("torch.tensor([1, 2]).norm(1)", "torch.tensor(new int[] {1, 2}).norm(1)"),
    ("torch.tensor([1, 2]).std()", "torch.tensor(new int[] {1, 2}).std()"),
    ("torch.tensor([1, 2], dtype=torch.int32).softmax(0)", "torch.tensor(new int[] {1, 2}, dtype(torch.int32)).softmax(0)"),
    ("torch.tensor([[1, 2]]).log_softmax(1)", "torch.tensor(new int[][] {{1, 2}}).log_softmax(1)"),
    ("torch.outer(torch.ones(3), torch.ones(2, 2))", "torch.outer(torch.ones(3), torch.ones(2, 2))"),
    ("y3.std(1)", "y3.std(1)"), ("y3.var((0, 2))", "y3.var(dim(0, 2))"),
    ("torch.tensor([1, 2]).std()", "torch.tensor(new int[] {1, 2}).std()"),
    ("torch.ones(0).std()", "torch.ones(0).std()"),
    ("torch.tensor(2.).var()", "torch.tensor(2.).var()"),
    ("x.norm(), x.norm(1), x.norm(float('inf')), x.norm(dim=1), x.norm(2, dim=0, keepdim=True)",
     "Tuple.of(x.norm(), x.norm(1), x.norm(Double.POSITIVE_INFINITY), x.norm(dim(1)), x.norm(2, dim(0), keepdim(true)))"),
    ("x.norm(0), x.norm(3), x.norm(-float('inf'))", "Tuple.of(x.norm(0), x.norm(3), x.norm(Double.NEGATIVE_INFINITY))"),
    ("torch.norm(torch.tensor([3., 4.]))", "torch.norm(torch.tensor(new double[] {3., 4.}))"),
    ("torch.tensor([3, 4]).norm()", "torch.tensor(new int[] {3, 4}).norm()"),
    ("(x > 2).all(), (x > 0).all(), (x > 5).any(), (x > 6).any()", "Tuple.of(x.gt(2).all(), x.gt(0).all(), x.gt(5).any(), x.gt(6).any())"),
    ("(x > 2).all(1), (x > 2).any(0), (x > 2).all(1, keepdim=True)", "Tuple.of(x.gt(2).all(1), x.gt(2).any(0), x.gt(2).all(1, keepdim(true)))"),
    ("x.all(), i.any(), torch.tensor([0., 1.]).all(), torch.tensor([0, 0]).any(1 - 1)",
     "Tuple.of(x.all(), i.any(), torch.tensor(new double[] {0., 1.}).all(), torch.tensor(new int[] {0, 0}).any(1 - 1))"),
    ("torch.tensor([], dtype=torch.bool).all(), torch.tensor([], dtype=torch.bool).any()",
     "Tuple.of(torch.tensor(new boolean[] {}).all(), torch.tensor(new boolean[] {}).any())"),
    ("torch.tensor([1, 0], dtype=torch.uint8).all()", "torch.tensor(new int[] {1, 0}, dtype(torch.uint8)).all()"),
    ("x.softmax(1)", "x.softmax(1)"), ("x.log_softmax(0)", "x.log_softmax(0)"),
    ("x.softmax(dim=5)", "x.softmax(5)"),
    ("torch.tensor([1, 2]).softmax(0)", "torch.tensor(new int[] {1, 2}).softmax(0)"),
])

s.section("matrix products: shapes")
s.setup("a = torch.ones(2, 3); b = torch.ones(4, 5); v3 = torch.ones(3); v4 = torch.ones(4)",
        "var a = torch.ones(2, 3); var b = torch.ones(4, 5); var v3 = torch.ones(3); var v4 = torch.ones(4);")
s.cases([
    ("(a @ torch.ones(3, 4)).shape, (a @ v3).shape, (torch.ones(2) @ a).shape, (v3 @ v3).shape, (torch.ones(5, 2, 3) @ torch.ones(3, 4)).shape, (torch.ones(5, 1, 2, 3) @ torch.ones(6, 3, 4)).shape",
     "Tuple.of(a.matmul(torch.ones(3, 4)).shape(), a.matmul(v3).shape(), torch.ones(2).matmul(a).shape(), v3.matmul(v3).shape(), torch.ones(5, 2, 3).matmul(torch.ones(3, 4)).shape(), torch.ones(5, 1, 2, 3).matmul(torch.ones(6, 3, 4)).shape())"),
    ("(v3 @ torch.ones(2, 3, 4)).shape", "v3.matmul(torch.ones(2, 3, 4)).shape()"),
    ("(torch.ones(2, 3, 4) @ v4).shape", "torch.ones(2, 3, 4).matmul(v4).shape()"),
    ("(torch.ones(2, 1, 3, 4) @ torch.ones(5, 4, 2)).shape", "torch.ones(2, 1, 3, 4).matmul(torch.ones(5, 4, 2)).shape()"),
    ("(torch.ones(0, 3) @ torch.ones(3, 2)), (torch.ones(2, 0) @ torch.ones(0, 3))", "Tuple.of(torch.ones(0, 3).matmul(torch.ones(3, 2)), torch.ones(2, 0).matmul(torch.ones(0, 3)))"),
    ("torch.arange(6.).reshape(2, 3) @ torch.arange(12.).reshape(3, 4)", "torch.arange(6.).reshape(2, 3).matmul(torch.arange(12.).reshape(3, 4))"),
    ("torch.arange(6.).reshape(2, 3) @ torch.arange(3.)", "torch.arange(6.).reshape(2, 3).matmul(torch.arange(3.))"),
    ("torch.arange(2.) @ torch.arange(6.).reshape(2, 3)", "torch.arange(2.).matmul(torch.arange(6.).reshape(2, 3))"),
    ("torch.arange(3.) @ torch.arange(3.)", "torch.arange(3.).matmul(torch.arange(3.))"),
    ("torch.arange(12.).reshape(2, 2, 3) @ torch.arange(3.)", "torch.arange(12.).reshape(2, 2, 3).matmul(torch.arange(3.))"),
    ("torch.arange(12.).reshape(2, 2, 3) @ torch.arange(6.).reshape(3, 2)", "torch.arange(12.).reshape(2, 2, 3).matmul(torch.arange(6.).reshape(3, 2))"),
    ("torch.tensor([[1, 2]]) @ torch.tensor([[1], [2]])", "torch.tensor(new int[][] {{1, 2}}).matmul(torch.tensor(new int[][] {{1}, {2}}))"),
    ("torch.tensor([1, 2, 3]) @ torch.tensor([4, 5, 6])", "torch.tensor(new int[] {1, 2, 3}).matmul(torch.tensor(new int[] {4, 5, 6}))"),
    ("torch.arange(6.).reshape(2, 3).mm(torch.ones(3, 2))", "torch.arange(6.).reshape(2, 3).mm(torch.ones(3, 2))"),
    ("torch.arange(6.).reshape(2, 3).mv(torch.ones(3))", "torch.arange(6.).reshape(2, 3).mv(torch.ones(3))"),
    ("torch.arange(3.).dot(torch.arange(3.))", "torch.arange(3.).dot(torch.arange(3.))"),
    ("torch.arange(12.).reshape(2, 2, 3).bmm(torch.ones(2, 3, 1))", "torch.arange(12.).reshape(2, 2, 3).bmm(torch.ones(2, 3, 1))"),
    ("torch.matmul(a, v3), torch.mm(a, torch.ones(3, 1)), torch.mv(a, v3), torch.dot(v3, v3), torch.bmm(torch.ones(1, 2, 2), torch.ones(1, 2, 2))",
     "Tuple.of(torch.matmul(a, v3), torch.mm(a, torch.ones(3, 1)), torch.mv(a, v3), torch.dot(v3, v3), torch.bmm(torch.ones(1, 2, 2), torch.ones(1, 2, 2)))"),
    ("torch.outer(torch.arange(3.), torch.arange(2.))", "torch.outer(torch.arange(3.), torch.arange(2.))"),
    ("torch.arange(9.).reshape(3, 3).trace()", "torch.arange(9.).reshape(3, 3).trace()"),
    ("torch.arange(6.).reshape(2, 3).t() @ torch.arange(6.).reshape(2, 3)", "torch.arange(6.).reshape(2, 3).t().matmul(torch.arange(6.).reshape(2, 3))"),
    ("(torch.arange(6, dtype=torch.float64).reshape(2, 3) / 7) @ torch.ones(3, 2, dtype=torch.float64)",
     "torch.arange(6, dtype(torch.float64)).reshape(2, 3).div(7).matmul(torch.ones(3, 2, dtype(torch.float64)))"),
])

s.section("matrix products: errors")
s.cases([
    ("a @ b", "a.matmul(b)"),
    ("a @ v4", "a.matmul(v4)"),
    ("v4 @ a", "v4.matmul(a)"),
    ("v3 @ v4", "v3.matmul(v4)"),
    ("torch.ones(5, 2, 3) @ torch.ones(4, 3, 4)", "torch.ones(5, 2, 3).matmul(torch.ones(4, 3, 4))"),
    ("torch.ones(5, 2, 3) @ torch.ones(5, 4, 4)", "torch.ones(5, 2, 3).matmul(torch.ones(5, 4, 4))"),
    ("torch.ones(2, 3, 4) @ v3", "torch.ones(2, 3, 4).matmul(v3)"),
    ("a.mm(b)", "a.mm(b)"),
    ("a.mm(v3)", "a.mm(v3)"),
    ("v3.mm(a)", "v3.mm(a)"),
    ("a.mv(v4)", "a.mv(v4)"),
    ("a.mv(a)", "a.mv(a)"),
    ("v3.dot(v4)", "v3.dot(v4)"),
    ("v3.dot(a)", "v3.dot(a)"),
    ("torch.ones(2, 2, 3).bmm(torch.ones(2, 4, 5))", "torch.ones(2, 2, 3).bmm(torch.ones(2, 4, 5))"),
    ("torch.ones(2, 2, 3).bmm(torch.ones(3, 3, 5))", "torch.ones(2, 2, 3).bmm(torch.ones(3, 3, 5))"),
    ("a.bmm(a)", "a.bmm(a)"),
    ("torch.ones(2, 2, 3).bmm(a)", "torch.ones(2, 2, 3).bmm(a)"),
    ("torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.int64)", "torch.ones(2, 2).matmul(torch.ones(2, 2, dtype(torch.int64)))"),
    ("torch.ones(2, 3) @ torch.ones(3, 2, dtype=torch.int64)", "torch.ones(2, 3).matmul(torch.ones(3, 2, dtype(torch.int64)))"),
    ("torch.ones(2, 2, dtype=torch.int64).mm(torch.ones(2, 2))", "torch.ones(2, 2, dtype(torch.int64)).mm(torch.ones(2, 2))"),
    ("torch.ones(2, dtype=torch.float64).dot(torch.ones(2))", "torch.ones(2, dtype(torch.float64)).dot(torch.ones(2))"),
    ("torch.tensor(1.) @ torch.ones(2)", "torch.tensor(1.).matmul(torch.ones(2))"),
    ("torch.ones(2) @ torch.tensor(1.)", "torch.ones(2).matmul(torch.tensor(1.))"),
    ("torch.ones(2, 3).t() @ torch.ones(3, 2)", "torch.ones(2, 3).t().matmul(torch.ones(3, 2))"),
    ("torch.outer(a, v3)", "torch.outer(a, v3)"),
    ("a.trace()", "a.trace()"),
])
