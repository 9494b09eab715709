package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.errors.RuntimeError;

/** Vector norms ({@code x.norm(p, dim, keepdim)}) and their gradient. */
public final class Norms {
    private Norms() {}

    /** {@code x.norm(p, dim, keepdim)}, which PyTorch 2.x computes (and records) as {@code linalg.vector_norm}. */
    public static Tensor norm(Tensor x, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("norm", kw, "p", "dim", "keepdim", "dtype");
        // 2.x's norm is linalg.vector_norm, which refuses integer input
        if (!x.dtype().isFloatingPoint() && !p.has("dtype")) throw new RuntimeError(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. Got " + x.dtype().scalarTypeName());
        double order = p.number("p", 2);
        int[] dims = Reductions.dims(p.longs("dim"), x.layout().dim());
        boolean keepdim = p.bool("keepdim", false);
        long[] dl = Arrays.stream(dims).asLongStream().toArray();
        Kwarg keep = Kwargs.keepdim(keepdim);
        Tensor r;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            Tensor abs = x.abs();
            if (order == Double.POSITIVE_INFINITY) r = Reductions.amax(abs, dl, true, keep);
            else if (order == Double.NEGATIVE_INFINITY) r = Reductions.amax(abs, dl, false, keep);
            else if (order == 0) r = abs.ne(0L).to(x.dtype()).sum(dl, keep);
            else if (order == 1) r = abs.sum(dl, keep);
            else if (order == 2) r = abs.mul(abs).sum(dl, keep).sqrt();
            else r = abs.pow(order).sum(dl, keep).pow(1 / order);
        }
        if (History.needed(x)) History.record(new NormBackward(x, r, order, dims, keepdim), r, x);
        return r;
    }

    /** PyTorch's norm_backward: x |x|^(p-2) / norm^(p-1) (zero where the norm is), sign(x) for p=1, ties shared for inf. */
    static final class NormBackward extends Node {
        private final SavedTensor input;
        private final SavedTensor result;
        private final double order;
        private final int[] dims;
        private final boolean keepdim;

        NormBackward(Tensor x, Tensor result, double order, int[] dims, boolean keepdim) {
            this.input = save(x);
            this.result = saveOutput(result);
            this.order = order;
            this.dims = dims;
            this.keepdim = keepdim;
        }

        @Override public String name() { return "LinalgVectorNormBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int n = x.layout().dim();
            Tensor grad = Reductions.unsqueezeDims(g[0], dims, n, keepdim);
            Tensor norm = Reductions.unsqueezeDims(result.unpack(), dims, n, keepdim);
            if (order == 0) return new Tensor[] {Creation.zerosLike(x)};
            if (order == 1) return new Tensor[] {x.sign().mul(grad)};
            if (Double.isInfinite(order)) {
                Tensor hits = x.abs().eq(norm).to(x.dtype());
                long[] dl = Arrays.stream(dims).asLongStream().toArray();
                return new Tensor[] {x.sign().mul(hits).div(hits.sum(dl, Kwargs.keepdim(true))).mul(grad)};
            }
            Tensor scaled = order == 2 ? x.div(norm) : x.mul(x.abs().pow(order - 2)).div(norm.pow(order - 1));
            return new Tensor[] {scaled.masked_fill(norm.eq(0L), 0.0).mul(grad)};
        }
    }
}
