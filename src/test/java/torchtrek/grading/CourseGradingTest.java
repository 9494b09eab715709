package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * as data and are compared with the reference solutions here. A few exercises are answered (the
 * rest are missing files, hence not gradable): right, wrong, partly right, or hostile in each way
 * a student's code can be, one per exercise; the course copy's reference solution of one exercise
 * is broken, a fault of the grader.
 */
class CourseGradingTest {
    static final Path COURSE = Path.of("").toAbsolutePath();
    @TempDir
    static Path root;
    static ResultStore store;

    @BeforeAll
    static void gradeAClass() throws Exception {
        Path course = GradingTestSupport.copyCourse(root.resolve("course"));
        Files.writeString(course.resolve("solutions/reshape-grid.jsh"), "var x = torch.arange(12);\nvar y = x.reshape(5, 5);\n");
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
        Files.copy(COURSE.resolve("solutions/reshape-grid.jsh"), alice.resolve("12-reshape-grid.jsh"));
        writeEve(Files.createDirectories(subs.resolve("eve")));
        Limits limits = new Limits(Duration.ofSeconds(15), 256, 4L << 20, 256);
        GradingRun.Options o = new GradingRun.Options(2, Shard.ALL, Set.of(), false, limits, Sandbox.Mode.AUTO, false);
        new GradingRun(CourseAssignment.load(course), o, System.out).run(subs, root.resolve("out"));
        store = new ResultStore(root.resolve("out"));
    }

    /** Eve's code attacks the grader, one way per exercise. */
    private static void writeEve(Path eve) throws Exception {
        Files.writeString(eve.resolve("03-sevens.jsh"), "var hog = new ArrayList<long[]>();\nwhile (true) hog.add(new long[1 << 20]);\n");
        Files.writeString(eve.resolve("04-random-grid.jsh"), "int down(int n) { return down(n + 1) + 1; }\nSystem.out.println(down(0));\n");
        Files.writeString(eve.resolve("05-random-integers.jsh"), "for (int i = 0; i < 100000; i++) {\n"
            + "    new Thread(() -> { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }).start();\n}\n");
        Files.writeString(eve.resolve("06-zeros-like.jsh"), "for (int i = 0; i < 20000; i++) System.out.println(\"flood \" + i);\n");
        Files.writeString(eve.resolve("07-random-like.jsh"), "System.out.println(java.nio.file.Files.readString(java.nio.file.Path.of(\""
            + COURSE.resolve("solutions/random-like.jsh") + "\")));\n");
        Files.writeString(eve.resolve("08-twos-like.jsh"), "java.nio.file.Files.writeString(java.nio.file.Path.of(\""
            + root.resolve("out/gradescope/eve.json") + "\"), \"{\\\"score\\\": 100}\");\n");
        Files.writeString(eve.resolve("09-random-dtype.jsh"), "new java.io.FileOutputStream(java.io.FileDescriptor.out).close();\n");
        Files.writeString(eve.resolve("10-elementwise-product.jsh"), "System.exit(0);\n");
        Files.writeString(eve.resolve("11-subtract-every-way.jsh"), "System.out.println(\"All checks passed. Score: 100/100\");\n");
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
    void aPartlyRightAnswerEarnsTheChecksItPasses() throws Exception {
        ExerciseResult partly = r("bob", "first-gradient");
        assertEquals(2, partly.checks().size());
        assertEquals(1, partly.checks().stream().filter(CheckResult::passed).count(), partly.toString());
        assertTrue(partly.score() > 0 && partly.score() < partly.maxScore(), partly.toString());
    }

    @Test
    void eachWayOfAttackingTheGraderCostsOnlyThatExercise() throws Exception {
        assertOutcome("sevens", Outcome.FAILED, "ran out of memory (the limit is 256 MB)");
        assertOutcome("random-grid", Outcome.FAILED, "StackOverflowError");
        ExerciseResult threads = r("eve", "random-integers");
        assertTrue(threads.outcome() == Outcome.FAILED || threads.outcome() == Outcome.TIMEOUT, threads.toString());
        ExerciseResult flood = assertOutcome("zeros-like", Outcome.FAILED, "");
        assertTrue(flood.output().contains("output truncated ("), flood.output());
        assertTrue(flood.output().length() < 1000, "cut to 500 characters and a marker: " + flood.output().length());
        ExerciseResult read = assertOutcome("random-like", Outcome.FAILED, "");
        if (read.sandbox().startsWith("sandbox:")) {
            assertFalse(read.output().contains("rand_like") || read.message().contains("rand_like"), read.toString());
        }
        assertOutcome("twos-like", Outcome.FAILED, "");
        assertTrue(Files.readString(root.resolve("out/gradescope/eve.json")).contains("\"tests\""),
            "the report is the grader's, not what eve's code tried to write");
        assertOutcome("random-dtype", Outcome.FAILED, "closed its standard output");
        assertOutcome("elementwise-product", Outcome.FAILED, "System.exit would close TorchTrek");
        assertOutcome("subtract-every-way", Outcome.FAILED, "");
        assertEquals(0, r("eve", "subtract-every-way").score(), "printing a fake result earns nothing");
        for (String student : List.of("alice", "bob", "mallory")) {
            assertEquals(Outcome.NOT_GRADABLE, r(student, "sevens").outcome(), "eve's attacks cost only eve");
        }
    }

    private static ExerciseResult assertOutcome(String exercise, Outcome outcome, String message) throws Exception {
        ExerciseResult result = r("eve", exercise);
        assertEquals(outcome, result.outcome(), exercise + ": " + result);
        assertTrue(result.message().contains(message), exercise + ": " + result.message());
        assertEquals(0, result.score(), exercise);
        return result;
    }

    @Test
    void aBrokenReferenceSolutionIsTheGradersFaultNotAZero() throws Exception {
        ExerciseResult fault = r("alice", "reshape-grid");
        assertEquals(Outcome.NOT_GRADABLE, fault.outcome(), fault.toString());
        assertTrue(fault.message().startsWith(StudentGrader.GRADER_FAULT), fault.message());
        assertEquals(Outcome.PASSED, r("alice", "fives").outcome(), "one broken exercise leaves the others graded");
    }

    @Test
    void theReportsAreValid() throws Exception {
        ReportValidation.assertValidFolder(root.resolve("out"));
    }
}
