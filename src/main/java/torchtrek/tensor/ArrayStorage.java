package torchtrek.tensor;

/**
 * Storage in a Java primitive array on the heap (the CPU device). One subclass per array type;
 * {@code short[]} serves int16, float16 and bfloat16 and {@code byte[]} serves int8, uint8 and
 * bool, told apart by the dtype.
 */
public abstract sealed class ArrayStorage extends Storage
        permits ArrayStorage.Floats, ArrayStorage.Doubles, ArrayStorage.Longs,
                ArrayStorage.Ints, ArrayStorage.Shorts, ArrayStorage.Bytes {

    ArrayStorage(DType dtype) {
        super(dtype);
    }

    @Override
    public final Device device() { return Device.CPU; }

    /** The backing array ({@code float[]}, {@code long[]}...), shared, not copied. */
    public abstract Object array();

    /** New zero-filled storage of {@code n} elements. */
    public static ArrayStorage allocate(DType dtype, int n) {
        switch (dtype) {
            case FLOAT32: return new Floats(new float[n]);
            case FLOAT64: return new Doubles(new double[n]);
            case INT64: return new Longs(new long[n]);
            case INT32: return new Ints(new int[n]);
            case INT16: case FLOAT16: case BFLOAT16: return new Shorts(dtype, new short[n]);
            default: return new Bytes(dtype, new byte[n]);
        }
    }

    public static final class Floats extends ArrayStorage {
        public final float[] data;

        public Floats(float[] data) { super(DType.FLOAT32); this.data = data; }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }
        @Override public double getDouble(int i) { return data[i]; }
        @Override public long getLong(int i) { return Casts.toInt64(data[i]); }
        @Override public void setDouble(int i, double v) { data[i] = (float) v; }
        @Override public void setLong(int i, long v) { data[i] = (float) v; }
    }

    public static final class Doubles extends ArrayStorage {
        public final double[] data;

        public Doubles(double[] data) { super(DType.FLOAT64); this.data = data; }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }
        @Override public double getDouble(int i) { return data[i]; }
        @Override public long getLong(int i) { return Casts.toInt64(data[i]); }
        @Override public void setDouble(int i, double v) { data[i] = v; }
        @Override public void setLong(int i, long v) { data[i] = v; }
    }

    public static final class Longs extends ArrayStorage {
        public final long[] data;

        public Longs(long[] data) { super(DType.INT64); this.data = data; }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }
        @Override public double getDouble(int i) { return data[i]; }
        @Override public long getLong(int i) { return data[i]; }
        @Override public void setDouble(int i, double v) { data[i] = Casts.toInt64(v); }
        @Override public void setLong(int i, long v) { data[i] = v; }
    }

    public static final class Ints extends ArrayStorage {
        public final int[] data;

        public Ints(int[] data) { super(DType.INT32); this.data = data; }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }
        @Override public double getDouble(int i) { return data[i]; }
        @Override public long getLong(int i) { return data[i]; }
        @Override public void setDouble(int i, double v) { data[i] = Casts.toInt32(v); }
        @Override public void setLong(int i, long v) { data[i] = (int) v; }
    }

    /** int16, float16 or bfloat16 elements (the latter two as bit patterns). */
    public static final class Shorts extends ArrayStorage {
        public final short[] data;

        public Shorts(DType dtype, short[] data) {
            super(dtype);
            if (dtype != DType.INT16 && dtype != DType.FLOAT16 && dtype != DType.BFLOAT16)
                throw new IllegalArgumentException("short[] cannot hold " + dtype);
            this.data = data;
        }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }

        @Override
        public double getDouble(int i) {
            switch (dtype()) {
                case FLOAT16: return Casts.fromHalf(data[i]);
                case BFLOAT16: return Casts.fromBFloat16(data[i]);
                default: return data[i];
            }
        }

        @Override
        public long getLong(int i) {
            return dtype() == DType.INT16 ? data[i] : Casts.toInt64(getDouble(i));
        }

        @Override
        public void setDouble(int i, double v) {
            switch (dtype()) {
                case FLOAT16: data[i] = Casts.toHalf((float) v); break;
                case BFLOAT16: data[i] = Casts.toBFloat16((float) v); break;
                default: data[i] = (short) Casts.toInt32(v);
            }
        }

        @Override
        public void setLong(int i, long v) {
            if (dtype() == DType.INT16) data[i] = (short) v;
            else setDouble(i, (double) v);
        }
    }

    /** int8, uint8 or bool elements. */
    public static final class Bytes extends ArrayStorage {
        public final byte[] data;

        public Bytes(DType dtype, byte[] data) {
            super(dtype);
            if (dtype != DType.INT8 && dtype != DType.UINT8 && dtype != DType.BOOL)
                throw new IllegalArgumentException("byte[] cannot hold " + dtype);
            this.data = data;
        }

        @Override public Object array() { return data; }
        @Override public int size() { return data.length; }

        @Override
        public double getDouble(int i) { return getLong(i); }

        @Override
        public long getLong(int i) {
            return dtype() == DType.UINT8 ? (data[i] & 0xFF) : data[i];
        }

        @Override
        public void setDouble(int i, double v) {
            if (dtype() == DType.BOOL) data[i] = (byte) (v != 0 ? 1 : 0);
            else data[i] = (byte) Casts.toInt32(v);
        }

        @Override
        public void setLong(int i, long v) {
            data[i] = dtype() == DType.BOOL ? (byte) (v != 0 ? 1 : 0) : (byte) v;
        }
    }
}
