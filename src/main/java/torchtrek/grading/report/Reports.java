package torchtrek.grading.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Json;
import torchtrek.grading.Manifest;
import torchtrek.grading.sandbox.Scratch;

/**
 * Writes every report of a grading output folder from its stored results:
 * {@code gradebook.csv}, {@code outcomes.csv}, {@code grades.json}, {@code junit.xml},
 * {@code summary.csv}, {@code gradescope/STUDENT.json}, {@code prairielearn/STUDENT.json},
 * {@code feedback/STUDENT.txt} and {@code timings.csv}. All but the timings depend only on the
 * results, so a sharded run merged gives the same bytes as one run.
 */
public final class Reports {
    private static final ObjectMapper JSON = Json.mapper();

    private Reports() {}

    public static void write(Path out, Manifest manifest, List<ExerciseResult> results) throws IOException {
        Grid grid = Grid.of(manifest, results);
        manifest.write(out);
        text(out.resolve("gradebook.csv"), Gradebook.scores(grid));
        text(out.resolve("outcomes.csv"), Gradebook.outcomes(grid));
        text(out.resolve("timings.csv"), Gradebook.timings(grid));
        json(out.resolve("grades.json"), GradesJson.of(grid));
        text(out.resolve("junit.xml"), JunitXml.of(grid));
        text(out.resolve("summary.csv"), ClassSummary.of(grid).csv());
        for (String dir : List.of("gradescope", "prairielearn", "feedback")) Scratch.delete(out.resolve(dir));
        for (String s : grid.students()) {
            String file = torchtrek.grading.ResultStore.encode(s);
            json(out.resolve("gradescope").resolve(file + ".json"), GradescopeResults.of(grid, s));
            json(out.resolve("prairielearn").resolve(file + ".json"), PrairieLearnResults.of(grid, s));
            text(out.resolve("feedback").resolve(file + ".txt"), Feedback.of(grid, s));
        }
    }

    /** Gradescope's results.json for the only student in {@code results}. */
    public static JsonNode gradescope(Manifest manifest, List<ExerciseResult> results, String student) {
        return GradescopeResults.of(Grid.of(manifest, results), student);
    }

    /** PrairieLearn's results.json for the only student in {@code results}. */
    public static JsonNode prairieLearn(Manifest manifest, List<ExerciseResult> results, String student) {
        return PrairieLearnResults.of(Grid.of(manifest, results), student);
    }

    public static ClassSummary summary(Manifest manifest, List<ExerciseResult> results) {
        return ClassSummary.of(Grid.of(manifest, results));
    }

    static void text(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public static void json(Path file, JsonNode node) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, JSON.writeValueAsBytes(node));
    }
}
