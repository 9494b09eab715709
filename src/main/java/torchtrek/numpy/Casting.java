package torchtrek.numpy;

import torchtrek.tensor.DType;

/** NumPy's casting rules between the dtypes TorchTrek's arrays have ({@code np.can_cast}). */
final class Casting {
    private Casting() {}

    /** 'safe': every value of {@code from} is exactly representable in {@code to}. */
    static boolean safe(DType from, DType to) {
        return Promotion.promote(Promotion.NpType.of(from), Promotion.NpType.of(to)) == Promotion.NpType.of(to);
    }

    /** 'same_kind': safe, or within a kind or towards a higher one (bool, unsigned, signed, float). */
    static boolean sameKind(DType from, DType to) {
        return safe(from, to) || order(from) <= order(to);
    }

    private static int order(DType d) {
        if (d == DType.BOOL) return 0;
        if (d == DType.UINT8) return 1;
        return d.isFloatingPoint() ? 3 : 2;
    }
}
