package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grading a small class several ways: resuming after an interrupted run, regrading after a check
 * changed, regrading one student, and sharding then merging, which must give the single run's
 * reports byte for byte.
 */
class ResumeRegradeShardTest {
    @TempDir
    static Path root;
    static Path submissions;
    static final List<String> STUDENTS = List.of("alice", "bob", "carol", "dave", "erin", "h-exit");

    @BeforeAll
    static void writeClass() throws Exception {
        submissions = root.resolve("submissions");
        Path all = root.resolve("all");
        FixtureClass.write(all, root.resolve("nothing"), root.resolve("nowhere"));
        for (String s : STUDENTS) {
            Path from = all.resolve(s + (s.equals("dave") ? ".zip" : ""));
            Files.createDirectories(submissions);
            if (Files.isDirectory(from)) {
                Files.createDirectories(submissions.resolve(s));
                try (Stream<Path> files = Files.list(from)) {
                    for (Path f : files.toList()) Files.copy(f, submissions.resolve(s).resolve(f.getFileName()));
                }
            } else {
                Files.copy(from, submissions.resolve(from.getFileName()));
            }
        }
    }

    private static GradingRun.Counts grade(Assignment a, Path out, Shard shard, Set<String> only, boolean regrade) throws Exception {
        return GradingTestSupport.grade(a, GradingTestSupport.options(shard, only, regrade), submissions, out, new StringBuilder());
    }

    @Test
    void shardsMergedGiveTheSingleRunsReportsByteForByte() throws Exception {
        Path single = root.resolve("single");
        assertEquals(STUDENTS.size() * 3, grade(ScriptedAssignment.standard(), single, Shard.ALL, Set.of(), false).graded());
        Path one = root.resolve("shard-1");
        Path two = root.resolve("shard-2");
        Path three = root.resolve("shard-3");
        int graded = 0;
        graded += grade(ScriptedAssignment.standard(), one, new Shard(1, 3), Set.of(), false).graded();
        graded += grade(ScriptedAssignment.standard(), two, new Shard(2, 3), Set.of(), false).graded();
        graded += grade(ScriptedAssignment.standard(), three, new Shard(3, 3), Set.of(), false).graded();
        assertEquals(STUDENTS.size() * 3, graded, "the shards split the class without overlap");
        Path merged = root.resolve("merged");
        assertEquals(STUDENTS.size() * 3, Merge.run(List.of(one, two, three), merged));

        List<Path> reports = GradingTestSupport.reportFiles(single);
        assertEquals(GradingTestSupport.reportFiles(merged).stream().map(p -> merged.relativize(p).toString()).toList(),
            reports.stream().map(p -> single.relativize(p).toString()).toList());
        assertTrue(reports.size() > 20, reports.toString());
        for (Path r : reports) {
            Path other = merged.resolve(single.relativize(r));
            assertArrayEquals(Files.readAllBytes(r), Files.readAllBytes(other), single.relativize(r).toString());
        }
        ReportValidation.assertValidFolder(merged);
    }

    @Test
    void anInterruptedRunResumesWithoutGradingAnythingTwice() throws Exception {
        Path out = root.resolve("resume");
        grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of(), false);
        ResultStore store = new ResultStore(out);
        Path alice = store.root().resolve("alice/01-sum.json");
        byte[] aliceBefore = Files.readAllBytes(alice);
        // What a kill leaves: one result never written, another only half written.
        Files.delete(store.root().resolve("bob/02-shape.json"));
        Files.writeString(store.root().resolve("carol/01-sum.json"), "{\"student\": \"carol\", \"exerc");
        GradingRun.Counts again = grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of(), false);
        assertEquals(2, again.graded());
        assertEquals(STUDENTS.size() * 3 - 2, again.kept());
        assertArrayEquals(aliceBefore, Files.readAllBytes(alice), "finished work is kept as it was");
        assertEquals(Outcome.FAILED, store.get("bob", "02-shape").orElseThrow().outcome());
        assertEquals(Outcome.FAILED, store.get("carol", "01-sum").orElseThrow().outcome());
        assertEquals(0, grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of(), false).graded());
    }

    @Test
    void regradeRerunsExactlyTheResultsOfAChangedCheck() throws Exception {
        Path out = root.resolve("regrade");
        grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of(), false);
        ResultStore store = new ResultStore(out);
        String oldVersion = store.get("alice", "03-grad").orElseThrow().graderVersion();

        ScriptedAssignment changed = new ScriptedAssignment();
        ScriptedAssignment standard = ScriptedAssignment.standard();
        changed.tasks().addAll(standard.tasks().subList(0, 2));
        changed.add("03-grad", "A gradient", List.of(new ScriptedAssignment.Expect("gradient", "grad", "6.0",
            Visibility.VISIBLE, 2)));

        assertEquals(0, grade(changed, out, Shard.ALL, Set.of(), false).graded(), "without --regrade, results are kept");
        GradingRun.Counts counts = grade(changed, out, Shard.ALL, Set.of(), true);
        int with03 = STUDENTS.size();
        assertEquals(with03, counts.regraded());
        assertEquals(with03, counts.graded());
        assertEquals(STUDENTS.size() * 2, counts.kept());
        ExerciseResult bob = store.get("bob", "03-grad").orElseThrow();
        assertNotEquals(oldVersion, bob.graderVersion());
        assertEquals(Outcome.PASSED, bob.outcome(), "bob's 6.0 is right under the changed check");
        assertEquals(0, grade(changed, out, Shard.ALL, Set.of(), true).graded());
    }

    @Test
    void onlyRegradesOneStudent() throws Exception {
        Path out = root.resolve("only");
        grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of(), false);
        GradingRun.Counts counts = grade(ScriptedAssignment.standard(), out, Shard.ALL, Set.of("bob"), false);
        assertEquals(3, counts.graded());
        assertEquals(3, counts.regraded());
    }
}
