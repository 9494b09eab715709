"""Java twins of Python literals, written as a student writes them (README's Python -> Java table)."""
import math

INT32 = 2 ** 31


def scalar(v):
    """A Python number or bool as a Java literal."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return f"{v}L" if abs(v) >= INT32 else str(v)
    if math.isnan(v):
        return "Double.NaN"
    if math.isinf(v):
        return "Double.POSITIVE_INFINITY" if v > 0 else "Double.NEGATIVE_INFINITY"
    return repr(v)


def _leaves(data):
    if isinstance(data, (list, tuple)):
        for d in data:
            yield from _leaves(d)
    else:
        yield data


def _depth(data):
    return 1 + _depth(data[0]) if isinstance(data, (list, tuple)) and data else (1 if isinstance(data, (list, tuple)) else 0)


def array(data):
    """A nested Python list as a Java array: double if any float, long/int for ints, boolean for bools."""
    leaves = list(_leaves(data))
    if leaves and all(isinstance(v, bool) for v in leaves):
        elem = "boolean"
    elif any(isinstance(v, float) for v in leaves) or not leaves:
        elem = "double"
    else:
        elem = "long" if any(abs(v) >= INT32 for v in leaves) else "int"

    def body(d):
        if isinstance(d, (list, tuple)):
            return "{" + ", ".join(body(x) for x in d) + "}"
        if elem == "double" and not isinstance(d, float):
            return scalar(float(d)) if not isinstance(d, bool) else scalar(float(d))
        return scalar(d) if elem != "long" else f"{d}L"

    return f"new {elem}{'[]' * _depth(data)} {body(data)}"


def kwargs_py(kw):
    return "".join(f", {k}={v}" for k, v in kw.items())


def kwargs_java(kw):
    def value(v):
        if v in ("True", "False"):
            return v.lower()
        return v
    return "".join(f", {k}({value(v)})" for k, v in kw.items())


def tensor(data, **kw):
    """(`torch.tensor(data, kw...)`, its Java twin); kw values are Python source text."""
    if isinstance(data, (list, tuple)):
        java = array(data)
    else:
        java = scalar(data)
    py = f"torch.tensor({data!r}{kwargs_py(kw)})".replace("nan", "float('nan')").replace("inf", "float('inf')")
    return py, f"torch.tensor({java}{kwargs_java(kw)})"
