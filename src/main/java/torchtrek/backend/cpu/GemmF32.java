package torchtrek.backend.cpu;

/**
 * float32 matrix product {@code C = A @ B} for one matrix of a batch, A and B at any strides, C
 * dense row-major. Blocked as GotoBLAS is: a KC x NC panel of B is packed into row arrays that
 * stay in L2, and each tile of {@link #MR} rows of C is accumulated in row arrays that stay in L1.
 *
 * <p>Why row arrays: C2 vectorises a loop only when it can prove its stores do not feed its own
 * loads at another offset. Every array in {@link #tile} is indexed by the same {@code j} from
 * 0, so there is nothing to prove, and the loop becomes 16-lane (AVX-512) or 8-lane (AVX2)
 * fused multiply-adds. Four rows times four steps of k per pass keep 16 FMAs per 4 loads of
 * B; C2 stops vectorising beyond about that many arrays in one loop (measured).
 */
final class GemmF32 {
    private GemmF32() {}

    static final int MR = 4;
    static final int KC = 256;
    static final int NC = 512;

    /** Per-thread packing space, reused across calls: a product allocates nothing. */
    private static final ThreadLocal<float[][][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][][] {
        new float[KC][NC], new float[MR][NC]});

    /** A matrix in a flat array: element (r, c) is at {@code offset + r * rowStride + c * colStride}. */
    record Matrix(float[] data, int offset, int rowStride, int colStride) {}

    /**
     * Rows [r0, r1) and columns [j0, j1) of {@code C = A @ B}, with {@code k} the inner dimension;
     * C has row stride {@code ldc} from {@code co}. Overwrites that block of C.
     */
    static void block(Matrix a, Matrix b, float[] c, int co, int ldc, int k, int r0, int r1, int j0, int j1) {
        float[][][] scratch = SCRATCH.get();
        float[][] panel = scratch[0];
        float[][] acc = scratch[1];
        for (int jc = j0; jc < j1; jc += NC) {
            int nc = Math.min(NC, j1 - jc);
            if (k == 0) {
                for (int r = r0; r < r1; r++) java.util.Arrays.fill(c, co + r * ldc + jc, co + r * ldc + jc + nc, 0f);
                continue;
            }
            for (int pc = 0; pc < k; pc += KC) {
                Parallel.checkInterrupt();
                int kc = Math.min(KC, k - pc);
                pack(b, pc, kc, jc, nc, panel);
                boolean first = pc == 0;
                int r = r0;
                for (; r + MR <= r1; r += MR) {
                    load(c, co + r * ldc + jc, ldc, MR, nc, acc, first);
                    tile(a, r, pc, kc, nc, panel, acc[0], acc[1], acc[2], acc[3]);
                    store(acc, MR, nc, c, co + r * ldc + jc, ldc);
                }
                for (; r < r1; r++) {
                    load(c, co + r * ldc + jc, ldc, 1, nc, acc, first);
                    row(a, r, pc, kc, nc, panel, acc[0]);
                    store(acc, 1, nc, c, co + r * ldc + jc, ldc);
                }
            }
        }
    }

    /** Rows [pc, pc + kc) and columns [jc, jc + nc) of B into panel rows starting at index 0. */
    private static void pack(Matrix b, int pc, int kc, int jc, int nc, float[][] panel) {
        float[] src = b.data();
        int cs = b.colStride();
        for (int p = 0; p < kc; p++) {
            int from = b.offset() + (pc + p) * b.rowStride() + jc * cs;
            float[] dst = panel[p];
            if (cs == 1) System.arraycopy(src, from, dst, 0, nc);
            else for (int j = 0; j < nc; j++) dst[j] = src[from + j * cs];
        }
    }

    private static void load(float[] c, int from, int ldc, int rows, int nc, float[][] acc, boolean zero) {
        for (int q = 0; q < rows; q++) {
            if (zero) java.util.Arrays.fill(acc[q], 0, nc, 0f);
            else System.arraycopy(c, from + q * ldc, acc[q], 0, nc);
        }
    }

    private static void store(float[][] acc, int rows, int nc, float[] c, int to, int ldc) {
        for (int q = 0; q < rows; q++) System.arraycopy(acc[q], 0, c, to + q * ldc, nc);
    }

    /** {@code c_q += A[r + q, pc:pc+kc] @ panel} for q = 0..3. */
    private static void tile(Matrix a, int r, int pc, int kc, int nc, float[][] panel,
                             float[] c0, float[] c1, float[] c2, float[] c3) {
        float[] x = a.data();
        int rs = a.rowStride(), cs = a.colStride();
        int a0 = a.offset() + r * rs + pc * cs, a1 = a0 + rs, a2 = a1 + rs, a3 = a2 + rs;
        int p = 0;
        for (; p + 4 <= kc; p += 4) {
            float[] b0 = panel[p], b1 = panel[p + 1], b2 = panel[p + 2], b3 = panel[p + 3];
            int s0 = p * cs, s1 = s0 + cs, s2 = s1 + cs, s3 = s2 + cs;
            float x00 = x[a0 + s0], x01 = x[a0 + s1], x02 = x[a0 + s2], x03 = x[a0 + s3];
            float x10 = x[a1 + s0], x11 = x[a1 + s1], x12 = x[a1 + s2], x13 = x[a1 + s3];
            float x20 = x[a2 + s0], x21 = x[a2 + s1], x22 = x[a2 + s2], x23 = x[a2 + s3];
            float x30 = x[a3 + s0], x31 = x[a3 + s1], x32 = x[a3 + s2], x33 = x[a3 + s3];
            for (int j = 0; j < nc; j++) {
                float v0 = b0[j], v1 = b1[j], v2 = b2[j], v3 = b3[j];
                c0[j] = Math.fma(x03, v3, Math.fma(x02, v2, Math.fma(x01, v1, Math.fma(x00, v0, c0[j]))));
                c1[j] = Math.fma(x13, v3, Math.fma(x12, v2, Math.fma(x11, v1, Math.fma(x10, v0, c1[j]))));
                c2[j] = Math.fma(x23, v3, Math.fma(x22, v2, Math.fma(x21, v1, Math.fma(x20, v0, c2[j]))));
                c3[j] = Math.fma(x33, v3, Math.fma(x32, v2, Math.fma(x31, v1, Math.fma(x30, v0, c3[j]))));
            }
        }
        for (; p < kc; p++) {
            float[] b0 = panel[p];
            int s = p * cs;
            float x0 = x[a0 + s], x1 = x[a1 + s], x2 = x[a2 + s], x3 = x[a3 + s];
            for (int j = 0; j < nc; j++) {
                float v = b0[j];
                c0[j] = Math.fma(x0, v, c0[j]);
                c1[j] = Math.fma(x1, v, c1[j]);
                c2[j] = Math.fma(x2, v, c2[j]);
                c3[j] = Math.fma(x3, v, c3[j]);
            }
        }
    }

    /** One row: {@code c0 += A[r, pc:pc+kc] @ panel}. */
    private static void row(Matrix a, int r, int pc, int kc, int nc, float[][] panel, float[] c0) {
        float[] x = a.data();
        int cs = a.colStride();
        int a0 = a.offset() + r * a.rowStride() + pc * cs;
        for (int p = 0; p < kc; p++) {
            float[] b0 = panel[p];
            float x0 = x[a0 + p * cs];
            for (int j = 0; j < nc; j++) c0[j] = Math.fma(x0, b0[j], c0[j]);
        }
    }
}
