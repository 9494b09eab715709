package torchtrek;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable sequence that prints like a Python tuple: {@code (3, 1)}, {@code (tensor(2.),)},
 * {@code ()}. Returned where PyTorch returns a tuple (strides, {@code autograd.grad} results,
 * {@code next_functions}).
 */
public final class Tuple<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] items;

    private Tuple(Object[] items) {
        this.items = items;
    }

    @SafeVarargs
    public static <T> Tuple<T> of(T... items) {
        return new Tuple<>(items.clone());
    }

    public static <T> Tuple<T> copyOf(List<? extends T> items) {
        return new Tuple<>(items.toArray());
    }

    public static Tuple<Long> ofLongs(int[] values) {
        Object[] boxed = new Object[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = (long) values[i];
        return new Tuple<>(boxed);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Python.repr(items[i]));
        }
        if (items.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof Tuple<?> t) return Arrays.equals(items, t.items);
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }
}
