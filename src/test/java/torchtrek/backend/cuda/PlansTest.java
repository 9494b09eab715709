package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import torchtrek.backend.ReducePlan;
import torchtrek.backend.StridePlan;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Layout;

/**
 * The walk plans the CPU and CUDA backends share, and their packing into the kernels' structs:
 * every element number maps to the storage position the layout gives, the same way the
 * generated {@code tt_pos}/{@code tt_subpos} compute it.
 */
class PlansTest {
    /** A random strided view: a permutation, a slice with steps and an offset over a dense base. */
    private static Layout view(int seed, int ndim) {
        java.util.Random r = new java.util.Random(seed);
        int[] shape = new int[ndim];
        for (int d = 0; d < ndim; d++) shape[d] = 1 + r.nextInt(4);
        int[] steps = new int[ndim];
        int[] baseShape = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            steps[d] = 1 + r.nextInt(2);
            baseShape[d] = shape[d] * steps[d] + r.nextInt(2);
        }
        int[] baseStrides = Layout.contiguousStrides(baseShape);
        int[] strides = new int[ndim];
        for (int d = 0; d < ndim; d++) strides[d] = baseStrides[d] * steps[d];
        Layout l = new Layout(shape, strides, r.nextInt(3));
        long[] perm = new long[ndim];
        java.util.List<Long> order = new java.util.ArrayList<>();
        for (int d = 0; d < ndim; d++) order.add((long) d);
        java.util.Collections.shuffle(order, r);
        for (int d = 0; d < ndim; d++) perm[d] = order.get(d);
        return ndim == 0 ? l : l.permute(perm);
    }

    /** Java's reading of the kernels' tt_pos over a packed Geo, index for index. */
    private static int packedPosition(int[] geo, int k, int i) {
        int ndim = geo[1];
        int strideBase = 2 + Geometry.MAX_DIMS + k * Geometry.MAX_DIMS;
        int pos = geo[2 + Geometry.MAX_DIMS + Geometry.MAX_OPERANDS * Geometry.MAX_DIMS + k];
        int rest = i;
        for (int d = ndim - 1; d >= 0; d--) {
            pos += (rest % geo[2 + d]) * geo[strideBase + d];
            rest /= geo[2 + d];
        }
        return pos;
    }

    private static int[] rowMajorIndex(int[] shape, int i) {
        int[] idx = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            idx[d] = i % shape[d];
            i /= shape[d];
        }
        return idx;
    }

    @Property(tries = 200)
    void planPositionsMatchTheLayouts(@ForAll int seed, @ForAll @IntRange(min = 0, max = 5) int ndim) {
        Layout a = view(seed, ndim);
        Layout b = Layout.contiguous(a.shape()).withOffset(5);
        Layout broadcast = new Layout(a.shape(), new int[ndim], 2);
        StridePlan plan = new StridePlan(a.shape(), new Layout[] {a, b, broadcast});
        int[] geo = Geometry.geo(plan);
        assertEquals(a.numel(), geo[0]);
        assertTrue(plan.shape.length <= Math.max(ndim, 1));
        for (int i = 0; i < a.numel(); i++) {
            int[] idx = rowMajorIndex(a.shape(), i);
            assertEquals(a.position(idx), plan.position(0, i));
            assertEquals(b.position(idx), plan.position(1, i));
            assertEquals(2, plan.position(2, i));
            for (int k = 0; k < 3; k++) assertEquals(plan.position(k, i), packedPosition(geo, k, i));
        }
    }

    @Test
    void contiguousOperandsMergeIntoOneDenseRow() {
        StridePlan plan = new StridePlan(new int[] {2, 3, 4}, new Layout[] {Layout.contiguous(2, 3, 4), Layout.contiguous(2, 3, 4).withOffset(7)});
        assertArrayEquals(new int[] {24}, plan.shape);
        assertTrue(plan.singleDenseRow());
        assertArrayEquals(new int[] {0, 7}, plan.offsets);
    }

    @Property(tries = 200)
    void reducePlansVisitEveryReducedElementOnce(@ForAll int seed, @ForAll @IntRange(min = 1, max = 4) int ndim,
                                                 @ForAll @IntRange(min = 1, max = 15) int mask) {
        Layout src = view(seed, ndim);
        java.util.List<Integer> dims = new java.util.ArrayList<>();
        for (int d = 0; d < ndim; d++) if ((mask >> d & 1) != 0) dims.add(d);
        int[] reduced = dims.stream().mapToInt(Integer::intValue).toArray();
        ReducePlan plan = new ReducePlan(src, reduced);
        int count = 1;
        for (int d : reduced) count *= src.size(d);
        assertEquals(count, plan.count);
        int[] sub = Geometry.sub(plan);
        // for the output at index 0 of every kept dim: the reduced elements, in row-major order
        int[] reducedShape = new int[reduced.length];
        for (int j = 0; j < reduced.length; j++) reducedShape[j] = src.size(reduced[j]);
        for (int kth = 0; kth < count; kth++) {
            int[] r = rowMajorIndex(reducedShape, kth);
            int[] idx = new int[ndim];
            for (int j = 0; j < reduced.length; j++) idx[reduced[j]] = r[j];
            int expected = src.position(idx) - src.offset();
            assertEquals(expected, plan.offsetOf(kth));
            int packed = 0, rest = kth;
            for (int d = sub[1] - 1; d >= 0; d--) {
                packed += (rest % sub[2 + d]) * sub[2 + Geometry.MAX_DIMS + d];
                rest /= sub[2 + d];
            }
            assertEquals(expected, packed);
        }
        assertEquals(src.offset(), plan.kept.offset());
        for (int d : reduced) assertEquals(0, plan.kept.stride(d));
    }

    @Test
    void tooManyDimsForTheKernelsIsAClearError() {
        int[] shape = new int[30];
        int[] strides = new int[30];
        java.util.Arrays.fill(shape, 2);
        java.util.Arrays.fill(strides, 1);   // stride 1 everywhere: no two dims merge
        StridePlan plan = new StridePlan(shape, new Layout[] {new Layout(shape, strides, 0)});
        assertEquals(30, plan.shape.length);
        RuntimeError e = assertThrows(RuntimeError.class, () -> Geometry.geo(plan));
        assertTrue(e.getMessage().contains("at most 25 dims"), e.getMessage());
    }
}
