package torchtrek.tensor;

/**
 * Element conversions with the results PyTorch gives on x86-64 CPUs, where they differ from
 * Java's casts: a float out of an integer type's range (or NaN) becomes the "integer
 * indefinite" value (Long.MIN_VALUE for int64, Integer.MIN_VALUE then wrapped for narrower
 * types), exactly as {@code cvttsd2si} does, not Java's saturation or 0.
 */
public final class Casts {
    private Casts() {}

    private static final double TWO_POW_63 = 0x1p63;
    private static final double TWO_POW_31 = 0x1p31;

    /** A double truncated toward zero to int64, as C's cast on x86-64 does it. */
    public static long toInt64(double v) {
        if (v >= -TWO_POW_63 && v < TWO_POW_63) return (long) v;
        return Long.MIN_VALUE;   // NaN and out of range
    }

    /** A double truncated toward zero to int32 (NaN and out of range give Integer.MIN_VALUE). */
    public static int toInt32(double v) {
        if (v > -TWO_POW_31 - 1 && v < TWO_POW_31) return (int) v;
        return Integer.MIN_VALUE;
    }

    /** A float16 bit pattern from a float, rounded to nearest even. */
    public static short toHalf(float v) {
        return Float.floatToFloat16(v);
    }

    public static float fromHalf(short bits) {
        return Float.float16ToFloat(bits);
    }

    /** A bfloat16 bit pattern (the high half of a float32), rounded to nearest even. */
    public static short toBFloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) return (short) ((bits >>> 16) | 0x40);   // keep it a quiet NaN
        int lsb = (bits >>> 16) & 1;
        bits += 0x7FFF + lsb;
        return (short) (bits >>> 16);
    }

    public static float fromBFloat16(short bits) {
        return Float.intBitsToFloat((bits & 0xFFFF) << 16);
    }
}
