package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.MinMax;
import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.backend.ReduceOp;
import torchtrek.errors.IndexError;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/** Reductions over dims (sum, mean, max, std...) and the softmax family, with their gradients. */
public final class Reductions {
    private Reductions() {}

    private static final String[] SUM_KWARGS = {"dim", "keepdim", "dtype", "out"};

    // ------------------------------------------------------------------ dims

    /** Normalized, checked, sorted dims; null or empty means all dims. */
    static int[] dims(long[] given, int ndim) {
        if (given == null || given.length == 0) {
            int[] all = new int[ndim];
            for (int i = 0; i < ndim; i++) all[i] = i;
            return all;
        }
        int[] out = new int[given.length];
        boolean[] seen = new boolean[Math.max(ndim, 1)];
        for (int i = 0; i < given.length; i++) {
            int d = Layout.normalizeDim(given[i], ndim);
            if (seen[d]) throw new RuntimeError("dim " + d + " appears multiple times in the list of dims");
            seen[d] = true;
            out[i] = d;
        }
        Arrays.sort(out);
        if (ndim == 0) return new int[0];
        return out;
    }

    private static int[] keptShape(int[] shape, int[] dims) {
        int[] out = shape.clone();
        for (int d : dims) out[d] = 1;
        return out;
    }

    private static int[] droppedShape(int[] shape, int[] dims) {
        int[] out = new int[shape.length - dims.length];
        int k = 0;
        outer:
        for (int i = 0; i < shape.length; i++) {
            for (int d : dims) if (d == i) continue outer;
            out[k++] = shape[i];
        }
        return out;
    }

    private static int count(int[] shape, int[] dims) {
        int n = 1;
        for (int d : dims) n *= shape[d];
        return n;
    }

    /** The reduction kernel: x (already in the accumulation dtype) reduced over dims into outDtype. */
    static Tensor kernel(ReduceOp op, Tensor x, int[] dims, boolean keepdim, DType outDtype) {
        int[] shape = x.layout().shape();
        int[] kept = keptShape(shape, dims);
        Tensor out = Elementwise.empty(kept, outDtype, x.device());
        out.backend().reduce(op, x.strided(), dims, out.strided());
        if (keepdim) return out;
        return new Tensor(out.storage(), Layout.contiguous(droppedShape(shape, dims)));
    }

    /** A full reduction to a 0-d tensor with no autograd (internal checks). */
    public static Tensor reduceRaw(ReduceOp op, Tensor x) {
        DType out = op == ReduceOp.ALL || op == ReduceOp.ANY ? DType.BOOL : x.dtype();
        return kernel(op, x, dims(null, x.layout().dim()), false, out);
    }

    /** Puts a reduced gradient back in keepdim form so it broadcasts over the input. */
    static Tensor unsqueezeDims(Tensor g, int[] dims, int ndim, boolean keepdim) {
        if (keepdim || g.layout().dim() == ndim) return g;
        Tensor r = g;
        for (int d : dims) r = r.unsqueeze(d);
        return r;
    }

    // ------------------------------------------------------------------ sum / mean / prod

    public static Tensor sum(Tensor x, long[] dimArg, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("sum", kw, SUM_KWARGS);
        long[] given = dimArg != null ? dimArg : p.longs("dim");
        int[] dims = dims(given, x.layout().dim());
        boolean keepdim = p.bool("keepdim", false);
        DType dtype = p.dtype(x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64);
        Tensor result = kernel(ReduceOp.SUM, Elementwise.cast(x, dtype), dims, keepdim, dtype);
        if (p.has("out")) return writeOut(result, p.tensor("out"), "sum", x);
        if (History.needed(x)) {
            boolean full = given == null || given.length == 0;
            History.record(new SumBackward(full ? "SumBackward0" : "SumBackward1", x.layout().shape(), dims, keepdim, 1), result, x);
        }
        return result;
    }

    private static Tensor writeOut(Tensor result, Tensor out, String name, Tensor x) {
        InPlace.checkOut(name, out, x);
        Elementwise.checkCast(result.dtype(), out.dtype());
        Elementwise.prepareOutput(out, result.layout().shape(), false);
        out.backend().copy(result.strided(), out.strided());
        InPlace.bump(out);
        return out;
    }

    public static Tensor mean(Tensor x, long[] dimArg, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("mean", kw, SUM_KWARGS);
        DType dtype = p.dtype(x.dtype());
        if (!dtype.isFloatingPoint()) throw new RuntimeError("mean(): could not infer output dtype. Input dtype must be either "
            + "a floating point or complex dtype. Got: " + dtype.scalarTypeName());
        long[] given = dimArg != null ? dimArg : p.longs("dim");
        int[] dims = dims(given, x.layout().dim());
        boolean keepdim = p.bool("keepdim", false);
        Tensor result = kernel(ReduceOp.MEAN, Elementwise.cast(x, dtype), dims, keepdim, dtype);
        if (p.has("out")) return writeOut(result, p.tensor("out"), "mean", x);
        if (History.needed(x)) {
            boolean full = given == null || given.length == 0;
            int n = count(x.layout().shape(), dims);
            History.record(new SumBackward(full ? "MeanBackward0" : "MeanBackward1", x.layout().shape(), dims, keepdim, n), result, x);
        }
        return result;
    }

    /** Sum and mean: the gradient broadcast back over the reduced dims (divided by the count for mean). */
    static final class SumBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final int[] dims;
        private final boolean keepdim;
        private final int divisor;

        SumBackward(String name, int[] inputShape, int[] dims, boolean keepdim, int divisor) {
            this.name = name;
            this.inputShape = inputShape;
            this.dims = dims;
            this.keepdim = keepdim;
            this.divisor = divisor;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor grad = unsqueezeDims(g[0], dims, inputShape.length, keepdim);
            if (divisor != 1) grad = grad.div((long) divisor);
            return new Tensor[] {grad.expand(Arrays.stream(inputShape).asLongStream().toArray())};
        }
    }

    public static Tensor sumToSize(Tensor x, int[] shape) {
        int[] have = x.layout().shape();
        if (Arrays.equals(have, shape)) return x;
        if (!torchtrek.tensor.Broadcast.canExpand(shape, have)) throw new RuntimeError(
            "size {" + Arrays.toString(shape).replaceAll("[\\[\\]]", "") + "} is not expandable to size {"
            + Arrays.toString(have).replaceAll("[\\[\\]]", "") + "}.");
        int lead = have.length - shape.length;
        long[] reduce = new long[have.length];
        int k = 0;
        for (int i = 0; i < have.length; i++) {
            if (i < lead || (shape[i - lead] == 1 && have[i] != 1)) reduce[k++] = i;
        }
        Tensor r = k == 0 ? x : x.sum(Arrays.copyOf(reduce, k), Kwargs.keepdim(true));
        return r.view(Arrays.stream(shape).asLongStream().toArray());
    }

    public static Tensor prod(Tensor x, Long dim, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("prod", kw, "keepdim", "dtype");
        int[] dims = dim == null ? dims(null, x.layout().dim()) : new int[] {Layout.normalizeDim(dim, x.layout().dim())};
        boolean keepdim = p.bool("keepdim", false);
        DType dtype = p.dtype(x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64);
        Tensor result = kernel(ReduceOp.PROD, Elementwise.cast(x, dtype), dims, keepdim, dtype);
        if (History.needed(x)) History.record(new ProdBackward(dim == null ? "ProdBackward0" : "ProdBackward1", x, result, dims, keepdim), result, x);
        return result;
    }

    /** A reduction's node that needs its input, its result and the reduced dims to spread the gradient back. */
    abstract static class WholeReductionBackward extends Node {
        private final String name;
        final SavedTensor input;
        final SavedTensor result;
        final int[] dims;
        final boolean keepdim;

        WholeReductionBackward(String name, Tensor x, Tensor result, int[] dims, boolean keepdim) {
            this.name = name;
            this.input = save(x);
            this.result = saveOutput(result);
            this.dims = dims;
            this.keepdim = keepdim;
        }

        @Override public String name() { return name; }
    }

    /** Product: each element's gradient is the product of the others (computed without dividing by zero). */
    static final class ProdBackward extends WholeReductionBackward {
        ProdBackward(String name, Tensor x, Tensor result, int[] dims, boolean keepdim) {
            super(name, x, result, dims, keepdim);
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int n = x.layout().dim();
            Tensor grad = unsqueezeDims(g[0], dims, n, keepdim);
            Tensor prod = unsqueezeDims(result.unpack(), dims, n, keepdim);
            if (reduceRaw(ReduceOp.ANY, x.eq(0L)).item() == 0) return new Tensor[] {grad.mul(prod).div(x)};
            // with zeros: product of the others, one element at a time along the reduced dims
            Tensor others = Creation.zerosLike(x);
            Tensor flatX = x.detach().contiguous();
            int[] shape = x.layout().shape();
            for (int i = 0; i < x.numel(); i++) {
                Tensor masked = flatX.clone();
                masked.reshape(-1).set(new long[] {i}, 1.0);
                Tensor p = kernel(ReduceOp.PROD, masked, dims, true, x.dtype());
                int[] idx = unravel(i, shape);
                for (int d : dims) idx[d] = 0;
                others.reshape(-1).set(new long[] {i}, p.storage().getDouble(p.layout().position(idx)));
            }
            return new Tensor[] {grad.mul(others)};
        }

        private static int[] unravel(int i, int[] shape) {
            int[] idx = new int[shape.length];
            for (int d = shape.length - 1; d >= 0; d--) {
                idx[d] = i % shape[d];
                i /= shape[d];
            }
            return idx;
        }
    }

    // ------------------------------------------------------------------ max / min

    /** {@code x.max()}: the largest element (gradient shared evenly among ties). */
    public static Tensor max(Tensor x, boolean max) {
        if (x.numel() == 0) throw new RuntimeError((max ? "max" : "min") + "(): Expected reduction dim to be specified for "
            + "input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        int[] dims = dims(null, x.layout().dim());
        Tensor result = kernel(max ? ReduceOp.MAX : ReduceOp.MIN, x, dims, false, x.dtype());
        if (History.needed(x)) History.record(new EvenlyDistributed(max ? "MaxBackward1" : "MinBackward1", x, result, dims, false), result, x);
        return result;
    }

    public static MinMax max(Tensor x, long dim, boolean max, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(max ? "max" : "min", kw, "keepdim");
        return maxAlong(x, dim, max, p.bool("keepdim", false));
    }

    public static MinMax maxMinKeywords(Tensor x, boolean max, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(max ? "max" : "min", kw, "dim", "keepdim");
        long[] dim = p.longs("dim");
        if (dim == null || dim.length != 1) throw new torchtrek.errors.TypeError((max ? "max" : "min")
            + "() with keywords needs dim=<one dim>; use x." + (max ? "max" : "min") + "() for the overall extreme");
        return maxAlong(x, dim[0], max, p.bool("keepdim", false));
    }

    private static MinMax maxAlong(Tensor x, long dim, boolean max, boolean keepdim) {
        int n = x.layout().dim();
        int d = Layout.normalizeDim(dim, n);
        if (n > 0 && x.layout().size(d) == 0) throw new IndexError((max ? "max" : "min")
            + "(): Expected reduction dim " + d + " to have non-zero size.");
        int[] kept = n == 0 ? new int[0] : keptShape(x.layout().shape(), new int[] {d});
        Tensor values = Elementwise.empty(kept, x.dtype(), x.device());
        Tensor indices = Elementwise.empty(kept, DType.INT64, x.device());
        x.backend().reduceWithIndex(max, x.strided(), n == 0 ? 0 : d, values.strided(), indices.strided());
        if (!keepdim && n > 0) {
            int[] dropped = droppedShape(x.layout().shape(), new int[] {d});
            values = new Tensor(values.storage(), Layout.contiguous(dropped));
            indices = new Tensor(indices.storage(), Layout.contiguous(dropped));
        }
        if (History.needed(x)) History.record(new IndexedBackward(max ? "MaxBackward0" : "MinBackward0", x.layout().shape(), d, keepdim, indices), values, x);
        return new MinMax(max ? "max" : "min", values, indices);
    }

    /** max/min along a dim: the gradient goes to the chosen index. */
    static final class IndexedBackward extends Node {
        private final String name;
        private final int[] inputShape;
        private final int dim;
        private final boolean keepdim;
        private final SavedTensor indices;

        IndexedBackward(String name, int[] inputShape, int dim, boolean keepdim, Tensor indices) {
            this.name = name;
            this.inputShape = inputShape;
            this.dim = dim;
            this.keepdim = keepdim;
            this.indices = save(indices);
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            int n = inputShape.length;
            if (n == 0) return new Tensor[] {g[0]};
            Tensor grad = unsqueezeDims(g[0], new int[] {dim}, n, keepdim);
            Tensor idx = unsqueezeDims(indices.unpack(), new int[] {dim}, n, keepdim);
            long[] positionShape = new long[n];
            Arrays.fill(positionShape, 1);
            positionShape[dim] = inputShape[dim];
            Tensor positions = Creation.arange(0, inputShape[dim], 1, true).view(positionShape);
            Tensor chosen = positions.eq(idx);
            return new Tensor[] {Comparison.where(chosen, grad, Creation.zeros(new int[0], grad.dtype(), grad.device()))};
        }
    }

    /** amax/amin and max()/min(): the gradient shared evenly among the positions holding the extreme. */
    static final class EvenlyDistributed extends WholeReductionBackward {
        EvenlyDistributed(String name, Tensor x, Tensor result, int[] dims, boolean keepdim) {
            super(name, x, result, dims, keepdim);
        }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int n = x.layout().dim();
            Tensor r = unsqueezeDims(result.unpack(), dims, n, keepdim);
            Tensor grad = unsqueezeDims(g[0], dims, n, keepdim);
            Tensor mask = x.eq(r).to(grad.dtype());
            long[] dl = Arrays.stream(dims).asLongStream().toArray();
            Tensor count = mask.sum(dl, Kwargs.keepdim(true));
            return new Tensor[] {grad.mul(mask).div(count)};
        }
    }

    public static Tensor amax(Tensor x, long[] dimArg, boolean max, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(max ? "amax" : "amin", kw, "dim", "keepdim");
        long[] given = dimArg != null ? dimArg : p.longs("dim");
        int[] dims = dims(given, x.layout().dim());
        boolean keepdim = p.bool("keepdim", false);
        Tensor result = kernel(max ? ReduceOp.MAX : ReduceOp.MIN, x, dims, keepdim, x.dtype());
        if (History.needed(x)) History.record(new EvenlyDistributed(max ? "AmaxBackward0" : "AminBackward0", x, result, dims, keepdim), result, x);
        return result;
    }

    public static Tensor argmax(Tensor x, Long dim, boolean max, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(max ? "argmax" : "argmin", kw, "dim", "keepdim");
        Long d = dim != null ? dim : (p.longs("dim") != null ? (Long) p.longs("dim")[0] : null);
        boolean keepdim = p.bool("keepdim", false);
        String name = max ? "argmax" : "argmin";
        if (x.dtype() == DType.BOOL) throw new RuntimeError("\"" + name + "_cpu\" not implemented for 'Bool'");
        if (d == null) {
            if (x.numel() == 0) throw new IndexError(name + "(): Expected reduction dim to be specified for input.numel() == 0.");
            Tensor flat = x.reshape(-1);
            MinMax m = maxAlong(flat.detach(), 0, max, false);
            return keepdim ? m.indices().reshape(keptShapeAll(x.layout().dim())) : m.indices();
        }
        int n = x.layout().dim();
        if (n > 0 && x.layout().size(Layout.normalizeDim(d, n)) == 0) throw new IndexError(
            name + "(): Expected reduction dim " + Layout.normalizeDim(d, n) + " to have non-zero size.");
        return maxAlong(x.detach(), d, max, keepdim).indices();
    }

    private static long[] keptShapeAll(int ndim) {
        long[] s = new long[ndim];
        Arrays.fill(s, 1);
        return s;
    }

    // ------------------------------------------------------------------ var / std / norm

    public static Tensor var(Tensor x, long[] dimArg, boolean std, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(std ? "std" : "var", kw, "dim", "unbiased", "correction", "keepdim");
        if (!x.dtype().isFloatingPoint()) throw new RuntimeError((std ? "std" : "var") + " and " + (std ? "var" : "std")
            + " only support floating point and complex dtypes");
        long[] given = dimArg != null ? dimArg : p.longs("dim");
        int[] dims = dims(given, x.layout().dim());
        boolean keepdim = p.bool("keepdim", false);
        double correction = p.has("correction") ? p.number("correction", 1) : (p.bool("unbiased", true) ? 1 : 0);
        int[] kept = keptShape(x.layout().shape(), dims);
        Tensor out = Elementwise.empty(kept, x.dtype(), x.device());
        x.backend().variance(x.strided(), dims, correction, out.strided());
        if (std) out.backend().unary(torchtrek.backend.UnaryOp.SQRT, out.strided(), out.strided());
        Tensor result = keepdim ? out : new Tensor(out.storage(), Layout.contiguous(droppedShape(x.layout().shape(), dims)));
        if (History.needed(x)) History.record(new VarBackward(std, x, result, dims, keepdim, correction), result, x);
        return result;
    }

    static final class VarBackward extends Node {
        private final boolean std;
        private final SavedTensor input;
        private final SavedTensor result;
        private final int[] dims;
        private final boolean keepdim;
        private final double correction;

        VarBackward(boolean std, Tensor x, Tensor result, int[] dims, boolean keepdim, double correction) {
            this.std = std;
            this.input = save(x);
            this.result = std ? saveOutput(result) : null;
            this.dims = dims;
            this.keepdim = keepdim;
            this.correction = correction;
        }

        @Override public String name() { return std ? "StdBackward0" : "VarBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int n = x.layout().dim();
            long[] dl = Arrays.stream(dims).asLongStream().toArray();
            Tensor grad = unsqueezeDims(g[0], dims, n, keepdim);
            if (std) grad = grad.div(unsqueezeDims(result.unpack(), dims, n, keepdim).mul(2L));
            int count = count(x.layout().shape(), dims);
            Tensor centered = x.sub(x.mean(dl, Kwargs.keepdim(true)));
            return new Tensor[] {grad.mul(centered).mul(2.0 / Math.max(0, count - correction))};
        }
    }

    // ------------------------------------------------------------------ all / any

    public static Tensor allAny(Tensor x, Long dim, boolean all, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(all ? "all" : "any", kw, "dim", "keepdim");
        int[] dims = dim == null ? dims(p.longs("dim"), x.layout().dim()) : new int[] {Layout.normalizeDim(dim, x.layout().dim())};
        Tensor result = kernel(all ? ReduceOp.ALL : ReduceOp.ANY, x, dims, p.bool("keepdim", false), DType.BOOL);
        return x.dtype() == DType.UINT8 ? result.to(DType.UINT8) : result;   // PyTorch keeps uint8 for uint8 input
    }

    // ------------------------------------------------------------------ softmax family

    public static Tensor softmax(Tensor x, long dim, boolean log) {
        int d = Layout.normalizeDim(dim, x.layout().dim());
        if (!x.dtype().isFloatingPoint()) {
            // the CPU kernel's name: the last dim has its own (also for log_softmax), other dims share softmax's
            boolean last = d == x.layout().dim() - 1 || x.layout().dim() == 0;
            String kernel = last ? (log ? "log_softmax" : "softmax") + "_lastdim_kernel_impl" : "softmax_kernel_impl";
            throw new RuntimeError("\"" + kernel + "\" not implemented for '" + x.dtype().scalarTypeName() + "'");
        }
        DType dtype = Promotion.floatingOf(x.dtype());
        Tensor result;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            Tensor fx = Elementwise.cast(x, dtype);
            Tensor shifted = fx.sub(fx.amax(d, Kwargs.keepdim(true)));
            Tensor exp = shifted.exp();
            Tensor sum = exp.sum(d, Kwargs.keepdim(true));
            result = log ? shifted.sub(sum.log()) : exp.div(sum);
        }
        if (History.needed(x)) History.record(new SoftmaxBackward(log, d, result), result, x);
        return result;
    }

    static final class SoftmaxBackward extends Node {
        private final boolean log;
        private final int dim;
        private final SavedTensor result;

        SoftmaxBackward(boolean log, int dim, Tensor result) {
            this.log = log;
            this.dim = dim;
            this.result = saveOutput(result);
        }

        @Override public String name() { return log ? "LogSoftmaxBackward0" : "SoftmaxBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor y = result.unpack();
            if (log) return new Tensor[] {g[0].sub(y.exp().mul(g[0].sum(dim, Kwargs.keepdim(true))))};
            return new Tensor[] {y.mul(g[0].sub(g[0].mul(y).sum(dim, Kwargs.keepdim(true))))};
        }
    }

    public static Tensor logsumexp(Tensor x, long dim, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("logsumexp", kw, "keepdim");
        boolean keepdim = p.bool("keepdim", false);
        int d = Layout.normalizeDim(dim, x.layout().dim());
        Tensor r;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            Tensor m = x.amax(d, Kwargs.keepdim(true));
            m = m.masked_fill(m.isinf(), 0.0);   // an all -inf (or +inf) row must not turn into nan
            r = x.sub(m).exp().sum(d, Kwargs.keepdim(true)).log().add(m);
            if (!keepdim) r = r.squeeze(d);
        }
        if (History.needed(x)) History.record(new LogsumexpBackward0(x, r, d, keepdim), r, x);
        return r;
    }

    /** d logsumexp / dx = softmax(x) = exp(x - result). */
    static final class LogsumexpBackward0 extends Node {
        private final SavedTensor input;
        private final SavedTensor result;
        private final int dim;
        private final boolean keepdim;

        LogsumexpBackward0(Tensor x, Tensor result, int dim, boolean keepdim) {
            this.input = save(x);
            this.result = saveOutput(result);
            this.dim = dim;
            this.keepdim = keepdim;
        }

        @Override public String name() { return "LogsumexpBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor x = input.unpack();
            int[] d = {dim};
            Tensor r = unsqueezeDims(result.unpack(), d, x.layout().dim(), keepdim);
            return new Tensor[] {unsqueezeDims(g[0], d, x.layout().dim(), keepdim).mul(x.sub(r).exp())};
        }
    }

    public static Tensor cumsum(Tensor x, long dim) {
        int n = x.layout().dim();
        int d = Layout.normalizeDim(dim, n);
        if (n == 0) return x.clone();
        DType dtype = x.dtype().isFloatingPoint() ? x.dtype() : DType.INT64;
        Tensor out = Elementwise.cast(x.detach(), dtype).clone();
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            for (int k = 1; k < x.layout().size(d); k++) out.select(d, k).add_(out.select(d, k - 1));
        }
        if (History.needed(x)) History.record(new CumsumBackward0(d), out, x);
        return out;
    }

    static final class CumsumBackward0 extends Node {
        private final int dim;

        CumsumBackward0(int dim) { this.dim = dim; }

        @Override public String name() { return "CumsumBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].flip(dim).cumsum(dim).flip(dim)};
        }
    }
}
