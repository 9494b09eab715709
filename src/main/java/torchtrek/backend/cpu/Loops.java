package torchtrek.backend.cpu;

import torchtrek.backend.StridePlan;
import torchtrek.tensor.Layout;

/**
 * Row-major iteration over up to three strided operands of one shape. Dims that are
 * contiguous for every operand are merged first, so most loops become one long row; the
 * kernel then sees rows as {@code (n, offset, stride)} per operand. Large loops are split
 * across threads by element ranges.
 */
final class Loops {
    private Loops() {}

    /** One run of {@code n} elements: operand k starts at {@code ok} and steps by {@code sk}. */
    interface Row {
        void run(int n, int o0, int s0, int o1, int s1, int o2, int s2);
    }

    /** The shared walk plan ({@link StridePlan}), under the name the CPU kernels use. */
    static final class Plan extends StridePlan {
        Plan(int[] shape, Layout[] layouts) {
            super(shape, layouts);
        }
    }

    /**
     * The stride of a one-row walk over {@code l}: 1 when contiguous, 0 when every element is
     * the same one (a broadcast scalar), -1 otherwise. Lets small ops skip building a plan.
     */
    static int flatStride(Layout l) {
        if (l.numel() <= 1) return 0;
        if (l.isContiguous()) return 1;
        for (int s : l.strides()) if (s != 0) return -1;
        return 0;
    }

    /** Whether an op over {@code numel} elements runs on the calling thread. */
    static boolean small(int numel) {
        return numel < Parallel.GRAIN;
    }

    static Plan planOf(int[] shape, torchtrek.backend.Strided... operands) {
        Layout[] layouts = new Layout[operands.length];
        for (int k = 0; k < operands.length; k++) layouts[k] = operands[k].layout();
        return new Plan(shape, layouts);
    }

    static Plan planOfLayouts(int[] shape, Layout... layouts) {
        return new Plan(shape, layouts);
    }

    static void run(int[] shape, Layout l0, Row row) {
        run(new Plan(shape, new Layout[] {l0}), row, 1);
    }

    static void run(int[] shape, Layout l0, Layout l1, Row row) {
        run(new Plan(shape, new Layout[] {l0, l1}), row, 1);
    }

    static void run(int[] shape, Layout l0, Layout l1, Layout l2, Row row) {
        run(new Plan(shape, new Layout[] {l0, l1, l2}), row, 1);
    }

    /** Runs the plan, in parallel when large; {@code cost} weighs heavy per-element work. */
    static void run(Plan plan, Row row, int cost) {
        if (plan.numel == 0) return;
        if ((long) plan.numel * cost < Parallel.GRAIN) range(plan, row, 0, plan.numel);
        else Parallel.forRange(plan.numel, cost, (start, end) -> range(plan, row, start, end));
    }

    /** Visits elements [start, end) of the row-major order. */
    static void range(Plan p, Row row, int start, int end) {
        int m = p.shape.length;
        int ops = p.offsets.length;
        int o0 = p.offsets[0], o1 = ops > 1 ? p.offsets[1] : 0, o2 = ops > 2 ? p.offsets[2] : 0;
        if (m == 0) {
            row.run(1, o0, 0, o1, 0, o2, 0);
            return;
        }
        int[] s0 = p.strides[0];
        int[] s1 = ops > 1 ? p.strides[1] : s0;
        int[] s2 = ops > 2 ? p.strides[2] : s0;
        if (m == 1) {
            row.run(end - start, o0 + start * s0[0], s0[0], o1 + start * s1[0], s1[0], o2 + start * s2[0], s2[0]);
            return;
        }
        int[] idx = new int[m];
        int rest = start;
        for (int d = m - 1; d >= 0; d--) {
            idx[d] = rest % p.shape[d];
            rest /= p.shape[d];
            o0 += idx[d] * s0[d];
            if (ops > 1) o1 += idx[d] * s1[d];
            if (ops > 2) o2 += idx[d] * s2[d];
        }
        int inner = m - 1;
        int remaining = end - start;
        while (remaining > 0) {
            int n = Math.min(p.shape[inner] - idx[inner], remaining);
            row.run(n, o0, s0[inner], o1, s1[inner], o2, s2[inner]);
            remaining -= n;
            if (remaining == 0) break;
            // back to column 0 of this row, then carry into the outer dims
            int c = idx[inner];
            o0 -= c * s0[inner];
            if (ops > 1) o1 -= c * s1[inner];
            if (ops > 2) o2 -= c * s2[inner];
            idx[inner] = 0;
            for (int d = inner - 1; d >= 0; d--) {
                idx[d]++;
                o0 += s0[d];
                if (ops > 1) o1 += s1[d];
                if (ops > 2) o2 += s2[d];
                if (idx[d] < p.shape[d]) break;
                o0 -= p.shape[d] * s0[d];
                if (ops > 1) o1 -= p.shape[d] * s1[d];
                if (ops > 2) o2 -= p.shape[d] * s2[d];
                idx[d] = 0;
            }
        }
    }
}
