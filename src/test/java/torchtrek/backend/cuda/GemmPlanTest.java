package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import org.junit.jupiter.api.Test;

import torchtrek.tensor.Layout;

/**
 * The row-major to column-major mapping for cuBLAS, checked by running the planned call through
 * a reference column-major GEMM with cuBLAS's exact argument semantics and comparing with the
 * product computed straight from the tensors' layouts.
 */
class GemmPlanTest {
    private final Random random = new Random(7);

    /** cuBLAS's gemmStridedBatched semantics on flat arrays: C = op(A)·op(B), column-major, alpha 1, beta 0. */
    private static void referenceGemm(GemmPlan.Call c, double[] a, double[] b, double[] out) {
        for (int p = 0; p < c.batch(); p++) {
            for (int i = 0; i < c.m(); i++) {
                for (int j = 0; j < c.n(); j++) {
                    double sum = 0;
                    for (int l = 0; l < c.k(); l++) {
                        long ai = c.aOffset() + p * c.strideA() + (c.transa() == Cublas.OP_N ? i + (long) l * c.lda() : l + (long) i * c.lda());
                        long bi = c.bOffset() + p * c.strideB() + (c.transb() == Cublas.OP_N ? l + (long) j * c.ldb() : j + (long) l * c.ldb());
                        sum += a[(int) ai] * b[(int) bi];
                    }
                    out[(int) (c.cOffset() + p * c.strideC() + i + (long) j * c.ldc())] = sum;
                }
            }
        }
    }

    private double[] randomStorage(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = random.nextInt(9) - 4;
        return d;
    }

    private static int extent(Layout l) {
        int max = l.offset();
        for (int d = 0; d < l.dim(); d++) max += (l.size(d) - 1) * l.stride(d);
        return max + 1;
    }

    /** Plans a·b for these layouts, runs it through the reference GEMM, and compares with the direct product. */
    private void check(Layout la, Layout lb, Layout lc) {
        double[] a = randomStorage(extent(la)), b = randomStorage(extent(lb));
        double[] c = new double[extent(lc)];
        GemmPlan.Call call = GemmPlan.plan(la, lb, lc);
        assertNotNull(call, "plannable: " + la + " " + lb + " " + lc);
        // tensor b is cuBLAS's first operand, tensor a its second
        referenceGemm(call, b, a, c);
        int batch = la.size(0), m = la.size(1), k = la.size(2), n = lb.size(2);
        double[] expected = new double[batch * m * n], actual = new double[batch * m * n];
        for (int p = 0; p < batch; p++)
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < k; l++) s += a[la.position(p, i, l)] * b[lb.position(p, l, j)];
                    expected[(p * m + i) * n + j] = s;
                    actual[(p * m + i) * n + j] = c[lc.position(p, i, j)];
                }
        assertArrayEquals(expected, actual, 0, "a " + describe(la) + " b " + describe(lb) + " c " + describe(lc));
    }

    private static String describe(Layout l) {
        return java.util.Arrays.toString(l.shape()) + java.util.Arrays.toString(l.strides()) + "+" + l.offset();
    }

    private static Layout rowMajor(int batch, int rows, int cols, int offset) {
        return new Layout(new int[] {batch, rows, cols}, new int[] {rows * cols, cols, 1}, offset);
    }

    /** The transpose of a dense [batch, cols, rows] matrix, as x.transpose(-1, -2) gives. */
    private static Layout transposed(int batch, int rows, int cols, int offset) {
        return new Layout(new int[] {batch, rows, cols}, new int[] {rows * cols, 1, rows}, offset);
    }

    @Test
    void denseAndTransposedOperandsInEveryCombination() {
        int[][] sizes = {{1, 3, 4, 5}, {2, 3, 4, 5}, {3, 1, 4, 5}, {2, 3, 1, 5}, {2, 3, 4, 1}, {1, 1, 1, 1}, {2, 7, 2, 3}};
        for (int[] s : sizes) {
            int batch = s[0], m = s[1], k = s[2], n = s[3];
            Layout[] as = {rowMajor(batch, m, k, 0), transposed(batch, m, k, 2)};
            Layout[] bs = {rowMajor(batch, k, n, 1), transposed(batch, k, n, 0)};
            for (Layout la : as) for (Layout lb : bs) check(la, lb, rowMajor(batch, m, n, 3));
        }
    }

    @Test
    void slicedRowsBroadcastBatchesAndPaddedOutputs() {
        // a: columns 1..4 of a [3, 6] matrix (row stride 6 > cols)
        check(new Layout(new int[] {1, 3, 4}, new int[] {18, 6, 1}, 1), rowMajor(1, 4, 2, 0), rowMajor(1, 3, 2, 0));
        // b broadcast over the batch (stride 0), as matmul of [4, 3, 2] with [2, 5] gives
        check(rowMajor(4, 3, 2, 0), new Layout(new int[] {4, 2, 5}, new int[] {0, 5, 1}, 0), rowMajor(4, 3, 5, 0));
        // output rows padded (ldc 7 > n 5) and batches further apart
        check(rowMajor(2, 3, 2, 0), rowMajor(2, 2, 5, 0), new Layout(new int[] {2, 3, 5}, new int[] {30, 7, 1}, 4));
    }

    @Test
    void layoutsCuBlasCannotDescribeAreRefused() {
        // every element of a column apart in both directions: no leading dimension fits
        assertNull(GemmPlan.transposedView(new Layout(new int[] {1, 3, 4}, new int[] {0, 8, 2}, 0)));
        // rows broadcast (stride 0) with more than one column
        assertNull(GemmPlan.transposedView(new Layout(new int[] {1, 3, 4}, new int[] {0, 0, 1}, 0)));
        // a transposed output cannot be written as cuBLAS's column-major result
        assertNull(GemmPlan.outputView(transposed(1, 3, 4, 0)));
        // batches that overlap in the output
        assertNull(GemmPlan.outputView(new Layout(new int[] {2, 3, 4}, new int[] {4, 4, 1}, 0)));
    }
}
