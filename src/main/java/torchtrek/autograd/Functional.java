package torchtrek.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.Tuple;
import torchtrek.errors.RuntimeError;
import torchtrek.ops.Creation;
import torchtrek.ops.Joining;

/**
 * {@code torch.autograd.functional}: derivatives of a function rather than of a recorded
 * tensor. The input is detached and made to require grad, as PyTorch does; results have
 * PyTorch's shapes ({@code output.shape + input.shape} for a Jacobian, {@code input.shape * 2}
 * for a Hessian) and no history unless {@code create_graph=True}.
 */
public final class Functional {
    private Functional() {}

    private static Tensor prepare(Tensor x) {
        if (!x.dtype().isFloatingPoint()) throw new RuntimeError("only Tensors of floating point dtype can require gradients");
        return x.detach().requires_grad_(true);
    }

    private static Tensor run(Function<Tensor, Tensor> f, Tensor in) {
        try (var on = GradMode.guard(true)) {
            return f.apply(in);
        }
    }

    public static Tensor jacobian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("jacobian", kw, "create_graph", "strict", "vectorize");
        Tensor in = prepare(x);
        Tensor out = run(f, in);
        boolean strict = p.bool("strict", false);
        if (strict) requireGrad(out);
        return jacobianOf(out, in, p.bool("create_graph", false), strict);
    }

    /** Rows of d out / d in, one backward pass per output element, stacked to out.shape + in.shape. */
    private static Tensor jacobianOf(Tensor out, Tensor in, boolean create, boolean strict) {
        Tensor flat = out.reshape(-1);
        int rows = (int) flat.numel();
        List<Tensor> parts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Tensor row = null;
            if (flat.requires_grad()) {
                try (var on = GradMode.guard(true)) {
                    row = Autograd.grad(new Tensor[] {flat.get(i)}, new Tensor[] {in}, null, true, create, true)[0];
                }
            }
            if (row == null && strict) throw new RuntimeError("The output of the user-provided function is independent of "
                + "input 0. This is not allowed in strict mode.");
            parts.add((row == null ? Creation.zerosLike(in) : row).reshape(-1));
        }
        long[] shape = concat(out.shape().toLongArray(), in.shape().toLongArray());
        if (rows == 0) return Creation.zeros(torchtrek.tensor.Layout.checkedShape(shape), in.dtype(), in.device());
        Tensor stacked;
        try (var mode = GradMode.guard(create)) {
            stacked = Joining.stack(parts, 0).reshape(shape);
        }
        return create ? stacked : stacked.detach();
    }

    private static void requireGrad(Tensor out) {
        if (!out.requires_grad()) throw new RuntimeError("Output 0 of the user-provided function does not require gradients. "
            + "The outputs must be computed in a differentiable manner from the input when running in strict mode.");
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The Jacobian of the gradient of a function with one output element, shaped in.shape + in.shape. */
    public static Tensor hessian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("hessian", kw, "create_graph", "vectorize");
        Tensor in = prepare(x);
        Tensor grad = null;
        try (var on = GradMode.guard(true)) {
            Tensor out = f.apply(in);
            if (out.numel() != 1) throw new RuntimeError(
                "The Tensor returned by the function given to hessian should contain a single element");
            if (out.requires_grad()) grad = Autograd.grad(new Tensor[] {out.reshape()}, new Tensor[] {in}, null, true, true, true)[0];
        }
        if (grad == null) grad = Creation.zerosLike(in);
        return jacobianOf(grad, in, p.bool("create_graph", false), false);
    }

    /** {@code (f(x), v^T J)}: the vector-Jacobian product, shaped like x. */
    public static Tuple<Tensor> vjp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("vjp", kw, "create_graph", "strict");
        boolean create = p.bool("create_graph", false), strict = p.bool("strict", false);
        Tensor in = prepare(x);
        Tensor out = run(f, in);
        if (strict) requireGrad(out);
        if (v == null && out.numel() != 1) throw new RuntimeError("The vector v can only be None if the user-provided function "
            + "returns a single Tensor with a single element.");
        Tensor vec = v == null ? Creation.onesLike(out) : validated(v, out);
        Tensor g = null;
        if (out.requires_grad()) {
            try (var on = GradMode.guard(true)) {
                g = Autograd.grad(new Tensor[] {out}, new Tensor[] {in}, new Tensor[] {vec}, create, create, true)[0];
            }
        }
        if (g == null && strict) throw new RuntimeError("The output of the user-provided function is independent of input 0. "
            + "This is not allowed in strict mode.");
        if (g == null) g = Creation.zerosLike(in);
        return Tuple.of(create ? out : out.detach(), create ? g : g.detach());
    }

    /** {@code (f(x), J v)}: the Jacobian-vector product, shaped like f(x). */
    public static Tuple<Tensor> jvp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("jvp", kw, "create_graph");
        boolean create = p.bool("create_graph", false);
        Tensor in = prepare(x);
        Tensor out = run(f, in);
        if (v == null && in.numel() != 1) throw new RuntimeError("The vector v can only be None if the input to the "
            + "user-provided function is a single Tensor with a single element.");
        Tensor vec = v == null ? Creation.onesLike(in) : validated(v, in);
        Tensor j = jacobianOf(out, in, create, false);
        Tensor jv;
        try (var mode = GradMode.guard(create)) {
            jv = j.reshape(out.numel(), in.numel()).mv(vec.reshape(-1).to(j.dtype())).reshape(out.shape().toLongArray());
        }
        return Tuple.of(create ? out : out.detach(), jv);
    }

    /** PyTorch's {@code _validate_v}: v must have the shape of what it multiplies. */
    private static Tensor validated(Tensor v, Tensor like) {
        if (!v.shape().equals(like.shape())) throw new RuntimeError("v has invalid size: should be " + like.shape()
            + " but got " + v.shape() + ".");
        return v;
    }
}
