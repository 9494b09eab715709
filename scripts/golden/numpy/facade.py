"""The np facade's everyday behaviour, from real NumPy 1.24: constructors, attributes, indexing,
shapes, conversions, scalars and the errors students meet. Each case is a Python expression;
its Java twin (same name) lives in src/test/java/torchtrek/FacadeGoldenTest.java, and the
result is compared as NumPy shows it (repr, or 'ErrorType: message').
"""
import os
import traceback

import numpy as np

from golden_io import GoldenWriter

CASES = {
    "array-ints": "np.array([1, 2, 3])",
    "array-floats": "np.array([1.0, 2.5])",
    "array-mixed": "np.array([1, 2.5])",
    "array-bools": "np.array([True, False])",
    "array-bool-and-int": "np.array([True, 2])",
    "array-nested": "np.array([[1, 2], [3, 4]])",
    "array-dtype": "np.array([1, 2], dtype=np.float32)",
    "array-ragged": "np.array([[1, 2], [3]])",
    "array-scalar": "np.array(5)",
    "zeros": "np.zeros(3)",
    "zeros-2d-int": "np.zeros((2, 3), dtype=np.int32)",
    "ones-2d": "np.ones((2, 2))",
    "full-int": "np.full((2,), 7)",
    "full-float": "np.full((2, 2), 0.5)",
    "zeros-negative": "np.zeros(-1)",
    "zeros-like": "np.zeros_like(np.array([[1, 2]], dtype=np.int8))",
    "ones-like-float": "np.ones_like(np.array([1.5, 2.5]))",
    "arange-int": "np.arange(5)",
    "arange-start-stop-step": "np.arange(2, 11, 3)",
    "arange-float": "np.arange(0.0, 1.0, 0.1)",
    "arange-negative-step": "np.arange(5, 0, -2)",
    "arange-empty": "np.arange(3, 1)",
    "linspace": "np.linspace(0, 1, 5)",
    "linspace-default": "np.linspace(0, 2)[:4]",
    "linspace-one": "np.linspace(3, 4, 1)",
    "eye": "np.eye(3)",
    "shape": "np.zeros((2, 3)).shape",
    "ndim": "np.zeros((2, 3)).ndim",
    "size": "np.zeros((2, 3)).size",
    "dtype": "np.zeros((2, 3)).dtype",
    "dtype-str": "str(np.zeros(2, dtype=np.int8).dtype)",
    "itemsize": "np.zeros(2, dtype=np.int16).itemsize",
    "nbytes": "np.zeros((2, 3), dtype=np.float32).nbytes",
    "strides": "np.zeros((2, 3)).strides",
    "strides-transposed": "np.zeros((2, 3)).T.strides",
    "index-int": "np.array([10, 20, 30])[1]",
    "index-negative": "np.array([10, 20, 30])[-1]",
    "index-float-scalar": "np.array([1.5, 2.5])[0]",
    "index-row": "np.arange(6).reshape(2, 3)[1]",
    "index-column": "np.arange(6).reshape(2, 3)[:, 1]",
    "index-slice-step": "np.arange(10)[1:8:3]",
    "index-ellipsis": "np.arange(6).reshape(2, 3)[..., 0]",
    "index-none": "np.arange(3)[None, :]",
    "index-list": "np.arange(10)[[1, 3, 5]]",
    "index-out-of-bounds": "np.array([1, 2, 3])[5]",
    "index-out-of-bounds-axis1": "np.array([[1, 2, 3]])[0, 5]",
    "index-too-many": "np.array([1, 2, 3])[0, 0]",
    "index-scalar-array": "np.array(5)[0]",
    "reshape": "np.arange(6).reshape(2, 3)",
    "reshape-infer": "np.arange(6).reshape(3, -1)",
    "reshape-bad": "np.arange(6).reshape(4, 2)",
    "reshape-two-unknown": "np.arange(6).reshape(-1, -1)",
    "transpose": "np.arange(6).reshape(2, 3).T",
    "flatten-transposed": "np.arange(6).reshape(2, 3).T.flatten()",
    "ravel": "np.arange(4).reshape(2, 2).ravel()",
    "astype-float-to-int": "np.array([1.7, -1.7, 2.5]).astype(np.int64)",
    "astype-int-to-float16": "np.array([1, 2049]).astype(np.float16)",
    "astype-bool": "np.array([0.0, 0.5, -1.0]).astype(np.bool_)",
    "astype-uint8-wraps": "np.array([256, -1, 300]).astype(np.uint8)",
    "copy": "np.array([1, 2]).copy()",
    "tolist-ints": "np.array([[1, 2], [3, 4]]).tolist()",
    "tolist-floats": "np.array([0.5, 1.0]).tolist()",
    "tolist-bools": "np.array([True, False]).tolist()",
    "item": "np.array([[2.5]]).item()",
    "item-many": "np.array([1, 2]).item()",
    "sum-scalar": "np.array([1.5, 2.5]).sum()",
    "mean-ints": "np.array([1, 2, 4]).mean()",
    "max-axis": "np.array([[1, 5], [7, 2]]).max(axis=0)",
    "argmax-flat": "np.array([[1, 5], [7, 2]]).argmax()",
    "argmin-axis1": "np.array([[1, 5], [7, 2]]).argmin(axis=1)",
    "sum-axis-out-of-range": "np.array([[1, 2], [3, 4]]).sum(axis=2)",
    "sum-keepdims": "np.array([[1, 2], [3, 4]]).sum(axis=1, keepdims=True)",
    "mean-tuple-axes": "np.arange(24.0).reshape(2, 3, 4).mean(axis=(0, 2))",
    "max-empty": "np.array([]).max()",
    "matmul": "np.array([[1.0, 2.0], [3.0, 4.0]]) @ np.array([[5.0], [6.0]])",
    "matmul-vectors": "np.array([1.0, 2.0]) @ np.array([3.0, 4.0])",
    "matmul-ints": "np.array([[1, 2]]) @ np.array([[3], [4]])",
    "matmul-mismatch": "np.ones((2, 3)) @ np.ones((4, 5))",
    "matmul-scalar": "np.array(2.0) @ np.ones(2)",
    "dot": "np.dot(np.array([1, 2]), np.array([3, 4]))",
    "broadcast-mismatch": "np.ones(3) + np.ones(4)",
    "broadcast-2d": "np.arange(3) + np.arange(2).reshape(2, 1)",
    "compare": "np.array([1, 5, 3]) > 2",
    "mask-index": "np.array([1, 5, 3])[np.array([1, 5, 3]) > 2]",
    "scalar-add": "np.float64(1.5) + 1",
    "add-scalars": "np.add(2, 3)",
    "divide-by-zero-float": "np.array([1.0, -1.0, 0.0]) / 0",
    "int-floor-divide-zero": "np.array([7, -7]) // 0",
    "int-negative-power": "np.array([2, 3]) ** -1",
    "float-str-scalar-big": "str(np.array([1e20]).sum())",
    "float32-scalar-str": "str(np.array([0.1], dtype=np.float32).sum())",
    "bool-scalar": "np.array([True, False]).all() if False else np.array([True])[0]",
    "random-randint-bad": "np.random.randint(5, 5)",
    "random-randint-high": "np.random.randint(0)",
    "random-seed-bad": "np.random.seed(-1)",
}


def write(directory):
    w = GoldenWriter(os.path.join(directory, "facade.txt"), __doc__ + f"\nGenerated by scripts/golden/numpy/facade.py with NumPy {np.__version__}.")
    for name, expr in CASES.items():
        try:
            with np.errstate(all="ignore"):
                result = repr(eval(expr, {"np": np}))
        except Exception as e:
            result = traceback.format_exception_only(type(e), e)[-1].rstrip()
        w.case(name, [("python", expr)], [("result", result)])
    w.save()
