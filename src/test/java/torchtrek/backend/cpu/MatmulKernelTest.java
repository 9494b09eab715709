package torchtrek.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.dtype;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import torchtrek.Tensor;
import torchtrek.backend.Strided;
import torchtrek.errors.KeyboardInterrupt;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.torch;

/**
 * The matmul kernels against a plain float64 triple loop: shapes that cross every block edge
 * of {@link GemmF32} (rows of 4, panels of 256 x 512), each way of splitting over threads,
 * transposed, sliced and strided operands, batches with broadcasting, and every dtype.
 */
class MatmulKernelTest {
    private final int threadsBefore = torch.get_num_threads();

    @AfterEach
    void restoreThreads() {
        torch.set_num_threads(threadsBefore);
    }

    static double[] values(Tensor t) {
        return ElementwiseReference.values(t);
    }

    /** A [m, k] @ B [k, n] in float64, and a bound on float32 rounding for each element. */
    private static double[][] reference(Tensor a, Tensor b) {
        int m = a.layout().size(0), k = a.layout().size(1), n = b.layout().size(1);
        double[] x = values(a), y = values(b);
        double[] c = new double[m * n];
        double[] bound = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                double s = 0, abs = 0;
                for (int p = 0; p < k; p++) {
                    s += x[i * k + p] * y[p * n + j];
                    abs += Math.abs(x[i * k + p] * y[p * n + j]);
                }
                c[i * n + j] = s;
                bound[i * n + j] = 1e-5 * (abs + 1) * Math.sqrt(k + 1);
            }
        return new double[][] {c, bound};
    }

    private static void assertProduct(Tensor a, Tensor b) {
        Tensor c = a.matmul(b);
        assertArrayEquals(new long[] {a.layout().size(0), b.layout().size(1)}, c.shape().toLongArray());
        double[][] ref = reference(a, b);
        double[] got = values(c);
        for (int i = 0; i < got.length; i++) {
            if (Math.abs(got[i] - ref[0][i]) > ref[1][i]) {
                throw new AssertionError("element " + i + " of " + a.shape() + " @ " + b.shape() + ": " + got[i] + " vs " + ref[0][i]);
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1} @ {1}x{2} on {3} threads")
    @CsvSource({
        "1, 1, 1, 1", "3, 5, 2, 1", "4, 4, 4, 1", "5, 3, 17, 1", "7, 259, 515, 1", "9, 513, 33, 1",
        "37, 300, 530, 2", "64, 300, 100, 2", "6, 300, 1030, 2", "130, 257, 20, 2", "2, 600, 2000, 2", "5, 900, 600, 2"})
    void float32MatchesATripleLoop(int m, int k, int n, int threads) {
        torch.set_num_threads(threads);
        torch.manual_seed(m * 1000 + k + n);
        assertProduct(torch.randn(m, k), torch.randn(k, n));
    }

    @Test
    void transposedSlicedAndSteppedOperands() {
        torch.manual_seed(1);
        Tensor big = torch.randn(70, 90);
        Tensor other = torch.randn(90, 70);
        assertProduct(big.T(), other.T());                        // both column-major
        assertProduct(big.get("3:40, 5:75"), other.get("10:80, 1:50"));  // offsets, row strides wider than rows
        assertProduct(big.get("::2, 1::3"), other.get("::3, ::2"));      // column strides > 1
        assertProduct(big.get("1:9").T(), big.get("2:10"));             // A^T @ A-like, as in backward passes
    }

    @Test
    void batchesBroadcastAsInPyTorch() {
        torch.manual_seed(2);
        Tensor a = torch.randn(2, 1, 5, 7);
        Tensor b = torch.randn(3, 7, 4);
        Tensor c = a.matmul(b);
        assertArrayEquals(new long[] {2, 3, 5, 4}, c.shape().toLongArray());
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++) {
                double[][] ref = reference(a.get(i).get(0), b.get(j));
                double[] got = values(c.get(i, j));
                for (int e = 0; e < got.length; e++) assertEquals(ref[0][e], got[e], ref[1][e]);
            }
    }

    @Test
    void largeBatchesSplitOverThreads() {
        torch.set_num_threads(2);
        torch.manual_seed(3);
        Tensor a = torch.randn(5, 60, 200);
        Tensor b = torch.randn(5, 200, 100).transpose(1, 2).contiguous().transpose(1, 2);
        Tensor c = a.matmul(b);
        for (int i = 0; i < 5; i++) {
            double[][] ref = reference(a.get(i), b.get(i));
            double[] got = values(c.get(i));
            for (int e = 0; e < got.length; e++) assertEquals(ref[0][e], got[e], ref[1][e]);
        }
    }

    @ParameterizedTest
    @CsvSource({"float64", "int64", "int32", "int16", "int8", "uint8"})
    void everyDtypeMatchesATripleLoop(String name) {
        DType dt = DType.valueOf(name.toUpperCase());
        torch.manual_seed(4);
        Tensor a = torch.randint(0, 5, new long[] {6, 9}, dtype(dt));
        Tensor b = torch.randint(0, 5, new long[] {13, 9}, dtype(dt)).T();
        Tensor c = a.matmul(b);
        assertEquals(dt, c.dtype());
        double[][] ref = reference(a, b);
        assertArrayEquals(ref[0], values(c), dt.isFloatingPoint() ? 1e-9 : 0);
    }

    @Test
    void float64IsExactForSmallIntegers() {
        Tensor a = torch.arange(12).view(3, 4).to(DType.FLOAT64);
        Tensor b = torch.arange(8).view(4, 2).to(DType.FLOAT64);
        assertArrayEquals(new double[] {28, 34, 76, 98, 124, 162}, values(a.matmul(b)), 0);
    }

    @Test
    void innerDimensionZeroGivesZeros() {
        Tensor c = torch.ones(3, 0).matmul(torch.ones(0, 600));
        assertArrayEquals(new double[3 * 600], values(c), 0);
    }

    @Test
    void writesIntoAStridedDestination() {
        torch.manual_seed(5);
        Tensor a = torch.randn(5, 6), b = torch.randn(6, 7);
        Tensor dst = torch.zeros(7, 5);  // filled through its transpose: column stride 7
        Layout lc = dst.layout().transpose(0, 1).unsqueeze(0);
        CpuBackend.INSTANCE.matmul(new Strided(a.storage(), a.layout().unsqueeze(0)),
            new Strided(b.storage(), b.layout().unsqueeze(0)), new Strided(dst.storage(), lc));
        double[][] ref = reference(a, b);
        double[] got = values(dst.T());
        for (int e = 0; e < got.length; e++) assertEquals(ref[0][e], got[e], ref[1][e]);
    }

    @Test
    void anInterruptedThreadStopsWithKeyboardInterrupt() {
        Tensor a = torch.randn(300, 300);
        Thread.currentThread().interrupt();
        KeyboardInterrupt e = assertThrows(KeyboardInterrupt.class, () -> a.matmul(a));
        assertEquals("KeyboardInterrupt", e.toString());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed by the exception");
        assertTrue(a.matmul(a).layout().numel() == 90_000, "the next product runs normally");
    }

    @Test
    void splitsCoverEveryRowAndColumnOnce() {
        int[][] shapes = {{1, 64, 64}, {1, 1024, 1024}, {1, 64, 128}, {1, 784, 128}, {3, 7, 5}, {1, 6, 1030}, {1, 3, 100}};
        for (int[] s : shapes) {
            for (int threads = 1; threads <= 3; threads++) {
                CpuMatmul.Split split = CpuMatmul.Split.of(s[0], s[1], s[2], threads);
                int[][] covered = new int[s[1]][s[2]];
                int batchesSeen = 0;
                for (int part = 0; part < split.parts(); part++) {
                    if (split.byBatch()) batchesSeen++;
                    for (int r = split.rowsFrom(part); r < split.rowsTo(part); r++)
                        for (int j = split.colsFrom(part); j < split.colsTo(part); j++) covered[r][j]++;
                }
                int expected = split.byBatch() ? split.parts() : 1;
                if (split.byBatch()) assertEquals(s[0], batchesSeen);
                for (int[] rowCounts : covered) for (int count : rowCounts) assertEquals(expected, count);
            }
        }
    }
}
