package torchtrek.grading.report;

import java.util.ArrayList;
import java.util.List;

import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;

/**
 * {@code gradebook.csv}: one row per student with each exercise's score, the total and the
 * maximum, ready for a spreadsheet or an LMS import; {@code outcomes.csv} beside it says what
 * each cell is (passed, failed, not_gradable, timeout), since a not gradable 0 is not a zero.
 */
final class Gradebook {
    private Gradebook() {}

    static String scores(Grid grid) {
        StringBuilder sb = new StringBuilder(Csv.line(header(grid, List.of("total", "max_total"))));
        for (String s : grid.students()) {
            List<String> row = new ArrayList<>(List.of(s));
            for (ExerciseResult r : grid.row(s)) row.add(Grid.number(r.score()));
            row.add(Grid.number(Grid.total(grid.row(s))));
            row.add(Grid.number(grid.manifest().points()));
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    static String outcomes(Grid grid) {
        StringBuilder sb = new StringBuilder(Csv.line(header(grid, List.of())));
        for (String s : grid.students()) {
            List<String> row = new ArrayList<>(List.of(s));
            for (ExerciseResult r : grid.row(s)) row.add(r.outcome().key());
            sb.append(Csv.line(row));
        }
        return sb.toString();
    }

    /** {@code timings.csv}: where each result's time went (not compared between runs: times differ). */
    static String timings(Grid grid) {
        StringBuilder sb = new StringBuilder(Csv.line(List.of("student", "exercise", "outcome", "unpack_ms", "start_ms",
            "run_ms", "compare_ms", "jdk", "grader_version")));
        for (String s : grid.students()) {
            for (ExerciseResult r : grid.row(s)) {
                sb.append(Csv.line(List.of(s, r.exercise(), r.outcome().key(), Long.toString(r.timings().unpack()),
                    Long.toString(r.timings().start()), Long.toString(r.timings().run()),
                    Long.toString(r.timings().compare()), r.jdk(), r.graderVersion())));
            }
        }
        return sb.toString();
    }

    private static List<String> header(Grid grid, List<String> tail) {
        List<String> h = new ArrayList<>(List.of("student"));
        for (Manifest.Exercise x : grid.manifest().exercises()) h.add(x.id());
        h.addAll(tail);
        return h;
    }
}
