package torchtrek.ops;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.errors.Warnings;
import torchtrek.random.Generator;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;

/** Tensor creation: from Java data, filled, ranges, random, and the {@code *_like}/{@code new_*} forms. */
public final class Creation {
    private static final String[] FACTORY_KWARGS = {"dtype", "device", "requires_grad", "pin_memory"};
    private static final Generator GENERATOR = new Generator(67280421310721L);

    private Creation() {}

    /** The default CPU generator ({@code torch.manual_seed} reseeds it). */
    public static Generator generator() { return GENERATOR; }

    // ------------------------------------------------------------------ internal helpers

    public static Tensor scalarTensor(double value, DType dtype) {
        ArrayStorage s = ArrayStorage.allocate(dtype, 1);
        s.setDouble(0, value);
        return new Tensor(s, Layout.scalar());
    }

    public static Tensor scalarTensor(long value, DType dtype) {
        ArrayStorage s = ArrayStorage.allocate(dtype, 1);
        s.setLong(0, value);
        return new Tensor(s, Layout.scalar());
    }

    public static Tensor zeros(int[] shape, DType dtype, Device device) {
        return Elementwise.empty(shape, dtype, device);
    }

    public static Tensor zerosLike(Tensor t) {
        return Elementwise.empty(t.layout().shape(), t.dtype(), t.device());
    }

    public static Tensor onesLike(Tensor t) {
        Tensor out = zerosLike(t);
        out.backend().fill(out.strided(), 1);
        return out;
    }

    private static Tensor finish(Tensor t, Kwargs.Parsed p) {
        if (p.bool("requires_grad", false)) t.setRequiresGradAtCreation(true);
        return t;
    }

    // ------------------------------------------------------------------ filled

    /** {@code zeros}, {@code ones}, {@code empty}, {@code full} over a size. */
    public static Tensor full(String function, long[] size, double value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(function, kw, "dtype", "device", "requires_grad", "pin_memory", "out");
        int[] shape = checkedShape(function, size);
        DType dtype = p.dtype(Defaults.floatDType());
        Tensor t = zeros(shape, dtype, p.device(Device.CPU));
        if (value != 0) t.backend().fill(t.strided(), value);
        return finish(t, p);
    }

    /** {@code torch.full(size, value)}: the dtype follows the value (a Java long gives int64) unless given. */
    public static Tensor fullLong(long[] size, long value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("full", kw, FACTORY_KWARGS);
        Tensor t = zeros(checkedShape("full", size), p.dtype(DType.INT64), p.device(Device.CPU));
        t.backend().fillLong(t.strided(), value);
        return finish(t, p);
    }

    private static int[] checkedShape(String function, long[] size) {
        if ("zeros".equals(function)) {
            for (long s : size) if (s < 0) throw new RuntimeError("zeros: Dimension size must be non-negative.");
        }
        return Layout.checkedShape(size);
    }

    /** {@code zeros_like}, {@code ones_like}, {@code empty_like}, {@code full_like}: shape, dtype and device of t. */
    public static Tensor fullLike(String function, Tensor t, double value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(function, kw, FACTORY_KWARGS);
        Tensor out = Elementwise.emptyLike(t, p.dtype(t.dtype()), p.device(t.device()));
        if (value != 0) out.backend().fill(out.strided(), value);
        return finish(out, p);
    }

    /** {@code x.new_zeros(size)} and friends: x's dtype and device unless given. */
    public static Tensor newFull(Tensor like, long[] size, double value, String function, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(function, kw, FACTORY_KWARGS);
        Tensor out = zeros(Layout.checkedShape(size), p.dtype(like.dtype()), p.device(like.device()));
        if (value != 0) out.backend().fill(out.strided(), value);
        return finish(out, p);
    }

    /** {@code x.new_tensor(data)}: a copy of data with x's dtype and device unless given. */
    public static Tensor newTensor(Tensor like, Object data, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("new_tensor", kw, FACTORY_KWARGS);
        Tensor t = fromData(data, p.dtype(like.dtype()), "new_tensor");
        Device d = p.device(like.device());
        if (!d.equals(t.device())) t = Conversion.moveTo(t, d);
        return finish(t, p);
    }

    public static Tensor eye(long n, long m, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("eye", kw, FACTORY_KWARGS);
        if (n < 0) throw new RuntimeError("n must be greater or equal to 0, got " + n);
        if (m < 0) throw new RuntimeError("m must be greater or equal to 0, got " + m);
        Tensor t = zeros(Layout.checkedShape(new long[] {n, m}), p.dtype(Defaults.floatDType()), Device.CPU);
        for (int i = 0; i < Math.min(n, m); i++) t.storage().setDouble((int) (i * m + i), 1);
        return finish(moveIfNeeded(t, p), p);
    }

    private static Tensor moveIfNeeded(Tensor t, Kwargs.Parsed p) {
        Device d = p.device(Device.CPU);
        return d.equals(t.device()) ? t : Conversion.moveTo(t, d);
    }

    // ------------------------------------------------------------------ ranges

    /** {@code arange(start, end, step)}: int64 when all three are integers, else the default float dtype. */
    public static Tensor arange(double start, double end, double step, boolean integral, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("arange", kw, "dtype", "device", "requires_grad", "out");
        if (step == 0) throw new RuntimeError("step must be nonzero");
        if ((end - start) / step < 0) throw new RuntimeError("upper bound and lower bound inconsistent with step sign");
        DType dtype = p.dtype(integral ? DType.INT64 : Defaults.floatDType());
        double count = Math.ceil((end - start) / step);
        if (count > Integer.MAX_VALUE) throw new RuntimeError("arange: too many elements (" + (long) count + ")");
        int n = (int) Math.max(count, 0);
        Tensor t = zeros(new int[] {n}, dtype, Device.CPU);
        for (int i = 0; i < n; i++) {
            if (integral) t.storage().setLong(i, (long) start + (long) step * i);
            else t.storage().setDouble(i, start + step * i);
        }
        return finish(moveIfNeeded(t, p), p);
    }

    public static Tensor linspace(double start, double end, long steps, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("linspace", kw, FACTORY_KWARGS);
        if (steps < 0) throw new RuntimeError("number of steps must be non-negative");
        DType dtype = p.dtype(Defaults.floatDType());
        Tensor t = zeros(new int[] {(int) steps}, dtype, Device.CPU);
        double stepSize = steps > 1 ? (end - start) / (steps - 1) : 0;
        int half = (int) (steps / 2);
        for (int i = 0; i < steps; i++) {
            // PyTorch fills the first half from the start and the second half from the end
            double v = steps == 1 ? start : i < half ? start + stepSize * i : end - stepSize * (steps - 1 - i);
            t.storage().setDouble(i, v);
        }
        return finish(moveIfNeeded(t, p), p);
    }

    // ------------------------------------------------------------------ random

    public static Tensor rand(long[] size, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("rand", kw, FACTORY_KWARGS);
        DType dtype = p.dtype(Defaults.floatDType());
        if (!dtype.isFloatingPoint()) throw new RuntimeError("\"check_uniform_bounds\" not implemented for '" + dtype.scalarTypeName() + "'");
        int[] shape = Layout.checkedShape(size);
        return finish(moveIfNeeded(uniform(shape, dtype), p), p);
    }

    private static Tensor uniform(int[] shape, DType dtype) {
        int n = Layout.numelOf(shape);
        if (dtype == DType.FLOAT64) {
            double[] d = new double[n];
            GENERATOR.fillUniform(d);
            return new Tensor(new ArrayStorage.Doubles(d), Layout.contiguous(shape));
        }
        float[] f = new float[n];
        GENERATOR.fillUniform(f);
        return Elementwise.cast(new Tensor(new ArrayStorage.Floats(f), Layout.contiguous(shape)), dtype);
    }

    public static Tensor randn(long[] size, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("randn", kw, FACTORY_KWARGS);
        DType dtype = p.dtype(Defaults.floatDType());
        if (!dtype.isFloatingPoint()) throw new RuntimeError("\"normal_kernel_cpu\" not implemented for '" + dtype.scalarTypeName() + "'");
        return finish(moveIfNeeded(normal(Layout.checkedShape(size), dtype), p), p);
    }

    private static Tensor normal(int[] shape, DType dtype) {
        int n = Layout.numelOf(shape);
        if (dtype == DType.FLOAT64) {
            double[] d = new double[n];
            GENERATOR.fillNormal(d);
            return new Tensor(new ArrayStorage.Doubles(d), Layout.contiguous(shape));
        }
        float[] f = new float[n];
        GENERATOR.fillNormal(f);
        return Elementwise.cast(new Tensor(new ArrayStorage.Floats(f), Layout.contiguous(shape)), dtype);
    }

    public static Tensor randint(long low, long high, long[] size, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("randint", kw, FACTORY_KWARGS);
        if (low >= high) throw new RuntimeError("random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
        DType dtype = p.dtype(DType.INT64);
        checkRandomBounds(low, high - 1, dtype);
        int[] shape = Layout.checkedShape(size);
        int n = Layout.numelOf(shape);
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = GENERATOR.randint(low, high);
        Tensor t = Elementwise.cast(new Tensor(new ArrayStorage.Longs(v), Layout.contiguous(shape)), dtype);
        return finish(moveIfNeeded(t, p), p);
    }

    /** random_(from, to) checks both ends against a narrow integer dtype, naming it as C++ does. */
    private static void checkRandomBounds(long from, long toInclusive, DType dtype) {
        String cxx = switch (dtype) {
            case BOOL -> "bool";
            case UINT8 -> "unsigned char";
            case INT8 -> "signed char";
            case INT16 -> "short int";
            case INT32 -> "int";
            default -> null;
        };
        if (cxx == null) return;
        long min = dtype == DType.BOOL || dtype == DType.UINT8 ? 0 : -(1L << (dtype.itemSize() * 8 - 1));
        long max = dtype == DType.BOOL ? 1 : dtype == DType.UINT8 ? 255 : (1L << (dtype.itemSize() * 8 - 1)) - 1;
        if (from < min || from > max) throw new RuntimeError("from is out of bounds for " + cxx);
        if (toInclusive < min || toInclusive > max) throw new RuntimeError("to - 1 is out of bounds for " + cxx);
    }

    public static Tensor randLike(Tensor t, boolean normal, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(normal ? "randn_like" : "rand_like", kw, FACTORY_KWARGS);
        DType dtype = p.dtype(t.dtype());
        if (!dtype.isFloatingPoint()) throw new RuntimeError(normal
            ? "\"normal_kernel_cpu\" not implemented for '" + dtype.scalarTypeName() + "'"
            : "\"check_uniform_bounds\" not implemented for '" + dtype.scalarTypeName() + "'");
        Tensor out = normal ? normal(t.layout().shape(), dtype) : uniform(t.layout().shape(), dtype);
        Device d = p.device(t.device());
        return finish(d.equals(out.device()) ? out : Conversion.moveTo(out, d), p);
    }

    public static Tensor randintLike(Tensor t, long low, long high, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("randint_like", kw, FACTORY_KWARGS);
        return randint(low, high, t.shape().toLongArray(), Kwargs.dtype(p.dtype(t.dtype())), Kwargs.device(p.device(t.device())));
    }

    public static Tensor randperm(long n, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("randperm", kw, FACTORY_KWARGS);
        long[] v = new long[(int) n];
        for (int i = 0; i < n; i++) v[i] = i;
        for (int i = (int) n - 1; i > 0; i--) {
            int j = (int) GENERATOR.randint(0, i + 1);
            long tmp = v[i];
            v[i] = v[j];
            v[j] = tmp;
        }
        return finish(moveIfNeeded(Elementwise.cast(new Tensor(new ArrayStorage.Longs(v), Layout.contiguous((int) n)), p.dtype(DType.INT64)), p), p);
    }

    // ------------------------------------------------------------------ from Java data

    /** {@code torch.tensor(data)}: copies Java arrays (any rank) or nested Lists, inferring the dtype as PyTorch does. */
    public static Tensor tensor(Object data, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("tensor", kw, FACTORY_KWARGS);
        if (data instanceof Tensor t) {
            Warnings.warnOnce("tensor-copy-construct", "To copy construct from a tensor, it is recommended to use "
                + "sourceTensor.clone().detach() or sourceTensor.clone().detach().requires_grad_(True), rather than "
                + "torch.tensor(sourceTensor).");
        }
        Tensor t = fromData(data, p.dtype(null), "tensor");
        return finish(moveIfNeeded(t, p), p);
    }

    public static Tensor tensor(double value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("tensor", kw, FACTORY_KWARGS);
        DType dtype = p.dtype(Defaults.floatDType());
        return finish(moveIfNeeded(scalarTensor(checkFits(value, dtype), dtype), p), p);
    }

    public static Tensor tensor(long value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("tensor", kw, FACTORY_KWARGS);
        DType dtype = p.dtype(DType.INT64);
        checkFits(value, dtype);
        Tensor t = dtype.isFloatingPoint() ? scalarTensor((double) value, dtype) : scalarTensor(value, dtype);
        return finish(moveIfNeeded(t, p), p);
    }

    public static Tensor tensor(boolean value, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("tensor", kw, FACTORY_KWARGS);
        return finish(moveIfNeeded(scalarTensor(value ? 1 : 0, p.dtype(DType.BOOL)), p), p);
    }

    /** Data to a new CPU tensor; {@code dtype} null means "infer". */
    static Tensor fromData(Object data, DType dtype, String function) {
        if (data instanceof Tensor t) return Elementwise.cast(Conversion.moveTo(t.detach(), Device.CPU), dtype == null ? t.dtype() : dtype).clone();
        if (data instanceof torchtrek.np.ndarray a) return fromData(a.tensorView(), dtype, function);
        List<Integer> shape = new ArrayList<>();
        inferShape(data, 0, shape);
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        DType inferred = inferDtype(data);
        DType target = dtype != null ? dtype : inferred;
        Tensor t = zeros(dims, target, Device.CPU);
        int[] pos = {0};
        fill(data, t, target, pos);
        return t;
    }

    private static void inferShape(Object data, int depth, List<Integer> shape) {
        if (data == null) throw new TypeError("new(): invalid data type 'NoneType'");
        int len;
        Object first;
        if (data.getClass().isArray()) {
            len = Array.getLength(data);
            first = len > 0 ? Array.get(data, 0) : null;
        } else if (data instanceof List<?> l) {
            len = l.size();
            first = len > 0 ? l.get(0) : null;
        } else {
            checkScalar(data);
            return;
        }
        if (shape.size() > depth) {
            if (shape.get(depth) != len) throw new ValueError(
                "expected sequence of length " + shape.get(depth) + " at dim " + depth + " (got " + len + ")");
        } else {
            shape.add(len);
        }
        if (first == null && len > 0) throw new TypeError("new(): invalid data type 'NoneType'");
        if (len > 0 && (first.getClass().isArray() || first instanceof List<?>)) {
            for (int i = 0; i < len; i++) {
                Object item = data instanceof List<?> l ? l.get(i) : Array.get(data, i);
                if (item == null || !(item.getClass().isArray() || item instanceof List<?>)) throw new ValueError(
                    "expected sequence of length " + shape.get(depth + 1) + " at dim " + (depth + 1) + " (got a number)");
                inferShape(item, depth + 1, shape);
            }
        } else if (len > 0) {
            for (int i = 0; i < len; i++) {
                Object item = data instanceof List<?> l ? l.get(i) : Array.get(data, i);
                if (item != null && (item.getClass().isArray() || item instanceof List<?>)) throw new ValueError(
                    "expected sequence of length " + len + " at dim " + depth + " (got a sequence)");
                if (item != null) checkScalar(item);
            }
        }
    }

    private static void checkScalar(Object v) {
        if (v instanceof Number || v instanceof Boolean) return;
        String type = v instanceof CharSequence ? "str" : v.getClass().getSimpleName();
        throw new TypeError("new(): invalid data type '" + type + "'");
    }

    /** bool if everything is boolean, the default float dtype if any element is a float, else int64. */
    private static DType inferDtype(Object data) {
        Class<?> c = data.getClass();
        while (c.isArray()) c = c.getComponentType();
        if (c == double.class || c == float.class) return Defaults.floatDType();
        if (c == boolean.class) return DType.BOOL;
        if (c == long.class || c == int.class || c == short.class || c == byte.class) return DType.INT64;
        int[] kinds = new int[3];   // bool, int, float
        scanKinds(data, kinds);
        if (kinds[2] > 0) return Defaults.floatDType();
        if (kinds[1] > 0) return DType.INT64;
        if (kinds[0] > 0) return DType.BOOL;
        return Defaults.floatDType();
    }

    private static void scanKinds(Object data, int[] kinds) {
        if (data == null) return;
        if (data instanceof List<?> l) {
            for (Object o : l) scanKinds(o, kinds);
        } else if (data.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(data); i++) scanKinds(Array.get(data, i), kinds);
        } else if (data instanceof Boolean) {
            kinds[0]++;
        } else if (data instanceof Double || data instanceof Float) {
            kinds[2]++;
        } else {
            kinds[1]++;
        }
    }

    private static void fill(Object data, Tensor t, DType target, int[] pos) {
        if (data instanceof List<?> l) {
            for (Object o : l) fill(o, t, target, pos);
        } else if (data.getClass().isArray()) {
            int n = Array.getLength(data);
            for (int i = 0; i < n; i++) fill(Array.get(data, i), t, target, pos);
        } else {
            int i = pos[0]++;
            if (data instanceof Boolean b) t.storage().setLong(i, b ? 1 : 0);
            else if (data instanceof Double || data instanceof Float) t.storage().setDouble(i, checkFits(((Number) data).doubleValue(), target));
            else t.storage().setLong(i, checkFits(((Number) data).longValue(), target));
        }
    }

    private static long checkFits(long v, DType target) {
        if (target != DType.INT64) checkFits((double) v, target);   // the narrower integer ranges are exact as doubles
        return v;
    }

    /** PyTorch refuses a number that does not fit the integer dtype asked for (floating dtypes round to inf). */
    private static double checkFits(double v, DType target) {
        if (target.isFloatingPoint() || target == DType.BOOL) return v;
        double bits = target.itemSize() * 8;
        double lo = target == DType.UINT8 ? 0 : -Math.pow(2, bits - 1);
        double hi = target == DType.UINT8 ? 255 : Math.pow(2, bits - 1) - 1;
        if (v < lo || v > hi) throw new RuntimeError("value cannot be converted to type " + target.shortName() + " without overflow");
        return v;
    }
}
