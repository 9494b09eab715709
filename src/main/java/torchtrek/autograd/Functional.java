package torchtrek.autograd;

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
 * PyTorch's shapes ({@code output.shape + input.shape} for a Jacobian).
 */
public final class Functional {
    private Functional() {}

    private static Tensor prepare(Tensor x) {
        if (!x.dtype().isFloatingPoint()) throw new RuntimeError("only Tensors of floating point dtype can require gradients");
        return x.detach().requires_grad_(true);
    }

    public static Tensor jacobian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("jacobian", kw, "create_graph", "strict", "vectorize");
        boolean create = p.bool("create_graph", false);
        Tensor in = prepare(x);
        Tensor out;
        try (var on = GradMode.guard(true)) {
            out = f.apply(in);
        }
        return jacobianOf(out, in, create);
    }

    /** Rows of d out / d in, one backward pass per output element. */
    private static Tensor jacobianOf(Tensor out, Tensor in, boolean create) {
        Tensor flat = out.reshape(-1);
        int rows = (int) flat.numel();
        java.util.List<Tensor> parts = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Tensor row;
            if (!flat.requires_grad()) {
                row = Creation.zerosLike(in);
            } else {
                try (var on = GradMode.guard(true)) {
                    Tensor[] g = Autograd.grad(new Tensor[] {flat.get(i)}, new Tensor[] {in}, null, true, create, true);
                    row = g[0] == null ? Creation.zerosLike(in) : g[0];
                }
            }
            parts.add(row.reshape(-1));
        }
        long[] shape = concat(out.shape().toLongArray(), in.shape().toLongArray());
        if (rows == 0) return Creation.zeros(torchtrek.tensor.Layout.checkedShape(shape), in.dtype(), in.device());
        Tensor stacked;
        try (var mode = GradMode.guard(create)) {
            stacked = Joining.stack(parts, 0);
        }
        Tensor result = stacked.reshape(shape);
        return create ? result : result.detach();
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    public static Tensor hessian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("hessian", kw, "create_graph", "strict", "vectorize");
        Tensor in = prepare(x);
        Tensor grad;
        try (var on = GradMode.guard(true)) {
            Tensor out = f.apply(in);
            if (out.numel() != 1) throw new RuntimeError("The function given to hessian should return a single element Tensor");
            grad = Autograd.grad(new Tensor[] {out}, new Tensor[] {in}, null, true, true, true)[0];
        }
        if (grad == null) grad = Creation.zerosLike(in);
        return jacobianOf(grad, in, p.bool("create_graph", false));
    }

    public static Tuple<Tensor> vjp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("vjp", kw, "create_graph", "strict");
        Tensor in = prepare(x);
        Tensor out;
        try (var on = GradMode.guard(true)) {
            out = f.apply(in);
        }
        if (v == null && out.numel() != 1) throw new RuntimeError("The vector v can only be None if the user-provided function "
            + "returns a single Tensor with a single element.");
        Tensor vec = v == null ? Creation.onesLike(out) : v;
        Tensor g = null;
        if (out.requires_grad()) {
            try (var on = GradMode.guard(true)) {
                g = Autograd.grad(new Tensor[] {out}, new Tensor[] {in}, new Tensor[] {vec}, false, p.bool("create_graph", false), true)[0];
            }
        }
        if (g == null) g = Creation.zerosLike(in);
        return Tuple.of(out.detach(), p.bool("create_graph", false) ? g : g.detach());
    }

    public static Tuple<Tensor> jvp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("jvp", kw, "create_graph", "strict");
        Tensor in = prepare(x);
        Tensor out;
        try (var on = GradMode.guard(true)) {
            out = f.apply(in);
        }
        if (v == null && in.numel() != 1) throw new RuntimeError("The vector v can only be None if the input to the user-provided "
            + "function is a single Tensor with a single element.");
        Tensor vec = v == null ? Creation.onesLike(in) : v;
        Tensor j = jacobianOf(out, in, p.bool("create_graph", false));
        Tensor jv = j.reshape(out.numel(), in.numel()).mv(vec.reshape(-1).to(j.dtype())).reshape(out.shape().toLongArray());
        return Tuple.of(out.detach(), jv);
    }
}
