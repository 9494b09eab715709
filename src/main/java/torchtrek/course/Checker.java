package torchtrek.course;

import java.util.ArrayList;
import java.util.List;

import static torchtrek.course.Phrases.code;

/**
 * Compares what a student's code produced with what the reference solution's produced, check by
 * check, and explains the first difference. It works on data only ({@link Run}s), so the code
 * may have run anywhere; it never runs code itself.
 */
public final class Checker {
    private Checker() {}

    /**
     * The feedback for one attempt: {@code student.get(i)} and {@code solution.get(i)} ran with
     * the exercise's i-th seed.
     */
    public static Feedback check(Exercise exercise, List<Run> student, List<Run> solution) {
        if (student.size() != solution.size() || student.isEmpty()) {
            throw new IllegalArgumentException("one student run and one solution run per seed are needed");
        }
        List<Feedback.Result> results = new ArrayList<>();
        for (Run run : student) {
            if (!run.finished()) {
                results.add(new Feedback.Result("code", false, explainFailure(run.failure())));
                for (Check c : exercise.checks()) results.add(new Feedback.Result(c.value(), false, "not checked: the code did not finish"));
                return new Feedback(false, results, List.of());
            }
        }
        results.add(new Feedback.Result("code", true, null));
        for (Check c : exercise.checks()) {
            String message = null;
            for (int i = 0; i < student.size() && message == null; i++) {
                message = check(c, student.get(i), solution.get(i));
                if (message != null && i > 0) message += " (This happened with the random generator seeded " + student.get(i).seed() + ".)";
            }
            results.add(new Feedback.Result(c.value(), message == null, message));
        }
        boolean passed = results.stream().allMatch(Feedback.Result::passed);
        List<String> notes = new ArrayList<>();
        if (passed && exercise.gpu() && !student.get(0).cudaAvailable()) {
            notes.add("There is no GPU here (torch.cuda.is_available() is false), so the CPU answer is the right one on this"
                + " machine. On a machine with CUDA, the same code would put the work on the GPU.");
        }
        return new Feedback(passed, results, notes);
    }

    /** Why one check fails for one pair of runs, or null when it passes. */
    static String check(Check c, Run student, Run solution) {
        String label = c.value();
        Value s = student.value(label);
        Value e = solution.value(label);
        for (Check.Aspect aspect : c.compare()) {
            String d = Differences.explain(c, aspect, label, s, e);
            if (d != null) return s instanceof Value.Unreadable ? d : override(c, aspect, d);
        }
        if (c.expect() != null) {
            String d = Properties.explain(c, label, s, c.expect());
            if (d != null) return s instanceof Value.Unreadable ? d : override(c, null, d);
        }
        if (c.sharesWith() != null) {
            String d = sharing(label, c.sharesWith(), student, solution);
            if (d != null) return override(c, null, d);
        }
        if (c.printed() && !printed(s, student.output())) {
            return override(c, null, "Your output does not show " + code(label) + ": print it with System.out.println("
                + label + ").");
        }
        return null;
    }

    private static String override(Check c, Check.Aspect aspect, String generated) {
        if (aspect != null && c.messages().containsKey(aspect)) return c.messages().get(aspect);
        return c.message() != null ? c.message() : generated;
    }

    private static String sharing(String label, String other, Run student, Run solution) {
        Value o = student.value(other);
        if (o instanceof Value.Unreadable) return Differences.type(other, o, o);
        boolean actual = shares(student.value(label), o);
        boolean expected = shares(solution.value(label), solution.value(other));
        if (actual == expected) return null;
        if (expected) {
            return code(label) + " does not share memory with " + code(other) + ": it is a copy, so changing one leaves the"
                + " other as it was. `torch.from_numpy(a)` and `t.numpy()` share memory; `torch.tensor(a)` copies.";
        }
        return code(label) + " shares memory with " + code(other) + ", so changing one changes the other; the exercise"
            + " wants an independent copy: `.clone()` (or `torch.tensor(...)`) makes one.";
    }

    private static boolean shares(Value a, Value b) {
        return a instanceof Value.TensorValue x && b instanceof Value.TensorValue y && x.memory() != 0 && x.memory() == y.memory();
    }

    /** Whether the output shows the value, as a tensor prints or as Java prints a number or boolean. */
    private static boolean printed(Value v, String output) {
        if (v instanceof Value.Unreadable) return false;
        if (output.contains(v.repr())) return true;
        if (v instanceof Value.BoolValue b) return output.contains(Boolean.toString(b.value()));
        if (v instanceof Value.NumberValue n) {
            return output.contains(n.repr()) || output.contains(Double.toString(n.value())) || output.contains(Float.toString((float) n.value()));
        }
        if (v instanceof Value.TextValue t) return output.contains(t.value());
        return false;
    }

    /** The sentence for code that did not finish, with advice for the errors beginners meet most. */
    public static String explainFailure(Run.Failure f) {
        String where = f.line() > 0 ? " at line " + f.line() : "";
        String text = switch (f.kind()) {
            case "compile" -> "Your code does not compile" + where + ": " + f.message();
            case "timeout" -> "Your code was still running after " + f.message() + ", so it was stopped. Is there a loop that never ends?";
            case "refused" -> f.message();
            default -> "Your code stopped" + where + " with " + f.message();
        };
        String advice = ErrorAdvice.forError(f.message());
        return advice == null ? text : text + "\nWhat to do: " + advice;
    }
}
