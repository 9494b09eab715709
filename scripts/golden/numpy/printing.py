"""Golden str() and repr() of NumPy arrays and scalars, from real NumPy (1.24, default print options).

Each case stores the array's exact values, so the Java test rebuilds the same array and compares
TorchTrek's printing with NumPy's, byte for byte.
"""
import os
import tempfile

import numpy as np

from golden_io import GoldenWriter, array_fields

ALL_DTYPES = ["float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool"]


def float_values():
    """Values chosen to exercise every branch of FloatingFormat and Dragon4."""
    rng = np.random.RandomState(1234)
    return {
        "ones": np.ones(5),
        "mixed": np.array([1.5, -2.25, 3.0]),
        "tenths": np.array([0.1, 0.2, 0.3]),
        "thirds": np.arange(10) / 3,
        "cutoff": np.array([1 / 3, 2 / 3, 0.123456789012]),
        "big": np.array([1e8, 1.0]),
        "just_below_1e8": np.array([99999999.5, 1.5]),
        "small": np.array([1e-5, 1.0]),
        "boundary_1e-4": np.array([0.0001, 0.5]),
        "ratio_1000": np.array([1.0, 1000.0]),
        "ratio_1001": np.array([1.0, 1001.0]),
        "huge_range": np.array([1e100, 1e-100, -3.5e-7]),
        "subnormal": np.array([1.5e-300, 5e-324]),
        "subnormal_alone": np.array([5e-324]),
        "zeros": np.array([0.0, -0.0, 0.0]),
        "negative_zero": np.array([-0.0]),
        "nan_one": np.array([np.nan, 1.0]),
        "infs": np.array([np.inf, -np.inf, 1.5]),
        "only_nan": np.array([np.nan]),
        "nan_inf": np.array([np.nan, np.inf]),
        "neg_inf": np.array([-np.inf]),
        "nan_exp": np.array([np.nan, 1e-9, 1.0]),
        "neg_exp": np.array([-1e-9, 1e10]),
        "large_int_floats": np.array([12345678.0, 16777217.0, 1.0]),
        "random_2x3": rng.randn(2, 3),
        "random_wrap": rng.randn(30),
        "random_3d": rng.rand(2, 3, 4),
        "rounding_carry": np.array([0.999999999, 9.999999999, 0.5]),
        "sum_like": np.array([0.1 + 0.2, 1 - 1e-9]),
        "pi_e": np.array([np.pi, np.e, -np.pi * 1e5]),
    }


def cases():
    out = []
    for name, values in float_values().items():
        for dtype in ["float64", "float32", "float16"]:
            with np.errstate(all="ignore"):
                out.append((f"{dtype}-{name}", values.astype(dtype)))
    ints = {
        "small": np.array([1, 2, 3]),
        "negative": np.array([-100, 5, 0]),
        "matrix": np.array([[1, 2], [3, 4]]),
        "cube": np.arange(24).reshape(2, 3, 4) - 7,
        "long_row": np.arange(40) * 7,
        "wrap_dtype_newline": np.arange(24) + 100,
    }
    for name, values in ints.items():
        for dtype in ["int64", "int32", "int16", "int8", "uint8"]:
            with np.errstate(all="ignore"):
                out.append((f"{dtype}-{name}", values.astype(dtype)))
    out += [
        ("int64-extremes", np.array([2**62, -2**63, 2**63 - 1], dtype=np.int64)),
        ("uint8-extremes", np.array([0, 255, 128], dtype=np.uint8)),
        ("int8-extremes", np.array([-128, 127], dtype=np.int8)),
        ("bool-one", np.array([True])),
        ("bool-mixed", np.array([True, False, True])),
        ("bool-all-true", np.array([[True, True], [True, True]])),
        ("bool-matrix", np.array([[True, False], [False, True]])),
        ("bool-long", np.arange(30) % 3 == 0),
        ("float64-summary-1d", np.arange(1001, dtype=np.float64) / 7),
        ("float64-summary-2d", np.arange(1600, dtype=np.float64).reshape(40, 40)),
        ("float32-summary-3d", (np.arange(2000, dtype=np.float32) / 3).reshape(10, 10, 20)),
        ("int64-summary", np.arange(2000)),
        ("int32-summary", np.arange(1001, dtype=np.int32)),
        ("bool-summary", np.arange(1200).reshape(30, 40) % 2 == 0),
        ("int64-exactly-1000", np.arange(1000)),
        ("float64-summary-small-axis", np.arange(1002.0).reshape(2, 501)),
        ("float64-4d", np.arange(16.0).reshape(2, 2, 2, 2)),
        ("float64-row-vector", np.ones((1, 4))),
        ("float64-column", np.arange(3.0).reshape(3, 1)),
        ("float64-single", np.array([[[7.25]]])),
    ]
    for dtype in ALL_DTYPES:
        out.append((f"{dtype}-empty", np.zeros(0, dtype=dtype)))
        out.append((f"{dtype}-empty-2x0", np.zeros((2, 0), dtype=dtype)))
        out.append((f"{dtype}-empty-0x3", np.zeros((0, 3), dtype=dtype)))
    scalars = [2.5, 0.1, 1e16, 1e-5, 123456789.0, -0.0, np.nan, -np.inf, 1.0, 9999999999999998.0, 0.0001, 5e-324]
    for i, v in enumerate(scalars):
        for dtype in ["float64", "float32", "float16"]:
            with np.errstate(all="ignore"):
                out.append((f"{dtype}-scalar-{i}", np.array(v, dtype=dtype)))
    for dtype in ["int64", "int32", "int8", "uint8"]:
        out.append((f"{dtype}-scalar", np.array(7, dtype=dtype)))
    out += [("bool-scalar-true", np.array(True)), ("bool-scalar-false", np.array(False))]
    out += random_cases()
    out.append(("float64-big-endian", np.array([1.0, 2.5], dtype=">f8")))
    out.append(("int32-big-endian", np.array([1, -2], dtype=">i4")))
    return out


def random_cases(count=160):
    """Arrays of random dtype, shape and magnitude (some with nan/inf), to catch what the chosen cases miss."""
    rng = np.random.RandomState(20240601)
    out = []
    for i in range(count):
        dtype = ALL_DTYPES[rng.randint(len(ALL_DTYPES))]
        ndim = rng.randint(1, 4)
        shape = tuple(int(rng.randint(1, 7)) for _ in range(ndim))
        if rng.rand() < 0.15:
            shape = (int(rng.randint(20, 60)),)
        n = int(np.prod(shape))
        scale = 10.0 ** rng.uniform(-12, 12) if rng.rand() < 0.5 else 10.0 ** rng.randint(-3, 4)
        values = rng.randn(n) * scale
        if rng.rand() < 0.3:
            values = np.round(values)
        if dtype.startswith("float") and rng.rand() < 0.2:
            values[rng.randint(n)] = [np.nan, np.inf, -np.inf][rng.randint(3)]
        with np.errstate(all="ignore"):
            if dtype == "bool":
                a = values > 0
            elif dtype.startswith(("int", "uint")):
                info = np.iinfo(dtype)
                a = np.clip(np.nan_to_num(values), info.min, info.max).astype(dtype)
            else:
                a = values.astype(dtype)
        out.append((f"random-{i}-{dtype}", a.reshape(shape)))
    return out


def memmap_repr(a):
    """repr of the same data as a memmap (np.load(..., mmap_mode='r') returns one)."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "a.npy")
        np.save(path, a)
        m = np.load(path, mmap_mode="r")
        text = repr(m)
        del m
    return text


def write(directory):
    w = GoldenWriter(os.path.join(directory, "printing.txt"), __doc__ + f"\nGenerated by scripts/golden/numpy/printing.py with NumPy {np.__version__}.")
    for name, a in cases():
        sections = [("str", str(a)), ("repr", repr(a))]
        if a.ndim > 0 and a.size > 0 and name.startswith(("float64-mixed", "int8-matrix", "bool-mixed", "float32-summary")):
            sections.append(("memmap-repr", memmap_repr(a)))
        w.case(name, array_fields(a), sections)
        if a.ndim == 2 and a.size > 0 and a.shape[0] != a.shape[1]:
            t = a.T
            w.case(name + "-transposed", array_fields(a) + [("view", "T")], [("str", str(t)), ("repr", repr(t))])
    w.save()
