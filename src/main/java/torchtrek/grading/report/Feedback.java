package torchtrek.grading.report;

import java.util.List;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Manifest;

/** {@code feedback/STUDENT.txt}: what a student reads about their submission, exercise by exercise. */
final class Feedback {
    private Feedback() {}

    static String of(Grid grid, String student) {
        List<ExerciseResult> row = grid.row(student);
        StringBuilder sb = new StringBuilder();
        sb.append("TorchTrek grading for ").append(student).append(": ").append(Grid.number(Grid.total(row)))
            .append(" / ").append(Grid.number(grid.manifest().points())).append(" points\n");
        sb.append(StudentView.headline(row)).append("\n");
        List<Manifest.Exercise> exercises = grid.manifest().exercises();
        for (int i = 0; i < row.size(); i++) {
            ExerciseResult r = row.get(i);
            sb.append("\n").append(exercises.get(i).id()).append(" (").append(exercises.get(i).title()).append("): ")
                .append(StudentView.label(r.outcome())).append(", ").append(Grid.number(r.score())).append(" / ")
                .append(Grid.number(r.maxScore())).append("\n");
            int hidden = 0;
            for (CheckResult c : r.checks()) {
                if (!StudentView.shows(c, false)) {
                    hidden++;
                    continue;
                }
                sb.append(c.passed() ? "  [pass] " : "  [fail] ").append(c.name());
                if (!c.passed() && !c.feedback().isBlank()) sb.append(": ").append(indent(c.feedback()));
                sb.append("\n");
            }
            if (hidden > 0) sb.append("  ").append(hidden).append(" hidden check").append(hidden == 1 ? "" : "s")
                .append(": run at grading, counted in the score, details not shown\n");
            String whole = StudentView.exercise(r);
            if (!whole.isBlank()) sb.append("  ").append(indent(whole)).append("\n");
        }
        return sb.toString();
    }

    private static String indent(String text) {
        return text.strip().replace("\n", "\n    ");
    }
}
