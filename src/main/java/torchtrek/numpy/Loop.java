package torchtrek.numpy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import torchtrek.tensor.Layout;

/**
 * The iteration NumPy's {@code nditer} does for a reduction: dims of size 1 dropped, the rest
 * in memory order (largest input stride outermost), neighbours merged where both the input
 * and the output allow, and the innermost dim run as one loop per row. Which dims merge and
 * which one is innermost decides NumPy's order of additions, hence the last bits of sums.
 */
final class Loop {
    /** One inner loop: positions and strides in input and output, its length, and whether it reduces. */
    interface Row {
        void run(int inPos, int inStride, int outPos, int outStride, int length, boolean reducing);
    }

    private final int[] sizes, inStrides, outStrides;
    private final boolean[] reduced;
    private final int inOffset, outOffset;
    private final boolean empty;

    private Loop(List<int[]> dims, boolean[] reduced, int inOffset, int outOffset, boolean empty) {
        int n = dims.size();
        sizes = new int[n];
        inStrides = new int[n];
        outStrides = new int[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = dims.get(i)[0];
            inStrides[i] = dims.get(i)[1];
            outStrides[i] = dims.get(i)[2];
        }
        this.reduced = reduced;
        this.inOffset = inOffset;
        this.outOffset = outOffset;
        this.empty = empty;
    }

    /** Plans the loop over {@code in}, accumulating into {@code out} (in's rank, size 1 where {@code reduced}). */
    static Loop plan(Layout in, Layout out, boolean[] reduced) {
        List<int[]> dims = new ArrayList<>();      // {size, in stride, out stride, reduced}
        for (int d = 0; d < in.dim(); d++) {
            if (in.size(d) == 1) continue;
            dims.add(new int[] {in.size(d), in.stride(d), reduced[d] ? 0 : out.stride(d), reduced[d] ? 1 : 0});
        }
        dims.sort(Comparator.comparingInt((int[] d) -> -Math.abs(d[1])));   // stable: C order among equals
        List<int[]> merged = new ArrayList<>();
        for (int[] d : dims) {
            int[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && prev[3] == d[3] && prev[1] == d[1] * d[0] && prev[2] == d[2] * d[0]) {
                prev[0] *= d[0];
                prev[1] = d[1];
                prev[2] = d[2];
            } else {
                merged.add(d.clone());
            }
        }
        boolean[] red = new boolean[merged.size()];
        for (int i = 0; i < red.length; i++) red[i] = merged.get(i)[3] == 1;
        return new Loop(merged, red, in.offset(), out.offset(), in.numel() == 0);
    }

    /** Calls {@code row} for every inner loop, outer dims in order. */
    void forEachRow(Row row) {
        if (empty) return;
        int n = sizes.length;
        if (n == 0) {
            row.run(inOffset, 0, outOffset, 0, 1, true);
            return;
        }
        int inner = n - 1;
        int[] index = new int[inner];
        while (true) {
            int inPos = inOffset, outPos = outOffset;
            for (int d = 0; d < inner; d++) {
                inPos += index[d] * inStrides[d];
                outPos += index[d] * outStrides[d];
            }
            row.run(inPos, inStrides[inner], outPos, outStrides[inner], sizes[inner], reduced[inner]);
            int d = inner - 1;
            while (d >= 0 && ++index[d] == sizes[d]) index[d--] = 0;
            if (d < 0) return;
        }
    }
}
