package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.grading.report.ClassSummary;
import torchtrek.grading.report.Grid;

/**
 * The real course through the run-level features: a check edited by the instructor is regraded
 * for exactly the results it affects, shards merged equal one run byte for byte, and the class
 * summary counts what the class handed in. Students answer two exercises each (the other 31 are
 * missing files), so each worker JVM runs a few seconds.
 */
class CourseRegradeShardTest {
    static final Path COURSE = Path.of("").toAbsolutePath();
    static final List<String> STUDENTS = List.of("alice", "bob", "carol");
    @TempDir
    static Path root;
    static Path course;
    static Path submissions;

    @BeforeAll
    static void copyTheCourseAndWriteAClass() throws Exception {
        course = GradingTestSupport.copyCourse(root.resolve("course"));
        submissions = root.resolve("submissions");
        Path alice = Files.createDirectories(submissions.resolve("alice"));
        Files.copy(COURSE.resolve("solutions/fives.jsh"), alice.resolve("01-fives.jsh"));
        Files.copy(COURSE.resolve("solutions/nested-list.jsh"), alice.resolve("02-nested-list.jsh"));
        Path bob = Files.createDirectories(submissions.resolve("bob"));
        Files.copy(COURSE.resolve("exercises/01-fives/wrong/float-fives.jsh"), bob.resolve("01-fives.jsh"));
        Files.copy(COURSE.resolve("exercises/02-nested-list/wrong/columns.jsh"), bob.resolve("02-nested-list.jsh"));
        Path carol = Files.createDirectories(submissions.resolve("carol"));
        Files.copy(COURSE.resolve("solutions/fives.jsh"), carol.resolve("01-fives.jsh"));
        Files.writeString(carol.resolve("02-nested-list.jsh"), "var t = torch.tensor(;\n");
    }

    private static GradingRun.Counts grade(Path out, Shard shard, boolean regrade) throws Exception {
        return GradingTestSupport.grade(CourseAssignment.load(course), GradingTestSupport.options(shard, Set.of(), regrade),
            submissions, out, new StringBuilder());
    }

    @Test
    void shardsMergedGiveTheSingleRunsReportsByteForByte() throws Exception {
        int results = STUDENTS.size() * CourseAssignment.load(course).tasks().size();
        Path single = root.resolve("single");
        assertEquals(results, grade(single, Shard.ALL, false).graded());
        Path one = root.resolve("shard-1");
        Path two = root.resolve("shard-2");
        assertEquals(results, grade(one, new Shard(1, 2), false).graded() + grade(two, new Shard(2, 2), false).graded());
        Path merged = root.resolve("merged");
        assertEquals(results, Merge.run(List.of(one, two), merged));
        List<Path> reports = GradingTestSupport.reportFiles(single);
        assertEquals(reports.stream().map(p -> single.relativize(p).toString()).toList(),
            GradingTestSupport.reportFiles(merged).stream().map(p -> merged.relativize(p).toString()).toList());
        for (Path r : reports) {
            assertArrayEquals(Files.readAllBytes(r), Files.readAllBytes(merged.resolve(single.relativize(r))), single.relativize(r).toString());
        }
        ReportValidation.assertValidFolder(merged);

        ClassSummary.ExerciseStats fives = ClassSummary.of(Grid.of(Manifest.of(CourseAssignment.load(course)),
            new ResultStore(single).all())).exercises().get(0);
        assertEquals("fives", fives.id());
        assertEquals(3, fives.submissions());
        assertEquals(2, fives.count(Outcome.PASSED));
        assertEquals(1, fives.count(Outcome.FAILED));
        assertEquals(1, fives.checks().get(0).messages().values().stream().mapToInt(Integer::intValue).sum(), fives.toString());
        ClassSummary.ExerciseStats nested = ClassSummary.of(Grid.of(Manifest.of(CourseAssignment.load(course)),
            new ResultStore(single).all())).exercises().get(1);
        assertEquals(1, nested.count(Outcome.NOT_GRADABLE), "carol's file does not compile");
    }

    @Test
    void editingOneCheckRegradesExactlyTheResultsOfItsExercise() throws Exception {
        Path out = root.resolve("regrade");
        grade(out, Shard.ALL, false);
        ResultStore store = new ResultStore(out);
        ExerciseResult before = store.get("bob", "fives").orElseThrow();
        assertEquals(Outcome.FAILED, before.outcome(), "float fives have the wrong dtype");
        String nestedVersion = store.get("bob", "nested-list").orElseThrow().graderVersion();

        Path yaml = course.resolve("exercises/01-fives/exercise.yaml");
        String checks = Files.readString(yaml);
        try {
            Files.writeString(yaml, checks.replace("compare: [shape, dtype, values]", "compare: [shape, values]"));
            assertEquals(0, grade(out, Shard.ALL, false).graded(), "without --regrade, results are kept");
            GradingRun.Counts counts = grade(out, Shard.ALL, true);
            assertEquals(STUDENTS.size(), counts.regraded(), "one result per student: their fives");
            assertEquals(STUDENTS.size(), counts.graded());
            int tasks = CourseAssignment.load(course).tasks().size();
            assertEquals(STUDENTS.size() * (tasks - 1), counts.kept());
            ExerciseResult after = store.get("bob", "fives").orElseThrow();
            assertNotEquals(before.graderVersion(), after.graderVersion());
            assertEquals(Outcome.PASSED, after.outcome(), "the edited check no longer compares dtypes");
            assertEquals(nestedVersion, store.get("bob", "nested-list").orElseThrow().graderVersion());
            assertEquals(0, grade(out, Shard.ALL, true).graded());
        } finally {
            Files.writeString(yaml, checks);
        }
    }
}
