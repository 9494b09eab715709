package torchtrek.numpy;

import torchtrek.tensor.Layout;

/** NumPy's C_CONTIGUOUS and F_CONTIGUOUS flags (with relaxed strides: dims of size 1 do not count). */
final class Contiguity {
    private Contiguity() {}

    static boolean isC(Layout l) {
        return l.isContiguous();
    }

    static boolean isF(Layout l) {
        if (l.numel() == 0) return true;
        int expected = 1;
        for (int d = 0; d < l.dim(); d++) {
            if (l.size(d) == 1) continue;
            if (l.stride(d) != expected) return false;
            expected *= l.size(d);
        }
        return true;
    }
}
