package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.autograd.SavedTensor;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.ReduceOp;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;

/** Comparisons, logical ops, {@code where} and closeness tests. Results are bool and carry no gradient, except where's. */
public final class Comparison {
    private Comparison() {}

    public static Tensor compare(CompareOp op, Tensor a, Tensor b) {
        return Elementwise.compare(op, a, b);
    }

    public static boolean equal(Tensor a, Tensor b) {
        if (!Arrays.equals(a.layout().shape(), b.layout().shape())) return false;
        return Reductions.reduceRaw(ReduceOp.ALL, Elementwise.compare(CompareOp.EQ, a, b)).item() != 0;
    }

    public static Tensor isnan(Tensor a) {
        return Elementwise.compare(CompareOp.NE, a, a);
    }

    public static Tensor isinf(Tensor a) {
        if (!a.dtype().isFloatingPoint()) return Creation.zeros(a.layout().shape(), DType.BOOL, a.device());
        return Elementwise.compare(CompareOp.EQ, Elementwise.unary(UnaryOp.ABS, a, a.dtype()), Tensor.wrap(Double.POSITIVE_INFINITY));
    }

    public static Tensor isfinite(Tensor a) {
        if (!a.dtype().isFloatingPoint()) return Creation.fullLike("ones_like", a, 1, Kwargs.dtype(DType.BOOL));
        Tensor abs = Elementwise.unary(UnaryOp.ABS, a, a.dtype());
        return Elementwise.compare(CompareOp.LT, abs, Tensor.wrap(Double.POSITIVE_INFINITY));
    }

    public static Tensor logicalNot(Tensor a) {
        Tensor out = Elementwise.emptyLike(a, DType.BOOL, a.device());
        out.backend().unary(UnaryOp.LOGICAL_NOT, Elementwise.cast(a, DType.BOOL).strided(), out.strided());
        return out;
    }

    public static Tensor logical(BinaryOp op, Tensor a, Tensor b) {
        return Elementwise.binary(op, Elementwise.cast(a, DType.BOOL), Elementwise.cast(b, DType.BOOL), DType.BOOL);
    }

    public static Tensor bitwiseNot(Tensor a) {
        if (a.dtype().isFloatingPoint()) throw new RuntimeError("\"bitwise_not_cpu\" not implemented for '" + a.dtype().scalarTypeName() + "'");
        if (a.dtype() == DType.BOOL) return logicalNot(a);
        return Elementwise.unary(UnaryOp.BITWISE_NOT, a, a.dtype());
    }

    public static Tensor bitwise(BinaryOp op, Tensor a, Tensor b) {
        DType dtype = Promotion.resultType(a, b);
        if (dtype.isFloatingPoint()) throw new RuntimeError("\"bitwise_" + op.name().substring(8).toLowerCase()
            + "_cpu\" not implemented for '" + dtype.scalarTypeName() + "'");
        if (dtype == DType.BOOL) {
            BinaryOp logical = op == BinaryOp.BITWISE_AND ? BinaryOp.LOGICAL_AND : op == BinaryOp.BITWISE_OR ? BinaryOp.LOGICAL_OR : BinaryOp.LOGICAL_XOR;
            return logical(logical, a, b);
        }
        return Elementwise.binary(op, a, b, dtype);
    }

    /** {@code torch.where(cond, a, b)}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        if (cond.dtype() != DType.BOOL && cond.dtype() != DType.UINT8) throw new RuntimeError(
            "where expected condition to be a boolean tensor, but got a tensor with dtype " + cond.dtype().scalarTypeName());
        Tensor result = Elementwise.where(cond, a, b);
        if (History.needed(a, b)) History.record(new WhereBackward0(cond), result, a, b);
        return result;
    }

    static final class WhereBackward0 extends Node {
        private final SavedTensor condition;

        WhereBackward0(Tensor cond) { this.condition = save(cond); }

        @Override public String name() { return "WhereBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor c = condition.unpack();
            Tensor zero = Creation.zerosLike(g[0]);
            return new Tensor[] {where(c, g[0], zero), where(c, zero, g[0])};
        }
    }

    public static Tensor isclose(Tensor a, Tensor b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("isclose", kw, "rtol", "atol", "equal_nan");
        double rtol = p.number("rtol", 1e-05), atol = p.number("atol", 1e-08);
        boolean equalNan = p.bool("equal_nan", false);
        if (a.dtype() != b.dtype()) throw new RuntimeError(a.dtype().scalarTypeName() + " did not match " + b.dtype().scalarTypeName());
        DType dtype = Promotion.floatingOf(a.dtype());
        Tensor fa = Elementwise.cast(a, dtype), fb = Elementwise.cast(b, dtype);
        Tensor diff = Elementwise.unary(UnaryOp.ABS, Elementwise.binary(BinaryOp.SUB, fa, fb, dtype), dtype);
        Tensor tol = Elementwise.binary(BinaryOp.ADD, Tensor.wrap(atol),
            Elementwise.binary(BinaryOp.MUL, Tensor.wrap(rtol), Elementwise.unary(UnaryOp.ABS, fb, dtype), dtype), dtype);
        Tensor close = Elementwise.compare(CompareOp.LE, diff, tol);
        close = Elementwise.binary(BinaryOp.LOGICAL_OR, close, Elementwise.compare(CompareOp.EQ, fa, fb), DType.BOOL);
        if (equalNan) {
            Tensor bothNan = Elementwise.binary(BinaryOp.LOGICAL_AND, isnan(fa), isnan(fb), DType.BOOL);
            close = Elementwise.binary(BinaryOp.LOGICAL_OR, close, bothNan, DType.BOOL);
        }
        return close;
    }

    public static boolean allclose(Tensor a, Tensor b, Kwarg... kw) {
        return Reductions.reduceRaw(ReduceOp.ALL, isclose(a, b, kw)).item() != 0;
    }
}
