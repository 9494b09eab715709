package torchtrek.autograd;

import java.util.function.Function;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.errors.GradcheckError;
import torchtrek.errors.Warnings;
import torchtrek.ops.Creation;

/**
 * {@code torch.autograd.gradcheck}: compares the Jacobian autograd computes with central finite
 * differences, input by input and output by output. Use float64 inputs: float32 differences are
 * too coarse, and PyTorch warns about them too.
 */
public final class GradCheck {
    private GradCheck() {}

    public static boolean gradcheck(Function<Tensor[], Tensor> f, Tensor[] inputs, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("gradcheck", kw, "eps", "atol", "rtol", "raise_exception");
        double eps = p.number("eps", 1e-6), atol = p.number("atol", 1e-5), rtol = p.number("rtol", 1e-3);
        boolean raise = p.bool("raise_exception", true);
        for (int i = 0; i < inputs.length; i++) {
            Tensor x = inputs[i];
            if (!x.requires_grad()) continue;
            if (x.dtype() != torchtrek.tensor.DType.FLOAT64) Warnings.warnOnce("gradcheck-double", "Input #" + i
                + " requires gradient and is not a double precision floating point or complex. This check will likely fail if "
                + "all the inputs are not of double precision floating point or complex. ");
            Tensor out;
            try (var on = GradMode.guard(true)) {
                out = f.apply(inputs);
            }
            Tensor analytical = analytical(out, x);
            Tensor numerical = numerical(f, inputs, i, out.numel(), eps);
            if (!numerical.allclose(analytical, Kwargs.rtol(rtol), Kwargs.atol(atol))) {
                if (!raise) return false;
                throw new GradcheckError("Jacobian mismatch for output 0 with respect to input " + i + ",\nnumerical:"
                    + numerical + "\nanalytical:" + analytical + "\n");
            }
        }
        return true;
    }

    /**
     * Row j of the Jacobian (laid out [input numel, output numel]):
     * (f(x + eps e_j) - f(x - eps e_j)) / 2 eps. The input's memory is perturbed directly and
     * restored exactly, so graphs recorded before stay valid.
     */
    private static Tensor numerical(Function<Tensor[], Tensor> f, Tensor[] inputs, int which, long outNumel, double eps) {
        Tensor x = inputs[which];
        int n = (int) x.numel();
        Tensor jac = Creation.zeros(new int[] {n, (int) outNumel}, x.dtype(), x.device());
        torchtrek.tensor.Storage storage = x.storage();
        torchtrek.tensor.Layout l = x.layout();
        int[] index = new int[l.dim()];
        try (var off = GradMode.guard(false)) {
            for (int j = 0; j < n; j++) {
                int pos = l.position(index);
                double orig = storage.getDouble(pos);
                storage.setDouble(pos, orig + eps);
                Tensor plus = f.apply(inputs).detach().reshape(-1).to(x.dtype()).clone();
                storage.setDouble(pos, orig - eps);
                Tensor minus = f.apply(inputs).detach().reshape(-1).to(x.dtype()).clone();
                storage.setDouble(pos, orig);
                jac.select(0, j).copy_(plus.sub(minus).div(2 * eps));
                for (int d = index.length - 1; d >= 0; d--) {
                    if (++index[d] < l.size(d)) break;
                    index[d] = 0;
                }
            }
        }
        return jac;
    }

    /** Row i of the transposed Jacobian from one backward pass per output element. */
    private static Tensor analytical(Tensor out, Tensor x) {
        int n = (int) x.numel(), m = (int) out.numel();
        Tensor jac = Creation.zeros(new int[] {n, m}, x.dtype(), x.device());
        Tensor flat = out.reshape(-1);
        for (int i = 0; i < m; i++) {
            if (!flat.requires_grad()) break;
            Tensor[] g = Autograd.grad(new Tensor[] {flat.get(i)}, new Tensor[] {x}, null, true, false, true);
            if (g[0] != null) {
                try (var off = GradMode.guard(false)) {
                    jac.select(1, i).copy_(g[0].reshape(-1));
                }
            }
        }
        return jac;
    }
}
