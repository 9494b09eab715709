package torchtrek.backend;

import java.util.Arrays;

import torchtrek.tensor.Layout;

/**
 * How to walk several strided operands of one shape in row-major order, shared by every
 * device: dims of size 1 are dropped and dims that are contiguous for every operand are merged,
 * so most walks become one long row (dense or broadcast-scalar operands skip the merging).
 * Operand k's element number {@code i} of the walk lives at
 * {@code offsets[k] + sum(index_d(i) * strides[k][d])}.
 */
public class StridePlan {
    /** Walk sizes and per-operand strides; shared arrays, never to be modified. */
    public final int[] shape;
    public final int[][] strides;
    public final int[] offsets;
    public final int numel;

    public StridePlan(int[] shape, Layout[] layouts) {
        int ops = layouts.length;
        this.offsets = new int[ops];
        for (int k = 0; k < ops; k++) this.offsets[k] = layouts[k].offset();
        this.numel = Layout.numelOf(shape);
        int[][] flat = flatStrides(layouts, numel);
        if (flat != null) {
            // the common case, found without the merging below: every operand is one dense
            // run or one repeated element (a broadcast scalar)
            this.shape = numel == 1 ? NO_DIMS : new int[] {numel};
            this.strides = flat;
            return;
        }
        int n = shape.length;
        int[] sh = new int[n];
        int[][] st = new int[ops][n];
        int m = 0;
        for (int d = 0; d < n; d++) {
            if (shape[d] == 1) continue;
            if (m > 0 && mergeable(st, m - 1, layouts, d, shape[d])) {
                sh[m - 1] *= shape[d];
                for (int k = 0; k < ops; k++) st[k][m - 1] = layouts[k].stride(d);
                continue;
            }
            sh[m] = shape[d];
            for (int k = 0; k < ops; k++) st[k][m] = layouts[k].stride(d);
            m++;
        }
        this.shape = Arrays.copyOf(sh, m);
        this.strides = new int[ops][];
        for (int k = 0; k < ops; k++) this.strides[k] = Arrays.copyOf(st[k], m);
    }

    private static final int[] NO_DIMS = {};
    private static final int[] DENSE = {1};
    private static final int[] REPEATED = {0};

    /** Per-operand stride of a 1-D walk when each operand is contiguous or all-zero-stride; else null. */
    private static int[][] flatStrides(Layout[] layouts, int numel) {
        int[][] out = new int[layouts.length][];
        for (int k = 0; k < layouts.length; k++) {
            Layout l = layouts[k];
            if (numel == 1) out[k] = NO_DIMS;
            else if (l.isContiguous()) out[k] = DENSE;
            else if (allZero(l.strides())) out[k] = REPEATED;
            else return null;
        }
        return out;
    }

    private static boolean allZero(int[] strides) {
        for (int s : strides) if (s != 0) return false;
        return true;
    }

    public static StridePlan of(int[] shape, Strided... operands) {
        Layout[] layouts = new Layout[operands.length];
        for (int k = 0; k < operands.length; k++) layouts[k] = operands[k].layout();
        return new StridePlan(shape, layouts);
    }

    private static boolean mergeable(int[][] st, int prev, Layout[] layouts, int d, int size) {
        for (int k = 0; k < layouts.length; k++) {
            if (st[k][prev] != layouts[k].stride(d) * size) return false;
        }
        return true;
    }

    /** Number of operands. */
    public int operands() { return offsets.length; }

    /** Whether every operand is one dense row starting at its offset. */
    public boolean singleDenseRow() {
        if (shape.length > 1) return false;
        if (shape.length == 0) return true;
        for (int[] s : strides) if (s[0] != 1) return false;
        return true;
    }

    /** Storage position of operand k's element number {@code i} in the walk (the reference for kernels). */
    public int position(int k, int i) {
        int pos = offsets[k];
        int rest = i;
        for (int d = shape.length - 1; d >= 0; d--) {
            pos += (rest % shape[d]) * strides[k][d];
            rest /= shape[d];
        }
        return pos;
    }
}
