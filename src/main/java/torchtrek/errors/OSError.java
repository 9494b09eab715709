package torchtrek.errors;

/** Python's OSError: a file that could not be read or written. Subclasses name the common causes. */
public class OSError extends TorchException {
    public OSError(String message, Throwable cause) {
        super(message, cause);
    }
}
