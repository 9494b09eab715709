package torchtrek.numpy;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

import torchtrek.Tensor;
import torchtrek.errors.TypeError;
import torchtrek.errors.ZeroDivisionError;
import torchtrek.errors.ValueError;
import torchtrek.ops.Elementwise;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Storage;

/**
 * NumPy's array constructors: {@code np.array} from Java arrays and Lists with NumPy's dtype
 * discovery (Python ints give int64, floats float64, bools bool; a Java {@code float[]} is
 * float32), {@code np.arange} and {@code np.linspace} with NumPy's arithmetic, {@code np.eye}.
 */
public final class ArrayCreation {
    private ArrayCreation() {}

    /** {@code np.array(data, dtype=...)}; {@code dtype} null infers it. */
    public static Tensor fromJava(Object data, DType dtype) {
        List<Integer> shape = new ArrayList<>();
        discoverShape(data, 0, shape);
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        DType target = dtype != null ? dtype : inferDtype(data);
        Tensor t = Elementwise.empty(dims, target, Device.CPU);
        fill(data, t.storage(), new int[1]);
        return t;
    }

    /**
     * NumPy's shape discovery: every sequence at one depth must have the same length and
     * nesting, or NumPy's "inhomogeneous shape" error names the depth where they stop agreeing.
     */
    private static void discoverShape(Object data, int depth, List<Integer> shape) {
        List<Object> level = List.of(data);
        while (true) {
            Integer length = null;
            boolean sequences = false, scalars = false;
            List<Object> next = new ArrayList<>();
            for (Object o : level) {
                if (isSequence(o)) {
                    sequences = true;
                    int n = length(o);
                    if (length != null && length != n) throw inhomogeneous(shape);
                    length = n;
                    for (int i = 0; i < n; i++) next.add(item(o, i));
                } else {
                    scalars = true;
                    checkScalar(o);
                }
            }
            if (sequences && scalars) throw inhomogeneous(shape);
            if (!sequences) return;
            shape.add(length);
            level = next;
        }
    }

    private static ValueError inhomogeneous(List<Integer> shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.size(); i++) s.append(i > 0 ? ", " : "").append(shape.get(i));
        s.append(shape.size() == 1 ? ",)" : ")");
        return new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape "
            + "after " + shape.size() + " dimensions. The detected shape was " + s + " + inhomogeneous part.");
    }

    private static boolean isSequence(Object o) {
        return o != null && (o.getClass().isArray() || o instanceof List<?>);
    }

    private static int length(Object o) {
        return o instanceof List<?> l ? l.size() : Array.getLength(o);
    }

    private static Object item(Object o, int i) {
        return o instanceof List<?> l ? l.get(i) : Array.get(o, i);
    }

    private static void checkScalar(Object v) {
        if (v instanceof Number || v instanceof Boolean) return;
        String type = v == null ? "NoneType" : v instanceof CharSequence ? "str" : v.getClass().getSimpleName();
        throw new TypeError("TorchTrek's np.array holds numbers and booleans, not " + type);
    }

    /** float if any element is a float, else int64 if any is an integer, else bool; a Java float[] is float32. */
    private static DType inferDtype(Object data) {
        Class<?> c = data.getClass();
        while (c.isArray()) c = c.getComponentType();
        if (c == float.class || c == Float.class) return DType.FLOAT32;
        boolean[] kinds = new boolean[3];
        scan(data, kinds);
        return kinds[2] ? DType.FLOAT64 : kinds[1] ? DType.INT64 : kinds[0] ? DType.BOOL : DType.FLOAT64;
    }

    private static void scan(Object data, boolean[] kinds) {
        if (isSequence(data)) {
            for (int i = 0; i < length(data); i++) scan(item(data, i), kinds);
        } else if (data instanceof Boolean) {
            kinds[0] = true;
        } else if (data instanceof Double || data instanceof Float) {
            kinds[2] = true;
        } else {
            kinds[1] = true;
        }
    }

    private static void fill(Object data, Storage s, int[] pos) {
        if (isSequence(data)) {
            for (int i = 0; i < length(data); i++) fill(item(data, i), s, pos);
            return;
        }
        int i = pos[0]++;
        if (data instanceof Boolean b) s.setLong(i, b ? 1 : 0);
        else if (data instanceof Double || data instanceof Float) s.setDouble(i, ((Number) data).doubleValue());
        else s.setLong(i, ((Number) data).longValue());
    }

    /** {@code np.arange(start, stop, step)}: {@code ceil((stop - start) / step)} values {@code start + i * step}. */
    public static Tensor arange(double start, double stop, double step, DType dtype) {
        if (step == 0) throw new ZeroDivisionError("division by zero");
        double span = Math.ceil((stop - start) / step);
        if (Double.isNaN(span)) throw new ValueError("arange: cannot compute length");
        long n = (long) Math.max(0, span);
        if (n > Integer.MAX_VALUE) throw new ValueError("Maximum allowed size exceeded");
        Tensor t = Elementwise.empty(new int[] {(int) n}, dtype, Device.CPU);
        // NumPy stores start and start + step, then fills on with their difference
        Storage s = t.storage();
        for (int i = 0; i < n; i++) {
            if (!dtype.isFloatingPoint()) s.setLong(i, (long) start + i * (long) step);
            else if (i < 2) s.setDouble(i, i == 0 ? start : start + step);
            else if (dtype == DType.FLOAT64) s.setDouble(i, s.getDouble(0) + i * (s.getDouble(1) - s.getDouble(0)));
            else s.setDouble(i, (float) s.getDouble(0) + (float) i * ((float) s.getDouble(1) - (float) s.getDouble(0)));
        }
        return t;
    }

    /** {@code np.linspace(start, stop, num)} (endpoint included), computed as NumPy does. */
    public static Tensor linspace(double start, double stop, int num) {
        if (num < 0) throw new ValueError("Number of samples, " + num + ", must be non-negative.");
        Tensor t = Elementwise.empty(new int[] {num}, DType.FLOAT64, Device.CPU);
        int div = num - 1;
        double delta = stop - start;
        double step = div > 0 ? delta / div : Double.NaN;
        for (int i = 0; i < num; i++) {
            double v = div > 0 ? (step == 0 ? i / (double) div * delta : i * step) + start : i * delta + start;
            t.storage().setDouble(i, v);
        }
        if (num > 1) t.storage().setDouble(num - 1, stop);
        return t;
    }

    /** {@code np.eye(n, m)}. */
    public static Tensor eye(int n, int m, DType dtype) {
        Tensor t = Elementwise.empty(new int[] {n, m}, dtype, Device.CPU);
        for (int i = 0; i < Math.min(n, m); i++) t.storage().setLong(i * m + i, 1);
        return t;
    }

    /** A new array of {@code shape} filled with {@code value} (ints stay exact). */
    public static Tensor full(int[] shape, Object value, DType dtype) {
        Tensor t = Elementwise.empty(shape, dtype, Device.CPU);
        if (value instanceof Double || value instanceof Float) t.backend().fill(t.strided(), ((Number) value).doubleValue());
        else if (value instanceof Boolean b) t.backend().fillLong(t.strided(), b ? 1 : 0);
        else t.backend().fillLong(t.strided(), ((Number) value).longValue());
        return t;
    }
}
