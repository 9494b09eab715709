package torchtrek.backend.cuda;

import torchtrek.tensor.Layout;

/**
 * Maps a row-major batched product {@code C[b] = A[b]·B[b]} ({@code A} [B, M, K], {@code B}
 * [B, K, N], {@code C} [B, M, N], any strides) onto one column-major cuBLAS strided-batched
 * GEMM without copying, where the strides allow it.
 *
 * <p>A row-major matrix read column-major is its transpose, so cuBLAS is asked for
 * {@code Cᵀ = Bᵀ·Aᵀ} (m = N, n = M, k = K): tensor B is cuBLAS's first operand and tensor A its
 * second. An operand whose columns are adjacent (column stride 1) is stored as its transpose
 * with leading dimension = its row stride (op N); one whose rows are adjacent (row stride 1,
 * e.g. {@code x.t()}) is stored as itself with leading dimension = its column stride (op T).
 */
final class GemmPlan {
    private GemmPlan() {}

    /** Arguments of one {@code cublas?gemmStridedBatched} call; offsets are in elements. */
    record Call(int transa, int transb, int m, int n, int k,
                long aOffset, int lda, long strideA,
                long bOffset, int ldb, long strideB,
                long cOffset, int ldc, long strideC, int batch) {}

    /** How one [batch, rows, cols] operand is stored as seen column-major: op, leading dim, batch stride. */
    record Stored(int op, int ld, long batchStride, long offset) {}

    /**
     * The operand as the transpose of itself (what cuBLAS must see for both inputs), or null
     * when its strides cannot be described by one leading dimension (it must be copied first).
     */
    static Stored transposedView(Layout l) {
        int batch = l.size(0), rows = l.size(1), cols = l.size(2);
        int sr = l.stride(1), sc = l.stride(2);
        long sb = batch == 1 ? 0 : l.stride(0);
        if ((cols == 1 || sc == 1) && (rows == 1 || sr >= Math.max(1, cols)))
            return new Stored(Cublas.OP_N, rows == 1 ? Math.max(1, cols) : sr, sb, l.offset());
        if ((rows == 1 || sr == 1) && (cols == 1 || sc >= Math.max(1, rows)))
            return new Stored(Cublas.OP_T, cols == 1 ? Math.max(1, rows) : sc, sb, l.offset());
        return null;
    }

    /** The output must be stored as its transpose with no overlap between rows or batches. */
    static Stored outputView(Layout l) {
        Stored s = transposedView(l);
        if (s == null || s.op() != Cublas.OP_N) return null;
        int batch = l.size(0), rows = l.size(1);
        if (batch > 1 && l.stride(0) < (long) rows * s.ld()) return null;
        return s;
    }

    /** The call for {@code c = a·b}, or null when some operand must first be made contiguous. */
    static Call plan(Layout a, Layout b, Layout c) {
        Stored sa = transposedView(a), sb = transposedView(b), sc = outputView(c);
        if (sa == null || sb == null || sc == null) return null;
        int batch = a.size(0), m = a.size(1), k = a.size(2), n = b.size(2);
        return new Call(sb.op(), sa.op(), n, m, k,
            sb.offset(), sb.ld(), sb.batchStride(),
            sa.offset(), sa.ld(), sa.batchStride(),
            sc.offset(), sc.ld(), sc.batchStride(), batch);
    }

    /** Whether a layout can be used as it is (else a contiguous copy is). */
    static boolean usableInput(Layout l) {
        return transposedView(l) != null;
    }
}
