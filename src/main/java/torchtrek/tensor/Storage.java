package torchtrek.tensor;

/**
 * The flat memory under one or more tensors: views share a Storage and differ only in their
 * {@link Layout}. Element access here is by flat index; kernels use the typed subclasses'
 * arrays directly and fall back to these accessors only for unusual storages.
 *
 * <p>Storages are never boxed: each dtype keeps a primitive array ({@link ArrayStorage}) or,
 * for memory-mapped files, a byte buffer ({@link BufferStorage}); a CUDA backend keeps device
 * memory.
 */
public abstract class Storage {
    private final DType dtype;

    protected Storage(DType dtype) {
        this.dtype = dtype;
    }

    public final DType dtype() { return dtype; }

    /** The device the memory lives on. */
    public abstract Device device();

    /** Number of elements. */
    public abstract int size();

    /** Element {@code i} widened to double (bool gives 0 or 1). */
    public abstract double getDouble(int i);

    /** Element {@code i} as a long (floats truncate toward zero, as a cast does). */
    public abstract long getLong(int i);

    /** Stores {@code v} converted to this storage's dtype, as PyTorch's casts do. */
    public abstract void setDouble(int i, double v);

    /** Stores {@code v} converted to this storage's dtype (integers wrap, bool is {@code v != 0}). */
    public abstract void setLong(int i, long v);

    /** Whether elements must be read as floating values to be exact. */
    public final boolean holdsFloats() { return dtype.isFloatingPoint(); }

    /** True when both storages are the same memory (for {@code shares_memory} checks). */
    public boolean sameMemory(Storage other) {
        return this == other;
    }

    /** A stable number standing for where the memory starts, for {@code data_ptr()}-style comparisons. */
    public long address() {
        return System.identityHashCode(this) & 0xFFFFFFFFL;
    }
}
