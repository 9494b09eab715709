package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.grading.sandbox.Limits;
import torchtrek.grading.sandbox.Sandbox;

/**
 * The real course graded end to end: students' JShell files run in sandboxed workers, come back
 * as data and are compared with the reference solutions here. Three exercises are answered
 * (the rest are missing files, hence not gradable), right, wrong or hostile.
 */
class CourseGradingTest {
    static final Path COURSE = Path.of("").toAbsolutePath();
    @TempDir
    static Path root;
    static ResultStore store;

    @BeforeAll
    static void gradeAClass() throws Exception {
        Path subs = root.resolve("submissions");
        Path alice = Files.createDirectories(subs.resolve("alice"));
        Files.copy(COURSE.resolve("solutions/fives.jsh"), alice.resolve("01-fives.jsh"));
        Files.copy(COURSE.resolve("solutions/nested-list.jsh"), alice.resolve("02-nested-list.jsh"));
        Files.copy(COURSE.resolve("solutions/first-gradient.jsh"), alice.resolve("24-first-gradient.jsh"));
        Path bob = Files.createDirectories(subs.resolve("bob"));
        Files.copy(COURSE.resolve("exercises/01-fives/wrong/float-fives.jsh"), bob.resolve("01-fives.jsh"));
        Files.copy(COURSE.resolve("exercises/02-nested-list/wrong/columns.jsh"), bob.resolve("02-nested-list.jsh"));
        Files.copy(COURSE.resolve("exercises/24-first-gradient/wrong/no-backward.jsh"), bob.resolve("24-first-gradient.jsh"));
        Path mallory = Files.createDirectories(subs.resolve("mallory"));
        Files.writeString(mallory.resolve("01-fives.jsh"), "int spins = 0;\nwhile (true) { spins++; }\n");
        Files.writeString(mallory.resolve("02-nested-list.jsh"),
            "Runtime.class.getMethod(\"halt\", int.class).invoke(Runtime.getRuntime(), 3);\n");
        Files.writeString(mallory.resolve("24-first-gradient.jsh"), "var x = ;\n");
        Limits limits = new Limits(Duration.ofSeconds(15), 256, 4L << 20, 256);
        GradingRun.Options o = new GradingRun.Options(2, Shard.ALL, Set.of(), false, limits, Sandbox.Mode.AUTO, false);
        new GradingRun(CourseAssignment.load(COURSE), o, System.out).run(subs, root.resolve("out"));
        store = new ResultStore(root.resolve("out"));
    }

    private static ExerciseResult r(String student, String exercise) throws Exception {
        return store.get(student, exercise).orElseThrow();
    }

    @Test
    void referenceSolutionsPassAndTypicalWrongAnswersFailWithTheirFeedback() throws Exception {
        for (String x : List.of("fives", "nested-list", "first-gradient")) {
            assertEquals(Outcome.PASSED, r("alice", x).outcome(), x + ": " + r("alice", x));
            assertEquals(Outcome.FAILED, r("bob", x).outcome(), x);
        }
        assertTrue(r("bob", "fives").checks().get(0).feedback().contains("dtype"), r("bob", "fives").toString());
        assertTrue(r("alice", "fives").output().contains("tensor([[5, 5, 5]"), r("alice", "fives").output());
        assertEquals(Outcome.NOT_GRADABLE, r("alice", "sevens").outcome());
    }

    @Test
    void hostileCodeCostsOnlyItsOwnExercise() throws Exception {
        ExerciseResult loop = r("mallory", "fives");
        assertEquals(Outcome.TIMEOUT, loop.outcome(), loop.toString());
        assertTrue(loop.message().contains("still running after") && loop.message().contains("line 2"), loop.message());
        ExerciseResult halt = r("mallory", "nested-list");
        assertEquals(Outcome.FAILED, halt.outcome(), halt.toString());
        assertTrue(halt.message().contains("exit code 3"), halt.message());
        ExerciseResult syntax = r("mallory", "first-gradient");
        assertEquals(Outcome.NOT_GRADABLE, syntax.outcome(), syntax.toString());
        assertTrue(syntax.message().contains("does not compile"), syntax.message());
    }

    @Test
    void theReportsAreValid() throws Exception {
        ReportValidation.assertValidFolder(root.resolve("out"));
    }
}
