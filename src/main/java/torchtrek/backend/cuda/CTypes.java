package torchtrek.backend.cuda;

import torchtrek.tensor.DType;

/**
 * How each dtype looks in generated CUDA C: the type in memory, the value a load gives,
 * the type arithmetic runs in, and the conversions between them. float16 and bfloat16 are kept
 * as bit patterns and computed in float, as PyTorch's CUDA kernels do; bool is one byte, 0 or 1.
 */
final class CTypes {
    private CTypes() {}

    /** The element type in device memory. */
    static String storage(DType d) {
        switch (d) {
            case BOOL: case UINT8: return "unsigned char";
            case INT8: return "signed char";
            case INT16: return "short";
            case INT32: return "int";
            case INT64: return "long long";
            case FLOAT16: case BFLOAT16: return "unsigned short";
            case FLOAT32: return "float";
            default: return "double";
        }
    }

    /** The type of {@link #load}'s result. */
    static String value(DType d) {
        switch (d) {
            case BOOL: return "bool";
            case FLOAT16: case BFLOAT16: return "float";
            default: return storage(d);
        }
    }

    /** The type arithmetic on this dtype runs in: float (float16/bfloat16/float32), double, or long long. */
    static String compute(DType d) {
        switch (d) {
            case FLOAT16: case BFLOAT16: case FLOAT32: return "float";
            case FLOAT64: return "double";
            default: return "long long";
        }
    }

    /** An expression reading element {@code index} of {@code ptr} as {@link #value}. */
    static String load(DType d, String ptr, String index) {
        String raw = ptr + "[" + index + "]";
        switch (d) {
            case BOOL: return "(" + raw + " != 0)";
            case FLOAT16: return "tt_h2f(" + raw + ")";
            case BFLOAT16: return "tt_bf2f(" + raw + ")";
            default: return raw;
        }
    }

    /** An expression converting {@code v} (any arithmetic value) to the storage type, as PyTorch's casts do. */
    static String convert(DType d, String v) {
        switch (d) {
            case BOOL: return "(unsigned char) ((" + v + ") != 0)";
            case FLOAT16: return "tt_f2h((float) (" + v + "))";
            case BFLOAT16: return "tt_f2bf((float) (" + v + "))";
            default: return "(" + storage(d) + ") (" + v + ")";
        }
    }

    /** A statement storing {@code v} into element {@code index} of {@code ptr}. */
    static String store(DType d, String ptr, String index, String v) {
        return ptr + "[" + index + "] = " + convert(d, v) + ";";
    }

    /** Suffix naming the dtype in kernel names. */
    static String tag(DType d) {
        return d.shortName();
    }
}
