"""Creation: tensor, zeros/ones/full/empty, arange, linspace, eye, *_like, new_* (and their errors)."""
from golden import Suite
from suites._twins import tensor

SUITE = Suite("creation", "the factory functions, their dtypes and their errors")
s = SUITE

s.section("torch.tensor from Java literals of any rank")
for data in [[[1, 2], [3, 4]], [[1.5, 2], [3, 4]], [[[1, 2]], [[3, 4]]], [[[[1.]]]], [[True], [False]], [1, 2.0], [],
             [[0.1, 0.2, 0.3]], [[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]], [2 ** 40], [[1e-3], [1e3]]]:
    s.case(*tensor(data))
for data, kw in [([1, 2], {"dtype": "torch.float32"}), ([1.7, -1.7], {"dtype": "torch.int64"}), ([1, 0, 2], {"dtype": "torch.bool"}),
                 ([300, -1], {"dtype": "torch.uint8"}), ([1.5], {"dtype": "torch.float64", "requires_grad": "True"}),
                 (3, {"dtype": "torch.int16"}), (2.5, {"requires_grad": "True"}), ([[1., 2.]], {"dtype": "torch.float16"})]:
    s.case(*tensor(data, **kw))
s.cases([
    ("torch.tensor([1, 2], requires_grad=True)", "torch.tensor(new int[] {1, 2}, requires_grad(true))"),
    ("torch.tensor(torch.arange(3))", "torch.tensor(torch.arange(3))"),
    ("torch.tensor([[1, 2], [3, 4]]).dtype, torch.tensor([1.5]).dtype, torch.tensor([True]).dtype",
     "Tuple.of(torch.tensor(new int[][] {{1, 2}, {3, 4}}).dtype(), torch.tensor(new double[] {1.5}).dtype(), torch.tensor(new boolean[] {true}).dtype())"),
    ("torch.tensor([[1, 2], [3]])", "torch.tensor(new int[][] {{1, 2}, {3}})"),
    ("torch.tensor([[1, 2], []])", "torch.tensor(new int[][] {{1, 2}, {}})"),
    ("torch.tensor([-1.5], dtype=torch.uint8)", "torch.tensor(new double[] {-1.5}, dtype(torch.uint8))"),
    ("torch.tensor([2**40], dtype=torch.int32)", "torch.tensor(new long[] {1L << 40}, dtype(torch.int32))"),
    ("torch.tensor(300, dtype=torch.uint8)", "torch.tensor(300, dtype(torch.uint8))"),
    ("torch.tensor([1e10], dtype=torch.int32)", "torch.tensor(new double[] {1e10}, dtype(torch.int32))"),
    ("torch.tensor([-129], dtype=torch.int8)", "torch.tensor(new int[] {-129}, dtype(torch.int8))"),
    ("torch.tensor([127, -128], dtype=torch.int8)", "torch.tensor(new int[] {127, -128}, dtype(torch.int8))"),
    ("torch.tensor([70000.], dtype=torch.float16)", "torch.tensor(new double[] {70000.}, dtype(torch.float16))"),
    ("torch.tensor([1e300], dtype=torch.float32)", "torch.tensor(new double[] {1e300}, dtype(torch.float32))"),
    ("torch.tensor([-1, 0], dtype=torch.bool)", "torch.tensor(new int[] {-1, 0}, dtype(torch.bool))"),
    ("torch.tensor([1, 2], dtype=torch.float32, device='cpu')", "torch.tensor(new int[] {1, 2}, dtype(torch.float32), device(\"cpu\"))"),
])

s.section("zeros, ones, empty, full")
s.cases([
    ("torch.zeros(5, 3, dtype=torch.int64)", "torch.zeros(5, 3, dtype(torch.int64))"),
    ("torch.zeros(2, 3), torch.ones(2), torch.zeros(()), torch.ones(1, 1, 1)", "Tuple.of(torch.zeros(2, 3), torch.ones(2), torch.zeros(new long[] {}), torch.ones(1, 1, 1))"),
    ("torch.zeros((2, 3)), torch.ones([3, 2], dtype=torch.float32)", "Tuple.of(torch.zeros(List.of(2, 3)), torch.ones(List.of(3, 2), dtype(torch.float32)))"),
    ("torch.ones(2, 2, requires_grad=True)", "torch.ones(2, 2, requires_grad(true))"),
    ("torch.ones(2, dtype=torch.bool), torch.zeros(2, dtype=torch.bool)", "Tuple.of(torch.ones(2, dtype(torch.bool)), torch.zeros(2, dtype(torch.bool)))"),
    ("torch.ones(2, 3, 4, 5).shape", "torch.ones(2, 3, 4, 5).shape()"),
    ("torch.empty(2, 3).shape, torch.empty(0).shape, torch.empty(2, dtype=torch.int8).dtype",
     "Tuple.of(torch.empty(2, 3).shape(), torch.empty(0).shape(), torch.empty(2, dtype(torch.int8)).dtype())"),
    ("torch.full((2, 3), 7.)", "torch.full(new long[] {2, 3}, 7.)"),
    ("torch.full((2, 2), 7)", "torch.full(new long[] {2, 2}, 7)"),
    ("torch.full((2,), True)", "torch.full(new long[] {2}, true)"),
    ("torch.full((2,), 1.5, dtype=torch.int64)", "torch.full(new long[] {2}, 1.5, dtype(torch.int64))"),
    ("torch.full((2,), 1.5, dtype=torch.float64)", "torch.full(new long[] {2}, 1.5, dtype(torch.float64))"),
    ("torch.full((), 3)", "torch.full(new long[] {}, 3)"),
    ("torch.full([3], 2.5, requires_grad=True)", "torch.full(List.of(3), 2.5, requires_grad(true))"),
    ("torch.zeros(-1)", "torch.zeros(-1)"),
    ("torch.zeros(2, -3)", "torch.zeros(2, -3)"),
    ("torch.ones(-1)", "torch.ones(-1)"),
    ("torch.ones(2, -3)", "torch.ones(2, -3)"),
    ("torch.empty(-2)", "torch.empty(-2)"),
    ("torch.full((-1,), 2.)", "torch.full(new long[] {-1}, 2.)"),
    ("torch.rand(-1)", "torch.rand(-1)"),
    ("torch.randn(2, -1)", "torch.randn(2, -1)"),
    ("torch.ones(2, requires_grad=True, dtype=torch.int64)", "torch.ones(2, requires_grad(true), dtype(torch.int64))"),
])

s.section("arange and linspace")
s.cases([
    ("torch.arange(5), torch.arange(1, 4), torch.arange(0, 10, 3), torch.arange(5, 0, -2)",
     "Tuple.of(torch.arange(5), torch.arange(1, 4), torch.arange(0, 10, 3), torch.arange(5, 0, -2))"),
    ("torch.arange(5.), torch.arange(0, 1, 0.25), torch.arange(1.5, 4), torch.arange(-1, 1, 0.5)",
     "Tuple.of(torch.arange(5.), torch.arange(0, 1, 0.25), torch.arange(1.5, 4), torch.arange(-1, 1, 0.5))"),
    ("torch.arange(0, 1, 0.1)", "torch.arange(0, 1, 0.1)"),
    ("torch.arange(0, 1, 0.3)", "torch.arange(0, 1, 0.3)"),
    ("torch.arange(1, 2.5, 0.5)", "torch.arange(1, 2.5, 0.5)"),
    ("torch.arange(10, dtype=torch.float64), torch.arange(3, dtype=torch.int32), torch.arange(0., 3, dtype=torch.int64)",
     "Tuple.of(torch.arange(10, dtype(torch.float64)), torch.arange(3, dtype(torch.int32)), torch.arange(0., 3, dtype(torch.int64)))"),
    ("torch.arange(0), torch.arange(3, 3), torch.arange(5, 3)", "Tuple.of(torch.arange(0), torch.arange(3, 3), torch.arange(5, 3))"),
    ("torch.arange(0, 10, 0)", "torch.arange(0, 10, 0)"),
    ("torch.arange(10, 0, 1)", "torch.arange(10, 0, 1)"),
    ("torch.arange(0, 10, -1)", "torch.arange(0, 10, -1)"),
    ("torch.arange(0., 1., -0.5)", "torch.arange(0., 1., -0.5)"),
    ("torch.arange(4, requires_grad=True)", "torch.arange(4, requires_grad(true))"),
    ("torch.arange(4., requires_grad=True)", "torch.arange(4., requires_grad(true))"),
    ("torch.linspace(0, 1, 5), torch.linspace(-1, 1, 3), torch.linspace(0, 10, 1), torch.linspace(0, 1, 0)",
     "Tuple.of(torch.linspace(0, 1, 5), torch.linspace(-1, 1, 3), torch.linspace(0, 10, 1), torch.linspace(0, 1, 0))"),
    ("torch.linspace(0, 1, 7)", "torch.linspace(0, 1, 7)"),
    ("torch.linspace(3, -3, 4)", "torch.linspace(3, -3, 4)"),
    ("torch.linspace(0, 1, 11)", "torch.linspace(0, 1, 11)"),
    ("torch.linspace(0, 1, 5, dtype=torch.float64)", "torch.linspace(0, 1, 5, dtype(torch.float64))"),
    ("torch.linspace(0, 10, 4, dtype=torch.int64)", "torch.linspace(0, 10, 4, dtype(torch.int64))"),
    ("torch.linspace(0, 1, steps=3)", "torch.linspace(0, 1, steps(3))"),
    ("torch.linspace(0, 1, -1)", "torch.linspace(0, 1, -1)"),
    ("torch.linspace(-10, 10, 21)", "torch.linspace(-10, 10, 21)"),
])

s.section("eye")
s.cases([
    ("torch.eye(3)", "torch.eye(3)"), ("torch.eye(2, 3)", "torch.eye(2, 3)"), ("torch.eye(3, 2)", "torch.eye(3, 2)"),
    ("torch.eye(2, dtype=torch.int64)", "torch.eye(2, dtype(torch.int64))"), ("torch.eye(0)", "torch.eye(0)"),
    ("torch.eye(2, dtype=torch.bool)", "torch.eye(2, dtype(torch.bool))"),
    ("torch.eye(-1)", "torch.eye(-1)"), ("torch.eye(2, -1)", "torch.eye(2, -1)"),
    ("torch.eye(1, requires_grad=True)", "torch.eye(1, requires_grad(true))"),
])

s.section("*_like and new_*")
s.setup("a = torch.tensor([[3, 4], [5, 6]]); f = torch.ones(2, 3, dtype=torch.float64)",
        "var a = torch.tensor(new int[][] {{3, 4}, {5, 6}}); var f = torch.ones(2, 3, dtype(torch.float64));")
s.cases([
    ("torch.zeros_like(a), torch.ones_like(a), torch.full_like(a, 7)", "Tuple.of(torch.zeros_like(a), torch.ones_like(a), torch.full_like(a, 7))"),
    ("torch.zeros_like(f), torch.ones_like(f, dtype=torch.float32), torch.full_like(f, 2.5)",
     "Tuple.of(torch.zeros_like(f), torch.ones_like(f, dtype(torch.float32)), torch.full_like(f, 2.5))"),
    ("torch.full_like(a, 2.7)", "torch.full_like(a, 2.7)"),
    ("torch.empty_like(f).shape, torch.empty_like(a).dtype", "Tuple.of(torch.empty_like(f).shape(), torch.empty_like(a).dtype())"),
    ("torch.ones_like(f, requires_grad=True)", "torch.ones_like(f, requires_grad(true))"),
    ("torch.zeros_like(a, dtype=torch.bool)", "torch.zeros_like(a, dtype(torch.bool))"),
    ("torch.rand_like(a)", "torch.rand_like(a)"),
    ("torch.randn_like(a)", "torch.randn_like(a)"),
    ("torch.rand_like(f).shape, torch.rand_like(f).dtype, torch.randn_like(a, dtype=torch.float32).dtype",
     "Tuple.of(torch.rand_like(f).shape(), torch.rand_like(f).dtype(), torch.randn_like(a, dtype(torch.float32)).dtype())"),
    ("torch.randint_like(a, 10).dtype, torch.randint_like(f, 10).dtype, torch.randint_like(a, 3, 10).shape",
     "Tuple.of(torch.randint_like(a, 10).dtype(), torch.randint_like(f, 10).dtype(), torch.randint_like(a, 3, 10).shape())"),
    ("a.new_zeros(2, 3), a.new_ones(2), a.new_full((2, 2), 2.), a.new_empty(3).shape",
     "Tuple.of(a.new_zeros(2, 3), a.new_ones(2), a.new_full(new long[] {2, 2}, 2.), a.new_empty(3).shape())"),
    ("f.new_zeros(2), f.new_ones((1, 2)), f.new_full([2], 2.5), f.new_empty(2, 2).dtype",
     "Tuple.of(f.new_zeros(2), f.new_ones(List.of(1, 2)), f.new_full(List.of(2), 2.5), f.new_empty(2, 2).dtype())"),
    ("a.new_ones(6, 5, dtype=torch.double)", "a.new_ones(6, 5, dtype(torch.Double))"),
    ("f.new_zeros(2, dtype=torch.int32, requires_grad=False)", "f.new_zeros(2, dtype(torch.int32), requires_grad(false))"),
    ("f.new_ones(2, requires_grad=True)", "f.new_ones(2, requires_grad(true))"),
    ("a.new_tensor([1.5, 2.5]), f.new_tensor([1, 2]), a.new_tensor([[1, 2]])",
     "Tuple.of(a.new_tensor(new double[] {1.5, 2.5}), f.new_tensor(new int[] {1, 2}), a.new_tensor(new int[][] {{1, 2}}))"),
    ("f.new_tensor([1.5], dtype=torch.float32)", "f.new_tensor(new double[] {1.5}, dtype(torch.float32))"),
    ("a.new_full((2,), 2.7)", "a.new_full(new long[] {2}, 2.7)"),
    ("f.new_zeros((0, 2))", "f.new_zeros(new long[] {0, 2})"),
])

s.section("dtype and device objects")
s.cases([
    ("torch.float32, torch.float, torch.double, torch.long, torch.int, torch.half, torch.short, torch.bool",
     "Tuple.of(torch.float32, torch.Float, torch.Double, torch.Long, torch.Int, torch.half, torch.Short, torch.bool)"),
    ("torch.float32.is_floating_point, torch.int32.is_floating_point, torch.bool.is_floating_point",
     "Tuple.of(torch.float32.is_floating_point(), torch.int32.is_floating_point(), torch.bool.is_floating_point())"),
    ("torch.float32.itemsize, torch.float64.itemsize, torch.uint8.itemsize" if False else "torch.zeros(1, dtype=torch.float16).element_size()",
     "torch.zeros(1, dtype(torch.float16)).element_size()"),
    ("torch.device('cpu'), str(torch.device('cpu')), torch.device('cpu').type", "Tuple.of(torch.device(\"cpu\"), torch.device(\"cpu\").toString(), torch.device(\"cpu\").type())"),
    ("torch.device('cuda:1'), torch.device('cuda', 0), str(torch.device('cuda:1'))",
     "Tuple.of(torch.device(\"cuda:1\"), torch.device(\"cuda\", 0), torch.device(\"cuda:1\").toString())"),
    ("torch.device('cuda:1').index, torch.device('cpu').index", "Tuple.of(torch.device(\"cuda:1\").index(), torch.device(\"cpu\").index())"),
    ("torch.device('cuda:x')", "torch.device(\"cuda:x\")"),
])
