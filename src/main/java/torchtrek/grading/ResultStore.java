package torchtrek.grading;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The finished results of a grading run, one JSON file per student and exercise under
 * {@code DIR/results/STUDENT/EXERCISE.json}, each written whole (to a temporary name, then renamed)
 * the moment it is known. A run that is killed keeps every finished result; the next run skips
 * them, so nothing is graded twice. Only the grader writes here: no sandbox can see this folder.
 */
public final class ResultStore {
    private static final ObjectMapper JSON = Json.mapper();
    private final Path root;

    public ResultStore(Path outDir) {
        this.root = outDir.resolve("results");
    }

    public Path root() { return root; }

    public Optional<ExerciseResult> get(String student, String exercise) throws IOException {
        Path f = file(student, exercise);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(f.toFile(), ExerciseResult.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void put(ExerciseResult r) throws IOException {
        Path f = file(r.student(), r.exercise());
        Files.createDirectories(f.getParent());
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(r));
        try {
            Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every stored result (unreadable or half-written files are skipped: their work is redone). */
    public List<ExerciseResult> all() throws IOException {
        List<ExerciseResult> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        try (DirectoryStream<Path> students = Files.newDirectoryStream(root)) {
            for (Path s : students) {
                if (!Files.isDirectory(s)) continue;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(s, "*.json")) {
                    for (Path f : files) {
                        try {
                            out.add(JSON.readValue(f.toFile(), ExerciseResult.class));
                        } catch (IOException e) {
                            // a damaged file counts as not graded yet
                        }
                    }
                }
            }
        }
        return out;
    }

    private Path file(String student, String exercise) {
        return root.resolve(encode(student)).resolve(encode(exercise) + ".json");
    }

    /** A name made safe as one path segment (no separators, no dot-dot, no hidden files). */
    public static String encode(String name) {
        String e = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("*", "%2A");
        if (e.startsWith(".")) e = "%2E" + e.substring(1);
        return e;
    }
}
