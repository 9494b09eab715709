package torchtrek.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.errors.GradcheckError;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.ValueError;
import torchtrek.errors.Warnings;
import torchtrek.ops.Creation;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * {@code torch.autograd.gradcheck} and {@code gradgradcheck}, following PyTorch's slow mode:
 * for every input that requires grad and every output, the Jacobian from central finite
 * differences ({@code (f(x + eps) - f(x - eps)) / 2eps}, one element at a time, laid out
 * [input numel, output numel]) must be {@code allclose} to the one autograd computes, one
 * backward pass per output element. Use float64 inputs: float32 differences are too coarse
 * (PyTorch warns about them too).
 */
public final class GradCheck {
    private GradCheck() {}

    /** The checks' tolerances and whether a failure raises or returns false. */
    private record Settings(double eps, double atol, double rtol, boolean raise) {
        static Settings parse(String function, Kwarg[] kw) {
            Kwargs.Parsed p = Kwargs.parse(function, kw, "eps", "atol", "rtol", "raise_exception");
            return new Settings(p.number("eps", 1e-6), p.number("atol", 1e-5), p.number("rtol", 1e-3),
                p.bool("raise_exception", true));
        }
    }

    public static boolean gradcheck(Function<Tensor[], Tensor> f, Tensor[] inputs, Kwarg... kw) {
        return check(xs -> new Tensor[] {f.apply(xs)}, inputs, Settings.parse("gradcheck", kw));
    }

    /**
     * {@code torch.autograd.gradgradcheck}: gradcheck of the first derivatives themselves, i.e. of
     * {@code autograd.grad(f(x), x, v, create_graph=True)} as a function of x and of a random v.
     */
    public static boolean gradgradcheck(Function<Tensor[], Tensor> f, Tensor[] inputs, Kwarg... kw) {
        Settings s = Settings.parse("gradgradcheck", kw);
        Tensor[] outs;
        try (var on = GradMode.guard(true)) {
            outs = new Tensor[] {f.apply(inputs)};
        }
        List<Tensor> vs = new ArrayList<>();
        for (Tensor o : outs) {
            if (!o.requires_grad()) continue;
            Tensor v = Creation.zerosLike(o);
            try (var off = GradMode.guard(false)) {
                v.copy_(Creation.rand(o.shape().toLongArray(), Kwargs.dtype(o.dtype())).mul(2.0).sub(1.0));
            }
            vs.add(v.requires_grad_());
        }
        int n = inputs.length;
        Tensor[] all = new Tensor[n + vs.size()];
        System.arraycopy(inputs, 0, all, 0, n);
        for (int i = 0; i < vs.size(); i++) all[n + i] = vs.get(i);
        Function<Tensor[], Tensor[]> firstDerivatives = xs -> {
            Tensor[] in = java.util.Arrays.copyOf(xs, n);
            Tensor[] gradOutputs = java.util.Arrays.copyOfRange(xs, n, xs.length);
            Tensor[] diffIn = differentiable(in);
            Tensor[] out = differentiableOutputs(new Tensor[] {f.apply(in)});
            Tensor[] g = Autograd.grad(out, diffIn, gradOutputs, true, true, true);
            List<Tensor> present = new ArrayList<>();
            for (Tensor t : g) if (t != null) present.add(t);
            return present.toArray(new Tensor[0]);
        };
        return check(firstDerivatives, all, s);
    }

    private static boolean check(Function<Tensor[], Tensor[]> f, Tensor[] inputs, Settings s) {
        checkInputs(inputs);
        Tensor[] outputs;
        try (var on = GradMode.guard(true)) {
            outputs = f.apply(inputs);
        }
        Tensor[] diffOutputs = differentiableOutputs(outputs);
        Tensor[] diffInputs = differentiable(inputs);
        List<Tensor[]> numerical = new ArrayList<>();    // per differentiable input: one Jacobian per output
        for (Tensor x : diffInputs) numerical.add(numerical(f, inputs, x, outputs, s.eps()));
        if (diffOutputs.length == 0) {
            for (Tensor[] perOutput : numerical) {
                for (Tensor j : perOutput) {
                    if (j.ne(0L).any().item() != 0) return fail(s, "Numerical gradient for function expected to be zero");
                }
            }
            return true;
        }
        int k = 0;
        for (int o = 0; o < outputs.length; o++) {
            if (!outputs[o].requires_grad()) continue;
            Tensor[] analytical = analytical(outputs[o], diffInputs, s);
            if (analytical == null) return false;
            for (int j = 0; j < diffInputs.length; j++) {
                Tensor a = analytical[j], num = numerical.get(j)[o];
                DType common = a.dtype().isFloatingPoint() && num.dtype() == DType.FLOAT64 ? DType.FLOAT64 : a.dtype();
                if (!a.to(common).allclose(num.to(common), Kwargs.rtol(s.rtol()), Kwargs.atol(s.atol()))) {
                    return fail(s, "Jacobian mismatch for output " + k + " with respect to input " + j + ",\nnumerical:"
                        + num + "\nanalytical:" + a + "\n");
                }
            }
            k++;
        }
        return backwardScalesWithGradOutput(diffOutputs, diffInputs, s);
    }

    private static boolean fail(Settings s, String message) {
        if (s.raise()) throw new GradcheckError(message);
        return false;
    }

    private static void checkInputs(Tensor[] inputs) {
        boolean any = false;
        for (int i = 0; i < inputs.length; i++) {
            Tensor x = inputs[i];
            if (x == null || !x.requires_grad()) continue;
            if (x.dtype() != DType.FLOAT64) Warnings.warnOnce("gradcheck-double-" + i, "Input #" + i + " requires gradient "
                + "and is not a double precision floating point or complex. This check will likely fail if all the inputs "
                + "are not of double precision floating point or complex. ");
            Layout l = x.layout();
            for (int d = 0; d < l.dim(); d++) {
                if (l.stride(d) <= 0 && l.size(d) > 1) throw new RuntimeError("The " + i + "th input has a dimension with "
                    + "stride 0. gradcheck only supports inputs that are non-overlapping to be able to compute the numerical "
                    + "gradients correctly. You should call .contiguous on the input before passing it to gradcheck.");
            }
            any = true;
        }
        if (!any) throw new ValueError("gradcheck expects at least one input tensor to require gradient, but none of the "
            + "them have requires_grad=True.");
    }

    private static Tensor[] differentiable(Tensor[] inputs) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : inputs) if (t != null && t.requires_grad()) out.add(t);
        return out.toArray(new Tensor[0]);
    }

    private static Tensor[] differentiableOutputs(Tensor[] outputs) {
        List<Tensor> out = new ArrayList<>();
        for (Tensor t : outputs) if (t.requires_grad()) out.add(t);
        return out.toArray(new Tensor[0]);
    }

    /**
     * d outputs / d x by central differences, one Jacobian per output laid out [x numel, output
     * numel] in the output's dtype. x's memory is perturbed in place as PyTorch does (in x's own
     * arithmetic, so float32 steps round as there) and restored exactly; its version is not
     * bumped, so graphs recorded before stay usable.
     */
    private static Tensor[] numerical(Function<Tensor[], Tensor[]> f, Tensor[] inputs, Tensor x, Tensor[] outputs, double eps) {
        int n = (int) x.numel();
        Tensor[] jac = new Tensor[outputs.length];
        for (int o = 0; o < outputs.length; o++) {
            jac[o] = Creation.zeros(new int[] {n, (int) outputs[o].numel()}, outputs[o].dtype(), outputs[o].device());
        }
        Storage storage = x.storage();
        Layout l = x.layout();
        int[] index = new int[l.dim()];
        for (int j = 0; j < n; j++) {
            // f runs with grad mode as the caller has it: gradgradcheck's f differentiates inside
            int pos = l.position(index);
            double orig = storage.getDouble(pos);
            storage.setDouble(pos, step(orig, -eps, x.dtype()));
            Tensor[] minus = snapshot(f.apply(inputs));
            storage.setDouble(pos, step(orig, eps, x.dtype()));
            Tensor[] plus = snapshot(f.apply(inputs));
            storage.setDouble(pos, orig);
            try (var off = GradMode.guard(false)) {
                for (int o = 0; o < outputs.length; o++) {
                    if (!plus[o].dtype().isFloatingPoint()) continue;
                    jac[o].select(0, j).copy_(plus[o].sub(minus[o]).div(2 * eps).reshape(-1));
                }
            }
            for (int d = index.length - 1; d >= 0; d--) {
                if (++index[d] < l.size(d)) break;
                index[d] = 0;
            }
        }
        return jac;
    }

    /** {@code value + delta} computed in the input's dtype, as {@code entry.copy_(orig + v)} does. */
    private static double step(double value, double delta, DType dtype) {
        return dtype == DType.FLOAT32 ? (double) ((float) value + (float) delta) : value + delta;
    }

    private static Tensor[] snapshot(Tensor[] outs) {
        Tensor[] copy = new Tensor[outs.length];
        try (var off = GradMode.guard(false)) {
            for (int i = 0; i < outs.length; i++) copy[i] = outs[i].detach().clone();
        }
        return copy;
    }

    /**
     * d output / d each input, one backward pass per output element with a one-hot gradient,
     * laid out [input numel, output numel] in the input's dtype. Done twice: PyTorch also
     * requires backward to give the same values every time.
     */
    private static Tensor[] analytical(Tensor output, Tensor[] inputs, Settings s) {
        Tensor[] first = vjpRows(output, inputs);
        Tensor[] second = vjpRows(output, inputs);
        for (int i = 0; i < first.length; i++) {
            if (!first[i].equal(second[i])) {
                fail(s, "Backward is not reentrant, i.e., running backward with same input and grad_output multiple times "
                    + "gives different values, although analytical gradient matches numerical gradient.The tolerance for "
                    + "nondeterminism was 0.0.");
                return null;
            }
        }
        return first;
    }

    private static Tensor[] vjpRows(Tensor output, Tensor[] inputs) {
        int m = (int) output.numel();
        Tensor[] jac = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            jac[i] = Creation.zeros(new int[] {(int) inputs[i].numel(), m}, inputs[i].dtype(), inputs[i].device());
        }
        for (int k = 0; k < m; k++) {
            Tensor oneHot = Creation.zerosLike(output);
            oneHot.reshape(-1).set(new long[] {k}, 1.0);
            Tensor[] g = Autograd.grad(new Tensor[] {output}, inputs, new Tensor[] {oneHot}, true, false, true);
            try (var off = GradMode.guard(false)) {
                for (int i = 0; i < inputs.length; i++) {
                    if (g[i] != null) jac[i].select(1, k).copy_(g[i].reshape(-1));
                }
            }
        }
        return jac;
    }

    /** PyTorch's check that backward multiplies by the incoming gradient: zero in, zero out. */
    private static boolean backwardScalesWithGradOutput(Tensor[] outputs, Tensor[] inputs, Settings s) {
        Tensor[] zeros = new Tensor[outputs.length];
        for (int i = 0; i < outputs.length; i++) zeros[i] = Creation.zerosLike(outputs[i]);
        Tensor[] g = Autograd.grad(outputs, inputs, zeros, true, false, true);
        for (int i = 0; i < g.length; i++) {
            if (g[i] == null) continue;
            if (g[i].ne(0L).any().item() != 0) return fail(s, "backward not multiplied by grad_output");
            if (g[i].dtype() != inputs[i].dtype() || !g[i].device().equals(inputs[i].device()))
                return fail(s, "grad is incorrect type");
            if (!g[i].shape().equals(inputs[i].shape())) return fail(s, "grad is incorrect size");
        }
        return true;
    }
}
