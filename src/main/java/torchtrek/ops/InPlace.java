package torchtrek.ops;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import torchtrek.Tensor;
import torchtrek.autograd.CopySlices;
import torchtrek.autograd.Engine;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.Node;
import torchtrek.autograd.ViewCreation;
import torchtrek.autograd.Views;
import torchtrek.errors.RuntimeError;

/**
 * What every in-place op ({@code add_}, {@code x[...] = v}, {@code copy_}) shares: PyTorch's
 * checks on leaves and views, the version bump, and the history rewrite. A recorded in-place op
 * is computed out of place on a copy of the old values (which carries the old history), written
 * back, and its node becomes the tensor's grad_fn; on a view, the base's history is rewritten
 * through {@link CopySlices} as PyTorch does.
 */
public final class InPlace {
    private InPlace() {}

    /**
     * PyTorch's {@code check_inplace}: with grad mode on and something requiring grad, refuses to
     * modify a leaf that requires grad, a view of one, a view made under no_grad, or one of
     * several views returned by one op.
     */
    public static void check(Tensor a, Tensor... others) {
        if (!GradMode.isEnabled() || !needsRecording(a, others)) return;
        Tensor base = a._base();
        if (base != null) {
            checkViewCreation(a);
            if (a.requires_grad() && base.is_leaf())
                throw new RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        }
        if (a.requires_grad() && a.is_leaf())
            throw new RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.");
    }

    private static void checkViewCreation(Tensor view) {
        if (view.viewCreation() == ViewCreation.MULTI_OUTPUT_NODE) {
            Node fn = view.grad_fn();
            throw new RuntimeError((fn == null ? "A view was created in no_grad mode"
                : "Output " + view.output_nr() + " of " + fn.name() + " is a view")
                + " and is being modified inplace. This view is the output of a function that returns multiple views. "
                + "Such functions do not allow the output views to be modified inplace. You should replace the inplace "
                + "operation by an out-of-place one.");
        }
        if (view.viewCreation() == ViewCreation.NO_GRAD_MODE) throw new RuntimeError("A view was created in no_grad mode "
            + "and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, "
            + "it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the "
            + "no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be "
            + "tracked).");
    }

    /** {@code out=} arguments cannot be recorded. */
    public static void checkOut(String op, Tensor out, Tensor... inputs) {
        if (!GradMode.isEnabled()) return;
        boolean any = out.requires_grad();
        for (Tensor t : inputs) any |= t.requires_grad();
        if (any) throw new RuntimeError(op + "(): functions with out=... arguments don't support automatic differentiation, "
            + "but one of the arguments requires grad.");
    }

    /** Whether an in-place op on {@code a} with these other operands must be recorded. */
    public static boolean needsRecording(Tensor a, Tensor... others) {
        if (!GradMode.isEnabled()) return false;
        if (a.requires_grad()) return true;
        for (Tensor t : others) if (t != null && t.requires_grad()) return true;
        return false;
    }

    /**
     * Runs a recorded in-place op: {@code outOfPlace} receives a copy of a's old values carrying
     * a's old history and returns the (recorded) result, which is written into {@code a}.
     */
    public static Tensor recorded(Tensor a, UnaryOperator<Tensor> outOfPlace) {
        Tensor old = oldValues(a);
        Tensor r = outOfPlace.apply(old);
        Elementwise.checkCast(r.dtype(), a.dtype());
        if (!Arrays.equals(r.layout().shape(), a.layout().shape())) throw new RuntimeError("output with shape "
            + Arrays.toString(a.layout().shape()) + " doesn't match the broadcast shape " + Arrays.toString(r.layout().shape()));
        a.backend().copy(r.strided(), a.strided());
        a.bumpVersion();
        if (r.grad_fn() != null) rebase(a, r.grad_fn());
        return a;
    }

    /** A copy of a's values that carries a's current history (the input side of the recorded op). */
    private static Tensor oldValues(Tensor a) {
        Tensor copy = Elementwise.empty(a.layout().shape(), a.dtype(), a.device());
        a.backend().copy(a.strided(), copy.strided());
        Node fn = a.grad_fn();
        if (fn != null) copy.setGradFn(fn, a.output_nr());
        return copy;
    }

    /** Makes {@code fn} the history of {@code a}; for a view, rewrites the base's history with CopySlices. */
    static void rebase(Tensor a, Node fn) {
        Tensor base = a._base();
        if (base == null) {
            fn.setInputMetadata(0, a.layout().shape(), a.dtype(), a.device());
            a.setGradFn(fn, 0);
            return;
        }
        base.setGradFn(new CopySlices(Engine.gradientEdge(base), a, base, fn), 0);
        a.setGradFn(Views.history(a, base), 0);
    }

    /** Records that the memory of {@code out} changed (out= and unrecorded in-place writes). */
    public static void bump(Tensor out) {
        out.bumpVersion();
    }
}
