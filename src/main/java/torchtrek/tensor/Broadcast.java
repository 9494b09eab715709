package torchtrek.tensor;

import java.util.Arrays;

import torchtrek.errors.RuntimeError;

/** NumPy broadcasting: shapes align at the right; sizes match or one of them is 1. */
public final class Broadcast {
    private Broadcast() {}

    /** The broadcast shape of two shapes, or PyTorch's "size of tensor a ... must match" error. */
    public static int[] shapes(int[] a, int[] b) {
        if (Arrays.equals(a, b)) return a;
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int ia = i - (n - a.length);
            int ib = i - (n - b.length);
            int sa = ia >= 0 ? a[ia] : 1;
            int sb = ib >= 0 ? b[ib] : 1;
            if (sa == sb || sb == 1) out[i] = sa;
            else if (sa == 1) out[i] = sb;
            else throw new RuntimeError("The size of tensor a (" + sa + ") must match the size of tensor b (" + sb
                + ") at non-singleton dimension " + i);
        }
        return out;
    }

    /** The broadcast shape of any number of shapes. */
    public static int[] shapes(int[]... all) {
        int[] out = new int[0];
        for (int[] s : all) out = shapes(out, s);
        return out;
    }

    /** {@code torch.broadcast_shapes}: the same rule, with that function's own messages. */
    public static int[] shapesOf(long[]... all) {
        int rank = 0;
        for (long[] s : all) rank = Math.max(rank, s.length);
        int[] out = new int[rank];
        Arrays.fill(out, 1);
        for (long[] s : all) {
            for (int i = 1; i <= s.length; i++) {
                long d = s[s.length - i];
                if (d < 0) throw new RuntimeError("Trying to create tensor with negative dimension (" + d + "): (" + d + ")");
                if (d == 1 || d == out[rank - i]) continue;
                if (out[rank - i] != 1) throw new RuntimeError("Shape mismatch: objects cannot be broadcast to a single shape");
                out[rank - i] = Math.toIntExact(d);
            }
        }
        return out;
    }

    /** Whether {@code from} can broadcast to exactly {@code to} (for in-place ops and out=). */
    public static boolean canExpand(int[] from, int[] to) {
        if (from.length > to.length) return false;
        for (int i = 1; i <= from.length; i++) {
            int f = from[from.length - i];
            if (f != 1 && f != to[to.length - i]) return false;
        }
        return true;
    }
}
