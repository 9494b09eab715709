package torchtrek.course;

import torchtrek.course.Check.Expectation;
import torchtrek.course.Value.TensorValue;

import static torchtrek.course.Phrases.at;
import static torchtrek.course.Phrases.code;
import static torchtrek.course.Phrases.element;

/**
 * Holds a value to fixed properties (shape, dtype, range, whole numbers, not constant): how
 * random results are checked, since their values change with the seed.
 */
final class Properties {
    private Properties() {}

    /** Why {@code actual} breaks {@code expect}, or null when it keeps every property. */
    static String explain(Check check, String label, Value actual, Expectation expect) {
        if (actual instanceof Value.Unreadable) return Differences.type(label, actual, actual);
        if (expect.equals() != null) {
            String kind = Differences.type(label, actual, expect.equals());
            if (kind != null) return kind;
            String d = Differences.explain(check, Check.Aspect.VALUES, label, actual, expect.equals());
            if (d != null) return d;
        }
        if (!(actual instanceof TensorValue t)) {
            return needsTensor(expect) ? code(label) + " is " + actual.describe() + ", but the exercise asks for a tensor." : null;
        }
        if (expect.dtype() != null && t.ndarray() == expect.dtype().startsWith("torch.")) {
            return t.ndarray() ? code(label) + " is a NumPy array, but the exercise asks for a tensor: `torch.from_numpy(a)` makes one."
                : code(label) + " is a tensor, but the exercise asks for a NumPy array: NumPy makes its own (np.array, np.random.rand),"
                    + " and `t.numpy()` turns a tensor into one.";
        }
        if (expect.shape() != null) {
            long[] wanted = expect.shape().stream().mapToLong(Long::longValue).toArray();
            if (!java.util.Arrays.equals(t.shape(), wanted)) return Explanations.shape(label, t.shape(), wanted);
        }
        if (expect.dtype() != null && !t.dtype().equals(expect.dtype())) return Explanations.dtype(label, t.dtype(), expect.dtype());
        if (expect.device() != null && !t.device().equals(expect.device())) return Explanations.device(label, t.device(), expect.device());
        if (expect.requiresGrad() != null && t.requiresGrad() != expect.requiresGrad()) {
            return code(label) + (expect.requiresGrad() ? " does not require grad: create it with requires_grad(true)."
                : " requires grad, but the exercise wants a tensor without history: use detach().");
        }
        return elements(label, t, expect);
    }

    private static boolean needsTensor(Expectation e) {
        return e.shape() != null || e.dtype() != null || e.device() != null || e.min() != null || e.below() != null
            || e.max() != null || e.integers() || e.varied() || e.requiresGrad() != null;
    }

    private static String elements(String label, TensorValue t, Expectation expect) {
        boolean floating = t.isFloating();
        double[] data = t.data();
        if (data == null) return statsOnly(label, t, expect);
        for (int i = 0; i < data.length; i++) {
            double v = data[i];
            String where = element(v, floating) + at(t.shape(), i);
            if (expect.min() != null && !(v >= expect.min()) || expect.below() != null && !(v < expect.below())
                    || expect.max() != null && !(v <= expect.max())) {
                String range = range(expect);
                String why = expect.min() != null && expect.min() == 0 && v < 0
                    ? " torch.randn draws from a normal distribution (negative numbers too); torch.rand draws from [0, 1)." : "";
                return code(label) + " should hold numbers " + range + ", but it has " + where + "." + why;
            }
            if (expect.integers() && v != Math.rint(v)) {
                return code(label) + " should hold whole numbers, but it has " + where + ": torch.randint draws whole numbers.";
            }
        }
        if (expect.varied() && (data.length < 2 || Elements.constant(data))) {
            return "Every element of " + code(label) + " is " + (data.length == 0 ? "missing" : element(data[0], floating))
                + ": the exercise asks for random numbers (torch.rand, torch.randn or torch.randint draw them).";
        }
        return null;
    }

    private static String statsOnly(String label, TensorValue t, Expectation expect) {
        Value.Stats s = t.stats();
        if (expect.min() != null && s.min() < expect.min() || expect.below() != null && s.max() >= expect.below()
                || expect.max() != null && s.max() > expect.max()) {
            return code(label) + " should hold numbers " + range(expect) + ", but its smallest is " + element(s.min(), true)
                + " and its largest " + element(s.max(), true) + ".";
        }
        if (expect.varied() && s.min() == s.max()) {
            return "Every element of " + code(label) + " is " + element(s.min(), true) + ": the exercise asks for random numbers.";
        }
        return null;
    }

    /** "in [0, 10)", "of at least 0", "of at most 1". */
    private static String range(Expectation e) {
        String lo = e.min() == null ? null : element(e.min(), true).replaceAll("\\.$", "");
        String hi = e.below() != null ? element(e.below(), true).replaceAll("\\.$", "")
            : e.max() != null ? element(e.max(), true).replaceAll("\\.$", "") : null;
        String close = e.below() != null ? ")" : "]";
        if (lo != null && hi != null) return "in [" + lo + ", " + hi + close;
        if (lo != null) return "of at least " + lo;
        return e.below() != null ? "below " + hi : "of at most " + hi;
    }
}
