"""Random numbers after torch.manual_seed: bit for bit PyTorch's CPU generator (pytorch-facts.md section 10)."""
from golden import Suite

SUITE = Suite("random", "rand/randn/randint/randperm-free sampling after manual_seed")
s = SUITE

s.section("the facts sheet's transcript")
s.setup("torch.manual_seed(0)", "torch.manual_seed(0);")
s.cases([
    ("torch.rand(5)", "torch.rand(5)"),
    ("torch.rand(3, dtype=torch.float64)", "torch.rand(3, dtype(torch.float64))"),
    ("torch.randn(5)", "torch.randn(5)"),
    ("torch.randn(20)", "torch.randn(20)"),
    ("torch.randint(0, 10, (5,))", "torch.randint(0, 10, new long[] {5})"),
])
s.setup("torch.manual_seed(0)", "torch.manual_seed(0);")
s.cases([
    ("torch.rand(5).tolist()", "torch.rand(5).tolist()"),
    ("torch.rand(3, dtype=torch.float64).tolist()", "torch.rand(3, dtype(torch.float64)).tolist()"),
    ("torch.randn(5).tolist()", "torch.randn(5).tolist()"),
    ("torch.randn(20).tolist()", "torch.randn(20).tolist()"),
    ("torch.randint(0, 10, (5,)).tolist()", "torch.randint(0, 10, new long[] {5}).tolist()"),
    ("torch.randn(3).tolist()", "torch.randn(3).tolist()"),
    ("torch.randint(-5, 2**33, (4,)).tolist()", "torch.randint(-5, 1L << 33, new long[] {4}).tolist()"),
    ("torch.initial_seed()", "torch.initial_seed()"),
])

s.section("seeds, shapes and dtypes")
for seed in [0, 1, 42, 1234, 2**32 + 7, 123456789]:
    jseed = f"{seed}L" if seed >= 2**31 else str(seed)
    s.setup(f"torch.manual_seed({seed})", f"torch.manual_seed({jseed});")
    s.cases([
        ("torch.rand(2, 3)", "torch.rand(2, 3)"),
        ("torch.randn(2, 3)", "torch.randn(2, 3)"),
        ("torch.randn(4, 4)", "torch.randn(4, 4)"),
        ("torch.randn(17).tolist()", "torch.randn(17).tolist()"),
        ("torch.randn(3, 7)", "torch.randn(3, 7)"),
        ("torch.randint(0, 100, (3, 3))", "torch.randint(0, 100, new long[] {3, 3})"),
        ("torch.randint(10, (6,))", "torch.randint(10, new long[] {6})"),
        ("torch.rand(2, 2, dtype=torch.float64).tolist()", "torch.rand(2, 2, dtype(torch.float64)).tolist()"),
        ("torch.randn(3, dtype=torch.float64).tolist()", "torch.randn(3, dtype(torch.float64)).tolist()"),
        ("torch.randn(20, dtype=torch.float64).tolist()", "torch.randn(20, dtype(torch.float64)).tolist()"),
        ("torch.initial_seed()", "torch.initial_seed()"),
    ])

s.section("the chunked float32 path (AVX2 cephes math), bit for bit")
s.setup("torch.manual_seed(7)", "torch.manual_seed(7);")
for n in [16, 31, 32, 33, 48, 100, 257]:
    s.case(f"torch.randn({n}).tolist()", f"torch.randn({n}).tolist()")
s.case("torch.randn(30000)[::97].tolist()", "torch.randn(30000).get(\"::97\").tolist()")
s.case("torch.randn(1000, dtype=torch.float64)[::37].tolist()", "torch.randn(1000, dtype(torch.float64)).get(\"::37\").tolist()")
s.case("torch.randn(64, 784)[::16, ::100]", "torch.randn(64, 784).get(\"::16, ::100\")")
s.case("torch.rand(10, 28, 28)[0, :3, :5]", "torch.rand(10, 28, 28).get(\"0, :3, :5\")")

s.section("the cached second normal of the scalar path survives other draws")
s.setup("torch.manual_seed(3)", "torch.manual_seed(3);")
s.cases([
    ("torch.randn(1).tolist()", "torch.randn(1).tolist()"),
    ("torch.rand(2).tolist()", "torch.rand(2).tolist()"),
    ("torch.randn(1).tolist()", "torch.randn(1).tolist()"),
    ("torch.randn(16).tolist()[:3]", "torch.randn(16).tolist().subList(0, 3)" if False else "torch.randn(16).get(\":3\").tolist()"),
    ("torch.randn(3).tolist()", "torch.randn(3).tolist()"),
    ("torch.randn(()).tolist()", "torch.randn(new long[] {}).tolist()"),
])

s.section("_like functions and sizes as lists")
s.setup("torch.manual_seed(11)", "torch.manual_seed(11);")
s.cases([
    ("torch.rand_like(torch.zeros(2, 2))", "torch.rand_like(torch.zeros(2, 2))"),
    ("torch.randn_like(torch.zeros(3, dtype=torch.float64))", "torch.randn_like(torch.zeros(3, dtype(torch.float64)))"),
    ("torch.randint_like(torch.zeros(4), 5)", "torch.randint_like(torch.zeros(4), 5)"),
    ("torch.rand((2, 2)), torch.randn([3])", "Tuple.of(torch.rand(List.of(2, 2)), torch.randn(List.of(3)))"),
    ("torch.randint(3, 5, (2,), dtype=torch.int32)", "torch.randint(3, 5, new long[] {2}, dtype(torch.int32))"),
    ("torch.randint(0, 2, (5,), dtype=torch.bool)", "torch.randint(0, 2, new long[] {5}, dtype(torch.bool))"),
    ("torch.randint(0, 5, (3,), dtype=torch.float32)", "torch.randint(0, 5, new long[] {3}, dtype(torch.float32))"),
    ("torch.rand(3, requires_grad=True)", "torch.rand(3, requires_grad(true))"),
    ("torch.rand(0), torch.randn(0, 3), torch.randint(5, (0,))", "Tuple.of(torch.rand(0), torch.randn(0, 3), torch.randint(5, new long[] {0}))"),
    ("torch.rand(2, 3).shape, torch.randn(2, 3).dtype, torch.randint(5, (2,)).dtype",
     "Tuple.of(torch.rand(2, 3).shape(), torch.randn(2, 3).dtype(), torch.randint(5, new long[] {2}).dtype())"),
])

s.section("errors")
s.cases([
    ("torch.randint(5, 2, (3,))", "torch.randint(5, 2, new long[] {3})"),
    ("torch.randint(0, 0, (3,))", "torch.randint(0, 0, new long[] {3})"),
    ("torch.rand(2, 3, dtype=torch.int64)", "torch.rand(2, 3, dtype(torch.int64))"),
    ("torch.randn(2, dtype=torch.int32)", "torch.randn(2, dtype(torch.int32))"),
    ("torch.rand(2, dtype=torch.bool)", "torch.rand(2, dtype(torch.bool))"),
    ("torch.rand_like(torch.zeros(2, dtype=torch.int64))", "torch.rand_like(torch.zeros(2, dtype(torch.int64)))"),
    ("torch.randn_like(torch.zeros(2, dtype=torch.int64))", "torch.randn_like(torch.zeros(2, dtype(torch.int64)))"),
    ("torch.randint(0, 300, (2,), dtype=torch.uint8)", "torch.randint(0, 300, new long[] {2}, dtype(torch.uint8))"),
    ("torch.randint(0, 70000, (2,), dtype=torch.int16)", "torch.randint(0, 70000, new long[] {2}, dtype(torch.int16))"),
    ("torch.randint(-200, 5, (2,), dtype=torch.int8)", "torch.randint(-200, 5, new long[] {2}, dtype(torch.int8))"),
    ("torch.randint(0, 3, (2,), dtype=torch.bool)", "torch.randint(0, 3, new long[] {2}, dtype(torch.bool))"),
    ("torch.randint(0, 2**40, (2,), dtype=torch.int32)", "torch.randint(0, 1L << 40, new long[] {2}, dtype(torch.int32))"),
    ("torch.randint(-1, 3, (2,), dtype=torch.uint8)", "torch.randint(-1, 3, new long[] {2}, dtype(torch.uint8))"),
])
