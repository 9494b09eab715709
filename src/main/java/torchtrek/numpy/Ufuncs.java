package torchtrek.numpy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.TypeError;
import torchtrek.errors.UFuncTypeError;
import torchtrek.errors.ValueError;
import torchtrek.numpy.Promotion.NpType;
import torchtrek.numpy.Promotion.Operand;
import torchtrek.ops.Creation;
import torchtrek.ops.Elementwise;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/**
 * NumPy's universal functions on arrays and Python scalars: the loop dtype NumPy would pick,
 * NumPy's broadcasting and {@code out=} rules (the result is cast into {@code out} under
 * 'same_kind' casting), computed by TorchTrek's kernels. Operands are tensors (arrays) or Java
 * numbers and booleans (Python scalars).
 */
public final class Ufuncs {
    private Ufuncs() {}

    /** The binary ufuncs, by NumPy name. */
    public enum Binary {
        ADD("add", BinaryOp.ADD), SUBTRACT("subtract", BinaryOp.SUB), MULTIPLY("multiply", BinaryOp.MUL),
        DIVIDE("divide", BinaryOp.DIV), FLOOR_DIVIDE("floor_divide", BinaryOp.FLOOR_DIVIDE),
        REMAINDER("remainder", BinaryOp.REMAINDER), POWER("power", BinaryOp.POW),
        MAXIMUM("maximum", BinaryOp.MAXIMUM), MINIMUM("minimum", BinaryOp.MINIMUM);

        final String numpyName;
        final BinaryOp op;

        Binary(String numpyName, BinaryOp op) {
            this.numpyName = numpyName;
            this.op = op;
        }
    }

    /** The unary ufuncs, by NumPy name; {@code floating} ones compute in a float type. */
    public enum Unary {
        NEGATIVE("negative", UnaryOp.NEG, false), ABSOLUTE("absolute", UnaryOp.ABS, false),
        SQUARE("square", UnaryOp.SQUARE, false), SQRT("sqrt", UnaryOp.SQRT, true), EXP("exp", UnaryOp.EXP, true),
        LOG("log", UnaryOp.LOG, true), SIN("sin", UnaryOp.SIN, true), COS("cos", UnaryOp.COS, true),
        TANH("tanh", UnaryOp.TANH, true);

        final String numpyName;
        final UnaryOp op;
        final boolean floating;

        Unary(String numpyName, UnaryOp op, boolean floating) {
            this.numpyName = numpyName;
            this.op = op;
            this.floating = floating;
        }
    }

    /** {@code np.<op>(a, b, out=out)}; {@code out} may be null. Returns the result (out itself when given). */
    public static Tensor binary(Binary f, Object a, Object b, Tensor out) {
        NpType loop = loopType(f, Promotion.resultType(Operand.of(a), Operand.of(b)));
        DType dtype = loop.dtype();
        int[] shape = broadcast(out, a, b);
        Tensor ta = asTensor(a, dtype), tb = asTensor(b, dtype);
        if (f == Binary.POWER && !dtype.isFloatingPoint() && anyNegative(tb)) {
            throw new ValueError("Integers to negative integer powers are not allowed.");
        }
        Tensor result;
        if ((f == Binary.FLOOR_DIVIDE || f == Binary.REMAINDER) && !dtype.isFloatingPoint()) {
            result = integerDivision(f.op, ta, tb, dtype);
        } else {
            result = Elementwise.binary(f.op, ta, tb, dtype);
        }
        return into(f.numpyName, result, shape, out);
    }

    /** {@code np.result_type} of arrays and Python scalars. */
    public static DType commonType(Object... operands) {
        Operand[] ops = new Operand[operands.length];
        for (int i = 0; i < ops.length; i++) ops[i] = Operand.of(operands[i]);
        return Promotion.resultType(ops).dtype();
    }

    /** The dtype of the loop NumPy runs for {@code f} on operands whose common type is {@code common}. */
    private static NpType loopType(Binary f, NpType common) {
        if (f == Binary.DIVIDE) return common.kind == 2 ? common : NpType.FLOAT64;
        if (common == NpType.BOOL) {
            if (f == Binary.SUBTRACT) throw new TypeError("numpy boolean subtract, the `-` operator, is not supported, use "
                + "the bitwise_xor, the `^` operator, or the logical_xor function instead.");
            if (f == Binary.FLOOR_DIVIDE || f == Binary.REMAINDER || f == Binary.POWER) return NpType.INT8;
        }
        return common;
    }

    /** {@code np.<op>(a, out=out)}. */
    public static Tensor unary(Unary f, Object a, Tensor out) {
        NpType type = Operand.of(a).type();
        NpType loop = type;
        if (f.floating && type.kind < 2) loop = type.size == 1 ? NpType.FLOAT16 : type.size == 2 ? NpType.FLOAT32 : NpType.FLOAT64;
        if (f == Unary.NEGATIVE && type == NpType.BOOL) throw new TypeError("The numpy boolean negative, the `-` operator, "
            + "is not supported, use the `~` operator or the logical_not function instead.");
        if (f == Unary.SQUARE && type == NpType.BOOL) loop = NpType.INT8;
        DType dtype = loop.dtype();
        Tensor ta = asTensor(a, dtype);
        int[] shape = broadcast(out, a);
        return into(f.numpyName, Elementwise.unary(f.op, ta, dtype), shape, out);
    }

    /** Comparisons ({@code np.greater} and friends): bool results in the operands' common type. */
    public static Tensor compare(CompareOp op, Object a, Object b) {
        DType dtype = Promotion.resultType(Operand.of(a), Operand.of(b)).dtype();
        broadcast(null, a, b);
        return Elementwise.compare(op, asTensor(a, dtype), asTensor(b, dtype));
    }

    /** NumPy's integer floor division and remainder: a zero divisor gives 0, not an exception. */
    private static Tensor integerDivision(BinaryOp op, Tensor a, Tensor b, DType dtype) {
        Tensor zero = Creation.scalarTensor(0L, dtype);
        Tensor isZero = Elementwise.compare(CompareOp.EQ, b, zero);
        Tensor safe = Elementwise.where(isZero, Creation.scalarTensor(1L, dtype), b);
        return Elementwise.where(isZero, zero, Elementwise.binary(op, a, safe, dtype));
    }

    private static boolean anyNegative(Tensor t) {
        Tensor c = Elementwise.contiguous(t);
        for (int i = 0; i < c.layout().numel(); i++) if (c.storage().getLong(c.layout().offset() + i) < 0) return true;
        return false;
    }

    /** An array operand as it is, a Python scalar as a 0-d tensor of the loop dtype. */
    static Tensor asTensor(Object o, DType dtype) {
        if (o instanceof Tensor t) return t;
        if (o instanceof Boolean b) return Creation.scalarTensor(b ? 1 : 0, dtype);
        if (o instanceof Double || o instanceof Float) return Creation.scalarTensor(((Number) o).doubleValue(), dtype);
        return dtype.isFloatingPoint() ? Creation.scalarTensor(((Number) o).doubleValue(), dtype)
            : Creation.scalarTensor(((Number) o).longValue(), dtype);
    }

    /** The broadcast shape of the operands (and of out), with NumPy's messages when they do not fit. */
    private static int[] broadcast(Tensor out, Object... operands) {
        List<int[]> shapes = new ArrayList<>();
        for (Object o : operands) shapes.add(o instanceof Tensor t ? t.layout().shape() : new int[0]);
        int ndim = 0;
        for (int[] s : shapes) ndim = Math.max(ndim, s.length);
        int[] result = new int[ndim];
        Arrays.fill(result, 1);
        for (int[] s : shapes) {
            for (int i = 0; i < s.length; i++) {
                int d = ndim - s.length + i;
                if (s[i] == result[d] || s[i] == 1) continue;
                if (result[d] != 1) throw notBroadcastable(shapes, out);
                result[d] = s[i];
            }
        }
        if (out == null) return result;
        int[] target = out.layout().shape();
        if (target.length < ndim) throw nonBroadcastableOutput(target, result);
        for (int i = 0; i < ndim; i++) {
            int t = target[target.length - ndim + i];
            if (result[i] != t && result[i] != 1) {
                if (t == 1) throw nonBroadcastableOutput(target, result);
                throw notBroadcastable(shapes, out);
            }
        }
        return target;
    }

    private static ValueError notBroadcastable(List<int[]> shapes, Tensor out) {
        StringBuilder b = new StringBuilder("operands could not be broadcast together with shapes ");
        for (int[] s : shapes) b.append(PyRepr.tuple(s).replace(" ", "")).append(' ');
        if (out != null) b.append(PyRepr.tuple(out.layout().shape()).replace(" ", "")).append(' ');
        return new ValueError(b.toString());
    }

    private static ValueError nonBroadcastableOutput(int[] out, int[] shape) {
        return new ValueError("non-broadcastable output operand with shape " + PyRepr.tuple(out).replace(" ", "")
            + " doesn't match the broadcast shape " + PyRepr.tuple(shape).replace(" ", ""));
    }

    /** The result itself, or written into {@code out} after the 'same_kind' casting check. */
    private static Tensor into(String ufunc, Tensor result, int[] shape, Tensor out) {
        if (out == null) return result;
        NumpyDType from = NumpyDType.of(result.dtype()), to = NumpyDType.of(out.storage());
        if (!Casting.sameKind(result.dtype(), out.dtype())) throw new UFuncTypeError(ufunc, from.repr(), to.repr());
        Layout source = result.layout().broadcastTo(shape);
        out.backend().copy(new Strided(result.storage(), source), out.strided());
        return out;
    }
}
