package torchtrek.backend.cpu;

import torchtrek.backend.ReduceOp;
import torchtrek.backend.ReducePlan;
import torchtrek.backend.Strided;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * Reductions. The output is walked over the kept dims; for each output element the reduced
 * dims are walked as one (merged where contiguous) sub-space. Floating sums accumulate in
 * double; a whole dense float32 sum runs in vectorisable blocks on all threads.
 */
final class CpuReduce {
    private CpuReduce() {}

    static void reduce(ReduceOp op, Strided src, int[] dims, Strided dst) {
        Layout sl = src.layout();
        ReducePlan sub = new ReducePlan(sl, dims);
        Storage s = src.storage();
        Storage d = dst.storage();
        if ((op == ReduceOp.SUM || op == ReduceOp.MEAN) && dst.numel() == 1 && s instanceof ArrayStorage.Floats f
                && sl.isContiguous() && sub.count == sl.numel()) {
            double total = denseSumF32(f.data, sl.offset(), sl.numel());
            d.setDouble(dst.layout().offset(), op == ReduceOp.MEAN ? total / sl.numel() : total);
            return;
        }
        Layout kept = sub.kept;
        boolean floating = s.holdsFloats() && op != ReduceOp.ALL && op != ReduceOp.ANY;
        int cost = Math.max(sub.count, 1);
        Loops.run(Loops.planOfLayouts(dst.shape(), kept, dst.layout()), (n, o0, s0, o1, s1, u, v) -> {
            for (int i = 0; i < n; i++) {
                int base = o0 + i * s0;
                int out = o1 + i * s1;
                if (floating) d.setDouble(out, reduceDouble(op, s, base, sub));
                else d.setLong(out, reduceLong(op, s, base, sub));
            }
        }, cost);
    }

    private static double reduceDouble(ReduceOp op, Storage s, int base, ReducePlan sub) {
        double acc;
        switch (op) {
            case SUM: case MEAN: acc = 0; break;
            case PROD: acc = 1; break;
            case MAX: acc = Double.NEGATIVE_INFINITY; break;
            default: acc = Double.POSITIVE_INFINITY; break;
        }
        if (sub.count == 0) return op == ReduceOp.MEAN ? Double.NaN : acc;
        if (sub.shape.length == 1 && s instanceof ArrayStorage.Floats f && (op == ReduceOp.SUM || op == ReduceOp.MEAN)) {
            acc = stridedSumF32(f.data, base, sub.strides[0], sub.shape[0]);
            return op == ReduceOp.MEAN ? acc / sub.count : acc;
        }
        int m = sub.shape.length;
        int[] idx = new int[m];
        int pos = base;
        for (int k = 0; k < sub.count; k++) {
            double x = s.getDouble(pos);
            switch (op) {
                case SUM: case MEAN: acc += x; break;
                case PROD: acc *= x; break;
                case MAX: if (x > acc || x != x) acc = x; break;
                default: if (x < acc || x != x) acc = x; break;
            }
            if ((op == ReduceOp.MAX || op == ReduceOp.MIN) && acc != acc) return acc;
            for (int dd = m - 1; dd >= 0; dd--) {
                pos += sub.strides[dd];
                if (++idx[dd] < sub.shape[dd]) break;
                pos -= sub.shape[dd] * sub.strides[dd];
                idx[dd] = 0;
            }
        }
        return op == ReduceOp.MEAN ? acc / sub.count : acc;
    }

    private static long reduceLong(ReduceOp op, Storage s, int base, ReducePlan sub) {
        long acc;
        switch (op) {
            case PROD: case ALL: acc = 1; break;
            case MAX: acc = Long.MIN_VALUE; break;
            case MIN: acc = Long.MAX_VALUE; break;
            default: acc = 0; break;
        }
        int m = sub.shape.length;
        int[] idx = new int[m];
        int pos = base;
        boolean floats = s.holdsFloats();
        for (int k = 0; k < sub.count; k++) {
            long x = floats ? (s.getDouble(pos) != 0 ? 1 : 0) : s.getLong(pos);
            switch (op) {
                case SUM: case MEAN: acc += x; break;
                case PROD: acc *= x; break;
                case MAX: acc = Math.max(acc, x); break;
                case MIN: acc = Math.min(acc, x); break;
                case ALL: if (x == 0) return 0; break;
                default: if (x != 0) return 1; break;
            }
            for (int dd = m - 1; dd >= 0; dd--) {
                pos += sub.strides[dd];
                if (++idx[dd] < sub.shape[dd]) break;
                pos -= sub.shape[dd] * sub.strides[dd];
                idx[dd] = 0;
            }
        }
        return acc;
    }

    private static double stridedSumF32(float[] a, int base, int stride, int n) {
        if (stride == 1) return blockSum(a, base, base + n);
        double acc = 0;
        for (int i = 0; i < n; i++) acc += a[base + i * stride];
        return acc;
    }

    /** Sum of a dense float range on all threads; blocks of float lanes, block totals in double. */
    static double denseSumF32(float[] a, int offset, int n) {
        int threads = Math.min(Parallel.threads(), Math.max(1, n / Parallel.GRAIN));
        if (threads <= 1) return blockSum(a, offset, offset + n);
        double[] partial = new double[threads];
        Parallel.forRange(threads, Parallel.GRAIN, (s, e) -> {
            for (int t = s; t < e; t++) {
                int from = offset + (int) ((long) n * t / threads);
                int to = offset + (int) ((long) n * (t + 1) / threads);
                partial[t] = blockSum(a, from, to);
            }
        });
        double total = 0;
        for (double p : partial) total += p;
        return total;
    }

    private static final int BLOCK = 4096;

    private static double blockSum(float[] a, int from, int to) {
        double total = 0;
        for (int b = from; b < to; b += BLOCK) {
            int end = Math.min(b + BLOCK, to);
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            int i = b;
            for (; i + 8 <= end; i += 8) {
                s0 += a[i]; s1 += a[i + 1]; s2 += a[i + 2]; s3 += a[i + 3];
                s4 += a[i + 4]; s5 += a[i + 5]; s6 += a[i + 6]; s7 += a[i + 7];
            }
            double block = ((double) s0 + s1) + ((double) s2 + s3) + ((double) s4 + s5) + ((double) s6 + s7);
            for (; i < end; i++) block += a[i];
            total += block;
        }
        return total;
    }

    static void reduceWithIndex(boolean max, Strided src, int dim, Strided values, Strided indices) {
        Layout sl = src.layout();
        Layout kept = new ReducePlan(sl, sl.dim() == 0 ? new int[0] : new int[] {dim}).kept;
        Storage s = src.storage();
        Storage vs = values.storage();
        Storage is = indices.storage();
        int size = sl.dim() == 0 ? 1 : sl.size(dim);
        int stride = sl.dim() == 0 ? 0 : sl.stride(dim);
        boolean floating = s.holdsFloats();
        Layout vl = values.layout();
        Layout il = indices.layout();
        Loops.run(Loops.planOfLayouts(vl.shape(), kept, vl, il), (n, o0, s0, o1, s1, o2, s2) -> {
            for (int i = 0; i < n; i++) {
                int base = o0 + i * s0;
                int best = 0;
                if (floating) {
                    double bv = s.getDouble(base);
                    for (int k = 1; k < size && bv == bv; k++) {
                        double x = s.getDouble(base + k * stride);
                        if (x != x || (max ? x > bv : x < bv)) { bv = x; best = k; }
                    }
                    vs.setDouble(o1 + i * s1, bv);
                } else {
                    long bv = s.getLong(base);
                    for (int k = 1; k < size; k++) {
                        long x = s.getLong(base + k * stride);
                        if (max ? x > bv : x < bv) { bv = x; best = k; }
                    }
                    vs.setLong(o1 + i * s1, bv);
                }
                is.setLong(o2 + i * s2, best);
            }
        }, size);
    }

    static void variance(Strided src, int[] dims, double correction, Strided dst) {
        Layout sl = src.layout();
        ReducePlan sub = new ReducePlan(sl, dims);
        Layout kept = sub.kept;
        Storage s = src.storage();
        Storage d = dst.storage();
        Loops.run(Loops.planOfLayouts(dst.shape(), kept, dst.layout()), (n, o0, s0, o1, s1, u, v) -> {
            for (int i = 0; i < n; i++) {
                int base = o0 + i * s0;
                double mean = reduceDouble(ReduceOp.MEAN, s, base, sub);
                int m = sub.shape.length;
                int[] idx = new int[m];
                int pos = base;
                double ss = 0;
                for (int k = 0; k < sub.count; k++) {
                    double dev = s.getDouble(pos) - mean;
                    ss += dev * dev;
                    for (int dd = m - 1; dd >= 0; dd--) {
                        pos += sub.strides[dd];
                        if (++idx[dd] < sub.shape[dd]) break;
                        pos -= sub.shape[dd] * sub.strides[dd];
                        idx[dd] = 0;
                    }
                }
                d.setDouble(o1 + i * s1, ss / Math.max(0, sub.count - correction));
            }
        }, Math.max(sub.count, 1) * 2);
    }
}
