package torchtrek.grading;

/**
 * The one thing that happened to a student's exercise, named the same in every report:
 * {@code passed}, {@code failed} (with feedback), {@code not_gradable} (a compile error, a missing
 * file or a fault of the grader: not a zero, costs no attempt) or {@code timeout} (with the limit
 * and what was running).
 */
public enum Outcome {
    PASSED, FAILED, NOT_GRADABLE, TIMEOUT;

    /** The name used in every report. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Outcome parse(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
