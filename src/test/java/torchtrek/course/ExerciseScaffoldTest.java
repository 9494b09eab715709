package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.repl.JShellRunner;

/** {@code torchtrek new exercise}: the scaffold lands after the last exercise and validates as it is. */
class ExerciseScaffoldTest {
    private static final Path COURSE = Path.of("").toAbsolutePath();

    @TempDir
    Path copy;

    private Course courseCopy() throws IOException {
        for (String part : List.of("course.yaml", "lessons", "exercises", "solutions")) copyTree(COURSE.resolve(part), copy.resolve(part));
        return Course.load(copy).course();
    }

    @Test
    void theScaffoldIsAWorkingExerciseThatValidates() throws IOException {
        Course course = courseCopy();
        int before = course.exercises().size();
        Path dir = ExerciseScaffold.write(course, "ones-grid", "A \"grid\" of ones", "tensors", List.of("P04", "P05"));
        assertEquals(String.format("%02d-ones-grid", before + 1), dir.getFileName().toString());
        assertTrue(Files.exists(copy.resolve("solutions/ones-grid.jsh")));

        Course.Loaded reloaded = Course.load(copy);
        assertEquals("", reloaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        Exercise e = reloaded.course().exercise("ones-grid").orElseThrow();
        assertEquals("A \"grid\" of ones", e.title());
        assertEquals(List.of("P04", "P05"), e.covers());
        assertEquals("tensors", e.lesson());
        assertEquals(1, e.wrongAnswers().size());
        List<Problem> problems = new Validator(new Attempts(new JShellRunner()), line -> { }).exercise(e);
        assertEquals("", problems.stream().map(Problem::toString).collect(Collectors.joining("\n")),
            "solution passes, starter and wrong answer fail as they say");
    }

    @Test
    void badNamesTakenNamesAndUnknownLessonsAreRefusedWithoutWritingAnything() throws IOException {
        Course course = courseCopy();
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> ExerciseScaffold.write(course, "Ones Grid", "t", "tensors", List.of("P04"))).getMessage().contains("lowercase words"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> ExerciseScaffold.write(course, "fives", "t", "tensors", List.of("P04"))).getMessage().contains("already"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> ExerciseScaffold.write(course, "ones-grid", "t", "no-such-lesson", List.of("P04"))).getMessage().contains("the ids are"));
        assertEquals(course.exercises().size(), Course.load(copy).course().exercises().size());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
