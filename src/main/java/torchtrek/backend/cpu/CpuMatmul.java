package torchtrek.backend.cpu;

import torchtrek.backend.Strided;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * Batched matrix products {@code C[b] = A[b] @ B[b]} for any strides. float32 and float64 run a
 * packed, row-blocked kernel on all threads; integer dtypes a plain triple loop.
 */
final class CpuMatmul {
    private CpuMatmul() {}

    static void matmul(Strided a, Strided b, Strided dst) {
        Layout la = a.layout(), lb = b.layout(), lc = dst.layout();
        int batch = la.size(0), m = la.size(1), k = la.size(2), n = lb.size(2);
        if (dst.numel() == 0) return;
        Storage sa = a.storage(), sb = b.storage(), sc = dst.storage();
        if (sa instanceof ArrayStorage.Floats fa && sb instanceof ArrayStorage.Floats fb && sc instanceof ArrayStorage.Floats fc) {
            float[] ap = pack(fa.data, la, batch, m, k);
            float[] bp = pack(fb.data, lb, batch, k, n);
            boolean direct = lc.isContiguous() && lc.offset() == 0;
            float[] cp = direct ? fc.data : new float[batch * m * n];
            if (direct) java.util.Arrays.fill(cp, 0, batch * m * n, 0f);
            GemmF32.multiply(ap, bp, cp, batch, m, k, n);
            if (!direct) unpack(cp, fc.data, lc, batch, m, n);
            return;
        }
        if (sa instanceof ArrayStorage.Doubles da && sb instanceof ArrayStorage.Doubles db && sc instanceof ArrayStorage.Doubles dc) {
            double[] ap = pack(da.data, la, batch, m, k);
            double[] bp = pack(db.data, lb, batch, k, n);
            double[] cp = new double[batch * m * n];
            Parallel.forRange(batch * m, k * n, (s, e) -> {
                for (int r = s; r < e; r++) {
                    int bi = r / m, i = r % m;
                    int ao = (bi * m + i) * k, bo = bi * k * n, co = r * n;
                    for (int p = 0; p < k; p++) {
                        double av = ap[ao + p];
                        int br = bo + p * n;
                        for (int j = 0; j < n; j++) cp[co + j] = Math.fma(av, bp[br + j], cp[co + j]);
                    }
                }
            });
            unpack(cp, dc.data, lc, batch, m, n);
            return;
        }
        boolean floats = sc.holdsFloats();
        for (int bi = 0; bi < batch; bi++) {
            for (int i = 0; i < m; i++) {
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

    /** Copies a [batch, rows, cols] strided matrix into a dense row-major array (no copy when already dense). */
    static float[] pack(float[] src, Layout l, int batch, int rows, int cols) {
        if (l.isContiguous() && l.offset() == 0 && src.length == batch * rows * cols) return src;
        float[] out = new float[batch * rows * cols];
        int sb = l.stride(0), sr = l.stride(1), sc = l.stride(2), off = l.offset();
        int o = 0;
        for (int b = 0; b < batch; b++)
            for (int r = 0; r < rows; r++) {
                int base = off + b * sb + r * sr;
                for (int c = 0; c < cols; c++) out[o++] = src[base + c * sc];
            }
        return out;
    }

    static double[] pack(double[] src, Layout l, int batch, int rows, int cols) {
        if (l.isContiguous() && l.offset() == 0 && src.length == batch * rows * cols) return src;
        double[] out = new double[batch * rows * cols];
        int sb = l.stride(0), sr = l.stride(1), sc = l.stride(2), off = l.offset();
        int o = 0;
        for (int b = 0; b < batch; b++)
            for (int r = 0; r < rows; r++) {
                int base = off + b * sb + r * sr;
                for (int c = 0; c < cols; c++) out[o++] = src[base + c * sc];
            }
        return out;
    }

    private static void unpack(float[] dense, float[] dst, Layout l, int batch, int rows, int cols) {
        int o = 0;
        for (int b = 0; b < batch; b++)
            for (int r = 0; r < rows; r++) {
                int base = l.offset() + b * l.stride(0) + r * l.stride(1);
                for (int c = 0; c < cols; c++) dst[base + c * l.stride(2)] = dense[o++];
            }
    }

    private static void unpack(double[] dense, double[] dst, Layout l, int batch, int rows, int cols) {
        int o = 0;
        for (int b = 0; b < batch; b++)
            for (int r = 0; r < rows; r++) {
                int base = l.offset() + b * l.stride(0) + r * l.stride(1);
                for (int c = 0; c < cols; c++) dst[base + c * l.stride(2)] = dense[o++];
            }
    }
}
