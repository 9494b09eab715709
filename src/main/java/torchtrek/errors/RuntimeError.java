package torchtrek.errors;

/** Python's RuntimeError: most of PyTorch's errors (shape mismatches, autograd misuse). */
public class RuntimeError extends TorchException {
    public RuntimeError(String message) {
        super(message);
    }

    public RuntimeError(String message, Throwable cause) {
        super(message, cause);
    }
}
