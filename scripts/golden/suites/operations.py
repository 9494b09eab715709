"""Elementwise math, comparisons, logical ops, where and clamp: values as printed, over float32,
float64 and integer inputs, including the awkward ones (0, negatives, nan, inf)."""
from golden import Suite

SUITE = Suite("operations", "pointwise ops and their printed values")
s = SUITE

s.setup("f = torch.tensor([-2.5, -1., -0.25, 0., 0.5, 1., 3., 10.])", "var f = torch.tensor(new double[] {-2.5, -1., -0.25, 0., 0.5, 1., 3., 10.});")
s.setup("d = f.double(); i = torch.tensor([-3, -1, 0, 2, 7]); odd = torch.tensor([float('nan'), float('inf'), -float('inf'), -0.0])",
        "var d = f.Double(); var i = torch.tensor(new int[] {-3, -1, 0, 2, 7}); "
        "var odd = torch.tensor(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0});")

UNARY = ["abs", "neg", "exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "floor", "ceil", "round", "trunc",
         "frac", "sign", "reciprocal", "square", "exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "asin", "acos", "atan",
         "sinh", "cosh", "erf"]
s.section("unary ops on float32, float64, integers and nan/inf")
for op in UNARY:
    for var in ["f", "d", "odd"]:
        s.case(f"{var}.{op}()", f"{var}.{op}()")
for op in ["abs", "neg", "exp", "sqrt", "sin", "relu", "floor", "sign", "square", "sigmoid"]:
    s.case(f"i.{op}()", f"i.{op}()")
s.cases([
    ("torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5]).round()", "torch.tensor(new double[] {0.5, 1.5, 2.5, -0.5, -1.5}).round()"),
    ("torch.tensor([1e-8, 1e-3, 0.1]).log1p()", "torch.tensor(new double[] {1e-8, 1e-3, 0.1}).log1p()"),
    ("torch.tensor([100., -100.]).sigmoid(), torch.tensor([100., -100.]).tanh(), torch.tensor([100., -100.]).exp()",
     "Tuple.of(torch.tensor(new double[] {100., -100.}).sigmoid(), torch.tensor(new double[] {100., -100.}).tanh(), torch.tensor(new double[] {100., -100.}).exp())"),
    ("torch.tensor([89., 90.]).exp(), torch.tensor([709., 710.], dtype=torch.float64).exp()",
     "Tuple.of(torch.tensor(new double[] {89., 90.}).exp(), torch.tensor(new double[] {709., 710.}, dtype(torch.float64)).exp())"),
    ("torch.tensor([True, False]).abs()", "torch.tensor(new boolean[] {true, false}).abs()"),
    ("torch.tensor([True, False]).exp()", "torch.tensor(new boolean[] {true, false}).exp()"),
    ("torch.tensor([-5, 5], dtype=torch.int8).abs(), torch.tensor([-128], dtype=torch.int8).abs()",
     "Tuple.of(torch.tensor(new int[] {-5, 5}, dtype(torch.int8)).abs(), torch.tensor(new int[] {-128}, dtype(torch.int8)).abs())"),
    # float16 math on the CPU: 1.13 refuses exp/sqrt ("exp_vml_cpu" not implemented for 'Half'), 2.x computes them; left out
    ("torch.tensor([1., 2.], dtype=torch.float16) * 3, torch.tensor([1., 2.], dtype=torch.float16).abs()",
     "Tuple.of(torch.tensor(new double[] {1., 2.}, dtype(torch.float16)).mul(3), torch.tensor(new double[] {1., 2.}, dtype(torch.float16)).abs())"),
    ("torch.tensor([-0.0, 0.0, -1.0]).relu(), torch.tensor([-0.0, 2.0]).sign(), torch.tensor([-3, 0, 4]).sign()",
     "Tuple.of(torch.tensor(new double[] {-0.0, 0.0, -1.0}).relu(), torch.tensor(new double[] {-0.0, 2.0}).sign(), torch.tensor(new int[] {-3, 0, 4}).sign())"),
    ("torch.tensor([-100., -20., 0., 20.]).sigmoid().tolist(), torch.tensor([-800., 0.], dtype=torch.float64).sigmoid()",
     "Tuple.of(torch.tensor(new double[] {-100., -20., 0., 20.}).sigmoid().tolist(), torch.tensor(new double[] {-800., 0.}, dtype(torch.float64)).sigmoid())"),
])

s.section("binary arithmetic, values")
for op, jop in [("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "div"), ("//", "floor_divide"), ("%", "remainder"), ("**", "pow")]:
    s.case(f"f {op} 3", f"f.{jop}(3)")
    s.case(f"f {op} -1.5", f"f.{jop}(-1.5)")
    s.case(f"i {op} 2", f"i.{jop}(2)")
    s.case(f"d {op} f.flip(0)", f"d.{jop}(f.flip(0))")
s.cases([
    ("i // -2, i % -2, torch.tensor([-7, 7]) // torch.tensor([2, -2])", "Tuple.of(i.floor_divide(-2), i.remainder(-2), torch.tensor(new int[] {-7, 7}).floor_divide(torch.tensor(new int[] {2, -2})))"),
    ("torch.div(f, 3, rounding_mode='floor'), torch.div(f, 3, rounding_mode='trunc'), torch.div(i, 2, rounding_mode='trunc')",
     "Tuple.of(torch.div(f, 3, rounding_mode(\"floor\")), torch.div(f, 3, rounding_mode(\"trunc\")), torch.div(i, 2, rounding_mode(\"trunc\")))"),
    ("torch.fmod(f, 3), torch.fmod(i, -2)", "Tuple.of(torch.fmod(f, torch.tensor(3)), torch.fmod(i, torch.tensor(-2)))"),
    ("torch.add(f, f, alpha=2)", "torch.add(f, f, alpha(2))"),
    ("torch.sub(f, 1, alpha=3)", "torch.sub(f, 1, alpha(3))"),
    ("odd + 1, odd * 0, odd - odd", "Tuple.of(odd.add(1), odd.mul(0), odd.sub(odd))"),
    ("torch.tensor([1., -1., 0.]) / 0., torch.tensor([0.]) / 0.", "Tuple.of(torch.tensor(new double[] {1., -1., 0.}).div(0.), torch.tensor(new double[] {0.}).div(0.))"),
    ("f ** 0.5, f ** -1, f ** 0, (-f) ** 2", "Tuple.of(f.pow(0.5), f.pow(-1), f.pow(0), f.neg().pow(2))"),
    ("2 ** torch.tensor([0.5, 3.]), 2.5 ** torch.tensor([2, 3])", "Tuple.of(torch.tensor(new double[] {0.5, 3.}).rpow(2), torch.tensor(new int[] {2, 3}).rpow(2.5))"),
    ("torch.maximum(f, torch.zeros(8)), torch.minimum(i, torch.tensor(0))", "Tuple.of(torch.maximum(f, torch.zeros(8)), torch.minimum(i, torch.tensor(0)))"),
    ("torch.maximum(odd, torch.zeros(4)), torch.minimum(odd, torch.zeros(4))", "Tuple.of(torch.maximum(odd, torch.zeros(4)), torch.minimum(odd, torch.zeros(4)))"),
    ("torch.atan2(f, torch.ones(8)), torch.atan2(torch.tensor([0., -0.]), torch.tensor([-1., -1.]))",
     "Tuple.of(torch.atan2(f, torch.ones(8)), torch.atan2(torch.tensor(new double[] {0., -0.}), torch.tensor(new double[] {-1., -1.})))"),
    ("torch.lerp(torch.zeros(3), torch.tensor([1., 2., 4.]), 0.25)", "torch.lerp(torch.zeros(3), torch.tensor(new double[] {1., 2., 4.}), 0.25)"),
])

s.section("clamp")
s.cases([
    ("f.clamp(-1, 1), f.clamp(min=0), f.clamp(max=0.5), i.clamp(0, 3), i.clamp(min=-1)",
     "Tuple.of(f.clamp(-1, 1), f.clamp(min(0)), f.clamp(max(0.5)), i.clamp(0, 3), i.clamp(min(-1)))"),
    ("odd.clamp(-1, 1)", "odd.clamp(-1, 1)"),
    ("torch.clamp(f, -2, 2), torch.clip(f, 0, 1), f.clamp_min(1), f.clamp_max(-1)",
     "Tuple.of(torch.clamp(f, -2, 2), torch.clip(f, 0, 1), f.clamp_min(1), f.clamp_max(-1))"),
    ("c = f.clone(); c.clamp_(0, 1); c", "var c = f.clone(); c.clamp_(0, 1); c"),
])

s.section("comparisons and logical ops")
for op, jop in [("==", "eq"), ("!=", "ne"), ("<", "lt"), ("<=", "le"), (">", "gt"), (">=", "ge")]:
    s.case(f"f {op} 0.5", f"f.{jop}(0.5)")
    s.case(f"i {op} torch.tensor([-3, 0, 0, 3, 7])", f"i.{jop}(torch.tensor(new int[] {{-3, 0, 0, 3, 7}}))")
    s.case(f"odd {op} odd", f"odd.{jop}(odd)")
s.cases([
    ("torch.eq(f, d.float()), torch.ne(i, 0), torch.lt(f, 1), torch.le(i, 0), torch.gt(f, f.flip(0)), torch.ge(i, 2)",
     "Tuple.of(torch.eq(f, d.Float()), i.ne(0), torch.lt(f, torch.tensor(1)), i.le(0), torch.gt(f, f.flip(0)), i.ge(2))"),
    ("f.isnan(), odd.isnan(), odd.isinf(), odd.isfinite(), i.isfinite()", "Tuple.of(f.isnan(), odd.isnan(), odd.isinf(), odd.isfinite(), i.isfinite())"),
    ("torch.logical_and(f > 0, f < 3), torch.logical_or(i < 0, i > 5), torch.logical_xor(f > 0, f > 1), torch.logical_not(i)",
     "Tuple.of(torch.logical_and(f.gt(0), f.lt(3)), torch.logical_or(i.lt(0), i.gt(5)), torch.logical_xor(f.gt(0), f.gt(1)), torch.logical_not(i))"),
    ("f.logical_and(i[:1]), (f > 0).logical_not()", "Tuple.of(f.logical_and(i.get(\":1\")), f.gt(0).logical_not())"),
    ("(i & 3), (i | 8), (i ^ 1), ~i", "Tuple.of(i.bitwise_and(torch.tensor(3)), i.bitwise_or(torch.tensor(8)), i.bitwise_xor(torch.tensor(1)), i.bitwise_not())"),
    ("(f > 0) & (f < 3), (f > 0) | (f < -2), ~(f > 0)", "Tuple.of(f.gt(0).bitwise_and(f.lt(3)), f.gt(0).bitwise_or(f.lt(-2)), f.gt(0).bitwise_not())"),
])

s.section("where and masked ops")
s.cases([
    ("torch.where(f > 0, f, torch.zeros(8))", "torch.where(f.gt(0), f, torch.zeros(8))"),
    ("torch.where(f > 0, f, 0.)", "torch.where(f.gt(0), f, 0.)"),
    ("torch.where(f > 0, 1., -1.)", "torch.where(f.gt(0), 1., -1.)"),
    ("torch.where(i > 0, i, torch.tensor(0))", "torch.where(i.gt(0), i, torch.tensor(0))"),
    ("torch.where(i > 0, i, 0.5)", "torch.where(i.gt(0), i, 0.5)"),
    ("torch.where(torch.tensor([[True], [False]]), torch.tensor([1, 2, 3]), torch.tensor(-1))",
     "torch.where(torch.tensor(new boolean[][] {{true}, {false}}), torch.tensor(new int[] {1, 2, 3}), torch.tensor(-1))"),
    ("torch.where(odd.isnan(), torch.zeros(4), odd)", "torch.where(odd.isnan(), torch.zeros(4), odd)"),
    ("f.masked_fill(f < 0, 0.), f.masked_select(f > 1)", "Tuple.of(f.masked_fill(f.lt(0), 0.), f.masked_select(f.gt(1)))"),
])
