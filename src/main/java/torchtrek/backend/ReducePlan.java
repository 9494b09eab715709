package torchtrek.backend;

import java.util.Arrays;

import torchtrek.tensor.Layout;

/**
 * How a reduction walks its source, shared by every device. The output is walked over the
 * kept dims ({@link #kept}: src's layout with size 1 and stride 0 at each reduced dim); for each
 * output element the reduced dims are walked as one sub-space ({@link #shape}, {@link #strides}),
 * with size-1 dims dropped and dims merged where they are contiguous.
 */
public final class ReducePlan {
    /** Merged sizes and strides of the reduced sub-space, outermost first. */
    public final int[] shape;
    public final int[] strides;
    /** Number of source elements reduced into each output element. */
    public final int count;
    /** src's layout restricted to the kept dims: the position of each output element's first source element. */
    public final Layout kept;

    public ReducePlan(Layout src, int[] dims) {
        int n = src.dim();
        boolean[] reduced = new boolean[n];
        for (int d : dims) reduced[d] = true;
        int[] sh = new int[n];
        int[] st = new int[n];
        int m = 0;
        int total = 1;
        for (int d = 0; d < n; d++) {
            if (!reduced[d]) continue;
            total *= src.size(d);
            if (src.size(d) == 1) continue;
            if (m > 0 && st[m - 1] == src.stride(d) * src.size(d)) {
                sh[m - 1] *= src.size(d);
                st[m - 1] = src.stride(d);
            } else {
                sh[m] = src.size(d);
                st[m++] = src.stride(d);
            }
        }
        this.shape = Arrays.copyOf(sh, m);
        this.strides = Arrays.copyOf(st, m);
        this.count = total;
        int[] keptShape = new int[n];
        int[] keptStrides = new int[n];
        for (int d = 0; d < n; d++) {
            keptShape[d] = reduced[d] ? 1 : src.size(d);
            keptStrides[d] = reduced[d] ? 0 : src.stride(d);
        }
        this.kept = new Layout(keptShape, keptStrides, src.offset());
    }

    /** Offset from an output's first source element to its {@code k}-th reduced element (row-major). */
    public int offsetOf(int k) {
        int pos = 0;
        int rest = k;
        for (int d = shape.length - 1; d >= 0; d--) {
            pos += (rest % shape[d]) * strides[d];
            rest /= shape[d];
        }
        return pos;
    }
}
