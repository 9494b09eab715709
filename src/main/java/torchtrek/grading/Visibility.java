package torchtrek.grading;

/**
 * Who sees a check's details, with Gradescope's names. Only {@code visible} checks show their
 * feedback where a student reads it at grading time; {@code after_due_date} and
 * {@code after_published} are shown later by the platforms that support it (Gradescope) and are
 * treated as hidden everywhere else; {@code hidden} checks never show their code or expected values
 * to a student.
 */
public enum Visibility {
    VISIBLE, HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED;

    /** The name used in exercise files and reports. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Visibility parse(String key) {
        for (Visibility v : values()) if (v.key().equals(key)) return v;
        return null;
    }

    /** Whether a student may read this check's feedback now, at grading time. */
    public boolean shownNow() { return this == VISIBLE; }
}
