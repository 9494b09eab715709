package torchtrek.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The student's exercise files ({@code NN-id.jsh} in the workspace folder): each starts with the
 * exercise's prompt as comments and a {@code // exercise: id} line, then the starter code, so
 * {@code torchtrek check} and {@code torchtrek watch} know which exercise a file answers.
 */
public final class Workspace {
    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*exercise:\\s*([a-z0-9-]+)", Pattern.MULTILINE);
    private final Path dir;

    public Workspace(Path dir) {
        this.dir = dir;
    }

    public Path dir() { return dir; }

    public Path file(Exercise e) {
        return dir.resolve(String.format("%02d-%s.jsh", e.order(), e.id()));
    }

    /** The exercise's file, written from its starter when it does not exist yet (never overwritten). */
    public Path ensure(Exercise e) throws IOException {
        Path f = file(e);
        if (!Files.exists(f)) {
            Files.createDirectories(dir);
            Files.writeString(f, header(e) + e.starter());
        }
        return f;
    }

    /** The comment block a fresh exercise file starts with. */
    static String header(Exercise e) {
        StringBuilder sb = new StringBuilder();
        sb.append("// exercise: ").append(e.id()).append(" (").append(e.title()).append(")\n");
        for (String line : e.prompt().strip().split("\n")) sb.append(line.isBlank() ? "//" : "// " + line).append('\n');
        sb.append("// Check it with: torchtrek check ").append(String.format("%02d-%s.jsh", e.order(), e.id()))
            .append("   (or torchtrek watch)\n\n");
        return sb.toString();
    }

    /** Which exercise {@code source} (read from {@code file}) answers: its {@code // exercise:} line, else its name. */
    public static Optional<Exercise> identify(Course course, Path file, String source) {
        Matcher m = TAG.matcher(source);
        if (m.find()) return course.exercise(m.group(1));
        String name = file.getFileName().toString().replaceAll("\\.jsh$", "");
        Matcher folder = ExerciseLoader.FOLDER.matcher(name);
        return course.exercise(folder.matches() ? folder.group(2) : name);
    }
}
