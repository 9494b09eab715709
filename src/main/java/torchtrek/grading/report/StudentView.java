package torchtrek.grading.report;

import java.util.List;

import torchtrek.grading.CheckResult;
import torchtrek.grading.ExerciseResult;
import torchtrek.grading.Outcome;

/**
 * What a student may read about their results. A check that is not visible shows its name and
 * nothing else: its feedback can name expected values, so it never reaches a student-facing
 * report. The closing line counts visible and hidden checks separately and never claims that
 * everything passed while hidden checks exist.
 */
final class StudentView {
    private StudentView() {}

    /** Whether a check's feedback may be shown; {@code deferred} lets after_due_date/after_published through (Gradescope shows them later itself). */
    static boolean shows(CheckResult c, boolean deferred) {
        return switch (c.visibility()) {
            case VISIBLE -> true;
            case AFTER_DUE_DATE, AFTER_PUBLISHED -> deferred;
            case HIDDEN -> false;
        };
    }

    /** A check's text for a student: its feedback, or only whether it passed when it is not shown. */
    static String check(CheckResult c, boolean deferred) {
        if (!shows(c, deferred)) return c.passed() ? "hidden check: passed" : "hidden check: not passed (details are not shown)";
        return c.passed() ? "passed" : c.feedback().isBlank() ? "not passed" : c.feedback();
    }

    /** The exercise's own message with what the code printed, or "" when there is neither. */
    static String exercise(ExerciseResult r) {
        StringBuilder sb = new StringBuilder();
        if (r.outcome() != Outcome.PASSED && r.outcome() != Outcome.FAILED) sb.append(label(r.outcome())).append(": ");
        if (!r.message().isBlank()) sb.append(r.message());
        if (!r.output().isBlank()) sb.append(sb.length() > 0 ? "\n\n" : "").append("Your code printed:\n").append(r.output());
        return sb.toString();
    }

    static String label(Outcome o) {
        return switch (o) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_GRADABLE -> "not gradable";
            case TIMEOUT -> "timeout";
        };
    }

    /** "4 visible checks passed, 1 did not; 3 hidden checks run at grading and count in the score." */
    static String headline(List<ExerciseResult> row) {
        int visiblePassed = 0;
        int visibleFailed = 0;
        int hidden = 0;
        for (ExerciseResult r : row) {
            for (CheckResult c : r.checks()) {
                if (!c.visibility().shownNow()) hidden++;
                else if (c.passed()) visiblePassed++;
                else visibleFailed++;
            }
        }
        String visible = visibleFailed == 0
            ? (hidden == 0 ? "all " + visiblePassed + " checks passed" : visiblePassed + " visible " + plural(visiblePassed) + " passed")
            : visiblePassed + " visible " + plural(visiblePassed + visibleFailed) + " passed, " + visibleFailed + " did not";
        return hidden == 0 ? capitalise(visible) + "."
            : capitalise(visible) + "; " + hidden + " hidden " + plural(hidden) + " run at grading and count in the score.";
    }

    private static String plural(int n) { return n == 1 ? "check" : "checks"; }

    private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
