package torchtrek.numpy;

import torchtrek.errors.ValueError;

/** NumPy's {@code AxisError} (a ValueError): {@code axis 2 is out of bounds for array of dimension 2}. */
public class AxisError extends ValueError {
    public AxisError(long axis, int ndim) {
        super("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    @Override
    public String pythonType() { return "numpy.AxisError"; }
}
