package torchtrek.errors;

/** Python's ZeroDivisionError: a division or step by zero. */
public class ZeroDivisionError extends TorchException {
    public ZeroDivisionError(String message) {
        super(message);
    }
}
