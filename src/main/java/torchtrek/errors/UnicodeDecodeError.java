package torchtrek.errors;

/** Python's UnicodeDecodeError (a ValueError): bytes that are not valid text in the expected encoding. */
public class UnicodeDecodeError extends ValueError {
    public UnicodeDecodeError(String message) {
        super(message);
    }
}
