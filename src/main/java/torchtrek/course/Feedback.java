package torchtrek.course;

import java.util.List;

/**
 * The verdict on one attempt: whether it passes, the result of every check (for graders, who
 * score them), and notes worth saying even on success (such as "no GPU here, so the CPU answer
 * is right"). Messages explain a difference in words a beginner understands and never show
 * the solution's values.
 */
public record Feedback(boolean passed, List<Result> results, List<String> notes) {

    public Feedback {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /**
     * One check's outcome. {@code name} is the checked expression ("t", "x.grad()"), or "code"
     * for the check that the code runs at all; {@code message} is null when it passed.
     */
    public record Result(String name, boolean passed, String message) {}

    /** The first failure's explanation, or null when everything passed. */
    public String firstProblem() {
        for (Result r : results) if (!r.passed()) return r.message();
        return null;
    }

    /** How many of the checks passed, out of {@link #results()}'s size (for partial credit). */
    public long passedCount() {
        return results.stream().filter(Result::passed).count();
    }
}
