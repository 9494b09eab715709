package torchtrek;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** A tensor's shape, {@code torch.Size}: a tuple of ints that prints as {@code torch.Size([2, 3])}. */
public final class Size extends AbstractList<Long> implements RandomAccess {
    private final int[] dims;

    public Size(int[] dims) {
        this.dims = dims.clone();
    }

    public static Size of(long... dims) {
        int[] d = new int[dims.length];
        for (int i = 0; i < dims.length; i++) d[i] = Math.toIntExact(dims[i]);
        return new Size(d);
    }

    @Override
    public Long get(int index) {
        return (long) dims[index < 0 ? index + dims.length : index];
    }

    @Override
    public int size() {
        return dims.length;
    }

    /** The number of elements a tensor of this shape holds ({@code torch.Size.numel()}). */
    public long numel() {
        long n = 1;
        for (int d : dims) n *= d;
        return n;
    }

    public long[] toLongArray() {
        long[] out = new long[dims.length];
        for (int i = 0; i < dims.length; i++) out[i] = dims[i];
        return out;
    }

    public int[] toIntArray() {
        return dims.clone();
    }

    /** Sizes given as a Java list (of any Number type) as a long array. */
    public static long[] toLongs(List<? extends Number> sizes) {
        long[] out = new long[sizes.size()];
        for (int i = 0; i < out.length; i++) out[i] = sizes.get(i).longValue();
        return out;
    }

    @Override
    public String toString() {
        return "torch.Size(" + Arrays.toString(dims) + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Size s) return Arrays.equals(dims, s.dims);
        if (o instanceof List<?> l) {
            if (l.size() != dims.length) return false;
            for (int i = 0; i < dims.length; i++) {
                if (!(l.get(i) instanceof Number n) || n.longValue() != dims[i]) return false;
            }
            return true;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }
}
