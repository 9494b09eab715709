package torchtrek.errors;

/** NumPy's {@code _ArrayMemoryError}: an array that would not fit in memory, refused before allocating it. */
public class ArrayMemoryError extends MemoryError {
    public ArrayMemoryError(String message) {
        super(message);
    }

    @Override
    public String pythonType() { return "numpy.core._exceptions._ArrayMemoryError"; }
}
