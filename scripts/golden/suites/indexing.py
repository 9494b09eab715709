"""Indexing: ints, slices, None, ..., index lists and tensors, boolean masks, assignment, errors
(pytorch-facts.md section 5). The Java twin writes Python's index as a string, or typed."""
from golden import Suite

SUITE = Suite("indexing", "x[...] and x[...] = v, as views or copies")
s = SUITE

s.setup("x = torch.arange(12).reshape(3, 4)", "var x = torch.arange(12).reshape(3, 4);")
s.setup("y3 = torch.arange(24).reshape(2, 3, 4)", "var y3 = torch.arange(24).reshape(2, 3, 4);")

s.section("basic indexing: ints, slices, None, ...")
for index in [
    "1", "-1", "-1, -1", "0, 1:3", ":, ::2", "1:", "5:", "-2:, -1", "::-1" if False else "::2", "1:2", "1:1", ":", "...",
    "None", ":, None", "..., 1", "..., None", "1, ...", "None, 1, None", ":2, :2", "-3:-1", "-100:100", "2:0", ":, -1:",
    ":, 1::2", "0, 0", "2, 3", ":, 3", "..., 1:3", "None, ...", "0, None, :", "1, -1", ":, :, None", ":, 0:4:3",
    "0:3:2, 1:4:2", "-1:", ":-1", "::3", "1::5",
]:
    s.case(f"x[{index}]", f"x.get(\"{index}\")")
for index in ["0", "1, 2", "1, 2, 3", "..., 0", ":, 1, :", "0, ..., 3", "None, 0, None, 1", ":, ::2, 1:3", "-1, -1, -1", "1:, 1:, 1:"]:
    s.case(f"y3[{index}]", f"y3.get(\"{index}\")")
s.cases([
    ("x[1, 2].shape, x[1, 2].item()", "Tuple.of(x.get(1, 2).shape(), x.get(1, 2).item_long())"),
    ("x[None].shape, x[:, None].shape, x[..., None].shape, x[1, ...].shape",
     "Tuple.of(x.get(\"None\").shape(), x.get(\":, None\").shape(), x.get(\"..., None\").shape(), x.get(\"1, ...\").shape())"),
    ("x[1]", "x.get(1)"), ("x[-1]", "x.get(-1)"), ("x[1, 2]", "x.get(1, 2)"), ("y3[1, 2, 3]", "y3.get(1, 2, 3)"),
    ("x[torch.tensor(1)]", "x.get(torch.tensor(1))"),
    ("x[1, torch.tensor(2)]", "x.get(1, torch.tensor(2))"),
    ("x[None, 1]", "x.get(null, 1)"),
    ("x[..., 1]", "x.get(\"...\", 1)"),
    ("x[1][2]", "x.get(1).get(2)"),
    ("x[1:][0]", "x.get(\"1:\").get(0)"),
    ("torch.tensor(5)[None]", "torch.tensor(5).get(\"None\")"),
    ("torch.tensor(5)[...]", "torch.tensor(5).get(\"...\")"),
    ("torch.tensor(5.)[0]", "torch.tensor(5.).get(0)"),
    ("torch.tensor(5.)[:]", "torch.tensor(5.).get(\":\")"),
])

s.section("advanced indexing: lists, index tensors, boolean masks (copies)")
for index in [
    "[0, 2]", "[0, 2], [1, 3]", ":, [0, 0, 3]", "[2, 0, 1]", "[-1, 0]", "[0, 2], 1", "1, [0, 3]",
    "[0, 2], 1:", "1:, [0, 3]", "[0], [0]", "[], :", "..., [0, 3]", "[0, 2], None", "None, [0, 2]", "[True, False, True]",
    "[True, False, True], 1", "[True, False, True], [0, 3]", ":, [True, False, False, True]", "[1, 1, 1]",
]:
    s.case(f"x[{index}]", f"x.get(\"{index}\")")
for index in ["[0, 1], :, [1, 2]", ":, [0, 2], [1, 3]", "[1], [0, 2]", "[0, 1], [0, 2], 0", "0, :, [0, 3]", "[0, 1], 0, [1, 2]",
              "..., [0, 3]", "[1, 0], ..., [3]"]:
    s.case(f"y3[{index}]", f"y3.get(\"{index}\")")
s.cases([
    ("x[x % 5 == 0]", "x.get(x.remainder(5).eq(0))"),
    ("x[torch.tensor([True, False, True])]", "x.get(torch.tensor(new boolean[] {true, false, true}))"),
    ("x[x > 100]", "x.get(x.gt(100))"),
    ("x[x > 5].shape", "x.get(x.gt(5)).shape()"),
    ("x[torch.tensor([2, 0])]", "x.get(torch.tensor(new int[] {2, 0}))"),
    ("x[torch.tensor([[0], [2]]), torch.tensor([1, 3])]", "x.get(torch.tensor(new int[][] {{0}, {2}}), torch.tensor(new int[] {1, 3}))"),
    ("x[:, torch.tensor([3, 0])]", "x.get(\":\", torch.tensor(new int[] {3, 0}))"),
    ("x[torch.tensor([1, 0], dtype=torch.int32)]", "x.get(torch.tensor(new int[] {1, 0}, dtype(torch.int32)))",
     "x[torch.tensor([1, 0], dtype=torch.int32).long()]"),
    ("x[[0, 1], [0, 5]]", "x.get(\"[0, 1], [0, 5]\")"),
    ("y3[0, :, [0, 5]]", "y3.get(\"0, :, [0, 5]\")"),
    ("y3[None, 1, None, 3]", "y3.get(\"None, 1, None, 3\")"),
    ("y3[..., 4]", "y3.get(\"..., 4\")"),
    ("x.index_select(0, torch.tensor([2, 0], dtype=torch.int32))", "x.index_select(0, torch.tensor(new int[] {2, 0}, dtype(torch.int32)))"),
    ("x.gather(1, torch.tensor([[-1]]))", "x.gather(1, torch.tensor(new int[][] {{-1}}))"),
    ("x.take(torch.tensor([-13]))", "x.take(torch.tensor(new int[] {-13}))"),
    ("x[torch.tensor([1, 0], dtype=torch.uint8)]", "x.get(torch.tensor(new int[] {1, 0}, dtype(torch.uint8)))"),
    ("x[x.sum(1) > 10]", "x.get(x.sum(1).gt(10))"),
    ("y3[y3 > 20]", "y3.get(y3.gt(20))"),
    ("y3[torch.tensor([[True, False, True], [False, False, True]])]", "y3.get(torch.tensor(new boolean[][] {{true, false, true}, {false, false, true}}))"),
    ("x[torch.tensor(True)]", "x.get(\"True\")"),
    ("x[torch.tensor(False)]", "x.get(\"False\")"),
    ("x[None, [0, 2]]", "x.get(\"None, [0, 2]\")"),
    ("x[torch.tensor([[0, 1], [1, 2]])]", "x.get(torch.tensor(new int[][] {{0, 1}, {1, 2}}))"),
    ("z = x[[0]]; z[0, 0] = -5; x[0, 0]", "var z = x.get(\"[0]\"); z.set(\"0, 0\", -5); x.get(0, 0)"),
])

s.section("errors")
for index in ["3", "0, 4", "-4", "1, 2, 0", "::-1", ":, ::0", "[0, 5]", "[-4]", ":, [4]", "1.5", "0, 0, 0, 0",
              "[True, False]", ":, [True, False]", "[0, 1], [0, 1, 2]", "None, 3"]:
    s.case(f"x[{index}]", f"x.get(\"{index}\")")
s.cases([
    ("x[torch.tensor([True, False])]", "x.get(torch.tensor(new boolean[] {true, false}))"),
    ("x[torch.tensor([0.0])]", "x.get(torch.tensor(new double[] {0.0}))"),
    ("x[torch.tensor([[0, 3], [1, 1]]), torch.tensor([0, 1, 2])]", "x.get(torch.tensor(new int[][] {{0, 3}, {1, 1}}), torch.tensor(new int[] {0, 1, 2}))"),
    ("torch.ones(3)[3]", "torch.ones(3).get(3)"),
    ("torch.ones(0)[0]", "torch.ones(0).get(0)"),
    ("torch.tensor(5.)[[0]]", "torch.tensor(5.).get(\"[0]\")"),
    ("x[5, 0]", "x.get(5, 0)"),
])

s.section("assignment")
s.cases([
    ("y = torch.zeros(3, 4); y[0] = 5; y[:, 1] = torch.tensor([1., 2., 3.]); y[y == 0] = -1; y",
     "var y = torch.zeros(3, 4); y.set(\"0\", 5); y.set(\":, 1\", torch.tensor(new double[] {1., 2., 3.})); y.set(y.eq(0), -1); y"),
    ("y = torch.zeros(3, 4); y[:, :2] = torch.tensor([7., 8.]); y[2] = torch.ones(2)",
     "var y = torch.zeros(3, 4); y.set(\":, :2\", torch.tensor(new double[] {7., 8.})); y.set(\"2\", torch.ones(2));"),
    ("y = torch.zeros(3, 4); y[:, :2] = torch.tensor([7., 8.]); y",
     "var y = torch.zeros(3, 4); y.set(\":, :2\", torch.tensor(new double[] {7., 8.})); y"),
    ("v = x[0]; v[0] = 100; x[0, 0]", "var v = x.get(0); v.set(\"0\", 100); x.get(0, 0)"),
    ("y = torch.zeros(2, 3); y[[0, 1], [2, 0]] = 9.; y", "var y = torch.zeros(2, 3); y.set(\"[0, 1], [2, 0]\", 9.); y"),
    ("y = torch.zeros(2, 3); y[[0, 1], [2, 0]] = torch.tensor([1., 2.]); y",
     "var y = torch.zeros(2, 3); y.set(\"[0, 1], [2, 0]\", torch.tensor(new double[] {1., 2.})); y"),
    ("y = torch.zeros(2, 3); y[:, [0, 2]] = torch.tensor([[1., 2.], [3., 4.]]); y",
     "var y = torch.zeros(2, 3); y.set(\":, [0, 2]\", torch.tensor(new double[][] {{1., 2.}, {3., 4.}})); y"),
    ("y = torch.zeros(2, 3); y[[0, 0], [1, 1]] = torch.tensor([5., 6.]); y",
     "var y = torch.zeros(2, 3); y.set(\"[0, 0], [1, 1]\", torch.tensor(new double[] {5., 6.})); y"),
    ("y = torch.arange(6.); y[y > 2] = torch.tensor([10., 20., 30.]); y",
     "var y = torch.arange(6.); y.set(y.gt(2), torch.tensor(new double[] {10., 20., 30.})); y"),
    ("y = torch.arange(6.); y[y > 2] = torch.tensor([10., 20.])", "var y = torch.arange(6.); y.set(y.gt(2), torch.tensor(new double[] {10., 20.}));"),
    ("y = torch.zeros(3); y[5] = 1", "var y = torch.zeros(3); y.set(\"5\", 1);"),
    ("y = torch.zeros(3, dtype=torch.int64); y[0] = 2.7; y", "var y = torch.zeros(3, dtype(torch.int64)); y.set(\"0\", 2.7); y"),
    ("y = torch.zeros(3, dtype=torch.bool); y[1] = True; y", "var y = torch.zeros(3, dtype(torch.bool)); y.set(\"1\", true); y"),
    ("y = torch.zeros(2, 2); y[...] = 3; y", "var y = torch.zeros(2, 2); y.set(\"...\", 3); y"),
    ("y = torch.zeros(2, 2); y[:] = torch.tensor([1., 2.]); y", "var y = torch.zeros(2, 2); y.set(\":\", torch.tensor(new double[] {1., 2.})); y"),
    ("y = torch.zeros(2, 2); y[0] = torch.tensor([[1., 2.]]); y", "var y = torch.zeros(2, 2); y.set(\"0\", torch.tensor(new double[][] {{1., 2.}})); y"),
    ("y = torch.zeros(2, 2); y[0] = torch.tensor([1, 2]); y", "var y = torch.zeros(2, 2); y.set(\"0\", torch.tensor(new int[] {1, 2})); y"),
    ("y = torch.zeros(2, 2, dtype=torch.int32); y[0] = torch.tensor([1.7, -2.7]); y",
     "var y = torch.zeros(2, 2, dtype(torch.int32)); y.set(\"0\", torch.tensor(new double[] {1.7, -2.7})); y"),
    ("y = torch.zeros(3); y[torch.tensor([0, 2])] = torch.tensor([4., 5.]); y",
     "var y = torch.zeros(3); y.set(torch.tensor(new int[] {0, 2}), torch.tensor(new double[] {4., 5.})); y"),
    ("y = torch.zeros(2, 3); y[0, ::2] = 1; y", "var y = torch.zeros(2, 3); y.set(\"0, ::2\", 1); y"),
    ("y = torch.zeros(2, 3); y[None] = 1; y", "var y = torch.zeros(2, 3); y.set(\"None\", 1); y"),
    ("y = torch.zeros(2, 3); y[:, None, 1] = 4; y", "var y = torch.zeros(2, 3); y.set(\":, None, 1\", 4); y"),
    ("y = torch.zeros(2, 3); y[1] = torch.tensor(7.); y", "var y = torch.zeros(2, 3); y.set(\"1\", torch.tensor(7.)); y"),
    ("y = torch.zeros(2, 3); y[0, 0] = torch.ones(2)", "var y = torch.zeros(2, 3); y.set(\"0, 0\", torch.ones(2));"),
    ("y = torch.zeros(2, 3); y[x[:2, :3] > 3] = 1; y", "var y = torch.zeros(2, 3); y.set(x.get(\":2, :3\").gt(3), 1); y"),
    ("y = torch.zeros(4); y[torch.tensor([True, False, True, False])] = 2; y",
     "var y = torch.zeros(4); y.set(torch.tensor(new boolean[] {true, false, true, false}), 2); y"),
])

s.section("index_select, gather, masked_select, take, nonzero, masked_fill")
s.cases([
    ("x.index_select(0, torch.tensor([2, 0]))", "x.index_select(0, torch.tensor(new int[] {2, 0}))"),
    ("x.index_select(1, torch.tensor([3, 3, 1]))", "x.index_select(1, torch.tensor(new int[] {3, 3, 1}))"),
    ("x.index_select(-1, torch.tensor([0]))", "x.index_select(-1, torch.tensor(new int[] {0}))"),
    ("torch.ones(2, 3).index_select(1, torch.tensor([3]))", "torch.ones(2, 3).index_select(1, torch.tensor(new int[] {3}))"),
    ("x.index_select(0, torch.tensor([[0]]))", "x.index_select(0, torch.tensor(new int[][] {{0}}))"),
    ("x.index_select(0, torch.tensor([0.]))", "x.index_select(0, torch.tensor(new double[] {0.}))"),
    ("x.gather(1, torch.tensor([[0], [1], [3]]))", "x.gather(1, torch.tensor(new int[][] {{0}, {1}, {3}}))"),
    ("x.gather(0, torch.tensor([[2, 1, 0, 0]]))", "x.gather(0, torch.tensor(new int[][] {{2, 1, 0, 0}}))"),
    ("x.gather(1, torch.tensor([[0, 0], [1, 1]]))", "x.gather(1, torch.tensor(new int[][] {{0, 0}, {1, 1}}))"),
    ("torch.ones(2, 3).gather(1, torch.tensor([[0.0]]))", "torch.ones(2, 3).gather(1, torch.tensor(new double[][] {{0.0}}))"),
    ("x.gather(1, torch.tensor([[4]]))", "x.gather(1, torch.tensor(new int[][] {{4}}))"),
    ("x.gather(1, torch.tensor([0, 1]))", "x.gather(1, torch.tensor(new int[] {0, 1}))"),
    ("x.masked_select(x > 8)", "x.masked_select(x.gt(8))"),
    ("x.masked_select(torch.tensor([True, False, False, True]))", "x.masked_select(torch.tensor(new boolean[] {true, false, false, true}))"),
    ("x.take(torch.tensor([0, 5, 11]))", "x.take(torch.tensor(new int[] {0, 5, 11}))"),
    ("x.take(torch.tensor([[1, -1]]))", "x.take(torch.tensor(new int[][] {{1, -1}}))"),
    ("x.take(torch.tensor([12]))", "x.take(torch.tensor(new int[] {12}))"),
    ("x.nonzero()", "x.nonzero()"),
    ("(x % 4 == 1).nonzero()", "x.remainder(4).eq(1).nonzero()"),
    ("torch.tensor([0., 1.5, 0.]).nonzero()", "torch.tensor(new double[] {0., 1.5, 0.}).nonzero()"),
    ("torch.tensor(3).nonzero()", "torch.tensor(3).nonzero()"),
    ("torch.zeros(2, 2).nonzero()", "torch.zeros(2, 2).nonzero()"),
    ("x.masked_fill(x > 8, -1)", "x.masked_fill(x.gt(8), -1)"),
    ("x.float().masked_fill(x > 8, 0.5)", "x.Float().masked_fill(x.gt(8), 0.5)"),
    ("x.masked_fill(x > 8, 0.5)", "x.masked_fill(x.gt(8), 0.5)"),
    ("x.masked_fill(torch.tensor([True, False, False, False]), 0)", "x.masked_fill(torch.tensor(new boolean[] {true, false, false, false}), 0)"),
    ("x.masked_fill(x > 8, torch.tensor(-2))", "x.masked_fill(x.gt(8), torch.tensor(-2))"),
    ("x.clone().masked_fill_(x < 2, 7)", "x.clone().masked_fill_(x.lt(2), 7)"),
])
