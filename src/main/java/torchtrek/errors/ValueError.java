package torchtrek.errors;

/** Python's ValueError: a value of the right type but not acceptable (item() of many elements, a negative slice step). */
public class ValueError extends TorchException {
    public ValueError(String message) {
        super(message);
    }

    public ValueError(String message, Throwable cause) {
        super(message, cause);
    }
}
