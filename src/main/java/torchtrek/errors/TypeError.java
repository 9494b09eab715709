package torchtrek.errors;

/** Python's TypeError: an argument of the wrong kind (an unsupported dtype, a string where a number belongs). */
public class TypeError extends TorchException {
    public TypeError(String message) {
        super(message);
    }

    public TypeError(String message, Throwable cause) {
        super(message, cause);
    }
}
