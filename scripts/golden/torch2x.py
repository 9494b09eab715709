"""PyTorch 2.x where it differs from the 1.13 that installs here.

TorchTrek follows PyTorch 2.x; the only PyTorch this machine has is Debian's 1.13. Every
difference below is one verified in ../shared/reference/pytorch-2x-differences.md (libtorch
2.10 or the current Python source), applied here so golden files say what 2.x says:

* Python-level changes are reproduced by patching 1.13 the way 2.x's Python code reads
  (`install()`): `2 ** x` is `torch.pow(2, x)`, `torch.norm` goes to `linalg.vector_norm`,
  `item()` of many elements raises 2.x's RuntimeError, `torch.zeros` checks sizes itself.
* C++ message changes are rewritten (`message()`, `warning()`); a message whose 2.x text was
  not verified makes the generator stop instead of guessing.
* Structural changes a patch cannot reach (a full `:` no longer adds a SliceBackward0 in
  multi-dimensional indexing) are stated per case, as the 2.x expression the case runs.

Beyond that sheet, one difference read in 2.x's source (aten/src/ATen/native/IndexingUtils.h,
`checkIndexTensorTypes(indices, allow_int=true)`, used by `index` and `index_put_`): int32
tensors are valid indices (cases run them as `.long()`), and the message for other dtypes is
"tensors used as indices must be long, int, byte or bool tensors".
"""
import re

import torch

_CXX_TYPE = {"Float": "float", "Double": "double", "Long": "long int", "Int": "int"}

# (1.13 pattern, 2.x replacement): C++ messages whose text changed.
_MESSAGES = [
    (r"size mismatch, got (\d+), (\d+)x(\d+),(\d+)", r"size mismatch, got input (\1), mat (\2x\3), vec (\4)"),
    (r"upper bound and larger bound inconsistent with step sign", "upper bound and lower bound inconsistent with step sign"),
    (r"gather\(\): Expected dtype int64 for index", "gather(): Expected dtype int32/int64 for index"),
    (r"ReshapeAliasBackward0", "ViewBackward0"),
    (r"tensors used as indices must be long, byte or bool tensors", "tensors used as indices must be long, int, byte or bool tensors"),
]

# "expected scalar type X but found Y" became a per-op message in 2.x; only mm's is verified.
_SCALAR_TYPE = re.compile(r"expected scalar type (\w+) but found (\w+)")


def install():
    """Patches the 1.13 Python layer to behave as 2.x's does."""
    torch.Tensor.__rpow__ = lambda self, other: torch.pow(other, self)

    def norm(input, p="fro", dim=None, keepdim=False, out=None, dtype=None):
        assert out is None, "norm(out=...) is not in any golden suite"
        dims = [dim] if isinstance(dim, int) else dim
        if isinstance(p, str):
            assert p == "fro" and (dims is None or len(dims) <= 2), "only the vector-norm paths are emulated"
            return torch.linalg.vector_norm(input, 2, dims, keepdim, dtype=dtype)
        return torch.linalg.vector_norm(input, 2.0 if p is None else p, dims, keepdim, dtype=dtype)

    torch.norm = norm
    torch.Tensor.norm = lambda self, p="fro", dim=None, keepdim=False, dtype=None: norm(self, p, dim, keepdim, dtype=dtype)

    item = torch.Tensor.item

    def item2x(self):
        if self.numel() != 1:
            raise RuntimeError(f"a Tensor with {self.numel()} elements cannot be converted to Scalar")
        return item(self)

    torch.Tensor.item = item2x

    zeros = torch.zeros

    def zeros2x(*size, **kwargs):
        dims = size[0] if len(size) == 1 and isinstance(size[0], (tuple, list, torch.Size)) else size
        if any(isinstance(d, int) and d < 0 for d in dims):
            raise RuntimeError("zeros: Dimension size must be non-negative.")
        return zeros(*size, **kwargs)

    torch.zeros = zeros2x


def value(text):
    """A shown value as 2.x shows it: only grad_fn names differ there (ReshapeAlias is View)."""
    return re.sub(r"ReshapeAliasBackward0", "ViewBackward0", text)


def message(text, source=""):
    """An error message as 2.x words it. `source` is the case, for op-specific rewrites."""
    for pattern, replacement in _MESSAGES:
        text = re.sub(pattern, replacement, text)
    match = _SCALAR_TYPE.fullmatch(text)
    if match:
        if not re.search(r"@|\.mm\(|matmul", source):
            raise ValueError(f"2.x text of {text!r} for {source!r} is not verified: leave the case out")
        a, b = (_CXX_TYPE[t] for t in match.groups())
        text = f"expected m1 and m2 to have the same dtype, but got: {a} != {b}"
    return text


def warning(text):
    """A warning as TorchTrek shows it: 2.x's wording, without the build-specific
    "(Triggered internally at file:line.)" that differs between PyTorch builds."""
    text = re.sub(r" \(Triggered internally at .*\)$", "", text, flags=re.S)
    return text.replace("for more informations.", "for more information.")
