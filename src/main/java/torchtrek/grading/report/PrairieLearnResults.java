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
 * One student's results in PrairieLearn's external-grader {@code results.json}: {@code score} as
 * a fraction, {@code gradable: false} (with {@code format_errors}) when an exercise could not be
 * graded, so the student loses no attempt, and a test per check. PrairieLearn has no deferred
 * visibility: every check that is not visible is shown as hidden.
 */
final class PrairieLearnResults {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PrairieLearnResults() {}

    static ObjectNode of(Grid grid, String student) {
        List<ExerciseResult> row = grid.row(student);
        List<Manifest.Exercise> exercises = grid.manifest().exercises();
        double max = grid.manifest().points();
        ObjectNode root = F.objectNode();
        List<ExerciseResult> ungradable = row.stream().filter(r -> r.outcome() == Outcome.NOT_GRADABLE).toList();
        root.put("gradable", ungradable.isEmpty());
        root.put("score", max == 0 ? 0 : Math.min(1.0, Grid.total(row) / max));
        root.put("message", StudentView.headline(row));
        if (!ungradable.isEmpty()) {
            ArrayNode errors = root.putArray("format_errors");
            for (ExerciseResult r : ungradable) errors.add(r.exercise() + ": " + r.message());
        }
        ArrayNode tests = root.putArray("tests");
        for (int i = 0; i < row.size(); i++) {
            ExerciseResult r = row.get(i);
            String whole = StudentView.exercise(r);
            boolean printed = false;
            for (CheckResult c : r.checks()) {
                ObjectNode t = tests.addObject();
                boolean shown = StudentView.shows(c, false);
                t.put("name", exercises.get(i).id() + ": " + (shown ? c.name() : "hidden check"));
                t.put("description", exercises.get(i).title());
                t.put("points", c.points());
                t.put("max_points", c.maxPoints());
                t.put("message", StudentView.check(c, false));
                String out = "";
                if (shown && !printed && !whole.isBlank()) {
                    out = whole;
                    printed = true;
                }
                t.put("output", out);
            }
        }
        return SizeCap.fit(root, "tests", "output");
    }
}
