package torchtrek.ops;

import java.util.Arrays;
import java.util.function.UnaryOperator;

import torchtrek.Tensor;
import torchtrek.autograd.Edge;
import torchtrek.autograd.Engine;
import torchtrek.autograd.GradMode;
import torchtrek.autograd.CopySlices;
import torchtrek.autograd.Node;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Layout;

/**
 * What every in-place op ({@code add_}, {@code x[...] = v}, {@code copy_}) shares: PyTorch's
 * checks on leaves, the version bump, and the history rewrite. A recorded in-place op is
 * computed out of place on a copy of the old values (which carries the old history), written
 * back, and its node becomes the tensor's grad_fn; on a view, the base's history is rewritten
 * through {@link CopySlices} as PyTorch does.
 */
public final class InPlace {
    private InPlace() {}

    /** PyTorch's refusal to modify a leaf that requires grad (or a view of one) while recording. */
    public static void check(Tensor a) {
        if (!GradMode.isEnabled()) return;
        if (a.is_leaf() && a.requires_grad() && a._base() == null)
            throw new RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.");
        Tensor base = a._base();
        if (base != null && base.is_leaf() && base.requires_grad())
            throw new RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.");
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
        if (a._base() != null && a._base().requires_grad()) return true;
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
        Tensor base = a._base();
        if (fn == null && base != null && base.requires_grad()) {
            // a view of a non-leaf: its history is the base's, seen through the view
            fn = viewHistory(a, base);
        }
        if (fn != null) {
            copy.setGradFn(fn, fn == a.grad_fn() ? a.output_nr() : 0);
        } else if (a.requires_grad()) {
            copy.setRequiresGradAtCreation(true);
        }
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
        Edge baseEdge = Engine.gradientEdge(base);
        Layout viewInBase = CopySlices.relativeLayout(a.layout(), base.layout());
        CopySlices slices = new CopySlices(baseEdge, viewInBase, fn, base);
        base.setGradFn(slices, 0);
        a.setGradFn(viewHistory(a, base), 0);
    }

    /** The history of a view of {@code base}: the base's history seen through the view's layout. */
    private static Node viewHistory(Tensor view, Tensor base) {
        Node n = new CopySlices.AsStridedBackward0(CopySlices.relativeLayout(view.layout(), base.layout()),
            base.layout().shape());
        n.setNextEdges(Engine.gradientEdge(base));
        n.setInputMetadata(0, view.layout().shape(), view.dtype(), view.device());
        return n;
    }

    /** Records that the memory of {@code out} changed (out= and unrecorded in-place writes). */
    public static void bump(Tensor out) {
        out.bumpVersion();
    }
}
