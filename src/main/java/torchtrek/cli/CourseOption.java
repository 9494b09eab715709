package torchtrek.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import torchtrek.course.Course;

/**
 * {@code --course DIR}: where the lessons and exercises are. Without it: {@code $TORCHTREK_COURSE},
 * then the TorchTrek checkout {@code scripts/torchtrek} runs from, then the current folder.
 */
final class CourseOption {
    @Option(names = "--course", paramLabel = "DIR", description = "the course folder (with course.yaml, lessons/, exercises/, solutions/)")
    Path course;

    Path root() {
        if (course != null) return course.toAbsolutePath().normalize();
        for (String var : new String[] {"TORCHTREK_COURSE", "TORCHTREK_HOME"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank() && Files.isRegularFile(Path.of(v, "course.yaml"))) return Path.of(v).toAbsolutePath();
        }
        return Path.of("").toAbsolutePath();
    }

    /** The course, or null after printing why it cannot be used. */
    Course loadOrExplain() {
        Course course = loadIfPresent();
        if (course == null) System.err.println("No course found in " + root() + ": pass --course DIR (the folder with course.yaml).");
        return course;
    }

    /** The course where there is one (its problems, if any, noted on stderr), else null without a word. */
    Course loadIfPresent() {
        Path root = root();
        if (!Files.isRegularFile(root.resolve("course.yaml"))) return null;
        Course.Loaded loaded = Course.load(root);
        if (!loaded.problems().isEmpty()) {
            System.err.println("The course has problems (`torchtrek validate` lists them); the first: "
                + loaded.problems().get(0).relativeTo(root));
        }
        return loaded.course();
    }
}
