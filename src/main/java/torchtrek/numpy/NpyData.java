package torchtrek.numpy;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.ValueError;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.BufferStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The data part of an {@code .npy} file: sizing it from the header without trusting it,
 * copying it into Java arrays (or a byte buffer when big-endian), and laying the result out
 * in C or Fortran order.
 */
final class NpyData {
    private static final int CHUNK = 1 << 20;

    private NpyData() {}

    /** Element count the header's shape asks for, after NumPy's negative-dimension check. */
    static BigInteger count(NpyHeader h) {
        BigInteger n = BigInteger.ONE;
        for (BigInteger d : h.shape()) {
            if (d.signum() < 0) throw new ValueError("negative dimensions are not allowed");
            n = n.multiply(d);
        }
        return n;
    }

    /** The dims as ints, or a clear error past what one tensor can hold. */
    static int[] dims(NpyHeader h) {
        int[] dims = new int[h.shape().size()];
        long[] asLongs = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            BigInteger d = h.shape().get(i);
            if (d.bitLength() > 62) throw new RuntimeError("dimension " + d + " is too large: TorchTrek tensors hold at most "
                + Integer.MAX_VALUE + " elements");
            asLongs[i] = d.longValueExact();
        }
        System.arraycopy(Layout.checkedShape(asLongs), 0, dims, 0, dims.length);
        return dims;
    }

    /** The layout of data stored in C order, or in Fortran order (NumPy reverses the shape and transposes). */
    static Layout layout(int[] dims, boolean fortranOrder) {
        if (!fortranOrder) return Layout.contiguous(dims);
        int[] strides = new int[dims.length];
        int s = 1;
        for (int d = 0; d < dims.length; d++) {
            strides[d] = s;
            s *= Math.max(dims[d], 1);
        }
        return new Layout(dims, strides, 0);
    }

    /**
     * Reads the data that follows the header into memory. The header's claim is checked
     * against free memory (NumPy's "Unable to allocate" error) and against the bytes really
     * there (NumPy's "cannot reshape" error) before anything large is allocated.
     */
    static Tensor copy(ByteSource in, NpyHeader h) {
        NumpyDType dtype = h.descr().dtype();
        BigInteger count = count(h);
        BigInteger bytes = count.multiply(BigInteger.valueOf(dtype.itemsize()));
        if (bytes.compareTo(BigInteger.valueOf(freeMemory())) > 0) throw AllocationMessage.error(h.shape(), dtype);
        long left = in.remaining();
        if (left >= 0 && bytes.compareTo(BigInteger.valueOf(left)) > 0) throw cannotReshape(left / dtype.itemsize(), h.shape());
        int[] dims = dims(h);
        int n = Layout.numelOf(dims);
        Storage storage = dtype.isNative() ? ArrayStorage.allocate(dtype.type(), n) : bigEndianBuffer(dtype, n);
        fill(in, storage, dtype, n, h.shape());
        return new Tensor(storage, layout(dims, h.fortranOrder()));
    }

    private static Storage bigEndianBuffer(NumpyDType dtype, int n) {
        long size = (long) n * dtype.itemsize();
        if (size > Integer.MAX_VALUE) throw new RuntimeError("a big-endian array of " + size + " bytes is too large: "
            + "TorchTrek keeps non-native byte orders in one buffer of at most 2 GiB; convert it with astype() in NumPy first");
        return new BufferStorage(dtype.type(), ByteBuffer.allocate((int) size).order(ByteOrder.BIG_ENDIAN));
    }

    private static long freeMemory() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    static ValueError cannotReshape(long size, List<BigInteger> shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.size(); i++) b.append(i > 0 ? ", " : "").append(shape.get(i));
        b.append(shape.size() == 1 ? ",)" : ")");
        return new ValueError("cannot reshape array of size " + size + " into shape " + b);
    }

    /** Copies {@code n} elements from {@code in} into {@code storage}, a chunk at a time. */
    private static void fill(ByteSource in, Storage storage, NumpyDType dtype, int n, List<BigInteger> shape) {
        int item = dtype.itemsize();
        if (storage instanceof BufferStorage b) {
            ByteBuffer all = b.buffer().duplicate();
            all.clear();
            readFully(in, all);
            if (all.hasRemaining()) throw cannotReshape(all.position() / item, shape);
            return;
        }
        ByteBuffer mapped = in.map((long) n * item);
        if (mapped != null) {
            decode(mapped.order(ByteOrder.LITTLE_ENDIAN), (ArrayStorage) storage, 0, n);
            return;
        }
        ByteBuffer chunk = in.chunk((int) Math.min(CHUNK, (long) n * item)).order(ByteOrder.LITTLE_ENDIAN);
        int done = 0;
        while (done < n) {
            chunk.clear();
            chunk.limit(Math.min(chunk.capacity() / item, n - done) * item);
            readFully(in, chunk);
            boolean ended = chunk.hasRemaining();
            chunk.flip();
            int got = chunk.remaining() / item;
            decode(chunk, (ArrayStorage) storage, done, got);
            done += got;
            if (ended) break;
        }
        if (done < n) throw cannotReshape(done, shape);
    }

    private static void readFully(ByteSource in, ByteBuffer into) {
        while (into.hasRemaining() && in.read(into) >= 0) { /* until full or at the end */ }
    }

    /** Little-endian bytes into the typed array at element {@code at}; bools become 0 or 1 as NumPy reads them. */
    private static void decode(ByteBuffer b, ArrayStorage s, int at, int n) {
        switch (s.dtype()) {
            case FLOAT64: b.asDoubleBuffer().get(((ArrayStorage.Doubles) s).data, at, n); break;
            case FLOAT32: b.asFloatBuffer().get(((ArrayStorage.Floats) s).data, at, n); break;
            case INT64: b.asLongBuffer().get(((ArrayStorage.Longs) s).data, at, n); break;
            case INT32: b.asIntBuffer().get(((ArrayStorage.Ints) s).data, at, n); break;
            case INT16: case FLOAT16: b.asShortBuffer().get(((ArrayStorage.Shorts) s).data, at, n); break;
            case BOOL: {
                byte[] d = ((ArrayStorage.Bytes) s).data;
                for (int i = 0; i < n; i++) d[at + i] = (byte) (b.get(i) != 0 ? 1 : 0);
                break;
            }
            default: b.get(((ArrayStorage.Bytes) s).data, at, n);
        }
    }

    /** The elements of {@code t} in C order (or Fortran order), as the bytes of {@code dtype}. */
    static void encode(Tensor t, NumpyDType dtype, boolean fortranOrder, ByteSink out) {
        Tensor ordered = fortranOrder ? Tensor.viewOf(t, t.layout().permute(reversed(t.layout().dim()))) : t;
        Layout l = ordered.layout();
        Storage s = ordered.storage();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, (long) Math.max(l.numel(), 1) * dtype.itemsize()))
            .order(dtype.byteOrder());
        if (s instanceof ArrayStorage a && l.isContiguous() && dtype.isNative() && a.dtype() != DType.BOOL) {
            int per = buf.capacity() / dtype.itemsize();
            for (int done = 0; done < l.numel(); done += per) {
                int n = Math.min(per, l.numel() - done);
                buf.clear();
                bulk(buf, a, l.offset() + done, n);
                out.write(buf.array(), n * dtype.itemsize());
            }
            return;
        }
        int[] index = new int[l.dim()];
        for (int i = 0; i < l.numel(); i++) {
            if (buf.remaining() < dtype.itemsize()) {
                out.write(buf.array(), buf.position());
                buf.clear();
            }
            put(buf, s, l.position(index), dtype.type());
            for (int d = index.length - 1; d >= 0 && ++index[d] == l.size(d); d--) index[d] = 0;
        }
        out.write(buf.array(), buf.position());
    }

    /** {@code n} elements of a typed array from {@code at}, as little-endian bytes. */
    private static void bulk(ByteBuffer b, ArrayStorage s, int at, int n) {
        switch (s.dtype()) {
            case FLOAT64: b.asDoubleBuffer().put(((ArrayStorage.Doubles) s).data, at, n); break;
            case FLOAT32: b.asFloatBuffer().put(((ArrayStorage.Floats) s).data, at, n); break;
            case INT64: b.asLongBuffer().put(((ArrayStorage.Longs) s).data, at, n); break;
            case INT32: b.asIntBuffer().put(((ArrayStorage.Ints) s).data, at, n); break;
            case INT16: case FLOAT16: b.asShortBuffer().put(((ArrayStorage.Shorts) s).data, at, n); break;
            default: b.put(((ArrayStorage.Bytes) s).data, at, n);
        }
    }

    private static long[] reversed(int n) {
        long[] dims = new long[n];
        for (int i = 0; i < n; i++) dims[i] = n - 1 - i;
        return dims;
    }

    private static void put(ByteBuffer b, Storage s, int p, DType type) {
        switch (type) {
            case FLOAT64: b.putDouble(s.getDouble(p)); break;
            case FLOAT32: b.putFloat((float) s.getDouble(p)); break;
            case FLOAT16: b.putShort(Float.floatToFloat16((float) s.getDouble(p))); break;
            case INT64: b.putLong(s.getLong(p)); break;
            case INT32: b.putInt((int) s.getLong(p)); break;
            case INT16: b.putShort((short) s.getLong(p)); break;
            default: b.put((byte) s.getLong(p));
        }
    }

    /** Where encoded bytes go (a file channel or a zip entry). */
    interface ByteSink {
        void write(byte[] bytes, int length);
    }
}
