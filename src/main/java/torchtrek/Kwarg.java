package torchtrek;

/**
 * One Python keyword argument, written in Java as a call to the pre-imported factory of the
 * same name: {@code dtype(torch.int64)}, {@code keepdim(true)}, {@code out(result)}.
 * Pass them last: {@code torch.zeros(5, 3, dtype(torch.int64))}.
 */
public final class Kwarg {
    private final String name;
    private final Object value;

    Kwarg(String name, Object value) {
        this.name = name;
        this.value = value;
    }

    public String name() { return name; }

    public Object value() { return value; }

    @Override
    public String toString() {
        return name + "=" + Python.repr(value);
    }
}
