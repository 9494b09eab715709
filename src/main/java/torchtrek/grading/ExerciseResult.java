package torchtrek.grading;

import java.util.List;

/**
 * What grading one student's exercise produced, and what produced it. Stored as one JSON file
 * per student and exercise; every report is built from these.
 *
 * @param student       the submission's name
 * @param exercise      the exercise's id
 * @param outcome       passed, failed, not_gradable or timeout
 * @param score         points earned
 * @param maxScore      points the exercise is worth
 * @param message       what happened as a whole, for a student ("" when every check speaks for itself)
 * @param output        what the student's code printed, cut to {@link Truncation#LIMIT} characters with a visible marker
 * @param checks        each check's result (empty when the code could not be run)
 * @param graderVersion hash of the exercise's checks, its solution and TorchTrek's version
 * @param jdk           the JDK that ran the student's code
 * @param sandbox       how the student's code was contained
 * @param timings       where the time went
 */
public record ExerciseResult(String student, String exercise, Outcome outcome, double score, double maxScore,
                             String message, String output, List<CheckResult> checks, String graderVersion,
                             String jdk, String sandbox, Timings timings) {
    public ExerciseResult {
        checks = List.copyOf(checks);
        message = message == null ? "" : message;
        output = output == null ? "" : output;
    }

    /** Whether some checks' details may not be shown to the student at grading time. */
    public boolean hasUnshownChecks() {
        return checks.stream().anyMatch(c -> !c.visibility().shownNow());
    }
}
