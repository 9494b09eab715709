package torchtrek.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.errors.AxisError;
import torchtrek.errors.ValueError;
import torchtrek.ops.Elementwise;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * NumPy's reductions ({@code sum}, {@code mean}, {@code prod}, {@code max}, {@code min},
 * {@code argmax}, {@code argmin}) with NumPy's result dtypes and NumPy's order of additions,
 * so float results agree to the last bit: a reduction along the memory-innermost axis uses
 * NumPy's pairwise summation (8 accumulators, blocks of 128), along other axes values are
 * added one after another, and inner loops run in NumPy's 8192-element buffer chunks.
 */
public final class Reductions {
    private static final int PAIRWISE_BLOCK = 128;
    private static final int BUFFER = 8192;

    private Reductions() {}

    /** NumPy's reduction ops. */
    public enum Op { SUM, PROD, MAX, MIN }

    /** Normalised, sorted, distinct axes; null means all. NumPy's AxisError for out-of-range ones. */
    public static int[] axes(long[] axis, int ndim) {
        if (axis == null) return null;
        boolean[] seen = new boolean[Math.max(ndim, 1)];
        List<Integer> out = new ArrayList<>();
        for (long a : axis) {
            if (a < -ndim || a >= ndim) throw new AxisError(a, ndim);
            int d = (int) (a < 0 ? a + ndim : a);
            if (seen[d]) throw new ValueError("duplicate value in 'axis'");
            seen[d] = true;
            out.add(d);
        }
        return out.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** {@code a.sum(axis)}, {@code a.prod(axis)}, {@code a.max(axis)}, {@code a.min(axis)}. */
    public static Tensor reduce(Op op, Tensor a, int[] axes, boolean keepdims) {
        DType in = a.dtype();
        DType out = (op == Op.SUM || op == Op.PROD) && !in.isFloatingPoint() ? DType.INT64 : in;
        if ((op == Op.MAX || op == Op.MIN) && isEmptyReduction(a, axes)) throw new ValueError(
            "zero-size array to reduction operation " + (op == Op.MAX ? "maximum" : "minimum") + " which has no identity");
        return run(op, a, axes, keepdims, out);
    }

    /** {@code a.mean(axis)}: the sum in float64 (float32 for float16), divided by the count, in NumPy's dtype. */
    public static Tensor mean(Tensor a, int[] axes, boolean keepdims) {
        DType in = a.dtype();
        DType acc = !in.isFloatingPoint() ? DType.FLOAT64 : in == DType.FLOAT16 ? DType.FLOAT32 : in;
        Tensor sum = run(Op.SUM, a, axes, keepdims, acc);
        long count = 1;
        for (int d = 0; d < a.layout().dim(); d++) if (axes == null || Arrays.binarySearch(axes, d) >= 0) count *= a.layout().size(d);
        Storage s = sum.storage();
        DType result = in == DType.FLOAT16 ? DType.FLOAT16 : acc;
        Tensor out = Elementwise.empty(sum.layout().shape(), result, sum.device());
        for (int i = 0; i < s.size(); i++) out.storage().setDouble(i, round(s.getDouble(i) / count, acc));
        return out;
    }

    /** {@code a.argmax(axis)} / {@code a.argmin(axis)}: the first index of the extreme (a NaN counts as one). */
    public static Tensor argExtreme(boolean max, Tensor a, Integer axis) {
        Tensor src = axis == null ? Elementwise.contiguous(a).view(-1) : a;
        int dim = axis == null ? 0 : axis;
        if (src.layout().size(dim) == 0) throw new ValueError("attempt to get " + (max ? "argmax" : "argmin")
            + " of an empty sequence");
        Layout l = src.layout();
        int[] outShape = removeDim(l.shape(), dim);
        Tensor out = Elementwise.empty(outShape, DType.INT64, a.device());
        int[] index = new int[outShape.length];
        Storage s = src.storage();
        boolean floats = s.holdsFloats();
        for (int o = 0; o < out.layout().numel(); o++) {
            int base = l.offset();
            for (int d = 0, k = 0; d < l.dim(); d++) if (d != dim) base += index[k++] * l.stride(d);
            int best = 0;
            for (int i = 1; i < l.size(dim); i++) {
                int p = base + i * l.stride(dim), q = base + best * l.stride(dim);
                if (floats ? better(max, s.getDouble(p), s.getDouble(q)) : (max ? s.getLong(p) > s.getLong(q) : s.getLong(p) < s.getLong(q))) best = i;
            }
            out.storage().setLong(o, best);
            for (int d = index.length - 1; d >= 0 && ++index[d] == outShape[d]; d--) index[d] = 0;
        }
        return out;
    }

    private static boolean better(boolean max, double candidate, double best) {
        if (Double.isNaN(best)) return false;
        if (Double.isNaN(candidate)) return true;
        return max ? candidate > best : candidate < best;
    }

    private static boolean isEmptyReduction(Tensor a, int[] axes) {
        for (int d = 0; d < a.layout().dim(); d++) {
            if ((axes == null || Arrays.binarySearch(axes, d) >= 0) && a.layout().size(d) == 0) return true;
        }
        return a.layout().dim() == 0 ? false : a.numel() == 0 && axes == null;
    }

    private static int[] removeDim(int[] shape, int dim) {
        int[] out = new int[shape.length - 1];
        for (int d = 0, k = 0; d < shape.length; d++) if (d != dim) out[k++] = shape[d];
        return out;
    }

    /**
     * The reduction as NumPy's iterator runs it: dims in memory order (largest stride first),
     * neighbouring dims merged where the memory allows, then either a reducing inner loop per
     * output element or an element-by-element accumulation into the output.
     */
    private static Tensor run(Op op, Tensor a, int[] axes, boolean keepdims, DType acc) {
        Layout l = a.layout();
        int n = l.dim();
        boolean[] reduced = new boolean[n];
        for (int d = 0; d < n; d++) reduced[d] = axes == null || Arrays.binarySearch(axes, d) >= 0;
        int[] keptShape = new int[n];
        for (int d = 0; d < n; d++) keptShape[d] = reduced[d] ? 1 : l.size(d);
        Tensor out = Elementwise.empty(keptShape, acc, a.device());
        Loop loop = Loop.plan(l, out.layout(), reduced);
        double[] values = new double[Math.max(out.layout().numel(), 1)];
        long[] longs = new long[values.length];
        boolean floats = acc.isFloatingPoint();
        for (int i = 0; i < values.length; i++) {
            values[i] = identity(op);
            longs[i] = op == Op.PROD ? 1 : op == Op.SUM ? 0 : op == Op.MAX ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        boolean first = op == Op.MAX || op == Op.MIN;
        boolean[] started = new boolean[values.length];
        Storage s = a.storage();
        loop.forEachRow((inPos, inStride, outPos, outStride, length, reducing) -> {
            if (!floats) {
                for (int i = 0; i < length; i++) {
                    int o = outPos + i * outStride;
                    longs[o] = combineLong(op, longs[o], s.getLong(inPos + i * inStride));
                }
            } else if (reducing) {
                // one inner loop per buffer chunk: computed in the loop's precision, stored in the output's
                for (int start = 0; start < length; start += BUFFER) {
                    int len = Math.min(BUFFER, length - start), from = inPos + start * inStride;
                    double io = values[outPos];
                    if (op == Op.SUM) {
                        io = round(io + pairwise(s, from, inStride, len, acc), acc);
                    } else {
                        for (int i = 0; i < len; i++) {
                            double v = s.getDouble(from + i * inStride);
                            io = first && !started[outPos] && i == 0 ? v : combine(op, io, v, acc);
                        }
                        started[outPos] = true;
                    }
                    values[outPos] = store(io, acc);
                }
            } else {
                for (int i = 0; i < length; i++) {
                    int o = outPos + i * outStride;
                    double v = s.getDouble(inPos + i * inStride);
                    values[o] = first && !started[o] ? v : store(combine(op, values[o], v, acc), acc);
                    started[o] = true;
                }
            }
        });
        Storage r = out.storage();
        for (int i = 0; i < out.layout().numel(); i++) {
            if (floats) r.setDouble(i, values[i]);
            else r.setLong(i, longs[i]);
        }
        if (keepdims) return out;
        List<Integer> shape = new ArrayList<>();
        for (int d = 0; d < n; d++) if (!reduced[d]) shape.add(l.size(d));
        return out.view(shape.stream().mapToLong(Integer::longValue).toArray());
    }

    private static double identity(Op op) {
        switch (op) {
            case SUM: return 0;
            case PROD: return 1;
            default: return Double.NaN;
        }
    }

    private static double combine(Op op, double acc, double v, DType dtype) {
        switch (op) {
            case SUM: return round(acc + v, dtype);
            case PROD: return round(acc * v, dtype);
            case MAX: return Double.isNaN(acc) || Double.isNaN(v) ? Double.NaN : Math.max(acc, v);
            default: return Double.isNaN(acc) || Double.isNaN(v) ? Double.NaN : Math.min(acc, v);
        }
    }

    private static long combineLong(Op op, long acc, long v) {
        switch (op) {
            case SUM: return acc + v;
            case PROD: return acc * v;
            case MAX: return Math.max(acc, v);
            default: return Math.min(acc, v);
        }
    }

    /** A value computed by NumPy's loop for {@code dtype}: float16 loops compute in float32. */
    private static double round(double v, DType dtype) {
        return dtype == DType.FLOAT64 ? v : (float) v;
    }

    /** A value as stored in an array of {@code dtype}. */
    private static double store(double v, DType dtype) {
        if (dtype == DType.FLOAT16) return Float.float16ToFloat(Float.floatToFloat16((float) v));
        return round(v, dtype);
    }

    /** NumPy's {@code pairwise_sum}: exact in its order of additions, for float64 and float32. */
    static double pairwise(Storage s, int pos, int stride, int n, DType dtype) {
        if (n < 8) {
            double res = 0;
            for (int i = 0; i < n; i++) res = round(res + s.getDouble(pos + i * stride), dtype);
            return res;
        }
        if (n <= PAIRWISE_BLOCK) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) r[j] = s.getDouble(pos + j * stride);
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) r[j] = round(r[j] + s.getDouble(pos + (i + j) * stride), dtype);
            }
            double res = round(round(round(r[0] + r[1], dtype) + round(r[2] + r[3], dtype), dtype)
                + round(round(r[4] + r[5], dtype) + round(r[6] + r[7], dtype), dtype), dtype);
            for (; i < n; i++) res = round(res + s.getDouble(pos + i * stride), dtype);
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return round(pairwise(s, pos, stride, n2, dtype) + pairwise(s, pos + n2 * stride, stride, n - n2, dtype), dtype);
    }
}
