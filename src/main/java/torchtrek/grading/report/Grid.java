package torchtrek.grading.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;
import torchtrek.grading.Outcome;
import torchtrek.grading.Timings;

/**
 * Every student's result for every exercise, in a fixed order (students sorted by name, exercises
 * in the course's order), with exactly one result per pair: a pair with no stored result (grading
 * never finished it) appears as not gradable. Reports are pure functions of this grid, so the same
 * results always give the same bytes, however the work was split.
 */
public record Grid(Manifest manifest, Map<String, List<ExerciseResult>> rows) {
    /** Said where a result is missing. */
    static final String NO_RESULT = "no result: grading did not finish this exercise (run the same command again to finish it)";

    public static Grid of(Manifest manifest, List<ExerciseResult> results) {
        Map<String, Map<String, ExerciseResult>> byStudent = new TreeMap<>();
        for (ExerciseResult r : results) byStudent.computeIfAbsent(r.student(), k -> new HashMap<>()).put(r.exercise(), r);
        Map<String, List<ExerciseResult>> rows = new TreeMap<>();
        for (var e : byStudent.entrySet()) {
            List<ExerciseResult> row = new ArrayList<>();
            for (Manifest.Exercise x : manifest.exercises()) {
                ExerciseResult r = e.getValue().get(x.id());
                row.add(r != null ? r : missing(e.getKey(), x));
            }
            rows.put(e.getKey(), row);
        }
        return new Grid(manifest, rows);
    }

    private static ExerciseResult missing(String student, Manifest.Exercise x) {
        List<CheckResult> checks = x.checks().stream()
            .map(c -> new CheckResult(c.name(), c.visibility(), 0, c.points(), false, "")).toList();
        return new ExerciseResult(student, x.id(), Outcome.NOT_GRADABLE, 0, x.points(), NO_RESULT, "", checks, "", "", "",
            Timings.NONE);
    }

    public List<String> students() { return new ArrayList<>(rows.keySet()); }

    public List<ExerciseResult> row(String student) { return rows.get(student); }

    public static double total(List<ExerciseResult> row) {
        return row.stream().mapToDouble(ExerciseResult::score).sum();
    }

    /** A number as reports write it: whole numbers without a fraction, others with up to two decimals. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = String.format(java.util.Locale.ROOT, "%.2f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
