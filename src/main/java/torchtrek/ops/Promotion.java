package torchtrek.ops;

import torchtrek.Tensor;
import torchtrek.tensor.DType;

/**
 * PyTorch's type promotion ({@code torch.result_type}): dimensioned tensors rank first, then
 * 0-d tensors, then Python numbers; a lower rank only matters when its category (bool, integer,
 * floating) is higher, and a Python float then contributes the default dtype.
 */
public final class Promotion {
    private Promotion() {}

    public static DType resultType(Tensor a, Tensor b) {
        DType dim = null, zero = null, wrapped = null;
        for (Tensor t : new Tensor[] {a, b}) {
            if (t.isWrappedNumber()) wrapped = promote(wrapped, wrappedDType(t));
            else if (t.layout().dim() == 0) zero = promote(zero, t.dtype());
            else dim = promote(dim, t.dtype());
        }
        return combine(dim, combine(zero, wrapped));
    }

    public static DType resultType(Tensor... ts) {
        DType dim = null, zero = null, wrapped = null;
        for (Tensor t : ts) {
            if (t.isWrappedNumber()) wrapped = promote(wrapped, wrappedDType(t));
            else if (t.layout().dim() == 0) zero = promote(zero, t.dtype());
            else dim = promote(dim, t.dtype());
        }
        return combine(dim, combine(zero, wrapped));
    }

    private static DType wrappedDType(Tensor t) {
        return t.dtype().isFloatingPoint() ? Defaults.floatDType() : t.dtype();
    }

    private static DType promote(DType acc, DType d) {
        return acc == null ? d : DType.promote(acc, d);
    }

    /** {@code combine_categories}: the lower group only wins when its category is higher. */
    private static DType combine(DType higher, DType lower) {
        if (higher == null) return lower;
        if (lower == null) return higher;
        if (higher.isFloatingPoint()) return higher;
        if (higher == DType.BOOL || lower.isFloatingPoint()) return DType.promote(higher, lower);
        return higher;
    }

    /** Whether a result of {@code from} may be written into a tensor of {@code to} (in-place ops, out=). */
    public static boolean canCast(DType from, DType to) {
        if (from.isFloatingPoint() && !to.isFloatingPoint()) return false;
        if (from != DType.BOOL && to == DType.BOOL) return false;
        return true;
    }

    /** The dtype of a math function's result: integers and bool become the default float dtype. */
    public static DType floatingOf(DType d) {
        return d.isFloatingPoint() ? d : Defaults.floatDType();
    }
}
