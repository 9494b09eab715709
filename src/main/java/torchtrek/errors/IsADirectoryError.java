package torchtrek.errors;

/** Python's IsADirectoryError ({@code [Errno 21] Is a directory: 'a.npy'}): a directory where a file was expected. */
public class IsADirectoryError extends OSError {
    public IsADirectoryError(String path, Throwable cause) {
        super("[Errno 21] Is a directory: " + path, cause);
    }
}
