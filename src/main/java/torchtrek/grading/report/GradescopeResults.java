package torchtrek.grading.report;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;
import torchtrek.grading.Outcome;

/**
 * One student's results as Gradescope's {@code results.json}: a test per check (numbered
 * exercise.check, with the check's visibility), and for an exercise that was not gradable one
 * informational test (a status and no points, so it is not a zero) in place of its checks.
 * Hidden checks say only whether they passed.
 */
final class GradescopeResults {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private GradescopeResults() {}

    static ObjectNode of(Grid grid, String student) {
        List<ExerciseResult> row = grid.row(student);
        List<Manifest.Exercise> exercises = grid.manifest().exercises();
        ObjectNode root = F.objectNode();
        root.put("score", Grid.total(row));
        root.put("output", "TorchTrek: " + StudentView.headline(row));
        root.put("output_format", "text");
        root.put("test_output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (int i = 0; i < row.size(); i++) {
            ExerciseResult r = row.get(i);
            Manifest.Exercise x = exercises.get(i);
            String whole = StudentView.exercise(r);
            if (r.outcome() == Outcome.NOT_GRADABLE) {
                ObjectNode t = tests.addObject();
                t.put("name", x.id() + ": not gradable");
                t.put("number", (i + 1) + ".0");
                t.put("status", "failed");
                t.put("output", whole + "\n\nThis is not a zero for your work: fix the problem and submit again, or ask your instructor.");
                t.putArray("tags").add(x.id()).add(r.outcome().key());
                continue;
            }
            boolean printed = false;
            for (int j = 0; j < r.checks().size(); j++) {
                CheckResult c = r.checks().get(j);
                ObjectNode t = tests.addObject();
                t.put("name", x.id() + ": " + c.name());
                t.put("number", (i + 1) + "." + (j + 1));
                t.put("score", c.points());
                t.put("max_score", c.maxPoints());
                t.put("status", c.passed() ? "passed" : "failed");
                String text = StudentView.check(c, true);
                if (StudentView.shows(c, true) && !printed && !whole.isBlank()) {
                    text = text + "\n\n" + whole;
                    printed = true;
                }
                t.put("output", text);
                t.put("visibility", c.visibility().key());
                t.putArray("tags").add(x.id()).add(r.outcome().key());
            }
        }
        return SizeCap.fit(root, "tests", "output");
    }
}
