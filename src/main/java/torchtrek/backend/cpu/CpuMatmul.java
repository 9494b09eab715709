package torchtrek.backend.cpu;

import torchtrek.backend.Strided;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * Batched matrix products {@code C[b] = A[b] @ B[b]} for any strides. float32 runs the blocked
 * {@link GemmF32} kernel, split over threads when the product is large enough to pay for the
 * hand-off; float64 a row-wise fused multiply-add loop on all threads; integer dtypes a plain
 * triple loop (exact in int64).
 */
final class CpuMatmul {
    private CpuMatmul() {}

    /** Below this many flops a product stays on the calling thread (a hand-off costs tens of microseconds). */
    static final long PARALLEL_FLOPS = 1L << 21;

    static void matmul(Strided a, Strided b, Strided dst) {
        Layout la = a.layout(), lb = b.layout(), lc = dst.layout();
        if (dst.numel() == 0) return;
        Storage sa = a.storage(), sb = b.storage(), sc = dst.storage();
        if (sa instanceof ArrayStorage.Floats fa && sb instanceof ArrayStorage.Floats fb && sc instanceof ArrayStorage.Floats fc) {
            matmulF32(fa.data, la, fb.data, lb, fc.data, lc);
        } else if (sa instanceof ArrayStorage.Doubles da && sb instanceof ArrayStorage.Doubles db
                   && sc instanceof ArrayStorage.Doubles dc) {
            matmulF64(da.data, la, db.data, lb, dc.data, lc);
        } else {
            matmulExact(sa, la, sb, lb, sc, lc);
        }
    }

    private static void matmulF32(float[] a, Layout la, float[] b, Layout lb, float[] c, Layout lc) {
        int batch = la.size(0), m = la.size(1), k = la.size(2), n = lb.size(2);
        boolean direct = lc.isContiguous();
        float[] out = direct ? c : new float[batch * m * n];
        int base = direct ? lc.offset() : 0;
        int threads = 2L * batch * m * n * k < PARALLEL_FLOPS ? 1 : Math.max(1, Parallel.threads());
        Split split = Split.of(batch, m, n, threads);
        Parallel.forRange(split.parts(), Parallel.GRAIN, (s, e) -> {
            for (int part = s; part < e; part++) {
                int b0 = split.byBatch() ? part : 0, b1 = split.byBatch() ? part + 1 : batch;
                int r0 = split.rowsFrom(part), r1 = split.rowsTo(part);
                int j0 = split.colsFrom(part), j1 = split.colsTo(part);
                for (int bi = b0; bi < b1; bi++) {
                    GemmF32.Matrix ma = new GemmF32.Matrix(a, la.offset() + bi * la.stride(0), la.stride(1), la.stride(2));
                    GemmF32.Matrix mb = new GemmF32.Matrix(b, lb.offset() + bi * lb.stride(0), lb.stride(1), lb.stride(2));
                    GemmF32.block(ma, mb, out, base + bi * m * n, n, k, r0, r1, j0, j1);
                }
            }
        });
        if (!direct) unpack(out, c, lc, batch, m, n);
    }

    /**
     * How a product is shared among threads: whole matrices of a batch; else bands of columns,
     * each thread packing only its own part of B; else bands of rows when C is too narrow to cut.
     */
    record Split(int parts, boolean byBatch, int m, int n, int rowBand, int colBand) {
        static Split of(int batch, int m, int n, int threads) {
            if (threads <= 1) return new Split(1, false, m, n, m, n);
            if (batch >= threads) return new Split(batch, true, m, n, m, n);
            // the kernel's inner loop runs along a row of C: keep those rows at least 256 long
            int cols = roundUp(ceilDiv(n, threads), 16);
            if (cols < 256 && m >= threads * GemmF32.MR) {
                int rows = roundUp(ceilDiv(m, threads), GemmF32.MR);
                return new Split(ceilDiv(m, rows), false, m, n, rows, n);
            }
            return new Split(ceilDiv(n, cols), false, m, n, m, cols);
        }

        int rowsFrom(int part) { return byBatch || rowBand == m ? 0 : part * rowBand; }

        int rowsTo(int part) { return byBatch || rowBand == m ? m : Math.min(m, (part + 1) * rowBand); }

        int colsFrom(int part) { return byBatch || colBand == n ? 0 : part * colBand; }

        int colsTo(int part) { return byBatch || colBand == n ? n : Math.min(n, (part + 1) * colBand); }

        private static int ceilDiv(int x, int y) { return (x + y - 1) / y; }

        private static int roundUp(int x, int multiple) { return ceilDiv(x, multiple) * multiple; }
    }

    private static void matmulF64(double[] a, Layout la, double[] b, Layout lb, double[] c, Layout lc) {
        int batch = la.size(0), m = la.size(1), k = la.size(2), n = lb.size(2);
        double[] ap = pack(a, la, batch, m, k);
        double[] bp = pack(b, lb, batch, k, n);
        double[] cp = new double[batch * m * n];
        Parallel.forRange(batch * m, k * n, (s, e) -> {
            for (int r = s; r < e; r++) {
                Parallel.checkInterrupt();
                int bi = r / m, i = r % m;
                int ao = (bi * m + i) * k, bo = bi * k * n, co = r * n;
                for (int p = 0; p < k; p++) {
                    double av = ap[ao + p];
                    int br = bo + p * n;
                    for (int j = 0; j < n; j++) cp[co + j] = Math.fma(av, bp[br + j], cp[co + j]);
                }
            }
        });
        int o = 0;
        for (int bi = 0; bi < batch; bi++)
            for (int r = 0; r < m; r++) {
                int rowBase = lc.offset() + bi * lc.stride(0) + r * lc.stride(1);
                for (int j = 0; j < n; j++) c[rowBase + j * lc.stride(2)] = cp[o++];
            }
    }

    /** Integer and bool products, accumulated exactly (in int64). */
    private static void matmulExact(Storage sa, Layout la, Storage sb, Layout lb, Storage sc, Layout lc) {
        int batch = la.size(0), m = la.size(1), k = la.size(2), n = lb.size(2);
        boolean floats = sc.holdsFloats();
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
                Parallel.checkInterrupt();
                for (int j = 0; j < n; j++) {
                    double accD = 0;
                    long accL = 0;
                    for (int p = 0; p < k; p++) {
                        int pa = la.position(bi, i, p), pb = lb.position(bi, p, j);
                        if (floats) accD += sa.getDouble(pa) * sb.getDouble(pb);
                        else accL += sa.getLong(pa) * sb.getLong(pb);
                    }
                    int pc = lc.position(bi, i, j);
                    if (floats) sc.setDouble(pc, accD);
                    else sc.setLong(pc, accL);
                }
            }
        }
    }

    /** A [batch, rows, cols] strided matrix as a dense row-major array (itself when already dense). */
    private static double[] pack(double[] src, Layout l, int batch, int rows, int cols) {
        if (l.isContiguous() && l.offset() == 0 && src.length == batch * rows * cols) return src;
        double[] out = new double[batch * rows * cols];
        int o = 0;
        for (int bi = 0; bi < batch; bi++)
            for (int r = 0; r < rows; r++) {
                int rowBase = l.offset() + bi * l.stride(0) + r * l.stride(1);
                for (int c = 0; c < cols; c++) out[o++] = src[rowBase + c * l.stride(2)];
            }
        return out;
    }

    private static void unpack(float[] dense, float[] dst, Layout l, int batch, int rows, int cols) {
        int o = 0;
        for (int bi = 0; bi < batch; bi++)
            for (int r = 0; r < rows; r++) {
                int rowBase = l.offset() + bi * l.stride(0) + r * l.stride(1);
                for (int c = 0; c < cols; c++) dst[rowBase + c * l.stride(2)] = dense[o++];
            }
    }
}
