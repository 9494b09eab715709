package torchtrek.grading.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Json;
import torchtrek.grading.Manifest;

/**
 * {@code grades.json}, for the instructor: every result with its full feedback (hidden checks
 * included), its outcome and what produced it (grader version, JDK, sandbox). Timings are left to
 * {@code timings.csv}: they differ from run to run, and this file must not.
 */
final class GradesJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = Json.mapper();

    private GradesJson() {}

    static ObjectNode of(Grid grid) {
        ObjectNode root = F.objectNode();
        root.put("format", "torchtrek-grades");
        root.put("format_version", 1);
        root.put("max_score", grid.manifest().points());
        ArrayNode exercises = root.putArray("exercises");
        for (Manifest.Exercise x : grid.manifest().exercises()) exercises.add(JSON.valueToTree(x));
        ArrayNode students = root.putArray("students");
        for (String s : grid.students()) {
            ObjectNode st = students.addObject();
            st.put("student", s);
            st.put("score", Grid.total(grid.row(s)));
            ArrayNode results = st.putArray("results");
            for (ExerciseResult r : grid.row(s)) {
                ObjectNode o = results.addObject();
                o.put("exercise", r.exercise());
                o.put("outcome", r.outcome().key());
                o.put("score", r.score());
                o.put("max_score", r.maxScore());
                o.put("message", r.message());
                o.put("output", r.output());
                o.put("grader_version", r.graderVersion());
                o.put("jdk", r.jdk());
                o.put("sandbox", r.sandbox());
                ArrayNode checks = o.putArray("checks");
                for (CheckResult c : r.checks()) checks.add(JSON.valueToTree(c));
            }
        }
        return root;
    }
}
