package torchtrek.backend;

import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Storage;

/**
 * The few primitives a device must provide; every tensor operation is built from them.
 *
 * <p>Contracts shared by all methods: layouts passed as inputs are already broadcast to the
 * output's shape (stride 0 where they repeat); unless stated otherwise inputs and output have
 * the same dtype (the caller converts first with {@link #copy}); outputs never partially overlap
 * inputs (an output may be exactly an input, for in-place ops).
 */
public interface Backend {
    Device device();

    /** New storage of {@code numel} elements, filled with zeros. */
    Storage allocate(DType dtype, int numel);

    /** Writes {@code value} (converted to dst's dtype) into every element of dst. */
    void fill(Strided dst, double value);

    /** Writes an integer value exactly (int64 values beyond 2^53 stay exact). */
    void fillLong(Strided dst, long value);

    /** Copies src into dst elementwise, converting between any two dtypes and devices' host views. */
    void copy(Strided src, Strided dst);

    void unary(UnaryOp op, Strided src, Strided dst);

    void binary(BinaryOp op, Strided a, Strided b, Strided dst);

    /** {@code dst} is bool; {@code a} and {@code b} share a dtype. */
    void compare(CompareOp op, Strided a, Strided b, Strided dst);

    /** {@code dst = cond ? a : b}; cond is bool. */
    void where(Strided cond, Strided a, Strided b, Strided dst);

    /**
     * Reduces src over {@code dims} into dst, whose layout has src's rank with size 1 at each
     * reduced dim. ALL/ANY read any dtype and write bool.
     */
    void reduce(ReduceOp op, Strided src, int[] dims, Strided dst);

    /**
     * Max or min along one dim with the index of the first extreme (NaN counts as the
     * extreme, as in PyTorch). values and indices (int64) have src's rank with size 1 at dim.
     */
    void reduceWithIndex(boolean max, Strided src, int dim, Strided values, Strided indices);

    /** Sum of squared deviations from the mean over {@code dims}, divided by {@code max(0, n - correction)}. */
    void variance(Strided src, int[] dims, double correction, Strided dst);

    /** Batched matrix product: a [B, M, K] times b [B, K, N] into dst [B, M, N]. */
    void matmul(Strided a, Strided b, Strided dst);

    /** {@code dst[i] = src.storage[offsets[i]]} for the elements of dst in row-major order. */
    void gather(Strided src, int[] offsets, Strided dst);

    /** {@code dst.storage[offsets[i]] = src[i]} (or {@code +=} when accumulating; repeated offsets add up). */
    void scatter(Strided src, int[] offsets, Strided dst, boolean accumulate);
}
