package torchtrek;

import java.nio.MappedByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import torchtrek.backend.CompareOp;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.numpy.ArrayCreation;
import torchtrek.numpy.Bridge;
import torchtrek.numpy.NpyFiles;
import torchtrek.numpy.NpzArchive;
import torchtrek.numpy.NumpyDType;
import torchtrek.numpy.Overlap;
import torchtrek.numpy.RandomState;
import torchtrek.numpy.Ufuncs;
import torchtrek.ops.Creation;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;

/**
 * The part of NumPy the course needs, with NumPy's names, dtypes, printing and errors, and the
 * bridge to tensors: {@code torch.from_numpy(a)} and {@code t.numpy()} share memory, so a change
 * through one is seen through the other. Real NumPy is reached through files:
 * {@code np.save}/{@code np.load} read and write {@code .npy} and {@code .npz} byte for byte as
 * NumPy does, and {@code np.load(path, mmap_mode("r+"))} maps the file itself.
 *
 * <p>Spelling: a keyword is a trailing {@code Kwarg} ({@code np.add(a, 1, out(a))},
 * {@code a.sum(axis(0))}); Python's operators are methods ({@code a.add(b)}, {@code a.matmul(b)});
 * {@code a[...]} is {@code a.get("...")} and {@code a[...] = v} is {@code a.set("...", v)}.
 * Implementation: {@code torchtrek.numpy}.
 */
@SuppressWarnings({"checkstyle:TypeName", "checkstyle:ConstantName"})
public final class np {
    private np() {}

    public static final NumpyDType bool_ = NumpyDType.of(DType.BOOL);
    public static final NumpyDType uint8 = NumpyDType.of(DType.UINT8);
    public static final NumpyDType int8 = NumpyDType.of(DType.INT8);
    public static final NumpyDType int16 = NumpyDType.of(DType.INT16);
    public static final NumpyDType int32 = NumpyDType.of(DType.INT32);
    public static final NumpyDType int64 = NumpyDType.of(DType.INT64);
    public static final NumpyDType float16 = NumpyDType.of(DType.FLOAT16);
    public static final NumpyDType float32 = NumpyDType.of(DType.FLOAT32);
    public static final NumpyDType float64 = NumpyDType.of(DType.FLOAT64);
    public static final double nan = Double.NaN;
    public static final double inf = Double.POSITIVE_INFINITY;
    public static final double pi = Math.PI;
    public static final double e = Math.E;

    /**
     * NumPy's array: a view of memory (a Java array, or a mapped file) that tensors made with
     * {@code torch.from_numpy} share. {@code toString()} is NumPy's {@code str}, {@code repr()}
     * its {@code repr}. Results that NumPy gives as scalars ({@code a.sum()}, {@code a.get("0")}
     * on a vector) are 0-d arrays that print as those scalars do.
     */
    public static class ndarray implements Python.HasRepr {
        final Tensor data;
        final boolean scalar;

        ndarray(Tensor data, boolean scalar) {
            this.data = data;
            this.scalar = scalar;
        }

        /** The tensor over this array's memory (no autograd, its own version counter). */
        public Tensor tensorView() { return data; }

        /** A view of the same memory with another layout, keeping the array's class (a memmap's views are memmaps). */
        ndarray view(Tensor t) { return new ndarray(t, false); }

        // ---------------------------------------------------------------- attributes

        public Tuple<Long> shape() { return Tuple.ofLongs(data.layout().shape()); }

        public long ndim() { return data.layout().dim(); }

        public long size() { return data.numel(); }

        public NumpyDType dtype() { return NumpyDType.of(data.storage()); }

        public long itemsize() { return data.dtype().itemSize(); }

        public long nbytes() { return data.numel() * itemsize(); }

        /** Strides in bytes, as NumPy counts them. */
        public Tuple<Long> strides() {
            int[] s = data.layout().strides().clone();
            for (int i = 0; i < s.length; i++) s[i] *= data.dtype().itemSize();
            return Tuple.ofLongs(s);
        }

        /** {@code a.T}: the axes reversed, a view. */
        public ndarray T() { return view(NdArrays.transpose(data)); }

        public ndarray transpose() { return T(); }

        // ---------------------------------------------------------------- conversions

        public ndarray copy() { return new ndarray(NdArrays.copy(data, data.dtype()), false); }

        public ndarray astype(NumpyDType dtype) { return new ndarray(NdArrays.copy(data, dtype.type()), false); }

        /** A view when the memory allows it, else a copy; NumPy's message when the sizes differ. */
        public ndarray reshape(long... shape) { return wrapShaped(NdArrays.reshape(data, shape)); }

        public ndarray flatten() { return new ndarray(NdArrays.copy(data, data.dtype()).view(-1), false); }

        public ndarray ravel() { return reshape(-1); }

        private ndarray wrapShaped(Tensor t) {
            return t.storage() == data.storage() ? view(t) : new ndarray(t, false);
        }

        /** Nested lists of Double, Long or Boolean (a single value for 0-d), like {@code a.tolist()}. */
        public Object tolist() { return data.tolist(); }

        /** The only element as a Java number or boolean, like {@code a.item()}. */
        public Object item() { return NdArrays.item(data); }

        /** Every element set to {@code value}. */
        public void fill(double value) { NdArrays.assign(this, "...", Tensor.wrap(value)); }

        public void fill(long value) { NdArrays.assign(this, "...", Tensor.wrap(value)); }

        // ---------------------------------------------------------------- indexing

        /** {@code a[...]} with Python's index syntax: {@code a.get("0")}, {@code a.get(":, 1")}, {@code a.get("..., ::2")}. */
        public ndarray get(String index) { return NdArrays.get(this, index); }

        public ndarray get(long i) { return get(Long.toString(i)); }

        public ndarray get(long i, long j) { return get(i + ", " + j); }

        /** {@code a[mask]} with a bool array, or {@code a[idx]} with an integer array. */
        public ndarray get(ndarray index) { return NdArrays.get(this, index.data); }

        /** {@code a[...] = value}. */
        public void set(String index, double value) { NdArrays.assign(this, index, Tensor.wrap(value)); }

        public void set(String index, long value) { NdArrays.assign(this, index, Tensor.wrap(value)); }

        public void set(String index, boolean value) { NdArrays.assign(this, index, Tensor.wrap(value)); }

        public void set(String index, ndarray value) { NdArrays.assign(this, index, value.data); }

        public void set(long i, double value) { set(Long.toString(i), value); }

        public void set(long i, long value) { set(Long.toString(i), value); }

        // ---------------------------------------------------------------- operators (Python's + - * / // % ** @)

        public ndarray add(Object other) { return np.add(this, other); }

        public ndarray sub(Object other) { return np.subtract(this, other); }

        public ndarray mul(Object other) { return np.multiply(this, other); }

        public ndarray div(Object other) { return np.divide(this, other); }

        public ndarray floordiv(Object other) { return np.floor_divide(this, other); }

        public ndarray mod(Object other) { return np.remainder(this, other); }

        public ndarray pow(Object other) { return np.power(this, other); }

        public ndarray neg() { return np.negative(this); }

        public ndarray abs() { return np.absolute(this); }

        /** Python's {@code a @ b}. */
        public ndarray matmul(ndarray other) { return np.matmul(this, other); }

        public ndarray dot(ndarray other) { return np.dot(this, other); }

        public ndarray eq(Object other) { return np.equal(this, other); }

        public ndarray ne(Object other) { return np.not_equal(this, other); }

        public ndarray gt(Object other) { return np.greater(this, other); }

        public ndarray ge(Object other) { return np.greater_equal(this, other); }

        public ndarray lt(Object other) { return np.less(this, other); }

        public ndarray le(Object other) { return np.less_equal(this, other); }

        // ---------------------------------------------------------------- reductions

        public ndarray sum(Kwarg... kw) { return NdArrays.reduce("sum", this, null, kw); }

        public ndarray sum(long axis, Kwarg... kw) { return NdArrays.reduce("sum", this, axis, kw); }

        public ndarray mean(Kwarg... kw) { return NdArrays.reduce("mean", this, null, kw); }

        public ndarray mean(long axis, Kwarg... kw) { return NdArrays.reduce("mean", this, axis, kw); }

        public ndarray prod(Kwarg... kw) { return NdArrays.reduce("prod", this, null, kw); }

        public ndarray prod(long axis, Kwarg... kw) { return NdArrays.reduce("prod", this, axis, kw); }

        public ndarray max(Kwarg... kw) { return NdArrays.reduce("max", this, null, kw); }

        public ndarray max(long axis, Kwarg... kw) { return NdArrays.reduce("max", this, axis, kw); }

        public ndarray min(Kwarg... kw) { return NdArrays.reduce("min", this, null, kw); }

        public ndarray min(long axis, Kwarg... kw) { return NdArrays.reduce("min", this, axis, kw); }

        public ndarray argmax(Kwarg... kw) { return NdArrays.argExtreme(true, this, null, kw); }

        public ndarray argmax(long axis) { return NdArrays.argExtreme(true, this, axis); }

        public ndarray argmin(Kwarg... kw) { return NdArrays.argExtreme(false, this, null, kw); }

        public ndarray argmin(long axis) { return NdArrays.argExtreme(false, this, axis); }

        // ---------------------------------------------------------------- printing

        /** NumPy's {@code str(a)} ({@code print(a)}): {@code [1. 2. 3.]}. */
        @Override
        public String toString() { return NdArrays.str(this); }

        /** NumPy's {@code repr(a)}: {@code array([1., 2., 3.])}. */
        @Override
        public String repr() { return NdArrays.repr(this, "array"); }
    }

    /** The array {@code np.load(path, mmap_mode(...))} returns: its memory is the file's. */
    public static final class memmap extends ndarray {
        private final MappedByteBuffer mapping;

        memmap(Tensor data, MappedByteBuffer mapping) {
            super(data, false);
            this.mapping = mapping;
        }

        @Override
        ndarray view(Tensor t) { return new memmap(t, mapping); }

        /** Writes changes through to the disk now (the file's page cache already has them). */
        public void flush() { mapping.force(); }

        @Override
        public String repr() { return NdArrays.repr(this, "memmap"); }
    }

    /** What {@code np.load} returns for an {@code .npz} archive: arrays by name, read when asked for. */
    public static final class NpzFile implements AutoCloseable {
        private final NpzArchive archive;

        NpzFile(NpzArchive archive) {
            this.archive = archive;
        }

        /** {@code data.files}: the names of the arrays. */
        public List<String> files() { return archive.files(); }

        /** {@code data["name"]}. */
        public ndarray get(String name) { return new ndarray(archive.get(name), false); }

        @Override
        public void close() { archive.close(); }

        @Override
        public String toString() { return archive.toString(); }
    }

    // ==================================================================================== the bridge

    /** {@code t.numpy()}: an array over the tensor's memory. */
    static ndarray fromTensor(Tensor t) { return wrap(Bridge.toNumpy(t)); }

    /** {@code torch.from_numpy(a)}: a tensor over the array's memory. */
    static Tensor toTensorShared(ndarray a) { return Bridge.fromNumpy(a.data, !NdArrays.readOnly(a.data)); }

    /** {@code torch.tensor(a)}: a copy with the array's dtype. */
    static Tensor toTensorCopy(ndarray a, Kwarg... kw) {
        Bridge.checkConvertible(a.data);
        return Creation.tensor(a, kw);
    }

    /** {@code torch.as_tensor(data)}: shares an array's or tensor's memory when dtype and device stay, else copies. */
    static Tensor asTensor(Object data, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("as_tensor", kw, "dtype", "device");
        if (data instanceof ndarray a) Bridge.checkConvertible(a.data);
        Tensor source = data instanceof ndarray a ? a.data : data instanceof Tensor t ? t : null;
        if (source == null) return Creation.tensor(data, kw);
        DType dtype = p.dtype(source.dtype());
        Device device = p.device(source.device());
        if (dtype != source.dtype() || !device.equals(source.device())) return source.to(device, dtype);
        return data instanceof ndarray a ? toTensorShared(a) : source;
    }

    static ndarray wrap(Tensor t) {
        return new ndarray(t, false);
    }

    static ndarray scalar(Tensor t) {
        return new ndarray(t, true);
    }

    // ==================================================================================== creation

    /** {@code np.array(data)}: Java arrays, Lists, an ndarray (copied) or a tensor (copied, as NumPy does). */
    public static ndarray array(Object data, Kwarg... kw) { return wrap(NdArrays.array(data, kw, true)); }

    /** {@code np.asarray(data)}: an ndarray as it is, a tensor's memory shared, anything else copied. */
    public static ndarray asarray(Object data, Kwarg... kw) {
        if (data instanceof ndarray a && kw.length == 0) return a;
        return wrap(NdArrays.array(data, kw, false));
    }

    public static ndarray zeros(long d0, Kwarg... kw) { return zeros(new long[] {d0}, kw); }

    public static ndarray zeros(long d0, long d1, Kwarg... kw) { return zeros(new long[] {d0, d1}, kw); }

    public static ndarray zeros(long d0, long d1, long d2, Kwarg... kw) { return zeros(new long[] {d0, d1, d2}, kw); }

    public static ndarray zeros(long[] shape, Kwarg... kw) { return wrap(NdArrays.full(shape, 0L, float64, kw)); }

    public static ndarray ones(long d0, Kwarg... kw) { return ones(new long[] {d0}, kw); }

    public static ndarray ones(long d0, long d1, Kwarg... kw) { return ones(new long[] {d0, d1}, kw); }

    public static ndarray ones(long d0, long d1, long d2, Kwarg... kw) { return ones(new long[] {d0, d1, d2}, kw); }

    public static ndarray ones(long[] shape, Kwarg... kw) { return wrap(NdArrays.full(shape, 1L, float64, kw)); }

    /** {@code np.empty}: TorchTrek's memory is always initialised, so these are zeros. */
    public static ndarray empty(long d0, Kwarg... kw) { return zeros(d0, kw); }

    public static ndarray empty(long[] shape, Kwarg... kw) { return zeros(shape, kw); }

    /** {@code np.full(shape, value)}: the dtype of the value unless given. */
    public static ndarray full(long[] shape, Object value, Kwarg... kw) { return wrap(NdArrays.full(shape, value, null, kw)); }

    public static ndarray zeros_like(ndarray a, Kwarg... kw) { return wrap(NdArrays.full(longs(a), 0L, a.dtype(), kw)); }

    public static ndarray ones_like(ndarray a, Kwarg... kw) { return wrap(NdArrays.full(longs(a), 1L, a.dtype(), kw)); }

    private static long[] longs(ndarray a) { return a.data.shape().toLongArray(); }

    /** {@code np.arange(stop)}: int64 for integers. */
    public static ndarray arange(long stop) { return arange(0, stop, 1); }

    public static ndarray arange(long start, long stop) { return arange(start, stop, 1); }

    public static ndarray arange(long start, long stop, long step) {
        return wrap(ArrayCreation.arange(start, stop, step, DType.INT64));
    }

    /** {@code np.arange(5.0)} and friends: float64 for floats. */
    public static ndarray arange(double stop) { return arange(0.0, stop, 1.0); }

    public static ndarray arange(double start, double stop) { return arange(start, stop, 1.0); }

    public static ndarray arange(double start, double stop, double step) {
        return wrap(ArrayCreation.arange(start, stop, step, DType.FLOAT64));
    }

    /** {@code np.linspace(start, stop, num=50)}. */
    public static ndarray linspace(double start, double stop) { return linspace(start, stop, 50); }

    public static ndarray linspace(double start, double stop, long num) {
        return wrap(ArrayCreation.linspace(start, stop, Math.toIntExact(num)));
    }

    public static ndarray eye(long n, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("eye", kw, "dtype");
        return wrap(ArrayCreation.eye(Math.toIntExact(n), Math.toIntExact(n), p.dtype(DType.FLOAT64)));
    }

    public static ndarray copy(ndarray a) { return a.copy(); }

    public static ndarray reshape(ndarray a, long... shape) { return a.reshape(shape); }

    public static ndarray transpose(ndarray a) { return a.T(); }

    public static ndarray ravel(ndarray a) { return a.ravel(); }

    // ==================================================================================== ufuncs

    /** {@code np.add(a, b, out=...)}; a and b are arrays or Java numbers (Python scalars). */
    public static ndarray add(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.ADD, a, b, kw); }

    public static ndarray subtract(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.SUBTRACT, a, b, kw); }

    public static ndarray multiply(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.MULTIPLY, a, b, kw); }

    public static ndarray divide(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.DIVIDE, a, b, kw); }

    public static ndarray true_divide(Object a, Object b, Kwarg... kw) { return divide(a, b, kw); }

    public static ndarray floor_divide(Object a, Object b, Kwarg... kw) {
        return NdArrays.binary(Ufuncs.Binary.FLOOR_DIVIDE, a, b, kw);
    }

    public static ndarray remainder(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.REMAINDER, a, b, kw); }

    public static ndarray mod(Object a, Object b, Kwarg... kw) { return remainder(a, b, kw); }

    public static ndarray power(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.POWER, a, b, kw); }

    public static ndarray maximum(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.MAXIMUM, a, b, kw); }

    public static ndarray minimum(Object a, Object b, Kwarg... kw) { return NdArrays.binary(Ufuncs.Binary.MINIMUM, a, b, kw); }

    public static ndarray negative(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.NEGATIVE, a, kw); }

    public static ndarray absolute(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.ABSOLUTE, a, kw); }

    public static ndarray abs(Object a, Kwarg... kw) { return absolute(a, kw); }

    public static ndarray square(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.SQUARE, a, kw); }

    public static ndarray sqrt(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.SQRT, a, kw); }

    public static ndarray exp(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.EXP, a, kw); }

    public static ndarray log(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.LOG, a, kw); }

    public static ndarray sin(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.SIN, a, kw); }

    public static ndarray cos(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.COS, a, kw); }

    public static ndarray tanh(Object a, Kwarg... kw) { return NdArrays.unary(Ufuncs.Unary.TANH, a, kw); }

    public static ndarray equal(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.EQ, NdArrays.operand(a), NdArrays.operand(b))); }

    public static ndarray not_equal(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.NE, NdArrays.operand(a), NdArrays.operand(b))); }

    public static ndarray greater(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.GT, NdArrays.operand(a), NdArrays.operand(b))); }

    public static ndarray greater_equal(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.GE, NdArrays.operand(a), NdArrays.operand(b))); }

    public static ndarray less(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.LT, NdArrays.operand(a), NdArrays.operand(b))); }

    public static ndarray less_equal(Object a, Object b) { return wrap(Ufuncs.compare(CompareOp.LE, NdArrays.operand(a), NdArrays.operand(b))); }

    // ==================================================================================== reductions and linear algebra

    public static ndarray sum(ndarray a, Kwarg... kw) { return a.sum(kw); }

    public static ndarray mean(ndarray a, Kwarg... kw) { return a.mean(kw); }

    public static ndarray prod(ndarray a, Kwarg... kw) { return a.prod(kw); }

    public static ndarray max(ndarray a, Kwarg... kw) { return a.max(kw); }

    public static ndarray min(ndarray a, Kwarg... kw) { return a.min(kw); }

    public static ndarray amax(ndarray a, Kwarg... kw) { return a.max(kw); }

    public static ndarray amin(ndarray a, Kwarg... kw) { return a.min(kw); }

    public static ndarray argmax(ndarray a, Kwarg... kw) { return a.argmax(kw); }

    public static ndarray argmin(ndarray a, Kwarg... kw) { return a.argmin(kw); }

    /** {@code np.matmul(a, b)}, Python's {@code a @ b}. */
    public static ndarray matmul(ndarray a, ndarray b) { return NdArrays.matmul(a, b); }

    public static ndarray dot(ndarray a, ndarray b) { return NdArrays.dot(a, b); }

    // ==================================================================================== memory

    /** {@code np.shares_memory(a, b)}: arrays or tensors with at least one element of memory in common. */
    public static boolean shares_memory(Object a, Object b) { return Overlap.sharesMemory(NdArrays.memory(a), NdArrays.memory(b)); }

    /** {@code np.may_share_memory(a, b)}: whether their memory ranges overlap (a quicker, looser check). */
    public static boolean may_share_memory(Object a, Object b) {
        return Overlap.mayShareMemory(NdArrays.memory(a), NdArrays.memory(b));
    }

    // ==================================================================================== files

    /** {@code np.save(file, a)}: NumPy's {@code .npy} format, byte for byte; ".npy" is added to a name without it. */
    public static void save(String file, Object a) {
        ndarray arr = asarray(a);
        NpyFiles.save(file, arr.data, arr.dtype());
    }

    /**
     * {@code np.load(file)} for an {@code .npy} file: a copy in memory, or with
     * {@code mmap_mode("r")}, {@code ("r+")} or {@code ("c")} a {@link memmap} whose memory is
     * the file's. Pickles are never loaded. For an {@code .npz} archive use {@link #load_npz}
     * (Java must know the type NumPy's {@code np.load} returns).
     */
    public static ndarray load(String file, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("load", kw, "mmap_mode", "allow_pickle");
        Object loaded = NpyFiles.load(file, p.string("mmap_mode", null), p.bool("allow_pickle", false));
        if (loaded instanceof NpzArchive archive) {
            archive.close();
            throw new TypeError(Python.repr(file) + " is an .npz archive: in Java open it with np.load_npz(...), which "
                + "returns the NpzFile that np.load returns in Python");
        }
        NpyFiles.LoadedArray a = (NpyFiles.LoadedArray) loaded;
        return a.mapping() == null ? wrap(a.data()) : new memmap(a.data(), a.mapping());
    }

    /** {@code np.load(file)} for an {@code .npz} archive: an {@link NpzFile} to read arrays from by name. */
    public static NpzFile load_npz(String file, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("load", kw, "allow_pickle");
        Object loaded = NpyFiles.load(file, null, p.bool("allow_pickle", false));
        if (loaded instanceof NpzArchive archive) return new NpzFile(archive);
        throw new ValueError(Python.repr(file) + " is an .npy file, not an .npz archive: open it with np.load(...)");
    }

    /** {@code np.savez(file, a, b)}: the arrays as {@code arr_0}, {@code arr_1}... in an uncompressed zip. */
    public static void savez(String file, ndarray... arrays) { NdArrays.savez(file, positional(arrays), false); }

    /** {@code np.savez(file, x=a, y=b)}: the arrays under the given names. */
    public static void savez(String file, Map<String, ndarray> arrays) { NdArrays.savez(file, arrays, false); }

    public static void savez_compressed(String file, ndarray... arrays) { NdArrays.savez(file, positional(arrays), true); }

    public static void savez_compressed(String file, Map<String, ndarray> arrays) { NdArrays.savez(file, arrays, true); }

    private static Map<String, ndarray> positional(ndarray... arrays) {
        Map<String, ndarray> named = new LinkedHashMap<>();
        for (int i = 0; i < arrays.length; i++) named.put("arr_" + i, arrays[i]);
        return named;
    }

    // ==================================================================================== random

    /** NumPy's legacy global generator: {@code np.random.seed(0)}, {@code np.random.rand(2, 3)}... */
    public static final class random {
        private static final RandomState STATE = new RandomState();

        private random() {}

        public static void seed(long seed) { STATE.seed(seed); }

        /** Uniform [0, 1) float64 of the given shape; no dims gives one value. */
        public static ndarray rand(long... shape) { return shaped(STATE.rand(dims(shape)), shape); }

        /** Standard normal float64 of the given shape. */
        public static ndarray randn(long... shape) { return shaped(STATE.normal(dims(shape), 0, 1), shape); }

        public static ndarray random(long... size) { return rand(size); }

        public static ndarray random_sample(long... size) { return rand(size); }

        public static ndarray uniform(double low, double high, long... size) { return shaped(STATE.uniform(dims(size), low, high), size); }

        public static ndarray normal(double loc, double scale, long... size) { return shaped(STATE.normal(dims(size), loc, scale), size); }

        /** {@code randint(high)}: one integer in [0, high). */
        public static ndarray randint(long high) {
            if (high <= 0) throw new ValueError("high <= 0");
            return randint(0, high, new long[0]);
        }

        /** {@code randint(low, high, size)}: int64 in [low, high); no size gives one value. */
        public static ndarray randint(long low, long high, long... size) { return shaped(STATE.randint(low, high, dims(size)), size); }

        private static int[] dims(long[] shape) { return Layout.checkedShape(shape); }

        private static ndarray shaped(Tensor t, long[] shape) { return shape.length == 0 ? scalar(t) : wrap(t); }
    }
}
