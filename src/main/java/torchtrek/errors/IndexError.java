package torchtrek.errors;

/** Python's IndexError: an index or dimension out of range. */
public class IndexError extends TorchException {
    public IndexError(String message) {
        super(message);
    }

    public IndexError(String message, Throwable cause) {
        super(message, cause);
    }
}
