package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.grading.report.ClassSummary;
import torchtrek.grading.report.Reports;

/**
 * Grades the whole fixture class once (correct, wrong, partial, not gradable, a grader fault and
 * every hostile behaviour) and checks each outcome, each message, each report's content and
 * validity, truncation and the secrecy of hidden checks.
 */
class FixtureClassGradingTest {
    @TempDir
    static Path root;
    static Path out;
    static ResultStore store;
    static StringBuilder log = new StringBuilder();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SOLUTION_TEXT = "SOLUTION-TEXT-01";

    @BeforeAll
    static void gradeTheClass() throws Exception {
        Path secret = Files.createDirectories(root.resolve("solutions")).resolve("01-sum.txt");
        Files.writeString(secret, SOLUTION_TEXT);
        out = root.resolve("out");
        Path submissions = root.resolve("submissions");
        FixtureClass.write(submissions, secret, out);
        GradingRun.Counts counts = GradingTestSupport.grade(ScriptedAssignment.standard(),
            GradingTestSupport.options(Shard.ALL, Set.of(), false), submissions, out, log);
        System.out.println(log);
        assertEquals(FixtureClass.EXPECTED.size() * 3, counts.graded());
        store = new ResultStore(out);
    }

    static ExerciseResult result(String student, String exercise) throws Exception {
        return store.get(student, exercise).orElseThrow(() -> new AssertionError("no result for " + student + " " + exercise));
    }

    @Test
    void everyExerciseOfEveryStudentHasExactlyItsExpectedOutcome() throws Exception {
        List<String> exercises = List.of("01-sum", "02-shape", "03-grad");
        for (Map.Entry<String, String> e : FixtureClass.EXPECTED.entrySet()) {
            List<String> got = new ArrayList<>();
            for (String x : exercises) got.add(result(e.getKey(), x).outcome().key());
            assertEquals(e.getValue(), String.join(" ", got), e.getKey());
        }
        assertEquals(FixtureClass.EXPECTED.size() * 3, store.all().size());
        List<String> outcomeRows = Files.readAllLines(out.resolve("outcomes.csv"));
        assertEquals("student,01-sum,02-shape,03-grad", outcomeRows.get(0));
        assertEquals(FixtureClass.EXPECTED.size() + 1, outcomeRows.size());
        for (String row : outcomeRows.subList(1, outcomeRows.size())) {
            String[] f = row.split(",", 2);
            assertEquals(FixtureClass.EXPECTED.get(f[0]).replace(' ', ','), f[1], row);
        }
    }

    @Test
    void eachHostileBehaviourAndEachNotGradableCauseIsNamed() throws Exception {
        assertMessage("h-exit", "stopped the program that ran it: it stopped its JVM with exit code 3");
        assertMessage("h-killself", "killed by signal 9");
        assertMessage("h-oom", "ran out of memory (the limit is 96 MB)");
        assertMessage("h-threads", "more threads or processes than allowed");
        assertMessage("h-stack", "your code threw java.lang.StackOverflowError");
        String procs = result("h-procs", "01-sum").message();
        assertTrue(procs.contains("more threads or processes than allowed") || procs.contains("threw java.io.IOException"), procs);
        assertMessage("h-rawflood", "printed more than 1 MB of output");
        assertMessage("h-closeout", "closed its standard output");
        assertMessage("h-loop", "stopped after 4 s (the time limit); it was still running:\nat torchtrek.grading.ScriptedHandler");
        assertMessage("erin", "compile error: line 3: ';' expected");
        assertMessage("frank", StudentGrader.GRADER_FAULT + "java.lang.IllegalStateException: injected grader fault");
        assertTrue(result("carol", "03-grad").message().startsWith("the submission has no file 03-grad.txt"));
        assertEquals(0, result("erin", "01-sum").score());
    }

    private static void assertMessage(String student, String part) throws Exception {
        String message = result(student, "01-sum").message();
        assertTrue(message.contains(part), student + ": " + message);
    }

    @Test
    void studentCodeCannotReadSolutionsNorWriteWhereReportsAreMade() throws Exception {
        String read = result("h-read", "01-sum").output();
        assertFalse(read.contains(SOLUTION_TEXT), read);
        boolean sandboxed = result("h-read", "01-sum").sandbox().startsWith("sandbox:");
        if (sandboxed) {
            assertTrue(read.contains("refused: NoSuchFileException"), read);
            assertFalse(Files.exists(out.resolve("forged.txt")));
            assertTrue(result("h-network", "01-sum").output().contains("network: refused"));
        }
        assertEquals(Outcome.FAILED, result("h-write", "01-sum").outcome());
        assertFalse(Files.readString(out.resolve("gradebook.csv")).contains("hacked"));
        assertFalse(Files.exists(out.resolve("results.json")));
        assertTrue(log.toString().contains(sandboxed ? "sandbox: bubblewrap" : "WARNING: running WITHOUT a sandbox"), log.toString());
    }

    @Test
    void longOutputIsCutWithAVisibleMarker() throws Exception {
        ExerciseResult flood = result("h-flood", "01-sum");
        assertEquals(Outcome.PASSED, flood.outcome());
        assertTrue(flood.output().endsWith("\n... output truncated (100000 characters)"), flood.output());
        assertEquals(500, flood.output().indexOf('\n'));
        JsonNode gs = JSON.readTree(out.resolve("gradescope/h-flood.json").toFile());
        assertTrue(gs.get("tests").get(0).get("output").asText().contains("output truncated (100000 characters)"));
        assertEquals("the gradient is 7.0\n", result("alice", "03-grad").output());
    }

    @Test
    void everyReportIsValidAgainstItsSchema() throws Exception {
        int checked = ReportValidation.assertValidFolder(out);
        assertEquals(3 + 2 * FixtureClass.EXPECTED.size() + 3 * FixtureClass.EXPECTED.size(), checked);
    }

    @Test
    void theGradebookHoldsEachScoreAndTotal() throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("gradebook.csv"));
        assertEquals("student,01-sum,02-shape,03-grad,total,max_total", rows.get(0));
        assertTrue(rows.contains("alice,4,2,2,8,8"));
        assertTrue(rows.contains("bob,0,0,0,0,8"));
        assertTrue(rows.contains("carol,3,2,0,5,8"));
        assertTrue(rows.contains("h-loop,0,2,2,4,8"));
        JsonNode grades = JSON.readTree(out.resolve("grades.json").toFile());
        assertEquals(FixtureClass.EXPECTED.size(), grades.get("students").size());
        JsonNode alice = grades.get("students").get(0);
        assertEquals("alice", alice.get("student").asText());
        assertEquals(8.0, alice.get("score").asDouble());
        assertFalse(alice.get("results").get(0).get("grader_version").asText().isEmpty());
    }

    @Test
    void hiddenChecksNeverShowTheirExpectedValuesToStudents() throws Exception {
        String secret = "should be " + ScriptedAssignment.SECRET;
        assertTrue(Files.readString(out.resolve("grades.json")).contains(secret), "the instructor's report keeps it");
        List<Path> studentFacing = new ArrayList<>(List.of(out.resolve("junit.xml")));
        for (String dir : List.of("gradescope", "prairielearn", "feedback")) {
            try (Stream<Path> files = Files.list(out.resolve(dir))) {
                studentFacing.addAll(files.toList());
            }
        }
        for (Path f : studentFacing) assertFalse(Files.readString(f).contains(ScriptedAssignment.SECRET), f.toString());

        String headline = JSON.readTree(out.resolve("gradescope/alice.json").toFile()).get("output").asText();
        assertEquals("TorchTrek: 4 visible checks passed; 2 hidden checks run at grading and count in the score.", headline);
        assertFalse(Files.readString(out.resolve("feedback/alice.txt")).toLowerCase().contains("all checks passed"));
        assertTrue(Files.readString(out.resolve("feedback/bob.txt")).contains("[fail] total: `total` is 41 but should be 42"));
    }

    @Test
    void gradescopeResultsCarryVisibilityAndKeepNotGradableApartFromZero() throws Exception {
        JsonNode bob = JSON.readTree(out.resolve("gradescope/bob.json").toFile());
        JsonNode tests = bob.get("tests");
        assertEquals(6, tests.size());
        assertEquals("01-sum: hidden: big sum", tests.get(2).get("name").asText());
        assertEquals("hidden", tests.get(2).get("visibility").asText());
        assertEquals("hidden check: not passed (details are not shown)", tests.get(2).get("output").asText());
        assertEquals("after_due_date", tests.get(4).get("visibility").asText());
        assertTrue(tests.get(4).get("output").asText().contains("torch.float64"), "shown once the due date has passed");
        assertEquals("2.2", tests.get(4).get("number").asText());

        JsonNode erin = JSON.readTree(out.resolve("gradescope/erin.json").toFile()).get("tests").get(0);
        assertEquals("01-sum: not gradable", erin.get("name").asText());
        assertFalse(erin.has("score"), "an informational test, not a zero");
        assertTrue(erin.get("output").asText().startsWith("not gradable: compile error"));
    }

    @Test
    void prairieLearnResultsUseFractionsAndGradableFalse() throws Exception {
        JsonNode alice = JSON.readTree(out.resolve("prairielearn/alice.json").toFile());
        assertEquals(1.0, alice.get("score").asDouble());
        assertTrue(alice.get("gradable").asBoolean());
        JsonNode carol = JSON.readTree(out.resolve("prairielearn/carol.json").toFile());
        assertFalse(carol.get("gradable").asBoolean());
        assertEquals(5.0 / 8, carol.get("score").asDouble(), 1e-12);
        assertTrue(carol.get("format_errors").get(0).asText().startsWith("03-grad: the submission has no file"));
    }

    @Test
    void junitXmlHasAFailurePerFailedCheckAndAnErrorPerExerciseThatCouldNotRun() throws Exception {
        String xml = Files.readString(out.resolve("junit.xml"));
        assertTrue(xml.contains("<testsuite name=\"alice\" tests=\"6\" failures=\"0\" errors=\"0\" skipped=\"0\">"), xml);
        assertTrue(xml.contains("<testsuite name=\"h-loop\" tests=\"4\" failures=\"0\" errors=\"1\" skipped=\"0\">"), xml);
        assertTrue(xml.contains("<error message=\"timeout: stopped after 4 s (the time limit); it was still running:\" type=\"timeout\">"), xml);
        assertTrue(xml.contains("<failure message=\"`total` is 41 but should be 42\" type=\"failed\">"), xml);
    }

    @Test
    void theSummaryCountsEqualTheFixtures() throws Exception {
        ClassSummary summary = Reports.summary(Manifest.read(out), store.all());
        List<String> exercises = List.of("01-sum", "02-shape", "03-grad");
        for (int i = 0; i < 3; i++) {
            ClassSummary.ExerciseStats stats = summary.exercises().get(i);
            assertEquals(exercises.get(i), stats.id());
            for (Outcome o : Outcome.values()) {
                int col = i;
                long expected = FixtureClass.EXPECTED.values().stream().filter(v -> v.split(" ")[col].equals(o.key())).count();
                assertEquals(expected, stats.count(o), stats.id() + " " + o);
            }
        }
        ClassSummary.CheckStats total = summary.exercises().get(0).checks().get(0);
        assertEquals("total", total.name());
        assertEquals(1, total.messages().get("`total` is 41 but should be 42"));
        String table = summary.table(100);
        assertTrue(table.contains("01-sum"), table);
        assertTrue(Files.readString(out.resolve("summary.csv")).startsWith("exercise,check,visibility,submissions,passed"));
    }
}
