package torchtrek.numpy;

import torchtrek.errors.TypeError;

/** NumPy's error when a ufunc's result cannot be cast to its {@code out=} array under the 'same_kind' rule. */
public class UFuncTypeError extends TypeError {
    public UFuncTypeError(String ufunc, NumpyDType from, NumpyDType to) {
        super("Cannot cast ufunc '" + ufunc + "' output from " + from.repr() + " to " + to.repr()
            + " with casting rule 'same_kind'");
    }

    @Override
    public String pythonType() { return "numpy.core._exceptions._UFuncOutputCastingError"; }
}
