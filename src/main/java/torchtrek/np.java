package torchtrek;

import torchtrek.errors.RuntimeError;
import torchtrek.errors.TypeError;
import torchtrek.format.NumpyFormatter;
import torchtrek.ops.Creation;
import torchtrek.ops.Elementwise;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The part of NumPy the course needs ({@code np.ones}, {@code np.array}, {@code np.add(a, 1, out(a))}),
 * and the bridge: {@code torch.from_numpy(a)} and {@code t.numpy()} share memory, so a change
 * through one is seen through the other, as in PyTorch.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class np {
    private np() {}

    /** NumPy's array: a view of memory shared with the tensors made from it. Prints as NumPy prints. */
    public static final class ndarray implements Python.HasRepr {
        private final Tensor data;

        ndarray(Tensor data) {
            this.data = data;
        }

        /** The tensor seeing the same memory (no autograd). */
        public Tensor tensorView() { return data; }

        public Tuple<Long> shape() { return Tuple.ofLongs(data.layout().shape()); }

        public long ndim() { return data.layout().dim(); }

        public long size() { return data.numel(); }

        public String dtype() { return numpyName(data.dtype()); }

        @Override
        public String toString() { return NumpyFormatter.str(data); }

        @Override
        public String repr() { return NumpyFormatter.repr(data); }
    }

    /** NumPy's name for a dtype ({@code float64}, {@code int64}, {@code bool}). */
    public static String numpyName(DType d) {
        return d.shortName();
    }

    // ------------------------------------------------------------------ the bridge

    /** {@code t.numpy()}: CPU tensors that do not require grad only, as in PyTorch. */
    static ndarray fromTensor(Tensor t) {
        if (t.requires_grad()) throw new RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
        if (!t.device().isCpu()) throw new TypeError("can't convert " + t.device() + " device type tensor to numpy. Use Tensor.cpu() "
            + "to copy the tensor to host memory first.");
        if (t.dtype() == DType.BFLOAT16) throw new TypeError("Got unsupported ScalarType BFloat16");
        return new ndarray(sharing(t));
    }

    /** A new tensor object over the same memory and version counter, without history. */
    private static Tensor sharing(Tensor t) {
        return t.detach();
    }

    static Tensor toTensorShared(ndarray a) {
        return sharing(a.data);
    }

    static Tensor asTensor(Object data, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("as_tensor", kw, "dtype", "device");
        Tensor source = data instanceof ndarray a ? a.data : data instanceof Tensor t ? t : null;
        if (source == null) return Creation.tensor(data, kw);
        DType dtype = p.dtype(source.dtype());
        Device device = p.device(source.device());
        if (dtype == source.dtype() && device.equals(source.device())) return data instanceof ndarray ? sharing(source) : source;
        return source.to(device, dtype);
    }

    static Tensor fromArray(Storage storage, long... shape) {
        int[] dims = shape.length == 0 ? new int[] {storage.size()} : Layout.inferShape(shape, storage.size());
        return new Tensor(storage, Layout.contiguous(dims));
    }

    // ------------------------------------------------------------------ creation

    /** {@code np.array(data)}: doubles give float64, integers int64, booleans bool (NumPy's rules). */
    public static ndarray array(Object data, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("array", kw, "dtype");
        Tensor t;
        try (var off = torchtrek.autograd.GradMode.guard(false)) {
            DType previous = torchtrek.ops.Defaults.floatDType();
            torchtrek.ops.Defaults.setFloatDType(DType.FLOAT64);
            try {
                t = Creation.tensor(data);
            } finally {
                torchtrek.ops.Defaults.setFloatDType(previous);
            }
        }
        return new ndarray(p.has("dtype") ? Elementwise.cast(t, p.dtype(t.dtype())) : t);
    }

    public static ndarray ones(long... shape) {
        return new ndarray(torch.ones(shape, Kwargs.dtype(DType.FLOAT64)));
    }

    public static ndarray zeros(long... shape) {
        return new ndarray(torch.zeros(shape, Kwargs.dtype(DType.FLOAT64)));
    }

    /** {@code np.add(a, b, out=a)}: writes into {@code out} when given. */
    public static ndarray add(ndarray a, double b, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("add", kw, "out");
        Object out = p.get("out");
        Tensor result = a.data.add(b);
        if (out instanceof Tensor target) {
            target.copy_(result);
            return new ndarray(target);
        }
        return new ndarray(result);
    }

    /** Whether two arrays (or an array and a tensor's memory) overlap, as {@code np.shares_memory}. */
    public static boolean shares_memory(ndarray a, ndarray b) {
        return a.data.storage().sameMemory(b.data.storage());
    }
}
