package torchtrek.grading;

/** Output caps: long text is cut, never rejected, and the cut is said where the text stops. */
public final class Truncation {
    /** Characters of a student's printed output kept in any report. */
    public static final int LIMIT = 500;

    private Truncation() {}

    /**
     * {@code text} cut to {@code limit} characters; when cut, a last line says how long it was
     * ({@code totalChars} counts what was printed in all, when more than {@code text} holds).
     */
    public static String cut(String text, long totalChars, int limit) {
        long total = Math.max(totalChars, text.codePointCount(0, text.length()));
        if (total <= limit) return text;
        int end = text.offsetByCodePoints(0, Math.min(limit, text.codePointCount(0, text.length())));
        String kept = text.substring(0, end);
        return kept + (kept.endsWith("\n") ? "" : "\n") + "... output truncated (" + total + " characters)";
    }

    public static String cut(String text) {
        return cut(text, 0, LIMIT);
    }
}
