package torchtrek.errors;

/** Python's KeyError: a name that is not in a mapping (an array name not in an {@code .npz} archive). */
public class KeyError extends TorchException {
    public KeyError(String message) {
        super(message);
    }
}
