package torchtrek.backend.cuda;

import java.nio.ByteBuffer;

import torchtrek.tensor.ArrayStorage;

/**
 * Copies runs of elements between Java arrays and a native-order byte buffer (a pinned
 * staging buffer), bit for bit: bulk puts and gets that the JDK turns into memcpy.
 */
final class HostStaging {
    private HostStaging() {}

    /** Copies {@code n} elements of {@code a} from index {@code from} to the start of {@code buf}. */
    static void put(ArrayStorage a, int from, int n, ByteBuffer buf) {
        ByteBuffer b = buf.duplicate().order(buf.order());
        b.clear();
        if (a instanceof ArrayStorage.Floats f) b.asFloatBuffer().put(f.data, from, n);
        else if (a instanceof ArrayStorage.Doubles d) b.asDoubleBuffer().put(d.data, from, n);
        else if (a instanceof ArrayStorage.Longs l) b.asLongBuffer().put(l.data, from, n);
        else if (a instanceof ArrayStorage.Ints i) b.asIntBuffer().put(i.data, from, n);
        else if (a instanceof ArrayStorage.Shorts s) b.asShortBuffer().put(s.data, from, n);
        else b.put(((ArrayStorage.Bytes) a).data, from, n);
    }

    /** Copies {@code n} elements from the start of {@code buf} into {@code a} at index {@code from}. */
    static void get(ByteBuffer buf, ArrayStorage a, int from, int n) {
        ByteBuffer b = buf.duplicate().order(buf.order());
        b.clear();
        if (a instanceof ArrayStorage.Floats f) b.asFloatBuffer().get(f.data, from, n);
        else if (a instanceof ArrayStorage.Doubles d) b.asDoubleBuffer().get(d.data, from, n);
        else if (a instanceof ArrayStorage.Longs l) b.asLongBuffer().get(l.data, from, n);
        else if (a instanceof ArrayStorage.Ints i) b.asIntBuffer().get(i.data, from, n);
        else if (a instanceof ArrayStorage.Shorts s) b.asShortBuffer().get(s.data, from, n);
        else b.get(((ArrayStorage.Bytes) a).data, from, n);
    }
}
