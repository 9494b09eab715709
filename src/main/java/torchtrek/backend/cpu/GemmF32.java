package torchtrek.backend.cpu;

/**
 * float32 GEMM on dense row-major arrays: {@code C += A @ B} per batch. B is packed in
 * KC x NC panels that stay in cache; each task owns a band of C rows, and the inner loop runs
 * four rows of C against one row of the panel with {@code Math.fma}, which the JIT vectorises.
 */
final class GemmF32 {
    private GemmF32() {}

    private static final int KC = 256;
    private static final int NC = 512;
    private static final int MR = 4;

    static void multiply(float[] a, float[] b, float[] c, int batch, int m, int k, int n) {
        int rowsTotal = batch * m;
        int bands = (rowsTotal + MR - 1) / MR;
        Parallel.forRange(bands, MR * k * n, (s, e) -> {
            float[] panel = new float[KC * NC];
            for (int bi = 0; bi < batch; bi++) {
                int rowStart = Math.max(s * MR, bi * m), rowEnd = Math.min(e * MR, (bi + 1) * m);
                rowEnd = Math.min(rowEnd, rowsTotal);
                if (rowStart >= rowEnd) continue;
                int aBase = bi * m * k, bBase = bi * k * n, cBase = bi * m * n;
                for (int jc = 0; jc < n; jc += NC) {
                    int nc = Math.min(NC, n - jc);
                    for (int pc = 0; pc < k; pc += KC) {
                        int kc = Math.min(KC, k - pc);
                        for (int p = 0; p < kc; p++)
                            System.arraycopy(b, bBase + (pc + p) * n + jc, panel, p * nc, nc);
                        int r = rowStart - bi * m;
                        int rEnd = rowEnd - bi * m;
                        for (; r + MR <= rEnd; r += MR)
                            kernel4(a, aBase + r * k + pc, k, panel, kc, nc, c, cBase + r * n + jc, n);
                        for (; r < rEnd; r++)
                            kernel1(a, aBase + r * k + pc, panel, kc, nc, c, cBase + r * n + jc);
                    }
                }
            }
        });
    }

    private static void kernel4(float[] a, int ao, int lda, float[] panel, int kc, int nc, float[] c, int co, int ldc) {
        int c0 = co, c1 = co + ldc, c2 = co + 2 * ldc, c3 = co + 3 * ldc;
        for (int p = 0; p < kc; p++) {
            float a0 = a[ao + p], a1 = a[ao + lda + p], a2 = a[ao + 2 * lda + p], a3 = a[ao + 3 * lda + p];
            int po = p * nc;
            for (int j = 0; j < nc; j++) {
                float bv = panel[po + j];
                c[c0 + j] = Math.fma(a0, bv, c[c0 + j]);
                c[c1 + j] = Math.fma(a1, bv, c[c1 + j]);
                c[c2 + j] = Math.fma(a2, bv, c[c2 + j]);
                c[c3 + j] = Math.fma(a3, bv, c[c3 + j]);
            }
        }
    }

    private static void kernel1(float[] a, int ao, float[] panel, int kc, int nc, float[] c, int co) {
        for (int p = 0; p < kc; p++) {
            float av = a[ao + p];
            int po = p * nc;
            for (int j = 0; j < nc; j++) c[co + j] = Math.fma(av, panel[po + j], c[co + j]);
        }
    }
}
