package torchtrek.course;

import java.util.List;
import java.util.Map;

/**
 * One thing an exercise checks about the student's code: an expression read after the code ran
 * ({@code value}: a variable name or any Java expression), then either compared with what the
 * reference solution's code gives for the same expression ({@code compare}), or held to fixed
 * properties ({@code expect}: for random results, where values differ from run to run).
 *
 * @param value      the expression read from the student's session
 * @param compare    what must match the solution's value, in the order it is explained
 * @param expect     fixed properties the value must have, or null
 * @param sharesWith a variable that the value must share memory with exactly when the solution's does, or null
 * @param printed    whether the student's output must show the value (as it prints)
 * @param tolerance  how close floating values must be, or null for the default of the dtype
 * @param message    replaces the explanation of any failure of this check, or null
 * @param messages   replaces the explanation of a failure of one aspect
 * @param line       where the check starts in exercise.yaml
 * @param visibility who sees it (Gradescope's names): visible (the default), hidden, after_due_date or after_published;
 *                   a student's own `check` runs only the visible ones and counts the others as run at grading
 */
public record Check(String value, List<Aspect> compare, Expectation expect, String sharesWith, boolean printed,
                    Tolerance tolerance, String message, Map<Aspect, String> messages, int line, String visibility) {
    /** The visibilities a check may have. */
    public static final List<String> VISIBILITIES = List.of("visible", "hidden", "after_due_date", "after_published");

    public Check {
        compare = List.copyOf(compare);
        messages = Map.copyOf(messages);
        visibility = visibility == null ? "visible" : visibility;
    }

    /** A visible check. */
    public Check(String value, List<Aspect> compare, Expectation expect, String sharesWith, boolean printed,
                 Tolerance tolerance, String message, Map<Aspect, String> messages, int line) {
        this(value, compare, expect, sharesWith, printed, tolerance, message, messages, line, "visible");
    }

    /** Whether a student's own check runs it (the others run only when the class is graded). */
    public boolean visible() { return visibility.equals("visible"); }

    /** What can be compared with the solution's value; explained in this order. */
    public enum Aspect {
        TYPE, SHAPE, DTYPE, DEVICE, VALUES, REQUIRES_GRAD, GRAD_FN, GRAD;

        /** The name used in exercise.yaml. */
        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

        public static Aspect parse(String key) {
            for (Aspect a : values()) if (a.key().equals(key)) return a;
            return null;
        }

        /** Compared when a check names none: everything but how the value was computed. */
        public static List<Aspect> defaults() {
            return List.of(TYPE, SHAPE, DTYPE, DEVICE, VALUES, REQUIRES_GRAD, GRAD);
        }
    }

    /**
     * Properties a value must have whatever the seed: for random tensors, where the values
     * themselves cannot be compared. Null fields are not checked.
     *
     * @param min      every element is at least this
     * @param below    every element is less than this
     * @param max      every element is at most this
     * @param integers every element is a whole number
     * @param varied   the elements are not all equal (random, not constant)
     * @param equals   the value itself (a boolean, number or text)
     */
    public record Expectation(List<Long> shape, String dtype, String device, Double min, Double below, Double max,
                              boolean integers, boolean varied, Value equals, Boolean requiresGrad) {}

    /** {@code |student - solution| <= atol + rtol * |solution|}, elementwise. */
    public record Tolerance(double rtol, double atol) {
        /** torch.testing.assert_close's defaults for a dtype; exact for integers and booleans. */
        public static Tolerance forDtype(String dtype) {
            return switch (dtype) {
                case "torch.float64", "float64", "double" -> new Tolerance(1e-7, 1e-7);
                case "torch.float32", "float32", "float" -> new Tolerance(1.3e-6, 1e-5);
                case "torch.float16", "float16" -> new Tolerance(1e-3, 1e-5);
                case "torch.bfloat16" -> new Tolerance(1.6e-2, 1e-5);
                default -> new Tolerance(0, 0);
            };
        }

        public boolean close(double actual, double expected) {
            if (Double.isNaN(expected)) return Double.isNaN(actual);
            if (Double.isInfinite(expected)) return actual == expected;
            return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
        }
    }
}
