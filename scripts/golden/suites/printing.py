"""repr(tensor): the formatter's modes, widths, wrapping, summarization and suffixes."""
from golden import Suite
from suites._twins import tensor

SUITE = Suite("printing", "what print(tensor) shows (pytorch-facts.md section 1)")
s = SUITE

s.section("floats: fixed, int mode, scientific")
for data in [[1., 2., 3.], [1.5, -2.25, 3.0], [0., 0.], [1e-5, 1.0, 1e5]]:
    s.case(*tensor(data))
