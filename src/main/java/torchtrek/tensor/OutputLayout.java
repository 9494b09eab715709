package torchtrek.tensor;

import java.util.Arrays;

/**
 * The memory order PyTorch gives a tensor computed from others. Elementwise results follow the
 * stride order of their inputs (TensorIterator's dimension reordering), and clones, conversions
 * and {@code *_like} keep a dense input's strides ({@code memory_format=torch.preserve_format}).
 * It shows in {@code stride()}, {@code is_contiguous()} and in whether {@code view()} accepts the
 * result: {@code (x.t() * 2).view(-1)} fails in PyTorch, so it fails here.
 */
public final class OutputLayout {
    private OutputLayout() {}

    /** {@code empty_like(t)}: t's strides when t is dense, else dense strides in t's order. */
    public static Layout preserving(Layout t) {
        if (isNonOverlappingAndDense(t)) return new Layout(t.shape(), t.strides(), 0);
        return ordered(t.shape(), t);
    }

    /** The layout of an elementwise result of shape {@code shape} computed from {@code inputs}, in order. */
    public static Layout elementwise(int[] shape, Layout... inputs) {
        boolean sameShape = true, contiguous = true, sameDenseStrides = true;
        for (Layout in : inputs) {
            sameShape &= Arrays.equals(in.shape(), shape);
            contiguous &= in.isContiguous();
            sameDenseStrides &= isNonOverlappingAndDense(in) && Arrays.equals(in.strides(), inputs[0].strides());
        }
        if (sameShape && contiguous) return Layout.contiguous(shape);
        if (sameShape && sameDenseStrides) return new Layout(shape, inputs[0].strides(), 0);
        return ordered(shape, inputs);
    }

    /** Strides with no gaps and no overlap, in any order of dims (dims of size 0 or 1 do not count). */
    public static boolean isNonOverlappingAndDense(Layout t) {
        int n = t.dim();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            boolean smallA = t.size(a) < 2, smallB = t.size(b) < 2;
            if (smallA || smallB) return Boolean.compare(smallA, smallB);
            return Integer.compare(t.stride(a), t.stride(b));
        });
        long required = 1;
        for (int d : order) {
            if (t.size(d) < 2) return true;
            if (t.stride(d) != required) return false;
            required *= t.size(d);
        }
        return true;
    }

    /**
     * Dense strides whose dims are ordered as the inputs' strides order them: TensorIterator's
     * insertion sort, where the first input with a strict preference decides, broadcast dims have
     * no say, and equal strides put the smaller dim inside.
     */
    private static Layout ordered(int[] shape, Layout... inputs) {
        int n = shape.length;
        int[][] strides = new int[inputs.length][];
        for (int i = 0; i < inputs.length; i++) strides[i] = broadcastStrides(inputs[i], shape);
        int[] perm = new int[n];   // perm[0] is the innermost dim
        for (int i = 0; i < n; i++) perm[i] = n - 1 - i;
        for (int i = 1; i < n; i++) {
            int dim1 = i;
            for (int dim0 = i - 1; dim0 >= 0; dim0--) {
                int comparison = shouldSwap(perm[dim0], perm[dim1], shape, strides);
                if (comparison > 0) {
                    int t = perm[dim0];
                    perm[dim0] = perm[dim1];
                    perm[dim1] = t;
                    dim1 = dim0;
                } else if (comparison < 0) {
                    break;
                }
            }
        }
        int[] out = new int[n];
        int next = 1;
        for (int d : perm) {
            out[d] = next;
            next *= shape[d];
        }
        return new Layout(shape, out, 0);
    }

    private static int shouldSwap(int dim0, int dim1, int[] shape, int[][] strides) {
        for (int[] s : strides) {
            int s0 = s[dim0], s1 = s[dim1];
            if (s0 == 0 || s1 == 0) continue;
            if (s0 != s1) return s0 < s1 ? -1 : 1;
            if (shape[dim0] > shape[dim1]) return 1;
        }
        return 0;
    }

    /** An input's strides against the broadcast shape: 0 where it repeats or has no such dim. */
    private static int[] broadcastStrides(Layout in, int[] shape) {
        int[] out = new int[shape.length];
        int lead = shape.length - in.dim();
        for (int d = 0; d < in.dim(); d++) {
            out[lead + d] = in.size(d) == 1 && shape[lead + d] != 1 ? 0 : in.stride(d);
        }
        return out;
    }
}
