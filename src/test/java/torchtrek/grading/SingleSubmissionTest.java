package torchtrek.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One student graded the way Gradescope and PrairieLearn ask, including when the grader itself fails. */
class SingleSubmissionTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream());

    @TempDir
    Path root;

    private GradingRun.Options options() {
        return GradingTestSupport.options(Shard.ALL, Set.of(), false);
    }

    @Test
    void gradescopeWritesResultsJsonForTheSubmission() throws Exception {
        FixtureClass.student(root, "submission", FixtureClass.SUM, "answer shape [3, 4]\nanswer dtype torch.float32\n", null);
        SingleSubmission.gradescope(ScriptedAssignment::standard, root, options(), QUIET);
        Path results = root.resolve("results/results.json");
        ReportValidation.assertValidJson("gradescope-results.schema.json", results);
        JsonNode r = JSON.readTree(results.toFile());
        assertEquals(5.0, r.get("score").asDouble(), "4 for 01-sum, 1 for 02's deferred dtype check");
        assertTrue(r.get("execution_time").asDouble() > 0);
        assertEquals("03-grad: not gradable", r.get("tests").get(5).get("name").asText());
    }

    @Test
    void gradescopeStillWritesAValidResultWhenTheGraderCannotStart() throws Exception {
        Files.createDirectories(root.resolve("submission"));
        SingleSubmission.gradescope(() -> {
            throw new IllegalStateException("the course cannot be read");
        }, root, options(), QUIET);
        Path results = root.resolve("results/results.json");
        ReportValidation.assertValidJson("gradescope-results.schema.json", results);
        JsonNode r = JSON.readTree(results.toFile());
        assertEquals(0.0, r.get("score").asDouble());
        assertTrue(r.get("output").asText().contains("the course cannot be read"));
        assertFalse(Files.exists(root.resolve("results/results.json.tmp")));
    }

    @Test
    void prairieLearnGradesTheExercisesWhoseFilesAreThere() throws Exception {
        Path student = Files.createDirectories(root.resolve("student"));
        Files.writeString(student.resolve("03-grad.txt"), FixtureClass.GRAD);
        SingleSubmission.prairieLearn(ScriptedAssignment::standard, root, Set.of(), options(), QUIET);
        Path results = root.resolve("results/results.json");
        ReportValidation.assertValidJson("prairielearn-results.schema.json", results);
        JsonNode r = JSON.readTree(results.toFile());
        assertEquals(1.0, r.get("score").asDouble());
        assertTrue(r.get("gradable").asBoolean());
        assertEquals(1, r.get("tests").size());
        assertEquals("03-grad: gradient", r.get("tests").get(0).get("name").asText());
    }

    @Test
    void prairieLearnMarksACompileErrorNotGradable() throws Exception {
        Path student = Files.createDirectories(root.resolve("student"));
        Files.writeString(student.resolve("01-sum.txt"), "syntax 2\n");
        SingleSubmission.prairieLearn(ScriptedAssignment::standard, root, Set.of("01-sum"), options(), QUIET);
        Path results = root.resolve("results/results.json");
        ReportValidation.assertValidJson("prairielearn-results.schema.json", results);
        JsonNode r = JSON.readTree(results.toFile());
        assertFalse(r.get("gradable").asBoolean());
        assertEquals("01-sum: compile error: line 2: ';' expected", r.get("format_errors").get(0).asText());
    }
}
