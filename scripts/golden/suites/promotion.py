"""Type promotion: dimensioned tensors, 0-d tensors and Python scalars (pytorch-facts.md section 2)."""
from golden import Suite

SUITE = Suite("promotion", "result dtypes and values of mixed-dtype arithmetic")
s = SUITE

DTYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"]
JAVA_SCALAR = {"int": ("2", "2"), "float": ("2.5", "2.5")}


def ones(dtype, zero_dim=False):
    size = "()" if zero_dim else "2"
    jsize = "new long[] {}" if zero_dim else "2"
    return f"torch.ones({size}, dtype=torch.{dtype})", f"torch.ones({jsize}, dtype(torch.{dtype}))"


s.section("the promotion lattice: dimensioned + dimensioned")
for a in DTYPES:
    for b in DTYPES:
        pa, ja = ones(a)
        pb, jb = ones(b)
        s.case(f"({pa} + {pb}).dtype", f"{ja}.add({jb}).dtype()")

s.section("dimensioned + 0-d: the 0-d tensor matters only from a higher category")
for a in DTYPES:
    for b in DTYPES:
        pa, ja = ones(a)
        pb, jb = ones(b, zero_dim=True)
        s.case(f"({pa} * {pb}).dtype", f"{ja}.mul({jb}).dtype()")

s.section("tensor + Python scalar")
for a in DTYPES:
    for zero_dim in (False, True):
        pa, ja = ones(a, zero_dim)
        s.case(f"({pa} + 2).dtype", f"{ja}.add(2).dtype()")
        s.case(f"({pa} + 2.5).dtype", f"{ja}.add(2.5).dtype()")

s.section("torch.result_type, promote_types, can_cast")
s.cases([
    ("torch.result_type(torch.tensor([1, 2], dtype=torch.int32), 2.5)", "torch.result_type(torch.tensor(new int[] {1, 2}, dtype(torch.int32)), 2.5)"),
    ("torch.result_type(torch.tensor([1, 2], dtype=torch.int32), 2)", "torch.result_type(torch.tensor(new int[] {1, 2}, dtype(torch.int32)), 2)"),
    ("torch.result_type(torch.tensor([1, 2]), torch.tensor(1.))", "torch.result_type(torch.tensor(new int[] {1, 2}), torch.tensor(1.))"),
    ("torch.result_type(torch.tensor(1, dtype=torch.uint8), torch.tensor(1, dtype=torch.int8))",
     "torch.result_type(torch.tensor(1, dtype(torch.uint8)), torch.tensor(1, dtype(torch.int8)))"),
    ("torch.promote_types(torch.uint8, torch.int8)", "torch.promote_types(torch.uint8, torch.int8)"),
    ("torch.promote_types(torch.int64, torch.float16)", "torch.promote_types(torch.int64, torch.float16)"),
    ("torch.promote_types(torch.float16, torch.bfloat16)", "torch.promote_types(torch.float16, torch.bfloat16)"),
    ("torch.promote_types(torch.bool, torch.int8)", "torch.promote_types(torch.bool, torch.int8)"),
    ("torch.can_cast(torch.float32, torch.int32)", "torch.can_cast(torch.float32, torch.int32)"),
    ("torch.can_cast(torch.int32, torch.float32)", "torch.can_cast(torch.int32, torch.float32)"),
    ("torch.can_cast(torch.int64, torch.uint8)", "torch.can_cast(torch.int64, torch.uint8)"),
    ("torch.can_cast(torch.int8, torch.bool)", "torch.can_cast(torch.int8, torch.bool)"),
    ("torch.can_cast(torch.bool, torch.float16)", "torch.can_cast(torch.bool, torch.float16)"),
])

s.section("the facts sheet's cases, with values")
s.setup("i64 = torch.tensor([1, 2]); i32 = torch.tensor([1, 2], dtype=torch.int32); f32 = torch.tensor([1., 2.])",
        "var i64 = torch.tensor(new int[] {1, 2}); var i32 = torch.tensor(new int[] {1, 2}, dtype(torch.int32)); "
        "var f32 = torch.tensor(new double[] {1., 2.});")
s.cases([
    ("i64 + 1.5", "i64.add(1.5)"),
    ("i64 + 2", "i64.add(2)"),
    ("i32 + 2", "i32.add(2)"),
    ("i32 + 2.5", "i32.add(2.5)"),
    ("i32 + torch.tensor(5)", "i32.add(torch.tensor(5))"),
    ("i32 + torch.tensor([5])", "i32.add(torch.tensor(new int[] {5}))"),
    ("i32 + torch.tensor(5.)", "i32.add(torch.tensor(5.))"),
    ("i32 + torch.tensor(5., dtype=torch.float64)", "i32.add(torch.tensor(5., dtype(torch.float64)))"),
    ("torch.tensor([1], dtype=torch.int8) + 1000", "torch.tensor(new int[] {1}, dtype(torch.int8)).add(1000)"),
    ("torch.tensor([100], dtype=torch.int8) + 100", "torch.tensor(new int[] {100}, dtype(torch.int8)).add(100)"),
    ("torch.tensor([250], dtype=torch.uint8) + 10", "torch.tensor(new int[] {250}, dtype(torch.uint8)).add(10)"),
    ("torch.tensor([1], dtype=torch.uint8) - 2", "torch.tensor(new int[] {1}, dtype(torch.uint8)).sub(2)"),
    ("torch.tensor([1], dtype=torch.uint8) + torch.tensor([1], dtype=torch.int8)",
     "torch.tensor(new int[] {1}, dtype(torch.uint8)).add(torch.tensor(new int[] {1}, dtype(torch.int8)))"),
    ("torch.tensor([True]) + torch.tensor([True])", "torch.tensor(new boolean[] {true}).add(torch.tensor(new boolean[] {true}))"),
    ("torch.tensor([True, False]) * torch.tensor([True, True])",
     "torch.tensor(new boolean[] {true, false}).mul(torch.tensor(new boolean[] {true, true}))"),
    ("torch.tensor([True]) + 1", "torch.tensor(new boolean[] {true}).add(1)"),
    ("torch.tensor([True]) + 1.5", "torch.tensor(new boolean[] {true}).add(1.5)"),
    ("i64 / i64", "i64.div(i64)"),
    ("i64 / 2", "i64.div(2)"),
    ("i32 / 2", "i32.div(2)"),
    ("torch.tensor([True, False]) / 2", "torch.tensor(new boolean[] {true, false}).div(2)"),
    ("torch.tensor([3, -3]) // 2", "torch.tensor(new int[] {3, -3}).floor_divide(2)"),
    ("torch.floor_divide(i64, 2)", "torch.floor_divide(i64, 2)"),
    ("torch.tensor([3, -3]) // 2.0", "torch.tensor(new int[] {3, -3}).floor_divide(2.0)"),
    ("torch.tensor([3.5, -3.5]) // 2", "torch.tensor(new double[] {3.5, -3.5}).floor_divide(2)"),
    ("torch.tensor([5, -5]) % 3", "torch.tensor(new int[] {5, -5}).remainder(3)"),
    ("torch.tensor([5, -5]) % -3", "torch.tensor(new int[] {5, -5}).remainder(-3)"),
    ("torch.tensor([5.5, -5.5]) % 3", "torch.tensor(new double[] {5.5, -5.5}).remainder(3)"),
    ("torch.tensor([5, -5]) % 2.5", "torch.tensor(new int[] {5, -5}).remainder(2.5)"),
    ("torch.fmod(torch.tensor([5, -5]), torch.tensor([3, 3]))", "torch.fmod(torch.tensor(new int[] {5, -5}), torch.tensor(new int[] {3, 3}))"),
    ("torch.tensor([5., -5.]).fmod(3)", "torch.tensor(new double[] {5., -5.}).fmod(3)"),
    ("i64 * 1.0", "i64.mul(1.0)"),
    ("f32 + torch.tensor(1., dtype=torch.float64)", "f32.add(torch.tensor(1., dtype(torch.float64)))"),
    ("f32 + torch.tensor([1.], dtype=torch.float64)", "f32.add(torch.tensor(new double[] {1.}, dtype(torch.float64)))"),
    ("torch.tensor([1.], dtype=torch.float16) + f32", "torch.tensor(new double[] {1.}, dtype(torch.float16)).add(f32)"),
    ("torch.tensor([1.], dtype=torch.float16) + torch.tensor(1.)", "torch.tensor(new double[] {1.}, dtype(torch.float16)).add(torch.tensor(1.))"),
    ("torch.tensor([1.], dtype=torch.float16) + torch.tensor([1.], dtype=torch.bfloat16)",
     "torch.tensor(new double[] {1.}, dtype(torch.float16)).add(torch.tensor(new double[] {1.}, dtype(torch.bfloat16)))"),
    ("i64 ** 2", "i64.pow(2)"),
    ("i64 ** 2.0", "i64.pow(2.0)"),
    ("i64 ** 0.5", "i64.pow(0.5)"),
    ("i64 ** -1", "i64.pow(-1)"),
    ("i64 ** torch.tensor(-1)", "i64.pow(torch.tensor(-1))"),
    ("torch.tensor([2, 3]) ** torch.tensor([3, 2])", "torch.tensor(new int[] {2, 3}).pow(torch.tensor(new int[] {3, 2}))"),
    ("2 ** i64", "i64.rpow(2)"),
    ("2.5 ** i64", "i64.rpow(2.5)"),
    ("torch.pow(2, i64)", "torch.pow(2, i64)"),
    ("f32 ** -1", "f32.pow(-1)"),
    ("f32 ** 0.5", "f32.pow(0.5)"),
    ("torch.tensor([-8.]) ** (1 / 3)", "torch.tensor(new double[] {-8.}).pow(1.0 / 3)"),
    ("i64 > 1", "i64.gt(1)"),
    ("i64 > 1.5", "i64.gt(1.5)"),
    ("f32 == f32", "f32.eq(f32)"),
    ("i32 == i64", "i32.eq(i64)"),
    ("i64 < f32 + 0.5", "i64.lt(f32.add(0.5))"),
    ("torch.tensor([True, False]) == 1", "torch.tensor(new boolean[] {true, false}).eq(1)"),
    ("torch.tensor(2.0)", "torch.tensor(2.0)"),
    ("torch.tensor(2)", "torch.tensor(2)"),
    ("torch.tensor([1, 2.0])", "torch.tensor(new double[] {1, 2.0})"),
    ("torch.tensor(True)", "torch.tensor(true)"),
    ("i64.sum()", "i64.sum()"),
    ("torch.tensor([True, True]).sum()", "torch.tensor(new boolean[] {true, true}).sum()"),
    ("i32.sum()", "i32.sum()"),
    ("torch.tensor([200, 100], dtype=torch.uint8).sum()", "torch.tensor(new int[] {200, 100}, dtype(torch.uint8)).sum()"),
    ("torch.tensor([1.5, 2.5], dtype=torch.float16).sum()", "torch.tensor(new double[] {1.5, 2.5}, dtype(torch.float16)).sum()"),
    ("i32.prod()", "i32.prod()"),
    ("torch.tensor([True, False]).prod()", "torch.tensor(new boolean[] {true, false}).prod()"),
    ("i64.float().mean()", "i64.Float().mean()"),
    ("i64.mean()", "i64.mean()"),
    ("torch.tensor([True]).mean()", "torch.tensor(new boolean[] {true}).mean()"),
    ("i64.mean(dtype=torch.float64)", "i64.mean(dtype(torch.float64))"),
    ("i64.sum(dtype=torch.float32)", "i64.sum(dtype(torch.float32))"),
    ("torch.tensor([1.5]).int()", "torch.tensor(new double[] {1.5}).Int()"),
    ("torch.tensor([-1.7]).long()", "torch.tensor(new double[] {-1.7}).Long()"),
    ("torch.tensor([1.5]).long(), torch.tensor([-1.5]).long()", "Tuple.of(torch.tensor(new double[] {1.5}).Long(), torch.tensor(new double[] {-1.5}).Long())"),
    ("torch.tensor(float('nan')).long()", "torch.tensor(Double.NaN).Long()"),
    ("torch.tensor([1.7, -0.2]).bool()", "torch.tensor(new double[] {1.7, -0.2}).bool()"),
    ("torch.tensor([70000.]).half()", "torch.tensor(new double[] {70000.}).half()"),
    ("torch.tensor([0.1]).double()", "torch.tensor(new double[] {0.1}).Double()"),
    ("torch.tensor([1.1, 2.2]).bfloat16()", "torch.tensor(new double[] {1.1, 2.2}).bfloat16()"),
    ("torch.tensor([3, 300]).byte()", "torch.tensor(new int[] {3, 300}).Byte()"),
    ("torch.tensor([3, 300]).char()", "torch.tensor(new int[] {3, 300}).Char()"),
    ("torch.tensor([3, 70000]).short()", "torch.tensor(new int[] {3, 70000}).Short()"),
    ("i64.to(torch.float64)", "i64.to(torch.float64)"),
    ("i64.to('cpu', torch.float16)", "i64.to(\"cpu\", torch.float16)"),
    ("i64.to(f32)", "i64.to(f32)"),
    ("i64.type(torch.float64)", "i64.type(torch.float64)"),
    ("i64.type_as(f32)", "i64.type_as(f32)"),
    ("torch.where(i64 > 1, i64, 0.5)", "torch.where(i64.gt(1), i64, 0.5)"),
    ("torch.where(i64 > 1, f32, i64)", "torch.where(i64.gt(1), f32, i64)"),
    ("torch.where(i64 > 1, i32, i64)", "torch.where(i64.gt(1), i32, i64)"),
    ("torch.maximum(i32, torch.tensor([0.5, 3.5]))", "torch.maximum(i32, torch.tensor(new double[] {0.5, 3.5}))"),
    ("torch.cat([i32, i64])", "torch.cat(i32, i64)"),
    ("torch.cat([i64, f32])", "torch.cat(i64, f32)"),
    ("torch.stack([torch.tensor([True]), torch.tensor([2], dtype=torch.uint8)])",
     "torch.stack(torch.tensor(new boolean[] {true}), torch.tensor(new int[] {2}, dtype(torch.uint8)))"),
    ("i64.clamp(0.5, 1.5)", "i64.clamp(0.5, 1.5)"),
    ("i64.abs(), (-i32).abs()", "Tuple.of(i64.abs(), i32.neg().abs())"),
    ("i64.exp()", "i64.exp()"),
    ("i32.sqrt()", "i32.sqrt()"),
    ("torch.tensor([True, False]).sin()", "torch.tensor(new boolean[] {true, false}).sin()"),
    ("i64.sigmoid()", "i64.sigmoid()"),
    ("torch.tensor([-1, 2]).relu()", "torch.tensor(new int[] {-1, 2}).relu()"),
    ("-torch.tensor([True])", "torch.tensor(new boolean[] {true}).neg()"),
])

s.section("in-place ops may not change the category of self")
s.cases([
    ("a = torch.tensor([1, 2]); a += 1.5", "var a = torch.tensor(new int[] {1, 2}); a.add_(1.5);"),
    ("a = torch.tensor([1, 2]); a /= 2", "var a = torch.tensor(new int[] {1, 2}); a.div_(2);"),
    ("a = torch.tensor([1, 2]); a.mul_(torch.tensor([1.5, 2.0]))", "var a = torch.tensor(new int[] {1, 2}); a.mul_(torch.tensor(new double[] {1.5, 2.0}));"),
    ("b = torch.tensor([True]); b += 1", "var b = torch.tensor(new boolean[] {true}); b.add_(1);"),
    ("c = torch.tensor([1.0]); c += torch.tensor([1], dtype=torch.int64); c",
     "var c = torch.tensor(new double[] {1.0}); c.add_(torch.tensor(new int[] {1})); c"),
    ("d = torch.tensor([1], dtype=torch.int32); d += torch.tensor([2**40]); d",
     "var d = torch.tensor(new int[] {1}, dtype(torch.int32)); d.add_(torch.tensor(new long[] {1L << 40})); d"),
    ("e = torch.tensor([1, 2], dtype=torch.uint8); e -= 3; e",
     "var e = torch.tensor(new int[] {1, 2}, dtype(torch.uint8)); e.sub_(3); e"),
    ("f = torch.ones(3); f.add_(torch.ones(3, dtype=torch.float64)); f",
     "var f = torch.ones(3); f.add_(torch.ones(3, dtype(torch.float64))); f"),
    ("g = torch.ones(2, dtype=torch.float16); g *= 1e5; g", "var g = torch.ones(2, dtype(torch.float16)); g.mul_(1e5); g"),
    ("h = torch.tensor([5, 7]); h.pow_(2); h", "var h = torch.tensor(new int[] {5, 7}); h.pow_(2); h"),
    ("k = torch.tensor([5, 7]); k.pow_(0.5)", "var k = torch.tensor(new int[] {5, 7}); k.pow_(0.5);"),
    ("k = torch.tensor([5, 7]); k.pow_(-1)", "var k = torch.tensor(new int[] {5, 7}); k.pow_(-1);"),
    ("k = torch.tensor([5, 7]); k.pow_(torch.tensor(0.5))", "var k = torch.tensor(new int[] {5, 7}); k.pow_(torch.tensor(0.5));"),
    ("k = torch.tensor([True]); k.pow_(2)", "var k = torch.tensor(new boolean[] {true}); k.pow_(2);"),
    ("k = torch.tensor([5, 7], dtype=torch.int32); k.pow_(2)", "var k = torch.tensor(new int[] {5, 7}, dtype(torch.int32)); k.pow_(2)"),
    ("k = torch.tensor([5., 7.]); k.pow_(torch.tensor([2, 1])); k", "var k = torch.tensor(new double[] {5., 7.}); k.pow_(torch.tensor(new int[] {2, 1})); k"),
    ("m = torch.tensor([1, 2]); m.sub_(torch.tensor(0.5))", "var m = torch.tensor(new int[] {1, 2}); m.sub_(torch.tensor(0.5));"),
    ("torch.tensor([1, 2]).exp_()", "torch.tensor(new int[] {1, 2}).exp_()"),
    ("torch.tensor([4, 9]).sqrt_()", "torch.tensor(new int[] {4, 9}).sqrt_()"),
])

s.section("out= with a dtype of its own")
s.cases([
    ("r = torch.empty(2, dtype=torch.float64); torch.add(i64, f32, out=r); r",
     "var r = torch.empty(2, dtype(torch.float64)); torch.add(i64, f32, out(r)); r"),
    ("r = torch.empty(2, dtype=torch.int64); torch.add(i64, f32, out=r)",
     "var r = torch.empty(2, dtype(torch.int64)); torch.add(i64, f32, out(r));"),
    ("r = torch.empty(2, dtype=torch.int32); torch.add(i64, i64, out=r); r",
     "var r = torch.empty(2, dtype(torch.int32)); torch.add(i64, i64, out(r)); r"),
    ("r = torch.empty(2); torch.div(i64, 4, out=r); r", "var r = torch.empty(2); torch.div(i64, 4, out(r)); r"),
])
