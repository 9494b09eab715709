package torchtrek.errors;

/**
 * The family of errors TorchTrek raises, each named after the Python exception PyTorch
 * raises in the same situation, with PyTorch's message text.
 *
 * <p>{@link #toString()} reads like Python's last traceback line:
 * {@code RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)}.
 */
public abstract class TorchException extends RuntimeException {
    protected TorchException(String message) {
        super(message);
    }

    protected TorchException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The Python exception type this error stands for: {@code RuntimeError}, {@code IndexError}... */
    public String pythonType() {
        return getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return pythonType() + ": " + getMessage();
    }
}
