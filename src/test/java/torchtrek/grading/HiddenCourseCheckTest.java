package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.course.Course;
import torchtrek.course.Exercise;
import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Sandbox;

/**
 * A course check marked {@code visibility: hidden}: the student's own check skips it (and says so),
 * the grader runs it, scores it and keeps its feedback out of every student-facing report.
 */
class HiddenCourseCheckTest {
    static final Path COURSE = Path.of("").toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void aHiddenCheckCountsAtGradingAndStaysOutOfStudentReports() throws Exception {
        Path course = root.resolve("course");
        Files.createDirectories(course.resolve("exercises"));
        Files.createDirectories(course.resolve("solutions"));
        Files.copy(COURSE.resolve("course.yaml"), course.resolve("course.yaml"));
        Files.createDirectories(course.resolve("lessons"));
        try (var lessons = Files.list(COURSE.resolve("lessons"))) {
            for (Path l : lessons.toList()) Files.copy(l, course.resolve("lessons").resolve(l.getFileName()));
        }
        Path ex = course.resolve("exercises/09-random-dtype");
        Files.createDirectories(ex);
        for (String f : new String[] {"prompt.md", "starter.jsh"}) Files.copy(COURSE.resolve("exercises/09-random-dtype").resolve(f), ex.resolve(f));
        Files.writeString(ex.resolve("exercise.yaml"), Files.readString(COURSE.resolve("exercises/09-random-dtype/exercise.yaml"))
            .replace("    compare: [values]", "    compare: [values]\n    visibility: hidden"));
        Files.copy(COURSE.resolve("solutions/random-dtype.jsh"), course.resolve("solutions/random-dtype.jsh"));

        Course.Loaded loaded = Course.load(course);
        Exercise e = loaded.course().exercise("random-dtype").orElseThrow();
        assertEquals(1, e.hiddenChecks());
        assertEquals(1, e.visibleOnly().checks().size());

        Path subs = root.resolve("submissions");
        Files.createDirectories(subs.resolve("eve"));
        Files.writeString(subs.resolve("eve/09-random-dtype.jsh"), "var t = torch.rand(5, 5);\nvar d = torch.int64;\n");
        Limits limits = new Limits(Duration.ofSeconds(15), 256, 4L << 20, 256);
        Path out = root.resolve("out");
        new GradingRun(CourseAssignment.load(course),
            new GradingRun.Options(1, Shard.ALL, Set.of(), false, limits, Sandbox.Mode.AUTO, false), System.out).run(subs, out);

        ExerciseResult r = new ResultStore(out).get("eve", "random-dtype").orElseThrow();
        assertEquals(Outcome.FAILED, r.outcome());
        assertEquals(Visibility.HIDDEN, r.checks().get(1).visibility());
        String feedback = r.checks().get(1).feedback();
        assertFalse(feedback.isBlank());
        assertTrue(Files.readString(out.resolve("grades.json")).contains(feedback.substring(0, 20).replace("`", "`")));
        for (String f : new String[] {"gradescope/eve.json", "prairielearn/eve.json", "feedback/eve.txt", "junit.xml"}) {
            String text = Files.readString(out.resolve(f));
            assertFalse(text.contains("torch.float32"), f + " leaks the hidden check's expected dtype:\n" + text);
        }
        assertTrue(Files.readString(out.resolve("feedback/eve.txt")).contains("1 hidden check: run at grading"));
    }
}
