package torchtrek.course;

import java.util.Arrays;
import java.util.Objects;

import torchtrek.course.Check.Aspect;
import torchtrek.course.Check.Tolerance;
import torchtrek.course.Value.TensorValue;

import static torchtrek.course.Phrases.at;
import static torchtrek.course.Phrases.code;
import static torchtrek.course.Phrases.element;

/**
 * Compares the student's value with the solution's, one aspect at a time, and explains the
 * first difference without giving the solution's values away.
 */
final class Differences {
    private Differences() {}

    /** Why {@code actual} differs from {@code expected} in {@code aspect}, or null when it does not. */
    static String explain(Check check, Aspect aspect, String label, Value actual, Value expected) {
        if (aspect == Aspect.TYPE) return type(label, actual, expected);
        if (actual instanceof TensorValue s && expected instanceof TensorValue e) return tensor(check, aspect, label, s, e);
        if (aspect != Aspect.VALUES) return null;
        return plain(check, label, actual, expected);
    }

    static String type(String label, Value actual, Value expected) {
        if (actual instanceof Value.Unreadable u) {
            if (u.undefined()) return "Your code never defines " + code(u.error()) + ", which the exercise reads.";
            return "Reading " + code(label) + " after your code ran failed: " + u.error();
        }
        if (expected instanceof Value.Unreadable u) return "The reference solution cannot produce " + code(label) + ": " + u.error();
        if (actual instanceof TensorValue s && expected instanceof TensorValue e) {
            return s.ndarray() == e.ndarray() ? null : Explanations.kind(label, actual, expected);
        }
        if (actual instanceof Value.NumberValue && expected instanceof Value.NumberValue) return null;
        if (actual.getClass() == expected.getClass()) return null;
        if (actual instanceof Value.NoneValue && label.endsWith(".grad()")) {
            return code(label) + " is null: no gradient has reached it yet. Call backward() on the final result first.";
        }
        return Explanations.kind(label, actual, expected);
    }

    private static String tensor(Check check, Aspect aspect, String label, TensorValue s, TensorValue e) {
        return switch (aspect) {
            case SHAPE -> Arrays.equals(s.shape(), e.shape()) ? null : Explanations.shape(label, s.shape(), e.shape());
            case DTYPE -> s.dtype().equals(e.dtype()) ? null : Explanations.dtype(label, s.dtype(), e.dtype());
            case DEVICE -> s.device().equals(e.device()) ? null : Explanations.device(label, s.device(), e.device());
            case VALUES -> values(label, s, e, tolerance(check, e));
            case REQUIRES_GRAD -> requiresGrad(label, s, e);
            case GRAD_FN -> gradFn(label, s, e);
            case GRAD -> grad(check, label, s, e);
            case TYPE -> null;
        };
    }

    static Tolerance tolerance(Check check, TensorValue expected) {
        return check.tolerance() != null ? check.tolerance() : Tolerance.forDtype(expected.dtype());
    }

    /** Compares elements; shapes must agree first (a different shape is explained as such). */
    static String values(String label, TensorValue s, TensorValue e, Tolerance tol) {
        if (!Arrays.equals(s.shape(), e.shape())) return Explanations.shape(label, s.shape(), e.shape());
        if (s.data() == null || e.data() == null) return stats(label, s, e, tol);
        int i = Elements.firstDifference(s.data(), e.data(), tol);
        if (i < 0) return null;
        boolean floating = s.isFloating();
        int nan = Elements.firstNaN(s.data());
        if (nan >= 0 && Elements.firstNaN(e.data()) < 0) {
            return code(label) + " holds nan" + at(s.shape(), nan) + ": somewhere a 0/0, or a log or square root of a negative number?";
        }
        if (Elements.transposed(s.data(), e.data(), s.shape(), tol)) {
            return code(label) + " has the right shape, but its values sit where rows and columns are swapped: is it transposed?";
        }
        double k = Elements.constantRatio(s.data(), e.data(), tol);
        if (k == -1) {
            return code(label) + " has the right size, but every sign is flipped: did you subtract the other way round?";
        }
        if (Elements.constant(s.data())) {
            return "Every element of " + code(label) + " is " + element(s.data()[0], floating) + ", but the exercise asks for "
                + (Elements.constant(e.data()) ? "another value." : "different values.");
        }
        if (k == 0.5 || k == Math.rint(k) && Math.abs(k) >= 2) {
            return "Every value of " + code(label) + " is " + Phrases.times(k) + " what the exercise asks for.";
        }
        return code(label) + " has the right shape and dtype, but not the values the exercise asks for: it holds "
            + element(s.data()[i], floating) + at(s.shape(), i) + ".";
    }

    private static String stats(String label, TensorValue s, TensorValue e, Tolerance tol) {
        Value.Stats a = s.stats();
        Value.Stats b = e.stats();
        Tolerance loose = new Tolerance(Math.max(tol.rtol(), 1e-4), Math.max(tol.atol(), 1e-4));
        if (loose.close(a.mean(), b.mean()) && loose.close(a.min(), b.min()) && loose.close(a.max(), b.max())) return null;
        return code(label) + " has the right shape, but not the values the exercise asks for (its mean is "
            + element(a.mean(), true) + ").";
    }

    private static String requiresGrad(String label, TensorValue s, TensorValue e) {
        if (s.requiresGrad() == e.requiresGrad()) return null;
        if (e.requiresGrad()) {
            return code(label) + " does not require grad, so autograd does not track it: create it with requires_grad(true)"
                + (s.isFloating() ? "." : " (and a float dtype: only floating-point tensors can require grad).");
        }
        return code(label) + " still requires grad, but the exercise wants it cut off from autograd: `detach()` gives such a"
            + " tensor, and code inside `try (var g = torch.no_grad()) { ... }` records nothing.";
    }

    private static String gradFn(String label, TensorValue s, TensorValue e) {
        if ((s.gradFn() == null) == (e.gradFn() == null)) return null;
        if (e.gradFn() != null) {
            return code(label) + " has no grad_fn: autograd did not record how it was made. Was it computed inside no_grad(),"
                + " or from tensors that do not require grad?";
        }
        return code(label) + " is still part of the autograd graph (grad_fn=<" + s.gradFn() + ">); the exercise wants it"
            + " computed without tracking: use `detach()` or `torch.no_grad()`.";
    }

    private static String grad(Check check, String label, TensorValue s, TensorValue e) {
        String g = code(label + ".grad()");
        if (e.grad() == null) return s.grad() == null ? null : g + " holds a gradient, but the exercise expects none here.";
        if (s.grad() == null) {
            if (!s.requiresGrad()) return code(label) + " does not require grad, so no gradient is kept for it: create it with requires_grad(true).";
            if (!s.isLeaf()) return code(label) + " was computed from other tensors (it is not a leaf), so its gradient is not kept:"
                + " ask for the gradient of the tensor you created with requires_grad(true).";
            return g + " is null: call backward() on the final result to compute it.";
        }
        TensorValue sg = s.grad();
        TensorValue eg = e.grad();
        if (!Arrays.equals(sg.shape(), eg.shape()) || sg.data() == null || eg.data() == null) {
            return values(label + ".grad()", sg, eg, tolerance(check, eg));
        }
        Tolerance tol = tolerance(check, eg);
        if (Elements.firstDifference(sg.data(), eg.data(), tol) < 0) return null;
        double k = Elements.constantRatio(sg.data(), eg.data(), tol);
        if (k == Math.rint(k) && k > 1) {
            return g + " is " + Phrases.times(k) + " the gradient the exercise asks for: gradients add up over backward() calls."
                + " Call x.grad().zero_() before calling backward() again.";
        }
        int i = Elements.firstDifference(sg.data(), eg.data(), tol);
        return g + " is not the gradient the exercise asks for: it holds " + element(sg.data()[i], sg.isFloating())
            + at(sg.shape(), i) + ". Is the function exactly the one the exercise describes?";
    }

    /** Numbers, booleans, text, lists and other values. */
    private static String plain(Check check, String label, Value actual, Value expected) {
        if (actual instanceof Value.NumberValue a && expected instanceof Value.NumberValue b) {
            Tolerance tol = check.tolerance() != null ? check.tolerance() : Tolerance.forDtype("float32");
            if (tol.close(a.value(), b.value())) return null;
            if (b.value() != 0 && tol.close(a.value(), 2 * b.value())) {
                return code(label) + " is twice the value the exercise asks for: did gradients add up over two backward() calls?";
            }
            return code(label) + " is " + a.repr() + ", which is not the value the exercise asks for.";
        }
        if (actual instanceof Value.BoolValue a && expected instanceof Value.BoolValue b) {
            return a.value() == b.value() ? null
                : code(label) + " is " + a.value() + ", but that is not what happens: try it and look at the result again.";
        }
        if (actual instanceof Value.TextValue a && expected instanceof Value.TextValue b) {
            return a.value().strip().equals(b.value().strip()) ? null
                : code(label) + " is \"" + a.value() + "\", which is not what the exercise asks for.";
        }
        if (actual instanceof Value.ListValue a && expected instanceof Value.ListValue b) {
            if (a.items().size() != b.items().size()) {
                return code(label) + " has " + a.items().size() + " items but the exercise asks for " + b.items().size() + ".";
            }
            for (int i = 0; i < a.items().size(); i++) {
                String d = explain(check, Aspect.VALUES, label + "[" + i + "]", a.items().get(i), b.items().get(i));
                if (d == null) d = type(label + "[" + i + "]", a.items().get(i), b.items().get(i));
                if (d != null) return d;
            }
            return null;
        }
        return Objects.equals(actual.repr(), expected.repr()) ? null
            : code(label) + " is " + actual.repr() + ", which is not what the exercise asks for.";
    }
}
