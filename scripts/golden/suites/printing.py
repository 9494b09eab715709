"""repr(tensor): the formatter's modes, widths, wrapping, summarization and suffixes."""
from golden import Suite
from suites._twins import tensor

SUITE = Suite("printing", "what print(tensor) shows (pytorch-facts.md section 1)")
s = SUITE

s.section("1.1 floats: fixed, int mode, scientific")
for data in [
    [1., 2., 3.], [1.5, -2.25, 3.0], [0., 0.], [1e-5, 1.0, 1e5], [1e10, 1.0], [123456789.0, 1.0],
    [100000.5, 1.], [1000.5, 1.5], [0.0001, 1.0], [0.00011, 1.0], [[-1.5, 20.25], [300.125, -4.0]],
    [1000.0, 1.0], [1001.0, 1.0], [999.0, 1.0], [1e8, 1.0], [1.5e8, 1.0], [100000000.0], [123456789.0],
    [0.1, 0.2, 0.3], [-0.1, 0.25], [1e-4], [2e-4, 0.5], [0.5, 1000.0], [0.5, 1000.5], [0.001, 0.9],
    [12345.678, 0.5], [-1e-5, 3.0], [5e-8, 5e-9], [1e20, -1e20], [3.14159265, 2.71828183], [-7.0, 7.0],
    [65504.0, -65504.0], [0.00005, 0.5, 5.0, 50.0], [99999.9, 0.1], [1.23456789e-3, 1.0],
]:
    s.case(*tensor(data))
for data in [[1 / 3, 2 / 3], [1e-5, 1.0, 1e5], [0.1, 2.0], [1e300, 1.0], [1e-300, 1.0], [2.5e-16, 1.0]]:
    s.case(*tensor(data, dtype="torch.float64"))

s.section("1.2 nan, inf, -0.0, bool, ints and the other dtypes")
for data in [
    [float("nan"), float("inf"), -float("inf"), -0.0, 1.5], [float("nan"), 1., 2.], [-0.0, 0.0],
    [1e-5, float("inf")], [float("nan")], [float("inf"), -float("inf")], [float("nan"), 0.0],
    [-0.0], [float("nan"), 1e10], [float("inf"), 0.5], [-float("inf"), 1000.0, 1.0],
]:
    s.case(*tensor(data))
for data in [[True, False], [True], [[True, False], [False, True]], [1, -20, 300], [0], [-5, 5],
             [2 ** 40, -1], [[1, 2, 3], [40, 50, 60]], [9223372036854775807, -9223372036854775807]]:
    s.case(*tensor(data))
for dtype in ["torch.int32", "torch.uint8", "torch.int8", "torch.int16", "torch.int64", "torch.bool"]:
    s.case(*tensor([1, 0, 2], dtype=dtype))
for dtype in ["torch.float16", "torch.float64", "torch.bfloat16", "torch.float32"]:
    s.case(*tensor([1.5, 2.0], dtype=dtype))
    s.case(*tensor([0.1, -2.2, 1e-5], dtype=dtype))
s.case(*tensor([1.1, 2.2], dtype="torch.bfloat16"))
s.case(*tensor([1000.1, 0.3], dtype="torch.float16"))
s.case("torch.tensor([1.5, 2.5]).half()", "torch.tensor(new double[] {1.5, 2.5}).half()")
s.case("torch.tensor([300, -1]).to(torch.uint8)", "torch.tensor(new int[] {300, -1}).to(torch.uint8)")
s.case("torch.tensor([200, -200]).to(torch.int8)", "torch.tensor(new int[] {200, -200}).to(torch.int8)")
s.case("torch.tensor([2.7, -2.7]).int()", "torch.tensor(new double[] {2.7, -2.7}).Int()")
s.case("torch.tensor([0.0, 1.5]).bool()", "torch.tensor(new double[] {0.0, 1.5}).bool()")

s.section("1.3 0-d and empty tensors")
for data in [3.5, 2., 7, True, -0.001, 0.0, -0.0, float("nan"), float("inf"), 1e-5, 1e10, 123456.789, False, -7]:
    s.case(*tensor(data))
s.case(*tensor(2.5, dtype="torch.float64"))
s.case(*tensor(3, dtype="torch.int32"))
s.case(*tensor(3, dtype="torch.uint8"))
s.case(*tensor(1.5, dtype="torch.float16"))
s.cases([
    ("torch.tensor([])", "torch.tensor(new double[] {})"),
    ("torch.empty(0, 3)", "torch.empty(0, 3)"),
    ("torch.tensor([], dtype=torch.int64)", "torch.tensor(new double[] {}, dtype(torch.int64))"),
    ("torch.zeros(2, 0, dtype=torch.int32)", "torch.zeros(2, 0, dtype(torch.int32))"),
    ("torch.tensor([], dtype=torch.bool)", "torch.tensor(new double[] {}, dtype(torch.bool))"),
    ("torch.zeros(0)", "torch.zeros(0)"),
    ("torch.zeros(0, dtype=torch.float64)", "torch.zeros(0, dtype(torch.float64))"),
    ("torch.ones(3, 0, 2)", "torch.ones(3, 0, 2)"),
    ("torch.ones(0, requires_grad=True)", "torch.ones(0, requires_grad(true))"),
    ("torch.zeros(0, 2, dtype=torch.uint8)", "torch.zeros(0, 2, dtype(torch.uint8))"),
    ("torch.arange(0)", "torch.arange(0)"),
])

s.section("1.4 default dtype float64")
s.setup("torch.set_default_dtype(torch.float64)", "torch.set_default_dtype(torch.float64);")
s.cases([
    ("torch.tensor([1.5, 2.0])", "torch.tensor(new double[] {1.5, 2.0})"),
    ("torch.tensor([1.5, 2.0], dtype=torch.float32)", "torch.tensor(new double[] {1.5, 2.0}, dtype(torch.float32))"),
    ("torch.tensor([], dtype=torch.float32)", "torch.tensor(new double[] {}, dtype(torch.float32))"),
    ("torch.tensor([])", "torch.tensor(new double[] {})"),
    ("torch.tensor(2.5).dtype", "torch.tensor(2.5).dtype()"),
    ("torch.ones(2)", "torch.ones(2)"),
    ("torch.arange(3.)", "torch.arange(3.)"),
    ("torch.tensor([1, 2]) / 2", "torch.tensor(new int[] {1, 2}).div(2)"),
    ("torch.tensor([1, 2]) + 0.5", "torch.tensor(new int[] {1, 2}).add(0.5)"),
    ("torch.get_default_dtype()", "torch.get_default_dtype()"),
])
s.setup("torch.set_default_dtype(torch.float32)", "torch.set_default_dtype(torch.float32);")
s.case("torch.get_default_dtype()", "torch.get_default_dtype()")

s.section("1.5 multi-dimensional layout")
s.cases([
    ("torch.arange(6.).reshape(2, 3) / 3", "torch.arange(6.).reshape(2, 3).div(3)"),
    ("torch.arange(24).reshape(2, 3, 4)", "torch.arange(24).reshape(2, 3, 4)"),
    ("torch.arange(16.).reshape(2, 2, 2, 2)", "torch.arange(16.).reshape(2, 2, 2, 2)"),
    ("torch.arange(32).reshape(2, 2, 2, 2, 2)", "torch.arange(32).reshape(2, 2, 2, 2, 2)"),
    ("torch.zeros(1, 1, 1)", "torch.zeros(1, 1, 1)"),
    ("torch.ones(3, 1)", "torch.ones(3, 1)"),
    ("torch.ones(1, 3, dtype=torch.int32)", "torch.ones(1, 3, dtype(torch.int32))"),
    ("torch.tensor([[1.5, -2.0], [3.0, 4.25]]).t()", "torch.tensor(new double[][] {{1.5, -2.0}, {3.0, 4.25}}).t()"),
    ("torch.arange(12.).reshape(3, 4)[:, 1:3] * 0.1", "torch.arange(12.).reshape(3, 4).get(\":, 1:3\").mul(0.1)"),
    ("torch.tensor([[True, False], [False, True]])", "torch.tensor(new boolean[][] {{true, false}, {false, true}})"),
    ("torch.tensor([[1e-5, 1.], [2., 3.]])", "torch.tensor(new double[][] {{1e-5, 1.}, {2., 3.}})"),
    ("torch.tensor([[float('nan'), 1.], [2., -float('inf')]])", "torch.tensor(new double[][] {{Double.NaN, 1.}, {2., Double.NEGATIVE_INFINITY}})"),
    ("torch.arange(8).reshape(2, 2, 2) - 4", "torch.arange(8).reshape(2, 2, 2).sub(4)"),
    ("torch.arange(6.).reshape(1, 2, 3, 1)", "torch.arange(6.).reshape(1, 2, 3, 1)"),
])

s.section("1.6 line wrapping")
s.cases([
    ("torch.arange(30.) / 7", "torch.arange(30.).div(7)"),
    ("torch.arange(40)", "torch.arange(40)"),
    ("torch.arange(24.).reshape(2, 12) * 1000", "torch.arange(24.).reshape(2, 12).mul(1000)"),
    ("torch.arange(18.)", "torch.arange(18.)"),
    ("torch.arange(19.) - 9", "torch.arange(19.).sub(9)"),
    ("torch.arange(100)", "torch.arange(100)"),
    ("torch.arange(30) * 1000000", "torch.arange(30).mul(1000000)"),
    ("torch.arange(25.) * 1e-5", "torch.arange(25.).mul(1e-5)"),
    ("torch.arange(40) % 2 == 0", "torch.arange(40).remainder(2).eq(0)"),
    ("torch.arange(60.).reshape(3, 20) / 3", "torch.arange(60.).reshape(3, 20).div(3)"),
    ("torch.arange(60.).reshape(2, 3, 10) / 7", "torch.arange(60.).reshape(2, 3, 10).div(7)"),
    ("torch.arange(13.) * 11111", "torch.arange(13.).mul(11111)"),
    ("torch.arange(30, dtype=torch.float64) / 7", "torch.arange(30, dtype(torch.float64)).div(7)"),
])

s.section("1.7 summarization (more than 1000 elements)")
s.cases([
    ("torch.arange(2000)", "torch.arange(2000)"),
    ("torch.arange(1600.).reshape(40, 40)", "torch.arange(1600.).reshape(40, 40)"),
    ("torch.arange(2002).reshape(1001, 2)", "torch.arange(2002).reshape(1001, 2)"),
    ("torch.linspace(0, 1, 1001)", "torch.linspace(0, 1, 1001)"),
    ("torch.arange(1000)", "torch.arange(1000)"),
    ("torch.arange(1001)", "torch.arange(1001)"),
    ("torch.arange(1001.) / 1000", "torch.arange(1001.).div(1000)"),
    ("torch.arange(2400).reshape(2, 30, 40)", "torch.arange(2400).reshape(2, 30, 40)"),
    ("torch.arange(2048).reshape(8, 8, 32)", "torch.arange(2048).reshape(8, 8, 32)"),
    ("torch.ones(1001, dtype=torch.bool)", "torch.ones(1001, dtype(torch.bool))"),
    ("torch.zeros(10, 200)", "torch.zeros(10, 200)"),
    ("torch.arange(1200.).reshape(3, 400) - 600", "torch.arange(1200.).reshape(3, 400).sub(600)"),
    ("torch.arange(5000) * 3", "torch.arange(5000).mul(3)"),
])

s.section("1.8 suffixes and their wrapping")
s.cases([
    ("torch.tensor([1., 2.], requires_grad=True)", "torch.tensor(new double[] {1., 2.}, requires_grad(true))"),
    ("torch.tensor([1., 2.], requires_grad=True) * 2", "torch.tensor(new double[] {1., 2.}, requires_grad(true)).mul(2)"),
    ("torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True).sum()",
     "torch.tensor(new double[] {1., 2.}, dtype(torch.float64), requires_grad(true)).sum()"),
    ("torch.tensor([[1.2345] * 7], dtype=torch.float64, requires_grad=True)",
     "torch.full(new long[] {1, 7}, 1.2345, dtype(torch.float64), requires_grad(true))"),
    ("torch.tensor([1.2345] * 8, dtype=torch.float64, requires_grad=True)",
     "torch.full(new long[] {8}, 1.2345, dtype(torch.float64), requires_grad(true))"),
    ("torch.tensor([1.2345] * 9, dtype=torch.float64)", "torch.full(new long[] {9}, 1.2345, dtype(torch.float64))"),
    ("torch.tensor([1.2345] * 8, dtype=torch.float16)", "torch.full(new long[] {8}, 1.2345, dtype(torch.float16))"),
    ("torch.tensor([1.2345] * 8, dtype=torch.float16) + 0", "torch.full(new long[] {8}, 1.2345, dtype(torch.float16)).add(0)"),
    ("torch.arange(10, dtype=torch.int32)", "torch.arange(10, dtype(torch.int32))"),
    ("torch.arange(20, dtype=torch.int16)", "torch.arange(20, dtype(torch.int16))"),
    ("torch.arange(30, dtype=torch.int16)", "torch.arange(30, dtype(torch.int16))"),
    ("torch.ones(2, 2, dtype=torch.float64, requires_grad=True) * 3",
     "torch.ones(2, 2, dtype(torch.float64), requires_grad(true)).mul(3)"),
    ("torch.zeros(0, 3, dtype=torch.float64, requires_grad=True)", "torch.zeros(0, 3, dtype(torch.float64), requires_grad(true))"),
    ("torch.tensor(1.5, requires_grad=True)", "torch.tensor(1.5, requires_grad(true))"),
    ("torch.tensor(1.5, requires_grad=True).exp()", "torch.tensor(1.5, requires_grad(true)).exp()"),
    ("torch.arange(2000.).requires_grad_() * 1", "torch.arange(2000.).requires_grad_().mul(1)"),
    ("torch.arange(30., dtype=torch.float64, requires_grad=True) / 7",
     "torch.arange(30., dtype(torch.float64), requires_grad(true)).div(7)"),
    ("(torch.arange(9.).reshape(3, 3) / 7).requires_grad_()", "torch.arange(9.).reshape(3, 3).div(7).requires_grad_()"),
    ("torch.tensor([12345.678] * 6, dtype=torch.float64)", "torch.full(new long[] {6}, 12345.678, dtype(torch.float64))"),
    ("torch.tensor([12345.678] * 6, dtype=torch.float64, requires_grad=True)",
     "torch.full(new long[] {6}, 12345.678, dtype(torch.float64), requires_grad(true))"),
])

s.section("1.9 attributes and Python values")
s.setup("x = torch.arange(6.).reshape(2, 3)", "var x = torch.arange(6.).reshape(2, 3);")
s.cases([
    ("x.shape", "x.shape()"), ("x.size()", "x.size()"), ("x.size(1)", "x.size(1)"), ("x.size(-2)", "x.size(-2)"),
    ("x.dim()", "x.dim()"), ("x.ndim", "x.ndim()"), ("x.numel()", "x.numel()"), ("len(x)", "x.len()"),
    ("(x.shape, x.size(), x.size(1), x.dim(), x.ndim, x.numel(), len(x))",
     "Tuple.of(x.shape(), x.size(), x.size(1), x.dim(), x.ndim(), x.numel(), x.len())"),
    ("torch.tensor(5).shape", "torch.tensor(5).shape()"), ("torch.empty(0, 3).shape", "torch.empty(0, 3).shape()"),
    ("x.stride()", "x.stride()"), ("x.t().stride()", "x.t().stride()"), ("x.stride(0)", "x.stride(0)"),
    ("torch.tensor(5).stride()", "torch.tensor(5).stride()"), ("torch.ones(4).stride()", "torch.ones(4).stride()"),
    ("x.dtype", "x.dtype()"), ("str(x.dtype)", "x.dtype().toString()"),
    ("(torch.int64, torch.bool, torch.float16, torch.float64, torch.uint8, torch.int8, torch.int16, torch.int32)",
     "Tuple.of(torch.int64, torch.bool, torch.float16, torch.float64, torch.uint8, torch.int8, torch.int16, torch.int32)"),
    ("(torch.long, torch.float, torch.double, torch.int, torch.half, torch.short)",
     "Tuple.of(torch.Long, torch.Float, torch.Double, torch.Int, torch.half, torch.Short)"),
    ("x.device", "x.device()"), ("str(x.device)", "x.device().toString()"), ("torch.device('cpu')", "torch.device(\"cpu\")"),
    ("x.type()", "x.type()"), ("torch.tensor([1, 2]).type()", "torch.tensor(new int[] {1, 2}).type()"),
    ("torch.tensor([True]).type()", "torch.tensor(new boolean[] {true}).type()"),
    ("x.double().type()", "x.Double().type()"), ("x.int().type()", "x.Int().type()"),
    ("x.element_size()", "x.element_size()"), ("x.double().element_size()", "x.Double().element_size()"),
    ("torch.ones(1, dtype=torch.bool).element_size()", "torch.ones(1, dtype(torch.bool)).element_size()"),
    ("torch.ones(1, dtype=torch.float16).element_size()", "torch.ones(1, dtype(torch.float16)).element_size()"),
    ("x.is_contiguous(), x.t().is_contiguous()", "Tuple.of(x.is_contiguous(), x.t().is_contiguous())"),
    ("x.is_floating_point(), torch.tensor([1]).is_floating_point()", "Tuple.of(x.is_floating_point(), torch.tensor(new int[] {1}).is_floating_point())"),
    ("x.requires_grad, x.is_leaf, x.grad, x.grad_fn", "Tuple.of(x.requires_grad(), x.is_leaf(), x.grad(), x.grad_fn())"),
    ("x.tolist()", "x.tolist()"), ("torch.tensor(2.5).tolist()", "torch.tensor(2.5).tolist()"),
    ("torch.tensor([True]).tolist()", "torch.tensor(new boolean[] {true}).tolist()"),
    ("torch.tensor([[1, 2], [3, 4]]).tolist()", "torch.tensor(new int[][] {{1, 2}, {3, 4}}).tolist()"),
    ("torch.tensor([0.1, 1/3]).tolist()", "torch.tensor(new double[] {0.1, 1.0 / 3}).tolist()"),
    ("torch.tensor([0.1, 1/3], dtype=torch.float64).tolist()", "torch.tensor(new double[] {0.1, 1.0 / 3}, dtype(torch.float64)).tolist()"),
    ("torch.tensor([1e-5, 1e16, 1.5e-7, 123456789.0]).tolist()", "torch.tensor(new double[] {1e-5, 1e16, 1.5e-7, 123456789.0}).tolist()"),
    ("torch.tensor([1e-5, 1e16, 1.5e-7, 1e22], dtype=torch.float64).tolist()", "torch.tensor(new double[] {1e-5, 1e16, 1.5e-7, 1e22}, dtype(torch.float64)).tolist()"),
    ("torch.tensor([float('nan'), float('inf'), -0.0]).tolist()", "torch.tensor(new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0}).tolist()"),
    ("torch.zeros(2, 0).tolist()", "torch.zeros(2, 0).tolist()"),
    ("torch.tensor([0.1]).item()", "torch.tensor(new double[] {0.1}).item()"),
    ("torch.tensor(7).item()", "torch.tensor(7).item_long()"),
    ("torch.tensor(0.1, dtype=torch.float64).item()", "torch.tensor(0.1, dtype(torch.float64)).item()"),
    ("torch.tensor([[2.5]]).item()", "torch.tensor(new double[][] {{2.5}}).item()"),
    ("torch.tensor(1e-7).item()", "torch.tensor(1e-7).item()"),
    ("torch.tensor(3.0).item()", "torch.tensor(3.0).item()"),
    ("torch.tensor(1e16, dtype=torch.float64).item()", "torch.tensor(1e16, dtype(torch.float64)).item()"),
    ("f'{torch.tensor(1/3):.2f}'", "torch.tensor(1.0 / 3).format(\".2f\")"),
    ("f'{torch.tensor(2.5)}'", "torch.tensor(2.5).format(\"\")"),
    ("[torch.tensor(1.), torch.tensor(2)]", "List.of(torch.tensor(1.), torch.tensor(2))"),
    ("(torch.tensor(1.),)", "Tuple.of(torch.tensor(1.))"),
    ("torch.Size([2, 3])", "Size.of(2, 3)"), ("torch.Size([])", "Size.of()"),
    ("torch.Size([2, 3]).numel()", "Size.of(2, 3).numel()"),
    ("x.shape[0], x.shape[-1]", "Tuple.of(x.shape().get(0), x.shape().get(-1))"),
    ("list(x.shape)", "new ArrayList<>(x.shape())"),
    ("x.shape == (2, 3)", "x.shape().equals(List.of(2, 3))"),
])

s.section("set_printoptions")
s.setup("torch.set_printoptions(precision=2)", "torch.set_printoptions(precision(2));")
s.cases([
    ("torch.tensor([1.23456, 2.5])", "torch.tensor(new double[] {1.23456, 2.5})"),
    ("torch.tensor([1e-5, 1.0])", "torch.tensor(new double[] {1e-5, 1.0})"),
    ("torch.tensor(1/3)", "torch.tensor(1.0 / 3)"),
])
s.setup("torch.set_printoptions(precision=6)", "torch.set_printoptions(precision(6));")
s.case("torch.tensor([1/3, 2/3], dtype=torch.float64)", "torch.tensor(new double[] {1.0 / 3, 2.0 / 3}, dtype(torch.float64))")
s.case("torch.arange(12.) / 7", "torch.arange(12.).div(7)")
s.setup("torch.set_printoptions(profile='default')", "torch.set_printoptions(profile(\"default\"));")
s.case("torch.tensor(1/3)", "torch.tensor(1.0 / 3)")
s.setup("torch.set_printoptions(sci_mode=True)", "torch.set_printoptions(sci_mode(true));")
s.case("torch.tensor([1.5, 20.0])", "torch.tensor(new double[] {1.5, 20.0})")
s.case("torch.tensor([1, 2])", "torch.tensor(new int[] {1, 2})")
s.setup("torch.set_printoptions(precision=3)", "torch.set_printoptions(precision(3));")
s.case("torch.tensor([1.5, 20.0])", "torch.tensor(new double[] {1.5, 20.0})")
s.setup("torch.set_printoptions(sci_mode=False)", "torch.set_printoptions(sci_mode(false));")
s.case("torch.tensor([1e-5, 1e5])", "torch.tensor(new double[] {1e-5, 1e5})")
s.case("torch.tensor([1e-8, 123456789.0])", "torch.tensor(new double[] {1e-8, 123456789.0})")
s.setup("torch.set_printoptions(sci_mode=None)", "torch.set_printoptions(sci_mode(null));")
s.case("torch.tensor([1e-5, 1e5])", "torch.tensor(new double[] {1e-5, 1e5})")
s.setup("torch.set_printoptions(threshold=5)", "torch.set_printoptions(threshold(5));")
s.case("torch.arange(10)", "torch.arange(10)")
s.case("torch.arange(6)", "torch.arange(6)")
s.case("torch.arange(7)", "torch.arange(7)")
s.case("torch.arange(36).reshape(6, 6)", "torch.arange(36).reshape(6, 6)")
s.setup("torch.set_printoptions(edgeitems=1)", "torch.set_printoptions(edgeitems(1));")
s.case("torch.arange(10)", "torch.arange(10)")
s.case("torch.arange(49).reshape(7, 7)", "torch.arange(49).reshape(7, 7)")
s.setup("torch.set_printoptions(profile='default', linewidth=40)", "torch.set_printoptions(profile(\"default\"), linewidth(40));")
s.case("torch.arange(30)", "torch.arange(30)")
s.case("torch.tensor([1.5] * 6, requires_grad=True)", "torch.full(new long[] {6}, 1.5, requires_grad(true))")
s.setup("torch.set_printoptions(profile='short')", "torch.set_printoptions(profile(\"short\"));")
s.case("torch.arange(2000) / 3", "torch.arange(2000).div(3)")
s.case("torch.arange(10) / 3", "torch.arange(10).div(3)")
s.setup("torch.set_printoptions(profile='full')", "torch.set_printoptions(profile(\"full\"));")
s.case("torch.arange(1200)[-5:]", "torch.arange(1200).get(\"-5:\")")
s.case("torch.arange(1002).reshape(2, 501).sum(1)", "torch.arange(1002).reshape(2, 501).sum(1)")
s.setup("torch.set_printoptions(profile='default')", "torch.set_printoptions(profile(\"default\"));")
s.case("torch.arange(1001)", "torch.arange(1001)")
