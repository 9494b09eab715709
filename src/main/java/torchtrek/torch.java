package torchtrek;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import torchtrek.autograd.GradMode;
import torchtrek.backend.cpu.Parallel;
import torchtrek.errors.TypeError;
import torchtrek.format.PrintOptions;
import torchtrek.numpy.Bridge;
import torchtrek.ops.Creation;
import torchtrek.ops.Defaults;
import torchtrek.ops.Joining;
import torchtrek.ops.Promotion;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;

/**
 * PyTorch's {@code torch} module: {@code torch.zeros(5, 3)}, {@code torch.matmul(W, x)},
 * {@code torch.float32}, {@code torch.no_grad()}, {@code torch.autograd.grad(...)}.
 *
 * <p>Sizes are Java ints/longs ({@code torch.zeros(5, 3)}), a {@code long[]} or a {@code List}
 * ({@code torch.zeros(List.of(5, 3))}); keyword arguments come last
 * ({@code torch.ones(2, 2, requires_grad(true))}). dtypes whose Python names are Java keywords
 * are capitalised: {@code torch.Float}, {@code torch.Double}, {@code torch.Long}, {@code torch.Int},
 * {@code torch.Short}.
 */
@SuppressWarnings({"checkstyle:TypeName", "unused"})
public final class torch {
    private torch() {}

    // ================================================================================ dtypes

    public static final DType float32 = DType.FLOAT32;
    public static final DType float64 = DType.FLOAT64;
    public static final DType float16 = DType.FLOAT16;
    public static final DType bfloat16 = DType.BFLOAT16;
    public static final DType int64 = DType.INT64;
    public static final DType int32 = DType.INT32;
    public static final DType int16 = DType.INT16;
    public static final DType int8 = DType.INT8;
    public static final DType uint8 = DType.UINT8;
    public static final DType bool = DType.BOOL;
    public static final DType half = DType.FLOAT16;
    /** {@code torch.float} ({@code float} is a Java keyword). */
    public static final DType Float = DType.FLOAT32;
    /** {@code torch.double} ({@code double} is a Java keyword). */
    public static final DType Double = DType.FLOAT64;
    /** {@code torch.long} ({@code long} is a Java keyword). */
    public static final DType Long = DType.INT64;
    /** {@code torch.int} ({@code int} is a Java keyword). */
    public static final DType Int = DType.INT32;
    /** {@code torch.short} ({@code short} is a Java keyword). */
    public static final DType Short = DType.INT16;
    public static final DType Half = DType.FLOAT16;

    public static final String __version__ = "2.5.0 (TorchTrek " + version() + ")";

    private static String version() {
        String v = torch.class.getPackage() == null ? null : torch.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static DType get_default_dtype() { return Defaults.floatDType(); }

    public static void set_default_dtype(DType d) { Defaults.setFloatDType(d); }

    public static boolean is_floating_point(Tensor t) { return t.is_floating_point(); }

    public static boolean is_tensor(Object o) { return o instanceof Tensor; }

    public static long numel(Tensor t) { return t.numel(); }

    public static DType result_type(Tensor a, Tensor b) { return Promotion.resultType(a, b); }

    public static DType result_type(Tensor a, double b) { return Promotion.resultType(a, Tensor.wrap(b)); }

    public static DType result_type(Tensor a, long b) { return Promotion.resultType(a, Tensor.wrap(b)); }

    public static DType promote_types(DType a, DType b) { return DType.promote(a, b); }

    public static boolean can_cast(DType from, DType to) { return Promotion.canCast(from, to); }

    public static Size broadcast_shapes(List<?>... shapes) {
        long[][] all = new long[shapes.length][];
        for (int i = 0; i < shapes.length; i++) {
            @SuppressWarnings("unchecked")
            List<? extends Number> s = (List<? extends Number>) shapes[i];
            all[i] = Size.toLongs(s);
        }
        return new Size(torchtrek.tensor.Broadcast.shapesOf(all));
    }

    // ================================================================================ devices

    /** {@code torch.device("cuda")}, {@code torch.device("cuda:0")}, {@code torch.device("cpu")}. */
    public static Device device(String spec) { return Device.parse(spec); }

    public static Device device(String type, int index) { return Device.of(type, index); }

    // ================================================================================ creation

    public static Tensor tensor(double value, Kwarg... kw) { return Creation.tensor(value, kw); }

    public static Tensor tensor(long value, Kwarg... kw) { return Creation.tensor(value, kw); }

    public static Tensor tensor(boolean value, Kwarg... kw) { return Creation.tensor(value, kw); }

    /** {@code torch.tensor(data)} from arrays of rank 2 and more: {@code torch.tensor(new int[][]{{1, 2}, {3, 4}})}. */
    public static Tensor tensor(Object[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    /** {@code torch.tensor([1.5, 2.0])}: doubles give the default float dtype (float32). */
    public static Tensor tensor(double[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    public static Tensor tensor(float[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    /** Integers give int64, as Python ints do. */
    public static Tensor tensor(long[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    public static Tensor tensor(int[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    public static Tensor tensor(boolean[] data, Kwarg... kw) { return Creation.tensor(data, kw); }

    /** Nested Lists ({@code torch.tensor(List.of(List.of(1, 2), List.of(3, 4)))}); any Double makes it float. */
    public static Tensor tensor(List<?> data, Kwarg... kw) { return Creation.tensor(data, kw); }

    /** A copy of an ndarray's data, keeping its dtype. */
    public static Tensor tensor(np.ndarray data, Kwarg... kw) { return np.toTensorCopy(data, kw); }

    /** A copy of a tensor (PyTorch warns: prefer {@code t.clone().detach()}). */
    public static Tensor tensor(Tensor data, Kwarg... kw) { return Creation.tensor(data, kw); }

    /** {@code torch.as_tensor}: shares memory with an ndarray or tensor when dtype and device allow, else copies. */
    public static Tensor as_tensor(Object data, Kwarg... kw) { return np.asTensor(data, kw); }

    /** {@code torch.from_numpy(a)}: a tensor sharing the ndarray's memory. */
    public static Tensor from_numpy(np.ndarray a) { return np.toTensorShared(a); }

    /** A tensor sharing a Java array (changes through either are seen by both), of shape {@code [len]} or the given one. */
    public static Tensor from_array(double[] data, long... shape) { return Bridge.fromJavaArray(new ArrayStorage.Doubles(data), shape); }

    public static Tensor from_array(float[] data, long... shape) { return Bridge.fromJavaArray(new ArrayStorage.Floats(data), shape); }

    public static Tensor from_array(long[] data, long... shape) { return Bridge.fromJavaArray(new ArrayStorage.Longs(data), shape); }

    public static Tensor from_array(int[] data, long... shape) { return Bridge.fromJavaArray(new ArrayStorage.Ints(data), shape); }

    public static Tensor zeros(long d0, Kwarg... kw) { return zeros(new long[] {d0}, kw); }

    public static Tensor zeros(long d0, long d1, Kwarg... kw) { return zeros(new long[] {d0, d1}, kw); }

    public static Tensor zeros(long d0, long d1, long d2, Kwarg... kw) { return zeros(new long[] {d0, d1, d2}, kw); }

    public static Tensor zeros(long d0, long d1, long d2, long d3, Kwarg... kw) { return zeros(new long[] {d0, d1, d2, d3}, kw); }

    public static Tensor zeros(List<? extends Number> size, Kwarg... kw) { return zeros(Size.toLongs(size), kw); }

    public static Tensor zeros(long[] size, Kwarg... kw) { return Creation.full("zeros", size, 0, kw); }

    public static Tensor ones(long d0, Kwarg... kw) { return ones(new long[] {d0}, kw); }

    public static Tensor ones(long d0, long d1, Kwarg... kw) { return ones(new long[] {d0, d1}, kw); }

    public static Tensor ones(long d0, long d1, long d2, Kwarg... kw) { return ones(new long[] {d0, d1, d2}, kw); }

    public static Tensor ones(long d0, long d1, long d2, long d3, Kwarg... kw) { return ones(new long[] {d0, d1, d2, d3}, kw); }

    public static Tensor ones(List<? extends Number> size, Kwarg... kw) { return ones(Size.toLongs(size), kw); }

    public static Tensor ones(long[] size, Kwarg... kw) { return Creation.full("ones", size, 1, kw); }

    /**
     * {@code torch.empty}: "uninitialised" memory. The JVM always hands out zeroed memory, so
     * TorchTrek's empty tensors hold zeros; PyTorch's hold whatever was there before.
     */
    public static Tensor empty(long d0, Kwarg... kw) { return empty(new long[] {d0}, kw); }

    public static Tensor empty(long d0, long d1, Kwarg... kw) { return empty(new long[] {d0, d1}, kw); }

    public static Tensor empty(long d0, long d1, long d2, Kwarg... kw) { return empty(new long[] {d0, d1, d2}, kw); }

    public static Tensor empty(long d0, long d1, long d2, long d3, Kwarg... kw) { return empty(new long[] {d0, d1, d2, d3}, kw); }

    public static Tensor empty(List<? extends Number> size, Kwarg... kw) { return empty(Size.toLongs(size), kw); }

    public static Tensor empty(long[] size, Kwarg... kw) { return Creation.full("empty", size, 0, kw); }

    public static Tensor full(long[] size, double value, Kwarg... kw) { return Creation.full("full", size, value, kw); }

    public static Tensor full(List<? extends Number> size, double value, Kwarg... kw) { return full(Size.toLongs(size), value, kw); }

    /** An integer fill value gives an int64 tensor, as in PyTorch 2.x. */
    public static Tensor full(long[] size, long value, Kwarg... kw) { return Creation.fullLong(size, value, kw); }

    public static Tensor full(List<? extends Number> size, long value, Kwarg... kw) { return full(Size.toLongs(size), value, kw); }

    public static Tensor full(long[] size, boolean value, Kwarg... kw) {
        return Creation.full("full", size, value ? 1 : 0, Kwargs.concat(Kwargs.dtype(DType.BOOL), kw));
    }

    public static Tensor eye(long n, Kwarg... kw) { return Creation.eye(n, n, kw); }

    public static Tensor eye(long n, long m, Kwarg... kw) { return Creation.eye(n, m, kw); }

    public static Tensor arange(long end, Kwarg... kw) { return Creation.arange(0, end, 1, true, kw); }

    public static Tensor arange(double end, Kwarg... kw) { return Creation.arange(0, end, 1, false, kw); }

    public static Tensor arange(long start, long end, Kwarg... kw) { return Creation.arange(start, end, 1, true, kw); }

    public static Tensor arange(double start, double end, Kwarg... kw) { return Creation.arange(start, end, 1, false, kw); }

    public static Tensor arange(long start, long end, long step, Kwarg... kw) { return Creation.arange(start, end, step, true, kw); }

    public static Tensor arange(double start, double end, double step, Kwarg... kw) { return Creation.arange(start, end, step, false, kw); }

    public static Tensor linspace(double start, double end, long steps, Kwarg... kw) { return Creation.linspace(start, end, steps, kw); }

    public static Tensor linspace(double start, double end, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("linspace", kw, "steps", "dtype", "device", "requires_grad");
        if (!p.has("steps")) throw new TypeError("linspace() missing 1 required positional arguments: \"steps\"");
        Kwarg[] rest = Arrays.stream(kw).filter(k -> !k.name().equals("steps")).toArray(Kwarg[]::new);
        return Creation.linspace(start, end, p.integer("steps", 0), rest);
    }

    public static Tensor zeros_like(Tensor t, Kwarg... kw) { return Creation.fullLike("zeros_like", t, 0, kw); }

    public static Tensor ones_like(Tensor t, Kwarg... kw) { return Creation.fullLike("ones_like", t, 1, kw); }

    public static Tensor empty_like(Tensor t, Kwarg... kw) { return Creation.fullLike("empty_like", t, 0, kw); }

    public static Tensor full_like(Tensor t, double value, Kwarg... kw) { return Creation.fullLike("full_like", t, value, kw); }

    // ================================================================================ random

    /** Seeds the random generator; the same seed gives the same numbers as PyTorch's CPU generator. */
    public static torchtrek.random.Generator manual_seed(long seed) {
        Creation.generator().manualSeed(seed);
        return Creation.generator();
    }

    public static long initial_seed() { return Creation.generator().initialSeed(); }

    /** Seeds from the clock and returns the seed ({@code torch.seed()}). */
    public static long seed() {
        long s = System.nanoTime() & 0xFFFFFFFFL;
        Creation.generator().manualSeed(s);
        return s;
    }

    public static Tensor rand(long d0, Kwarg... kw) { return rand(new long[] {d0}, kw); }

    public static Tensor rand(long d0, long d1, Kwarg... kw) { return rand(new long[] {d0, d1}, kw); }

    public static Tensor rand(long d0, long d1, long d2, Kwarg... kw) { return rand(new long[] {d0, d1, d2}, kw); }

    public static Tensor rand(long d0, long d1, long d2, long d3, Kwarg... kw) { return rand(new long[] {d0, d1, d2, d3}, kw); }

    public static Tensor rand(List<? extends Number> size, Kwarg... kw) { return rand(Size.toLongs(size), kw); }

    public static Tensor rand(long[] size, Kwarg... kw) { return Creation.rand(size, kw); }

    public static Tensor randn(long d0, Kwarg... kw) { return randn(new long[] {d0}, kw); }

    public static Tensor randn(long d0, long d1, Kwarg... kw) { return randn(new long[] {d0, d1}, kw); }

    public static Tensor randn(long d0, long d1, long d2, Kwarg... kw) { return randn(new long[] {d0, d1, d2}, kw); }

    public static Tensor randn(long d0, long d1, long d2, long d3, Kwarg... kw) { return randn(new long[] {d0, d1, d2, d3}, kw); }

    public static Tensor randn(List<? extends Number> size, Kwarg... kw) { return randn(Size.toLongs(size), kw); }

    public static Tensor randn(long[] size, Kwarg... kw) { return Creation.randn(size, kw); }

    /** {@code torch.randint(low, high, size)}: integers in [low, high). */
    public static Tensor randint(long low, long high, long[] size, Kwarg... kw) { return Creation.randint(low, high, size, kw); }

    public static Tensor randint(long low, long high, List<? extends Number> size, Kwarg... kw) {
        return randint(low, high, Size.toLongs(size), kw);
    }

    public static Tensor randint(long high, long[] size, Kwarg... kw) { return randint(0, high, size, kw); }

    public static Tensor randint(long high, List<? extends Number> size, Kwarg... kw) { return randint(0, high, Size.toLongs(size), kw); }

    /** {@code torch.randint(low, high, size=(...))} with the size as a keyword. */
    public static Tensor randint(long low, long high, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("randint", kw, "size", "dtype", "device", "requires_grad");
        if (!p.has("size")) throw new TypeError("randint(): argument 'size' (position 2) must be tuple of ints, not int");
        Kwarg[] rest = Arrays.stream(kw).filter(k -> !k.name().equals("size")).toArray(Kwarg[]::new);
        return Creation.randint(low, high, p.longs("size"), rest);
    }

    public static Tensor rand_like(Tensor t, Kwarg... kw) { return Creation.randLike(t, false, kw); }

    public static Tensor randn_like(Tensor t, Kwarg... kw) { return Creation.randLike(t, true, kw); }

    public static Tensor randint_like(Tensor t, long high, Kwarg... kw) { return Creation.randintLike(t, 0, high, kw); }

    public static Tensor randint_like(Tensor t, long low, long high, Kwarg... kw) { return Creation.randintLike(t, low, high, kw); }

    public static Tensor randperm(long n, Kwarg... kw) { return Creation.randperm(n, kw); }

    // ================================================================================ math (as functions)

    public static Tensor add(Tensor a, Tensor b, Kwarg... kw) { return a.add(b, kw); }

    public static Tensor add(Tensor a, double b, Kwarg... kw) { return a.add(b, kw); }

    public static Tensor add(Tensor a, long b, Kwarg... kw) { return a.add(b, kw); }

    public static Tensor sub(Tensor a, Tensor b, Kwarg... kw) { return a.sub(b, kw); }

    public static Tensor sub(Tensor a, double b, Kwarg... kw) { return a.sub(b, kw); }

    public static Tensor sub(Tensor a, long b, Kwarg... kw) { return a.sub(b, kw); }

    public static Tensor subtract(Tensor a, Tensor b, Kwarg... kw) { return a.sub(b, kw); }

    /** {@code torch.rsub(x, s)}: {@code s - x}. */
    public static Tensor rsub(Tensor x, double s) { return x.rsub(s); }

    public static Tensor rsub(Tensor x, long s) { return x.rsub(s); }

    public static Tensor mul(Tensor a, Tensor b, Kwarg... kw) { return a.mul(b, kw); }

    public static Tensor mul(Tensor a, double b, Kwarg... kw) { return a.mul(b, kw); }

    public static Tensor mul(Tensor a, long b, Kwarg... kw) { return a.mul(b, kw); }

    public static Tensor multiply(Tensor a, Tensor b, Kwarg... kw) { return a.mul(b, kw); }

    public static Tensor div(Tensor a, Tensor b, Kwarg... kw) { return a.div(b, kw); }

    public static Tensor div(Tensor a, double b, Kwarg... kw) { return a.div(b, kw); }

    public static Tensor div(Tensor a, long b, Kwarg... kw) { return a.div(b, kw); }

    public static Tensor divide(Tensor a, Tensor b, Kwarg... kw) { return a.div(b, kw); }

    public static Tensor true_divide(Tensor a, Tensor b) { return a.div(b); }

    public static Tensor floor_divide(Tensor a, Tensor b) { return a.floor_divide(b); }

    public static Tensor floor_divide(Tensor a, long b) { return a.floor_divide(b); }

    public static Tensor remainder(Tensor a, Tensor b) { return a.remainder(b); }

    public static Tensor remainder(Tensor a, long b) { return a.remainder(b); }

    public static Tensor fmod(Tensor a, Tensor b) { return a.fmod(b); }

    public static Tensor pow(Tensor a, Tensor b) { return a.pow(b); }

    public static Tensor pow(Tensor a, double b) { return a.pow(b); }

    public static Tensor pow(Tensor a, long b) { return a.pow(b); }

    /** {@code torch.pow(2, x)}: a Python number raised to a tensor. */
    public static Tensor pow(double base, Tensor exponent) { return exponent.rpow(base); }

    public static Tensor pow(long base, Tensor exponent) { return exponent.rpow(base); }

    public static Tensor square(Tensor x) { return x.square(); }

    public static Tensor neg(Tensor x) { return x.neg(); }

    public static Tensor negative(Tensor x) { return x.neg(); }

    public static Tensor abs(Tensor x) { return x.abs(); }

    public static Tensor sign(Tensor x) { return x.sign(); }

    public static Tensor exp(Tensor x) { return x.exp(); }

    public static Tensor exp2(Tensor x) { return x.exp2(); }

    public static Tensor expm1(Tensor x) { return x.expm1(); }

    public static Tensor log(Tensor x) { return x.log(); }

    public static Tensor log2(Tensor x) { return x.log2(); }

    public static Tensor log10(Tensor x) { return x.log10(); }

    public static Tensor log1p(Tensor x) { return x.log1p(); }

    public static Tensor sqrt(Tensor x) { return x.sqrt(); }

    public static Tensor rsqrt(Tensor x) { return x.rsqrt(); }

    public static Tensor sin(Tensor x) { return x.sin(); }

    public static Tensor cos(Tensor x) { return x.cos(); }

    public static Tensor tan(Tensor x) { return x.tan(); }

    public static Tensor asin(Tensor x) { return x.asin(); }

    public static Tensor acos(Tensor x) { return x.acos(); }

    public static Tensor atan(Tensor x) { return x.atan(); }

    public static Tensor atan2(Tensor y, Tensor x) { return y.atan2(x); }

    public static Tensor sinh(Tensor x) { return x.sinh(); }

    public static Tensor cosh(Tensor x) { return x.cosh(); }

    public static Tensor tanh(Tensor x) { return x.tanh(); }

    public static Tensor sigmoid(Tensor x) { return x.sigmoid(); }

    public static Tensor relu(Tensor x) { return x.relu(); }

    public static Tensor floor(Tensor x) { return x.floor(); }

    public static Tensor ceil(Tensor x) { return x.ceil(); }

    public static Tensor round(Tensor x) { return x.round(); }

    public static Tensor trunc(Tensor x) { return x.trunc(); }

    public static Tensor frac(Tensor x) { return x.frac(); }

    public static Tensor erf(Tensor x) { return x.erf(); }

    public static Tensor reciprocal(Tensor x) { return x.reciprocal(); }

    public static Tensor clamp(Tensor x, double min, double max) { return x.clamp(min, max); }

    public static Tensor clamp(Tensor x, Kwarg... kw) { return x.clamp(kw); }

    public static Tensor clip(Tensor x, double min, double max) { return x.clamp(min, max); }

    public static Tensor maximum(Tensor a, Tensor b) { return a.maximum(b); }

    public static Tensor minimum(Tensor a, Tensor b) { return a.minimum(b); }

    public static Tensor lerp(Tensor start, Tensor end, double weight) { return start.lerp(end, weight); }

    public static Tensor softmax(Tensor x, long dim) { return x.softmax(dim); }

    public static Tensor log_softmax(Tensor x, long dim) { return x.log_softmax(dim); }

    // ================================================================================ comparison

    public static Tensor eq(Tensor a, Tensor b) { return a.eq(b); }

    public static Tensor ne(Tensor a, Tensor b) { return a.ne(b); }

    public static Tensor lt(Tensor a, Tensor b) { return a.lt(b); }

    public static Tensor le(Tensor a, Tensor b) { return a.le(b); }

    public static Tensor gt(Tensor a, Tensor b) { return a.gt(b); }

    public static Tensor ge(Tensor a, Tensor b) { return a.ge(b); }

    public static boolean equal(Tensor a, Tensor b) { return a.equal(b); }

    public static boolean allclose(Tensor a, Tensor b, Kwarg... kw) { return a.allclose(b, kw); }

    public static Tensor isclose(Tensor a, Tensor b, Kwarg... kw) { return a.isclose(b, kw); }

    public static Tensor isnan(Tensor x) { return x.isnan(); }

    public static Tensor isinf(Tensor x) { return x.isinf(); }

    public static Tensor isfinite(Tensor x) { return x.isfinite(); }

    public static Tensor logical_not(Tensor x) { return x.logical_not(); }

    public static Tensor logical_and(Tensor a, Tensor b) { return a.logical_and(b); }

    public static Tensor logical_or(Tensor a, Tensor b) { return a.logical_or(b); }

    public static Tensor logical_xor(Tensor a, Tensor b) { return a.logical_xor(b); }

    public static Tensor where(Tensor condition, Tensor a, Tensor b) { return a.where(condition, b); }

    public static Tensor where(Tensor condition, Tensor a, double b) { return a.where(condition, b); }

    public static Tensor where(Tensor condition, double a, Tensor b) { return Tensor.wrap(a).where(condition, b); }

    public static Tensor where(Tensor condition, double a, double b) { return Tensor.wrap(a).where(condition, Tensor.wrap(b)); }

    // ================================================================================ reductions

    public static Tensor sum(Tensor x, Kwarg... kw) { return x.sum(kw); }

    public static Tensor sum(Tensor x, long dim, Kwarg... kw) { return x.sum(dim, kw); }

    public static Tensor mean(Tensor x, Kwarg... kw) { return x.mean(kw); }

    public static Tensor mean(Tensor x, long dim, Kwarg... kw) { return x.mean(dim, kw); }

    public static Tensor prod(Tensor x, Kwarg... kw) { return x.prod(kw); }

    public static Tensor max(Tensor x) { return x.max(); }

    public static MinMax max(Tensor x, long dim, Kwarg... kw) { return x.max(dim, kw); }

    public static Tensor max(Tensor a, Tensor b) { return a.maximum(b); }

    public static Tensor min(Tensor x) { return x.min(); }

    public static MinMax min(Tensor x, long dim, Kwarg... kw) { return x.min(dim, kw); }

    public static Tensor min(Tensor a, Tensor b) { return a.minimum(b); }

    public static Tensor amax(Tensor x, Kwarg... kw) { return x.amax(kw); }

    public static Tensor amin(Tensor x, Kwarg... kw) { return x.amin(kw); }

    public static Tensor argmax(Tensor x, Kwarg... kw) { return x.argmax(kw); }

    public static Tensor argmax(Tensor x, long dim, Kwarg... kw) { return x.argmax(dim, kw); }

    public static Tensor argmin(Tensor x, Kwarg... kw) { return x.argmin(kw); }

    public static Tensor argmin(Tensor x, long dim, Kwarg... kw) { return x.argmin(dim, kw); }

    public static Tensor std(Tensor x, Kwarg... kw) { return x.std(kw); }

    public static Tensor var(Tensor x, Kwarg... kw) { return x.var(kw); }

    public static Tensor norm(Tensor x, Kwarg... kw) { return x.norm(kw); }

    public static Tensor all(Tensor x, Kwarg... kw) { return x.all(kw); }

    public static Tensor any(Tensor x, Kwarg... kw) { return x.any(kw); }

    public static Tensor count_nonzero(Tensor x) { return x.count_nonzero(); }

    public static Tensor logsumexp(Tensor x, long dim, Kwarg... kw) { return x.logsumexp(dim, kw); }

    public static Tensor cumsum(Tensor x, long dim) { return x.cumsum(dim); }

    // ================================================================================ shapes

    public static Tensor reshape(Tensor x, long... shape) { return x.reshape(shape); }

    public static Tensor flatten(Tensor x, Kwarg... kw) { return x.flatten(kw); }

    public static Tensor flatten(Tensor x, long startDim, Kwarg... kw) { return x.flatten(startDim, kw); }

    public static Tensor flatten(Tensor x, long startDim, long endDim) { return x.flatten(startDim, endDim); }

    public static Tensor squeeze(Tensor x) { return x.squeeze(); }

    public static Tensor squeeze(Tensor x, long dim) { return x.squeeze(dim); }

    public static Tensor unsqueeze(Tensor x, long dim) { return x.unsqueeze(dim); }

    public static Tensor transpose(Tensor x, long d0, long d1) { return x.transpose(d0, d1); }

    public static Tensor t(Tensor x) { return x.t(); }

    public static Tensor permute(Tensor x, long... dims) { return x.permute(dims); }

    public static Tensor narrow(Tensor x, long dim, long start, long length) { return x.narrow(dim, start, length); }

    public static Tensor select(Tensor x, long dim, long index) { return x.select(dim, index); }

    public static Tensor diagonal(Tensor x) { return x.diagonal(); }

    public static Tensor flip(Tensor x, long... dims) { return x.flip(dims); }

    public static Tensor clone(Tensor x) { return x.clone(); }

    public static Tensor cat(List<Tensor> tensors, long dim) { return Joining.cat(tensors, dim); }

    public static Tensor cat(List<Tensor> tensors, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("cat", kw, "dim");
        return Joining.cat(tensors, p.longs("dim") == null ? 0 : p.longs("dim")[0]);
    }

    public static Tensor cat(Tensor... tensors) { return Joining.cat(Arrays.asList(tensors), 0); }

    public static Tensor concat(List<Tensor> tensors, long dim) { return Joining.cat(tensors, dim); }

    public static Tensor stack(List<Tensor> tensors, long dim) { return Joining.stack(tensors, dim); }

    public static Tensor stack(List<Tensor> tensors, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("stack", kw, "dim");
        return Joining.stack(tensors, p.longs("dim") == null ? 0 : p.longs("dim")[0]);
    }

    public static Tensor stack(Tensor... tensors) { return Joining.stack(Arrays.asList(tensors), 0); }

    public static List<Tensor> split(Tensor x, long splitSize, long dim) { return x.split(splitSize, dim); }

    public static List<Tensor> chunk(Tensor x, long chunks, long dim) { return x.chunk(chunks, dim); }

    public static List<Tensor> unbind(Tensor x, long dim) { return x.unbind(dim); }

    // ================================================================================ indexing

    public static Tensor index_select(Tensor x, long dim, Tensor index) { return x.index_select(dim, index); }

    public static Tensor gather(Tensor x, long dim, Tensor index) { return x.gather(dim, index); }

    public static Tensor masked_select(Tensor x, Tensor mask) { return x.masked_select(mask); }

    public static Tensor nonzero(Tensor x) { return x.nonzero(); }

    public static Tensor take(Tensor x, Tensor index) { return x.take(index); }

    // ================================================================================ linear algebra

    public static Tensor matmul(Tensor a, Tensor b) { return a.matmul(b); }

    public static Tensor mm(Tensor a, Tensor b) { return a.mm(b); }

    public static Tensor mv(Tensor a, Tensor v) { return a.mv(v); }

    public static Tensor bmm(Tensor a, Tensor b) { return a.bmm(b); }

    public static Tensor dot(Tensor a, Tensor b) { return a.dot(b); }

    public static Tensor outer(Tensor a, Tensor b) { return a.outer(b); }

    public static Tensor trace(Tensor x) { return x.trace(); }

    // ================================================================================ autograd switches

    /** {@code with torch.no_grad():} is {@code try (var g = torch.no_grad()) { ... }}. */
    public static GradMode.Guard no_grad() { return GradMode.guard(false); }

    public static GradMode.Guard enable_grad() { return GradMode.guard(true); }

    /** As a statement it switches recording on or off; in a {@code try}-with-resources it restores the old mode. */
    public static GradMode.Guard set_grad_enabled(boolean mode) { return GradMode.guard(mode, "set_grad_enabled"); }

    public static boolean is_grad_enabled() { return GradMode.isEnabled(); }

    /** {@code @torch.no_grad()} on a function: runs {@code f} with recording off. */
    public static <T> T no_grad(java.util.function.Supplier<T> f) {
        try (var g = no_grad()) {
            return f.get();
        }
    }

    // ================================================================================ settings

    public static void set_printoptions(Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("set_printoptions", kw, "precision", "threshold", "edgeitems", "linewidth", "sci_mode", "profile");
        if (p.has("profile")) PrintOptions.profile(p.string("profile", null));
        if (p.has("precision")) PrintOptions.precision = (int) p.integer("precision", 4);
        if (p.has("threshold")) PrintOptions.threshold = (int) p.integer("threshold", 1000);
        if (p.has("edgeitems")) PrintOptions.edgeitems = (int) p.integer("edgeitems", 3);
        if (p.has("linewidth")) PrintOptions.linewidth = (int) p.integer("linewidth", 80);
        PrintOptions.sciMode = (Boolean) p.get("sci_mode");   // as in PyTorch: a call without sci_mode resets it
    }

    public static void set_num_threads(int n) { Parallel.setThreads(n); }

    public static int get_num_threads() { return Parallel.threads(); }

    // ================================================================================ submodules

    /** {@code torch.autograd}: gradients as values ({@code grad}), Jacobians, Hessians, gradcheck. */
    public static final class autograd {
        private autograd() {}

        /** {@code torch.autograd.grad(outputs, inputs, ...)}: the gradients, without touching {@code .grad}. */
        public static Tuple<Tensor> grad(Tensor output, Tensor input, Kwarg... kw) {
            return grad(List.of(output), List.of(input), kw);
        }

        public static Tuple<Tensor> grad(Tensor output, List<Tensor> inputs, Kwarg... kw) {
            return grad(List.of(output), inputs, kw);
        }

        public static Tuple<Tensor> grad(List<Tensor> outputs, List<Tensor> inputs, Kwarg... kw) {
            Kwargs.Parsed p = Kwargs.parse("grad", kw, "grad_outputs", "retain_graph", "create_graph", "allow_unused");
            boolean create = p.bool("create_graph", false);
            Tensor[] result = torchtrek.autograd.Autograd.grad(outputs.toArray(new Tensor[0]), inputs.toArray(new Tensor[0]),
                p.tensors("grad_outputs"), p.bool("retain_graph", create), create, p.bool("allow_unused", false));
            return Tuple.of(result);
        }

        public static void backward(Tensor tensor, Kwarg... kw) { tensor.backward(kw); }

        public static void backward(List<Tensor> tensors, List<Tensor> grads, Kwarg... kw) {
            Kwargs.Parsed p = Kwargs.parse("backward", kw, "retain_graph", "create_graph", "inputs");
            boolean create = p.bool("create_graph", false);
            torchtrek.autograd.Autograd.backward(tensors.toArray(new Tensor[0]), grads == null ? null : grads.toArray(new Tensor[0]),
                p.bool("retain_graph", create), create, p.tensors("inputs"));
        }

        /**
         * The backward graph behind {@code t} (TorchTrek's addition): printing it shows the nodes as a
         * tree with their saved tensors and leaves; {@code .dot()} gives Graphviz source.
         */
        public static torchtrek.autograd.GraphView graph(Tensor t) {
            return torchtrek.autograd.GraphView.of(t);
        }

        /** The backward graph below a node, e.g. {@code graph(y.grad_fn())}. */
        public static torchtrek.autograd.GraphView graph(torchtrek.autograd.Node fn) {
            return torchtrek.autograd.GraphView.of(fn);
        }

        /** Finite differences in float64 against autograd, as {@code torch.autograd.gradcheck}. */
        public static boolean gradcheck(Function<Tensor[], Tensor> f, Tensor[] inputs, Kwarg... kw) {
            return torchtrek.autograd.GradCheck.gradcheck(f, inputs, kw);
        }

        public static boolean gradcheck(Function<Tensor, Tensor> f, Tensor input, Kwarg... kw) {
            return torchtrek.autograd.GradCheck.gradcheck(xs -> f.apply(xs[0]), new Tensor[] {input}, kw);
        }

        /** Second derivatives checked the same way: gradcheck of {@code autograd.grad(f(x), x, v, create_graph=True)}. */
        public static boolean gradgradcheck(Function<Tensor[], Tensor> f, Tensor[] inputs, Kwarg... kw) {
            return torchtrek.autograd.GradCheck.gradgradcheck(f, inputs, kw);
        }

        public static boolean gradgradcheck(Function<Tensor, Tensor> f, Tensor input, Kwarg... kw) {
            return torchtrek.autograd.GradCheck.gradgradcheck(xs -> f.apply(xs[0]), new Tensor[] {input}, kw);
        }

        /** {@code torch.autograd.functional}: Jacobians, Hessians and vector products of functions. */
        public static final class functional {
            private functional() {}

            public static Tensor jacobian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
                return torchtrek.autograd.Functional.jacobian(f, x, kw);
            }

            public static Tensor hessian(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
                return torchtrek.autograd.Functional.hessian(f, x, kw);
            }

            /** Returns {@code (f(x), v^T J)}. */
            public static Tuple<Tensor> vjp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
                return torchtrek.autograd.Functional.vjp(f, x, v, kw);
            }

            public static Tuple<Tensor> vjp(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
                return torchtrek.autograd.Functional.vjp(f, x, null, kw);
            }

            /** Returns {@code (f(x), J v)}. */
            public static Tuple<Tensor> jvp(Function<Tensor, Tensor> f, Tensor x, Tensor v, Kwarg... kw) {
                return torchtrek.autograd.Functional.jvp(f, x, v, kw);
            }

            public static Tuple<Tensor> jvp(Function<Tensor, Tensor> f, Tensor x, Kwarg... kw) {
                return torchtrek.autograd.Functional.jvp(f, x, null, kw);
            }
        }
    }

    /** {@code torch.cuda}: whether a GPU can be used, and which. */
    public static final class cuda {
        private cuda() {}

        public static boolean is_available() {
            Backends.Accelerator a = Backends.cuda();
            return a != null && a.isAvailable();
        }

        public static int device_count() {
            Backends.Accelerator a = Backends.cuda();
            return a != null && a.isAvailable() ? a.deviceCount() : 0;
        }

        public static String get_device_name() { return get_device_name(0); }

        public static String get_device_name(int index) {
            Backends.Accelerator a = Backends.cuda();
            if (a == null || !a.isAvailable()) throw new torchtrek.errors.RuntimeError(unavailable_reason());
            if (index < 0 || index >= a.deviceCount()) throw new torchtrek.errors.RuntimeError(
                "CUDA error: invalid device ordinal (device " + index + " requested, " + a.deviceCount() + " available)");
            return a.deviceName(index);
        }

        public static int current_device() { return 0; }

        /** Why CUDA cannot be used here, or null when it can (TorchTrek's addition, for honest messages). */
        public static String unavailable_reason() {
            Backends.Accelerator a = Backends.cuda();
            if (a == null) return "Torch not compiled with CUDA enabled";
            return a.isAvailable() ? null : a.unavailableReason();
        }

        /** Waits for the GPU to finish all work issued so far (kernels run asynchronously); nothing to do without one. */
        public static void synchronize() {
            Backends.Accelerator a = Backends.cuda();
            if (a != null && a.isAvailable()) a.synchronize();
        }
    }

    /** {@code torch.nn}: the functional pieces the course uses. */
    public static final class nn {
        private nn() {}

        /** {@code torch.nn.functional}. */
        public static final class functional {
            private functional() {}

            public static Tensor relu(Tensor x) { return x.relu(); }

            public static Tensor sigmoid(Tensor x) { return x.sigmoid(); }

            public static Tensor tanh(Tensor x) { return x.tanh(); }

            public static Tensor softmax(Tensor x, long dim) { return x.softmax(dim); }

            public static Tensor log_softmax(Tensor x, long dim) { return x.log_softmax(dim); }

            /** Mean squared error ({@code reduction='mean'} unless given 'sum' or 'none'). */
            public static Tensor mse_loss(Tensor input, Tensor target, Kwarg... kw) {
                return torchtrek.ops.Losses.mseLoss(input, target, kw);
            }

            public static Tensor cross_entropy(Tensor input, Tensor target, Kwarg... kw) {
                return torchtrek.ops.Losses.crossEntropy(input, target, kw);
            }

            /** Negative log likelihood of class indices given log-probabilities ({@code reduction='mean'} unless given). */
            public static Tensor nll_loss(Tensor input, Tensor target, Kwarg... kw) {
                return torchtrek.ops.Losses.nllLoss(input, target, kw);
            }

            public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
                Tensor out = input.matmul(weight.t());
                return bias == null ? out : out.add(bias);
            }
        }
    }
}
