package torchtrek.numpy;

import torchtrek.Tensor;
import torchtrek.errors.TypeError;
import torchtrek.tensor.DType;

/**
 * NumPy 1.24's type promotion ({@code np.result_type}), which differs from PyTorch's: int8 and
 * uint8 meet in int16, integers and floats meet in a float wide enough for the integer
 * (int32 + float16 is float64), and Python scalars and 0-d arrays take part by value unless
 * they are of a higher kind than the arrays ({@code int8_array + 1000} is int16,
 * {@code float32_array + 1.5} stays float32, {@code int_array + 1.5} is float64).
 *
 * <p>Unsigned types wider than uint8 exist here only as intermediate results; an operation
 * whose result would be one is refused, as TorchTrek's arrays cannot hold it.
 */
final class Promotion {
    private Promotion() {}

    /** NumPy's scalar types, including those TorchTrek's arrays lack. */
    enum NpType {
        BOOL(0, false, 1), UINT8(1, false, 1), UINT16(1, false, 2), UINT32(1, false, 4), UINT64(1, false, 8),
        INT8(1, true, 1), INT16(1, true, 2), INT32(1, true, 4), INT64(1, true, 8),
        FLOAT16(2, true, 2), FLOAT32(2, true, 4), FLOAT64(2, true, 8);

        final int kind;       // bool 0 < integer 1 < float 2
        final boolean signed;
        final int size;

        NpType(int kind, boolean signed, int size) {
            this.kind = kind;
            this.signed = signed;
            this.size = size;
        }

        static NpType of(DType d) {
            switch (d) {
                case BOOL: return BOOL;
                case UINT8: return UINT8;
                case INT8: return INT8;
                case INT16: return INT16;
                case INT32: return INT32;
                case INT64: return INT64;
                case FLOAT16: return FLOAT16;
                case FLOAT32: return FLOAT32;
                case FLOAT64: return FLOAT64;
                default: throw new TypeError("Got unsupported ScalarType " + d.scalarTypeName());
            }
        }

        DType dtype() {
            switch (this) {
                case BOOL: return DType.BOOL;
                case UINT8: return DType.UINT8;
                case INT8: return DType.INT8;
                case INT16: return DType.INT16;
                case INT32: return DType.INT32;
                case INT64: return DType.INT64;
                case FLOAT16: return DType.FLOAT16;
                case FLOAT32: return DType.FLOAT32;
                case FLOAT64: return DType.FLOAT64;
                default: throw new TypeError("the result would be " + name().toLowerCase() + ", which TorchTrek's arrays "
                    + "cannot hold (they have the dtypes tensors have); convert an operand with astype() first");
            }
        }

        private static NpType signedOfSize(int size) {
            return size == 1 ? INT8 : size == 2 ? INT16 : size == 4 ? INT32 : INT64;
        }

        private static NpType floatOfSize(int size) {
            return size <= 2 ? FLOAT16 : size == 4 ? FLOAT32 : FLOAT64;
        }
    }

    /** {@code np.promote_types(a, b)}. */
    static NpType promote(NpType a, NpType b) {
        if (a == b) return a;
        if (a.kind != b.kind) {
            NpType lo = a.kind < b.kind ? a : b, hi = a.kind < b.kind ? b : a;
            if (lo.kind == 0) return hi;
            // an integer meets a float: the float must hold the integer (8 bits: float16, 16: float32, more: float64)
            int needed = lo.size == 1 ? 2 : lo.size == 2 ? 4 : 8;
            return NpType.floatOfSize(Math.max(needed, hi.size));
        }
        if (a.kind == 2 || a.signed == b.signed) return a.size >= b.size ? a : b;
        NpType signed = a.signed ? a : b, unsigned = a.signed ? b : a;
        if (signed.size > unsigned.size) return signed;
        return unsigned.size == 8 ? NpType.FLOAT64 : NpType.signedOfSize(unsigned.size * 2);
    }

    /** One operand: an array (ndim > 0), or a scalar (a Java number or boolean, or a 0-d array) that may count by value. */
    record Operand(NpType type, boolean scalar, double value, long longValue) {
        static Operand of(Object o) {
            if (o instanceof Tensor t) {
                NpType type = NpType.of(t.dtype());
                if (t.layout().dim() > 0) return new Operand(type, false, 0, 0);
                int p = t.layout().offset();
                return new Operand(type, true, t.storage().getDouble(p), t.storage().getLong(p));
            }
            if (o instanceof Boolean b) return new Operand(NpType.BOOL, true, b ? 1 : 0, b ? 1 : 0);
            if (o instanceof Double || o instanceof Float) return new Operand(NpType.FLOAT64, true, ((Number) o).doubleValue(), 0);
            if (o instanceof Number n) return new Operand(NpType.INT64, true, n.doubleValue(), n.longValue());
            throw new TypeError("unsupported operand type: " + (o == null ? "NoneType" : o.getClass().getSimpleName()));
        }
    }

    /** {@code np.result_type(operands...)} with 1.24's value-based casting of scalars. */
    static NpType resultType(Operand... ops) {
        int maxArrayKind = -1, maxScalarKind = -1;
        for (Operand o : ops) {
            if (o.scalar()) maxScalarKind = Math.max(maxScalarKind, o.type().kind);
            else maxArrayKind = Math.max(maxArrayKind, o.type().kind);
        }
        boolean byValue = maxArrayKind >= 0 && maxScalarKind >= 0 && maxScalarKind <= maxArrayKind;
        NpType result = null;
        boolean resultSmallUnsigned = false;
        for (Operand o : ops) {
            NpType t = o.type();
            boolean smallUnsigned = false;
            if (byValue && o.scalar()) {
                t = minScalarType(o);
                smallUnsigned = isSmallUnsigned(o, t);
            }
            if (result == null) {
                result = t;
                resultSmallUnsigned = smallUnsigned;
            } else {
                result = promoteSmall(result, resultSmallUnsigned, t, smallUnsigned);
                resultSmallUnsigned = false;
            }
        }
        return result;
    }

    /** NumPy's {@code promote_types} with small-unsigned scalars read as signed when meeting a signed type. */
    private static NpType promoteSmall(NpType a, boolean aSmall, NpType b, boolean bSmall) {
        if (aSmall && b.kind != 0 && (b.signed || b.kind == 2)) a = NpType.signedOfSize(a.size);
        else if (bSmall && a.kind != 0 && (a.signed || a.kind == 2)) b = NpType.signedOfSize(b.size);
        return promote(a, b);
    }

    /** {@code np.min_scalar_type(value)} within the operand's kind. */
    static NpType minScalarType(Operand o) {
        switch (o.type().kind) {
            case 0: return NpType.BOOL;
            case 1: {
                long v = o.longValue();
                if (v >= 0) return v < 256 ? NpType.UINT8 : v < 65536 ? NpType.UINT16 : v <= 0xFFFFFFFFL ? NpType.UINT32 : NpType.UINT64;
                return v >= -128 ? NpType.INT8 : v >= -32768 ? NpType.INT16 : v >= Integer.MIN_VALUE ? NpType.INT32 : NpType.INT64;
            }
            default: {
                double v = o.value();
                // NaN and infinities fit every float type
                if (o.type() == NpType.FLOAT16 || !Double.isFinite(v) || (v > -65000 && v < 65000)) return NpType.FLOAT16;
                if (o.type() == NpType.FLOAT32 || (v > -3.4e38 && v < 3.4e38)) return NpType.FLOAT32;
                return NpType.FLOAT64;
            }
        }
    }

    /** An unsigned minimum type whose value would also fit the signed type of the same size. */
    private static boolean isSmallUnsigned(Operand o, NpType t) {
        if (t.kind != 1 || t.signed) return false;
        long v = o.longValue();
        return t.size == 8 ? v >= 0 : v < (1L << (t.size * 8 - 1));
    }
}
