package torchtrek.numpy;

import java.nio.ByteOrder;

import torchtrek.Python;
import torchtrek.tensor.BufferStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Storage;

/**
 * A NumPy dtype: the element type (one of those tensors also have) and its byte order.
 * {@code str(dtype)} is its name ({@code float64}) or, for a non-native byte order, its type
 * string ({@code >f8}); {@code repr} is {@code dtype('float64')}.
 */
public record NumpyDType(DType type, boolean bigEndian) implements Python.HasRepr {
    /** The little-endian (native on the machines TorchTrek runs on) dtype of {@code type}. */
    public static NumpyDType of(DType type) {
        return new NumpyDType(type, false);
    }

    /** The dtype of an array over {@code storage} (a mapped big-endian file keeps its byte order). */
    public static NumpyDType of(Storage storage) {
        boolean big = storage instanceof BufferStorage b && b.order() == ByteOrder.BIG_ENDIAN && storage.dtype().itemSize() > 1;
        return new NumpyDType(storage.dtype(), big);
    }

    /** NumPy's name: {@code bool}, {@code uint8}, {@code int64}, {@code float16}... */
    public String name() {
        return type.shortName();
    }

    /** Whether the byte order is the machine's (NumPy's {@code isnative}). */
    public boolean isNative() {
        return !bigEndian || type.itemSize() == 1;
    }

    /** NumPy's {@code dtype.kind}: b, u, i or f. */
    public char kind() {
        switch (type) {
            case BOOL: return 'b';
            case UINT8: return 'u';
            case FLOAT16: case FLOAT32: case FLOAT64: case BFLOAT16: return 'f';
            default: return 'i';
        }
    }

    public int itemsize() {
        return type.itemSize();
    }

    /** The type string written in {@code .npy} headers: {@code <f8}, {@code |b1}, {@code >i4}. */
    public String str() {
        char order = type.itemSize() == 1 ? '|' : bigEndian ? '>' : '<';
        return "" + order + kind() + type.itemSize();
    }

    /** Whether the repr of an array leaves the dtype out (float64, int64 and bool, in any byte order). */
    public boolean isImplied() {
        return type == DType.FLOAT64 || type == DType.INT64 || type == DType.BOOL;
    }

    public ByteOrder byteOrder() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    public String toString() {
        return isNative() ? name() : str();
    }

    @Override
    public String repr() {
        return "dtype('" + this + "')";
    }
}
