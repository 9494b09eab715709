package torchtrek.errors;

/**
 * NumPy's error when a ufunc's result cannot be cast to its {@code out=} array under the
 * 'same_kind' rule: {@code Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') ...}.
 */
public class UFuncTypeError extends TypeError {
    public UFuncTypeError(String ufunc, String fromDtypeRepr, String toDtypeRepr) {
        super("Cannot cast ufunc '" + ufunc + "' output from " + fromDtypeRepr + " to " + toDtypeRepr
            + " with casting rule 'same_kind'");
    }

    @Override
    public String pythonType() { return "numpy.core._exceptions._UFuncOutputCastingError"; }
}
