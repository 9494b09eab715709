package torchtrek;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import torchtrek.errors.IndexError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.numpy.ArrayCreation;
import torchtrek.numpy.ArrayPrinter;
import torchtrek.numpy.Bridge;
import torchtrek.numpy.NpzArchive;
import torchtrek.numpy.NumpyDType;
import torchtrek.numpy.Reductions;
import torchtrek.numpy.ScalarFormat;
import torchtrek.numpy.Ufuncs;
import torchtrek.ops.Elementwise;
import torchtrek.ops.LinearAlgebra;
import torchtrek.tensor.BufferStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/**
 * The glue between the {@link np} facade and {@code torchtrek.numpy}: keyword parsing, which
 * results NumPy gives as scalars, and NumPy's wording for errors the tensor machinery reports
 * in PyTorch's ({@code axis} where PyTorch says {@code dimension}).
 */
final class NdArrays {
    private static final Pattern OUT_OF_BOUNDS = Pattern.compile("index (-?\\d+) is out of bounds for dimension (\\d+) with size (\\d+)");

    private NdArrays() {}

    // ---------------------------------------------------------------- printing

    static String str(np.ndarray a) {
        return a.scalar ? ScalarFormat.str(a.data.storage(), a.data.layout().offset()) : ArrayPrinter.str(a.data);
    }

    static String repr(np.ndarray a, String className) {
        return a.scalar ? str(a) : ArrayPrinter.repr(a.data, className);
    }

    // ---------------------------------------------------------------- creation and conversion

    /** {@code np.array} ({@code copy}) and {@code np.asarray} (sharing a tensor's memory when the dtype allows). */
    static Tensor array(Object data, Kwarg[] kw, boolean copy) {
        Kwargs.Parsed p = Kwargs.parse(copy ? "array" : "asarray", kw, "dtype");
        DType dtype = p.dtype(null);
        Tensor source = data instanceof np.ndarray a ? a.data : data instanceof Tensor t ? Bridge.toNumpy(t) : null;
        if (source == null) return ArrayCreation.fromJava(data, dtype);
        DType target = dtype == null ? source.dtype() : dtype;
        return copy || target != source.dtype() ? copy(source, target) : source;
    }

    /** A new C-ordered array with the values of {@code t} converted to {@code dtype}. */
    static Tensor copy(Tensor t, DType dtype) {
        Tensor out = Elementwise.empty(t.layout().shape(), dtype, t.device());
        t.backend().copy(t.strided(), out.strided());
        return out;
    }

    static Tensor full(long[] shape, Object value, NumpyDType fallback, Kwarg[] kw) {
        Kwargs.Parsed p = Kwargs.parse("full", kw, "dtype");
        DType inferred = value instanceof Boolean ? DType.BOOL : value instanceof Double || value instanceof Float ? DType.FLOAT64
            : DType.INT64;
        DType dtype = p.dtype(fallback != null ? fallback.type() : inferred);
        return ArrayCreation.full(shape(shape), value, dtype);
    }

    private static int[] shape(long[] shape) {
        for (long d : shape) if (d < 0) throw new ValueError("negative dimensions are not allowed");
        return Layout.checkedShape(shape);
    }

    static Tensor transpose(Tensor t) {
        long[] order = new long[t.layout().dim()];
        for (int i = 0; i < order.length; i++) order[i] = order.length - 1 - i;
        return Tensor.viewOf(t, t.layout().permute(order));
    }

    /** NumPy's reshape: one unknown (-1) dim at most, the same size, a view when the strides allow. */
    static Tensor reshape(Tensor t, long[] shape) {
        int unknown = 0;
        long known = 1;
        for (long d : shape) {
            if (d == -1) unknown++;
            else if (d < 0) throw new ValueError("negative dimensions not allowed");
            else known *= d;
        }
        if (unknown > 1) throw new ValueError("can only specify one unknown dimension");
        long size = t.numel();
        if (unknown == 0 ? known != size : known == 0 || size % known != 0) throw new ValueError(
            "cannot reshape array of size " + size + " into shape " + shapeText(shape));
        boolean reversed = false;
        for (int st : t.layout().strides()) reversed |= st < 0;
        return (reversed ? copy(t, t.dtype()) : t).reshape(shape);
    }

    private static String shapeText(long[] shape) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) b.append(i > 0 ? "," : "").append(shape[i]);
        return b.append(shape.length == 1 ? ",)" : ")").toString();
    }

    static Object item(Tensor t) {
        if (t.numel() != 1) throw new ValueError("can only convert an array of size 1 to a Python scalar");
        Tensor c = Elementwise.contiguous(t);
        int p = c.layout().offset();
        if (t.dtype() == DType.BOOL) return c.storage().getLong(p) != 0;
        return t.dtype().isFloatingPoint() ? (Object) c.storage().getDouble(p) : (Object) c.storage().getLong(p);
    }

    // ---------------------------------------------------------------- indexing

    /** {@code a[index]}: a view for basic indexing, a copy for advanced; a scalar where NumPy gives one. */
    static np.ndarray get(np.ndarray a, String index) {
        Tensor r = select(a.data, index);
        if (r.layout().dim() == 0 && !index.contains("...")) return np.scalar(copy(r, r.dtype()));
        return r.storage() == a.data.storage() ? a.view(r) : np.wrap(r);
    }

    /**
     * {@code t[index]} with NumPy's checks; slices with a negative step (which tensors do not
     * take) are applied afterwards as views with negative strides, as NumPy makes them.
     */
    private static Tensor select(Tensor t, String index) {
        List<String> parts = parts(index);
        List<int[]> reversed = new ArrayList<>();    // {result axis, part number}
        int axis = 0, specified = indexed(parts);
        StringBuilder positive = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            String p = parts.get(k);
            boolean negative = negativeStep(p);
            if (negative) {
                if (index.contains("[")) throw new IndexError("TorchTrek's np does not combine negative slice steps with "
                    + "list indices; index in two steps");
                reversed.add(new int[] {axis, k});
            }
            positive.append(k > 0 ? ", " : "").append(negative ? ":" : p);
            if (p.equals("...")) axis += t.layout().dim() - specified;
            else if (!p.matches("[-+]?\\d+")) axis++;
        }
        Tensor r = numpyErrors(t.layout().shape(), index, () -> t.get(reversed.isEmpty() ? index : positive.toString()));
        for (int[] rev : reversed) r = reverseSlice(r, rev[0], parts.get(rev[1]).split(":", -1));
        return r;
    }

    /** Whether an index part is a slice with a negative step ({@code ::-1}). */
    private static boolean negativeStep(String part) {
        String[] bits = part.startsWith("[") ? new String[0] : part.split(":", -1);
        return bits.length == 3 && bits[2].trim().startsWith("-");
    }

    /** Python's {@code slice(start, stop, step).indices(n)} for a negative step, as a view with a negative stride. */
    private static Tensor reverseSlice(Tensor t, int axis, String[] bits) {
        Layout l = t.layout();
        int n = l.size(axis);
        long step = Long.parseLong(bits[2].trim());
        long start = bits[0].isBlank() ? n - 1 : clamp(Long.parseLong(bits[0].trim()), n);
        long stop = bits[1].isBlank() ? -1 : clamp(Long.parseLong(bits[1].trim()), n);
        int count = (int) (start > stop ? (start - stop - step - 1) / -step : 0);
        int[] shape = l.shape().clone(), strides = l.strides().clone();
        shape[axis] = count;
        strides[axis] = (int) (strides[axis] * step);
        int offset = l.offset() + (count > 0 ? (int) start * l.stride(axis) : 0);
        return Tensor.viewOf(t, new Layout(shape, strides, offset));
    }

    private static long clamp(long i, int n) {
        if (i < 0) i += n;
        return i < 0 ? -1 : Math.min(i, n - 1);
    }

    static np.ndarray get(np.ndarray a, Tensor index) {
        return np.wrap(numpyErrors(a.data.layout().shape(), null, () -> a.data.get(index)));
    }

    /** {@code a[index] = value}, refused on read-only memory as NumPy refuses it. */
    static void assign(np.ndarray a, String index, Tensor value) {
        if (readOnly(a.data)) throw new ValueError("assignment destination is read-only");
        if (parts(index).stream().anyMatch(NdArrays::negativeStep)) {
            Tensor target = select(a.data, index);
            numpyErrors(target.layout().shape(), null, () -> target.set("...", value));
        } else {
            numpyErrors(a.data.layout().shape(), index, () -> a.data.set(index, value));
        }
    }

    static boolean readOnly(Tensor t) {
        return t.storage() instanceof BufferStorage b && b.buffer().isReadOnly();
    }

    /** The top-level parts of an index string ({@code "0, [1, 2], :"} has three), outer parentheses dropped. */
    private static List<String> parts(String index) {
        String s = index.trim();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1);
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ',';
            if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);   // "0," is a tuple of one
        return out;
    }

    /** How many dims an index addresses (its parts other than None and ...). */
    private static int indexed(List<String> parts) {
        int n = 0;
        for (String p : parts) if (!p.equals("None") && !p.equals("...")) n++;
        return n;
    }

    /**
     * NumPy's checks of an index before it is applied: too many indices, and integers out of
     * range named by the axis of the original array (PyTorch names the dim of the view reached).
     */
    private static void checkIndex(int[] shape, String index) {
        List<String> parts = parts(index);
        int specified = indexed(parts);
        if (specified > shape.length) throw new IndexError("too many indices for array: array is " + shape.length
            + "-dimensional, but " + specified + " were indexed");
        int axis = 0;
        for (String p : parts) {
            if (p.equals("None")) continue;
            if (p.equals("...")) {
                axis += shape.length - specified;
                continue;
            }
            if (p.matches("[-+]?\\d{1,18}")) {
                long i = Long.parseLong(p);
                if (i < -shape[axis] || i >= shape[axis]) throw new IndexError("index " + i + " is out of bounds for axis "
                    + axis + " with size " + shape[axis]);
            }
            axis++;
        }
    }

    /** Runs {@code body}, rewording PyTorch's index messages the way NumPy words them. */
    private static Tensor numpyErrors(int[] shape, String index, Supplier<Tensor> body) {
        if (index != null) checkIndex(shape, index);
        try {
            return body.get();
        } catch (IndexError e) {
            Matcher m = OUT_OF_BOUNDS.matcher(e.getMessage());
            if (m.matches()) throw new IndexError("index " + m.group(1) + " is out of bounds for axis " + m.group(2)
                + " with size " + m.group(3));
            throw e;
        }
    }

    // ---------------------------------------------------------------- ufuncs

    /** An operand as the ufuncs take it: an array's data, a tensor's memory (as NumPy reads a tensor), or a Java scalar. */
    static Object operand(Object o) {
        if (o instanceof np.ndarray a) return a.data;
        if (o instanceof Tensor t) return Bridge.toNumpy(t);
        if (o instanceof Number || o instanceof Boolean) return o;
        throw new TypeError("operand of type " + (o == null ? "NoneType" : o.getClass().getSimpleName())
            + " is not an array or a number");
    }

    static np.ndarray binary(Ufuncs.Binary f, Object a, Object b, Kwarg[] kw) {
        Tensor out = out(kw);
        return result(Ufuncs.binary(f, operand(a), operand(b), out), out);
    }

    static np.ndarray unary(Ufuncs.Unary f, Object a, Kwarg[] kw) {
        Tensor out = out(kw);
        return result(Ufuncs.unary(f, operand(a), out), out);
    }

    private static Tensor out(Kwarg[] kw) {
        Tensor out = Kwargs.parse("ufunc", kw, "out").tensor("out");
        if (out != null && readOnly(out)) throw new ValueError("output array is read-only");
        return out;
    }

    /** NumPy returns a scalar for a 0-d result computed from scalars, the out array when one was given. */
    private static np.ndarray result(Tensor r, Tensor out) {
        return out == null && r.layout().dim() == 0 ? np.scalar(r) : np.wrap(r);
    }

    // ---------------------------------------------------------------- reductions and linear algebra

    static np.ndarray reduce(String name, np.ndarray a, Long axis, Kwarg[] kw) {
        Kwargs.Parsed p = Kwargs.parse(name, kw, "axis", "keepdims");
        long[] axes = axis != null ? new long[] {axis} : p.longs("axis");
        int[] normalized = Reductions.axes(axes, a.data.layout().dim());
        boolean keepdims = p.bool("keepdims", false);
        Tensor r = name.equals("mean") ? Reductions.mean(a.data, normalized, keepdims)
            : Reductions.reduce(Reductions.Op.valueOf(name.toUpperCase()), a.data, normalized, keepdims);
        return result(r, null);
    }

    static np.ndarray argExtreme(boolean max, np.ndarray a, Long axis, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse(max ? "argmax" : "argmin", kw, "axis");
        long[] given = axis != null ? new long[] {axis} : p.longs("axis");
        Integer dim = given == null ? null : Reductions.axes(given, a.data.layout().dim())[0];
        return result(Reductions.argExtreme(max, a.data, dim), null);
    }

    /** {@code np.matmul}: NumPy's promotion and its gufunc messages, TorchTrek's kernel. */
    static np.ndarray matmul(np.ndarray a, np.ndarray b) {
        int na = a.data.layout().dim(), nb = b.data.layout().dim();
        String signature = "gufunc core with signature (n?,k),(k,m?)->(n?,m?)";
        if (na == 0 || nb == 0) throw new ValueError("matmul: Input operand " + (na == 0 ? 0 : 1) + " does not have enough "
            + "dimensions (has 0, " + signature + " requires 1)");
        int k = a.data.layout().size(na - 1);
        int kb = b.data.layout().size(nb == 1 ? 0 : nb - 2);
        if (k != kb) throw new ValueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            + "signature (n?,k),(k,m?)->(n?,m?) (size " + kb + " is different from " + k + ")");
        DType dtype = Ufuncs.commonType(a.data, b.data);
        Tensor r = LinearAlgebra.matmul(Elementwise.cast(a.data, dtype), Elementwise.cast(b.data, dtype));
        return result(r, null);
    }

    /** {@code np.dot} for 1-D and 2-D arrays (where it is {@code matmul}). */
    static np.ndarray dot(np.ndarray a, np.ndarray b) {
        if (a.data.layout().dim() > 2 || b.data.layout().dim() > 2) throw new TypeError(
            "TorchTrek's np.dot takes 1-D and 2-D arrays; use np.matmul for stacks of matrices");
        return matmul(a, b);
    }

    // ---------------------------------------------------------------- memory and files

    static Tensor memory(Object o) {
        if (o instanceof np.ndarray a) return a.data;
        if (o instanceof Tensor t) return t;
        throw new TypeError("expected an ndarray or a tensor, got " + (o == null ? "None" : o.getClass().getSimpleName()));
    }

    static void savez(String file, Map<String, np.ndarray> arrays, boolean compress) {
        Map<String, Tensor> data = new LinkedHashMap<>();
        Map<String, NumpyDType> dtypes = new LinkedHashMap<>();
        arrays.forEach((name, a) -> {
            data.put(name, a.data);
            dtypes.put(name, a.dtype());
        });
        NpzArchive.save(file, data, dtypes, compress);
    }
}
