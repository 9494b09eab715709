package torchtrek.errors;

/** Python's PermissionError ({@code [Errno 13] Permission denied: 'a.npy'}): a file the user may not read or write. */
public class PermissionError extends OSError {
    public PermissionError(String path, Throwable cause) {
        super("[Errno 13] Permission denied: " + path, cause);
    }
}
