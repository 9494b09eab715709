package torchtrek.errors;

/** Python's MemoryError: an array too large for the memory there is. */
public class MemoryError extends TorchException {
    public MemoryError(String message) {
        super(message);
    }
}
