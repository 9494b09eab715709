package torchtrek.errors;

/**
 * NumPy's {@code AxisError} (a ValueError): {@code axis 2 is out of bounds for array of dimension 2}.
 * Named like NumPy's class so that the REPL, which sees only class names, shows it as NumPy does.
 */
public class AxisError extends ValueError {
    public AxisError(long axis, int ndim) {
        super("axis " + axis + " is out of bounds for array of dimension " + ndim);
    }

    @Override
    public String pythonType() { return "numpy.AxisError"; }
}
