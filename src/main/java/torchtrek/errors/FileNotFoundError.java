package torchtrek.errors;

/** Python's FileNotFoundError ({@code [Errno 2] No such file or directory: 'a.npy'}): a file that does not exist. */
public class FileNotFoundError extends OSError {
    public FileNotFoundError(String path, Throwable cause) {
        super("[Errno 2] No such file or directory: " + path, cause);
    }
}
