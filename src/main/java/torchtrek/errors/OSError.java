package torchtrek.errors;

/**
 * Python's OSError family for files: {@code FileNotFoundError: [Errno 2] No such file or directory: 'a.npy'}.
 * The subclass name Python would use is given with the message.
 */
public class OSError extends TorchException {
    private final String pythonType;

    public OSError(String pythonType, String message) {
        super(message);
        this.pythonType = pythonType;
    }

    public OSError(String pythonType, String message, Throwable cause) {
        super(message, cause);
        this.pythonType = pythonType;
    }

    @Override
    public String pythonType() { return pythonType; }
}
