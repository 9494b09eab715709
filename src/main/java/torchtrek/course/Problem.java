package torchtrek.course;

import java.nio.file.Path;

/** Something wrong in a course file, with where it is (line 0 when it concerns the whole file). */
public record Problem(Path file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    /** The same problem with {@code file} shown relative to {@code root}. */
    public Problem relativeTo(Path root) {
        Path shown = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return new Problem(shown, line, message);
    }
}
