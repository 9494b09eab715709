package torchtrek;

/**
 * What {@code x.max(dim)} and {@code x.min(dim)} return: PyTorch's named tuple
 * {@code torch.return_types.max(values=..., indices=...)}. {@code get(0)}/{@code get(1)}
 * index it like a tuple.
 */
public record MinMax(String name, Tensor values, Tensor indices) {
    public Tensor values() { return values; }

    public Tensor indices() { return indices; }

    /** {@code result[0]} is the values, {@code result[1]} the indices. */
    public Tensor get(int i) {
        switch (i) {
            case 0: case -2: return values;
            case 1: case -1: return indices;
            default: throw new torchtrek.errors.IndexError("tuple index out of range");
        }
    }

    @Override
    public String toString() {
        return "torch.return_types." + name + "(\nvalues=" + values + ",\nindices=" + indices + ")";
    }
}
