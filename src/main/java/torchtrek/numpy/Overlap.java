package torchtrek.numpy;

import java.util.BitSet;

import torchtrek.Tensor;
import torchtrek.tensor.Layout;

/**
 * {@code np.shares_memory} and {@code np.may_share_memory} for arrays and tensors: the same
 * storage object and at least one element in common (exact), or overlapping extents (quick).
 */
public final class Overlap {
    private Overlap() {}

    /** Whether some element of {@code a} is also an element of {@code b}. */
    public static boolean sharesMemory(Tensor a, Tensor b) {
        if (!mayShareMemory(a, b)) return false;
        Tensor small = a.numel() <= b.numel() ? a : b, large = small == a ? b : a;
        int[] extent = extent(small.layout());
        BitSet positions = new BitSet(extent[1] - extent[0] + 1);
        forEachPosition(small.layout(), p -> positions.set(p - extent[0]));
        boolean[] found = {false};
        forEachPosition(large.layout(), p -> {
            if (p >= extent[0] && p <= extent[1] && positions.get(p - extent[0])) found[0] = true;
        });
        return found[0];
    }

    /** Whether the two could overlap: the same memory and intersecting first-to-last element ranges. */
    public static boolean mayShareMemory(Tensor a, Tensor b) {
        if (!a.storage().sameMemory(b.storage()) || a.numel() == 0 || b.numel() == 0) return false;
        int[] ea = extent(a.layout()), eb = extent(b.layout());
        return ea[0] <= eb[1] && eb[0] <= ea[1];
    }

    /** The lowest and highest storage positions a layout touches. */
    private static int[] extent(Layout l) {
        int lo = l.offset(), hi = l.offset();
        for (int d = 0; d < l.dim(); d++) {
            int reach = (l.size(d) - 1) * l.stride(d);
            if (reach < 0) lo += reach;
            else hi += reach;
        }
        return new int[] {lo, hi};
    }

    private static void forEachPosition(Layout l, java.util.function.IntConsumer action) {
        int[] index = new int[l.dim()];
        for (int i = 0; i < l.numel(); i++) {
            action.accept(l.position(index));
            for (int d = index.length - 1; d >= 0 && ++index[d] == l.size(d); d--) index[d] = 0;
        }
    }
}
