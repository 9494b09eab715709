package torchtrek.grading;

/**
 * One check of one exercise for one student.
 *
 * @param name       the check's name, as the exercise gives it
 * @param visibility who may see its details
 * @param points     points earned
 * @param maxPoints  points it is worth
 * @param passed     whether it passed
 * @param feedback   why it failed (may name expected values: shown to students only for visible checks), "" when it passed
 */
public record CheckResult(String name, Visibility visibility, double points, double maxPoints, boolean passed, String feedback) {
    public CheckResult {
        feedback = feedback == null ? "" : feedback;
    }
}
