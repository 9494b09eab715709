package torchtrek.backend.cuda;

import torchtrek.backend.ReducePlan;
import torchtrek.backend.StridePlan;
import torchtrek.errors.RuntimeError;

/**
 * Packs walk plans into the int arrays the kernels receive by value as the structs
 * {@code Geo} and {@code Sub} of {@link KernelSource#PRELUDE} (same field order, all ints).
 */
final class Geometry {
    static final int MAX_DIMS = 25;
    static final int MAX_OPERANDS = 4;
    /** n, ndim, size[MAX_DIMS], stride[MAX_OPERANDS][MAX_DIMS], offset[MAX_OPERANDS]. */
    static final int GEO_INTS = 2 + MAX_DIMS + MAX_OPERANDS * MAX_DIMS + MAX_OPERANDS;
    /** count, ndim, size[MAX_DIMS], stride[MAX_DIMS]. */
    static final int SUB_INTS = 2 + 2 * MAX_DIMS;

    private Geometry() {}

    static int[] geo(StridePlan plan) {
        int ndim = plan.shape.length;
        checkDims(ndim);
        int[] g = new int[GEO_INTS];
        g[0] = plan.numel;
        g[1] = ndim;
        System.arraycopy(plan.shape, 0, g, 2, ndim);
        for (int k = 0; k < plan.operands(); k++) {
            System.arraycopy(plan.strides[k], 0, g, 2 + MAX_DIMS + k * MAX_DIMS, ndim);
            g[2 + MAX_DIMS + MAX_OPERANDS * MAX_DIMS + k] = plan.offsets[k];
        }
        return g;
    }

    static int[] sub(ReducePlan plan) {
        int ndim = plan.shape.length;
        checkDims(ndim);
        int[] s = new int[SUB_INTS];
        s[0] = plan.count;
        s[1] = ndim;
        System.arraycopy(plan.shape, 0, s, 2, ndim);
        System.arraycopy(plan.strides, 0, s, 2 + MAX_DIMS, ndim);
        return s;
    }

    private static void checkDims(int ndim) {
        if (ndim > MAX_DIMS) throw new RuntimeError("CUDA kernels support tensors of at most " + MAX_DIMS
            + " dims (after merging contiguous dims), got " + ndim);
    }
}
