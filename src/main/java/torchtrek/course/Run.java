package torchtrek.course;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What running one script produced, as data: what it printed, how it stopped if it did not
 * finish, and the value of every expression the exercise reads afterwards (keyed by the
 * expression's text). A grader can produce this in another process and send it back as JSON.
 *
 * @param output        what the script printed (stdout and stderr, interleaved)
 * @param failure       why the script stopped early, or null when it ran to the end
 * @param values        each probed expression's value, in the order asked
 * @param cudaAvailable whether a GPU was usable where the script ran (GPU exercises accept the CPU answer otherwise)
 * @param seed          the seed the random generator started from
 */
public record Run(String output, Failure failure, Map<String, Value> values, boolean cudaAvailable, long seed) {

    public Run {
        values = new LinkedHashMap<>(values);
    }

    public boolean finished() { return failure == null; }

    /** The value of {@code expression}, or an {@link Value.Unreadable} when it was not read. */
    public Value value(String expression) {
        Value v = values.get(expression);
        return v != null ? v : new Value.Unreadable(false, "this expression was not read");
    }

    /**
     * Why a script stopped: {@code kind} is {@code compile} (javac rejected a statement),
     * {@code exception} (a statement threw), {@code timeout} or {@code refused} (the script calls
     * something a check may not run, such as System.exit). {@code line} is 1-based in the script,
     * 0 when unknown.
     */
    public record Failure(String kind, String message, int line) {
        /** "line 3: RuntimeError: ..." */
        public String describe() {
            return (line > 0 ? "line " + line + ": " : "") + message;
        }
    }
}
