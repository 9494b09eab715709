package torchtrek.tensor;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import torchtrek.errors.RuntimeError;

/**
 * CPU storage over a byte buffer in either byte order: how a memory-mapped {@code .npy}
 * file becomes a tensor that shares memory with the file.
 */
public final class BufferStorage extends Storage {
    private final ByteBuffer buffer;
    private final int size;

    /** Wraps {@code buffer} (its position 0 is element 0) read in the buffer's byte order. */
    public BufferStorage(DType dtype, ByteBuffer buffer) {
        super(dtype);
        this.buffer = buffer;
        this.size = buffer.capacity() / dtype.itemSize();
    }

    public ByteBuffer buffer() { return buffer; }

    public ByteOrder order() { return buffer.order(); }

    @Override public Device device() { return Device.CPU; }

    @Override public int size() { return size; }

    @Override
    public double getDouble(int i) {
        switch (dtype()) {
            case FLOAT32: return buffer.getFloat(i * 4);
            case FLOAT64: return buffer.getDouble(i * 8);
            case FLOAT16: return Casts.fromHalf(buffer.getShort(i * 2));
            case BFLOAT16: return Casts.fromBFloat16(buffer.getShort(i * 2));
            default: return getLong(i);
        }
    }

    @Override
    public long getLong(int i) {
        switch (dtype()) {
            case INT64: return buffer.getLong(i * 8);
            case INT32: return buffer.getInt(i * 4);
            case INT16: return buffer.getShort(i * 2);
            case INT8: case BOOL: return buffer.get(i);
            case UINT8: return buffer.get(i) & 0xFF;
            default: return Casts.toInt64(getDouble(i));
        }
    }

    @Override
    public void setDouble(int i, double v) {
        checkWritable();
        switch (dtype()) {
            case FLOAT32: buffer.putFloat(i * 4, (float) v); break;
            case FLOAT64: buffer.putDouble(i * 8, v); break;
            case FLOAT16: buffer.putShort(i * 2, Casts.toHalf((float) v)); break;
            case BFLOAT16: buffer.putShort(i * 2, Casts.toBFloat16((float) v)); break;
            case INT64: buffer.putLong(i * 8, Casts.toInt64(v)); break;
            case BOOL: buffer.put(i, (byte) (v != 0 ? 1 : 0)); break;
            default: setLong(i, Casts.toInt32(v));
        }
    }

    @Override
    public void setLong(int i, long v) {
        checkWritable();
        switch (dtype()) {
            case INT64: buffer.putLong(i * 8, v); break;
            case INT32: buffer.putInt(i * 4, (int) v); break;
            case INT16: buffer.putShort(i * 2, (short) v); break;
            case INT8: case UINT8: buffer.put(i, (byte) v); break;
            case BOOL: buffer.put(i, (byte) (v != 0 ? 1 : 0)); break;
            default: setDouble(i, (double) v);
        }
    }

    /** A read-only mapping (np.load with mmap_mode 'r') refuses writes with a clear error, not a Java exception. */
    private void checkWritable() {
        if (buffer.isReadOnly()) throw new RuntimeError("this memory is a file mapped read-only (mmap_mode 'r'); "
            + "map it with mmap_mode 'r+' to write through to the file, or 'c' to write to a private copy");
    }

    @Override
    public boolean sameMemory(Storage other) {
        return other == this || (other instanceof BufferStorage b && b.buffer == buffer);
    }
}
