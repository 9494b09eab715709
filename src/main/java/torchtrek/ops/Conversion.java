package torchtrek.ops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;

import torchtrek.Kwarg;
import torchtrek.Kwargs;
import torchtrek.Python;
import torchtrek.Tensor;
import torchtrek.autograd.History;
import torchtrek.autograd.Node;
import torchtrek.backend.Backend;
import torchtrek.backend.HostTransfer;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.ValueError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;

/** Copies, dtype and device conversion, and getting values out of tensors. */
public final class Conversion {
    private Conversion() {}

    // ------------------------------------------------------------------ to / clone / contiguous

    /** {@code x.to(device, dtype)}: x itself when nothing changes (unless {@code copy=True}). */
    public static Tensor to(Tensor x, Device device, DType dtype, Kwarg... kw) {
        Kwargs.Parsed p = Kwargs.parse("to", kw, "non_blocking", "copy");
        Device target = device == null ? x.device() : device.withDefaultIndex();
        DType targetType = dtype == null ? x.dtype() : dtype;
        boolean copy = p.bool("copy", false);
        if (!copy && target.equals(x.device()) && targetType == x.dtype()) return x;
        Tensor out = Elementwise.emptyLike(x, targetType, target);
        copyAcross(x, out);
        if (History.needed(x) && targetType.isFloatingPoint()) History.record(new ToCopyBackward0(x), out, x);
        return out;
    }

    /** Copies x into out (same shape), converting dtype and moving between devices. */
    static void copyAcross(Tensor x, Tensor out) {
        if (x.device().equals(out.device())) {
            out.backend().copy(x.strided(), out.strided());
            return;
        }
        Backend device = x.device().isCpu() ? out.backend() : x.backend();
        if (!(device instanceof HostTransfer transfer))
            throw new RuntimeError("cannot copy between " + x.device() + " and " + out.device());
        transfer.transfer(x.strided(), out.strided());
    }

    /** A copy of t on {@code device} (no autograd; for 0-d operands and creation). */
    public static Tensor moveTo(Tensor t, Device device) {
        if (t.device().equals(device)) return t;
        Tensor out = Elementwise.empty(t.layout().shape(), t.dtype(), device);
        copyAcross(t, out);
        return out;
    }

    static final class ToCopyBackward0 extends Node {
        private final DType dtype;
        private final Device device;

        ToCopyBackward0(Tensor x) {
            this.dtype = x.dtype();
            this.device = x.device();
        }

        @Override public String name() { return "ToCopyBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0].to(device, dtype)};
        }
    }

    /** {@code x.clone()}: keeps x's memory order (preserve_format). */
    public static Tensor clone(Tensor x) {
        return copyOf(x, Elementwise.emptyLike(x, x.dtype(), x.device()));
    }

    public static Tensor contiguous(Tensor x) {
        return x.layout().isContiguous() ? x : copyOf(x, Elementwise.empty(x.layout().shape(), x.dtype(), x.device()));
    }

    private static Tensor copyOf(Tensor x, Tensor out) {
        out.backend().copy(x.strided(), out.strided());
        if (History.needed(x)) History.record(new CloneBackward0(), out, x);
        return out;
    }

    static final class CloneBackward0 extends Node {
        @Override public String name() { return "CloneBackward0"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {g[0]};
        }
    }

    // ------------------------------------------------------------------ in-place writes

    public static Tensor copy_(Tensor self, Tensor src) {
        InPlace.check(self, src);
        int[] shape = self.layout().shape();
        Elementwise.prepareOutput(self, torchtrek.tensor.Broadcast.shapes(shape, src.layout().shape()), true);
        if (InPlace.needsRecording(self, src)) {
            return InPlace.recorded(self, old -> {
                Tensor r = Elementwise.empty(self.layout().shape(), self.dtype(), self.device());
                copyBroadcast(src, r);
                if (History.needed(old, src)) History.record(new CopyBackwards(src), r, old, src);
                return r;
            });
        }
        copyBroadcast(src, self);
        InPlace.bump(self);
        return self;
    }

    private static void copyBroadcast(Tensor src, Tensor dst) {
        Tensor s = src.device().equals(dst.device()) ? src : moveTo(src, dst.device());
        dst.backend().copy(Elementwise.broadcastView(s, dst.layout().shape()), dst.strided());
    }

    /** copy_: no gradient for the old values, the source's gradient summed back to its shape. */
    static final class CopyBackwards extends Node {
        private final DType srcType;
        private final Device srcDevice;

        CopyBackwards(Tensor src) {
            this.srcType = src.dtype();
            this.srcDevice = src.device();
        }

        @Override public String name() { return "CopyBackwards"; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            return new Tensor[] {Creation.zerosLike(g[0]), g[0].to(srcDevice, srcType)};
        }
    }

    public static Tensor fill_(Tensor self, double value) {
        return fill_(self, value, "FillBackward2");
    }

    public static Tensor zero_(Tensor self) {
        return fill_(self, 0, "ZeroBackward0");
    }

    private static Tensor fill_(Tensor self, double value, String nodeName) {
        InPlace.check(self);
        if (InPlace.needsRecording(self)) return InPlace.recorded(self, old -> filledLike(old, value, nodeName));
        self.backend().fill(self.strided(), value);
        InPlace.bump(self);
        return self;
    }

    public static Tensor fillLong_(Tensor self, long value) {
        if (self.dtype().isFloatingPoint()) return fill_(self, (double) value);
        InPlace.check(self);
        self.backend().fillLong(self.strided(), value);
        InPlace.bump(self);
        return self;
    }

    /** {@code fill_} with a 0-d tensor: every element takes its value (and the value gets the summed gradient). */
    public static Tensor fill_(Tensor self, Tensor value) {
        if (value.layout().dim() != 0) throw new RuntimeError(
            "fill_ only supports 0-dimension value tensor but got tensor with " + value.layout().dim() + " dimensions.");
        InPlace.check(self, value);
        if (InPlace.needsRecording(self, value)) {
            return InPlace.recorded(self, old -> {
                Tensor r = Elementwise.empty(old.layout().shape(), old.dtype(), old.device());
                copyBroadcast(value, r);
                if (History.needed(old, value)) History.record(new FillBackward("FillBackward3", true), r, old, value);
                return r;
            });
        }
        copyBroadcast(value, self);
        InPlace.bump(self);
        return self;
    }

    private static Tensor filledLike(Tensor old, double value, String nodeName) {
        Tensor r = Elementwise.empty(old.layout().shape(), old.dtype(), old.device());
        r.backend().fill(r.strided(), value);
        if (History.needed(old)) History.record(new FillBackward(nodeName, false), r, old);
        return r;
    }

    /** fill_ and zero_: nothing flows to the overwritten values; a value tensor gets the sum of the gradient. */
    static final class FillBackward extends Node {
        private final String name;
        private final boolean valueTensor;

        FillBackward(String name, boolean valueTensor) {
            this.name = name;
            this.valueTensor = valueTensor;
        }

        @Override public String name() { return name; }

        @Override
        public Tensor[] apply(Tensor[] g) {
            Tensor zeros = Creation.zerosLike(g[0]);
            return valueTensor ? new Tensor[] {zeros, g[0].sum()} : new Tensor[] {zeros};
        }
    }

    // ------------------------------------------------------------------ values out

    private static Tensor onCpu(Tensor t) {
        return t.device().isCpu() ? t : moveTo(t, Device.CPU);
    }

    private static void checkOne(Tensor t) {
        if (t.numel() != 1) throw new RuntimeError("a Tensor with " + t.numel() + " elements cannot be converted to Scalar");
    }

    public static double item(Tensor t) {
        checkOne(t);
        Tensor c = onCpu(t);
        return c.storage().getDouble(c.layout().offset());
    }

    public static long itemLong(Tensor t) {
        checkOne(t);
        Tensor c = onCpu(t);
        return c.storage().getLong(c.layout().offset());
    }

    /** The elements in row-major order as doubles. */
    public static double[] toDoubleArray(Tensor t) {
        Tensor c = Elementwise.contiguous(Elementwise.cast(onCpu(t), DType.FLOAT64));
        if (c.numel() == 0) return new double[0];   // an empty view's offset may lie past its storage
        double[] data = ((torchtrek.tensor.ArrayStorage.Doubles) c.storage()).data;
        int off = c.layout().offset();
        return Arrays.copyOfRange(data, off, off + c.layout().numel());
    }

    public static float[] toFloatArray(Tensor t) {
        Tensor c = Elementwise.contiguous(Elementwise.cast(onCpu(t), DType.FLOAT32));
        if (c.numel() == 0) return new float[0];   // an empty view's offset may lie past its storage
        float[] data = ((torchtrek.tensor.ArrayStorage.Floats) c.storage()).data;
        int off = c.layout().offset();
        return Arrays.copyOfRange(data, off, off + c.layout().numel());
    }

    public static long[] toLongArray(Tensor t) {
        Tensor c = Elementwise.contiguous(Elementwise.cast(onCpu(t), DType.INT64));
        if (c.numel() == 0) return new long[0];   // an empty view's offset may lie past its storage
        long[] data = ((torchtrek.tensor.ArrayStorage.Longs) c.storage()).data;
        int off = c.layout().offset();
        return Arrays.copyOfRange(data, off, off + c.layout().numel());
    }

    /** A copy as nested Java arrays of the tensor's rank: double for floats, long for integers, boolean for bool. */
    public static Object toArray(Tensor t) {
        int[] shape = t.layout().shape();
        Class<?> leaf = t.dtype() == DType.BOOL ? boolean.class : t.dtype().isFloatingPoint() ? double.class : long.class;
        if (shape.length == 0) throw new RuntimeError("toArray() needs a tensor with at least one dimension; use item()");
        Object out = java.lang.reflect.Array.newInstance(leaf, shape);
        Tensor c = Elementwise.contiguous(onCpu(t));
        int[] pos = {c.layout().offset()};
        fillArray(out, c, pos);
        return out;
    }

    private static void fillArray(Object arr, Tensor c, int[] pos) {
        int n = java.lang.reflect.Array.getLength(arr);
        Class<?> comp = arr.getClass().getComponentType();
        for (int i = 0; i < n; i++) {
            if (comp.isArray()) fillArray(java.lang.reflect.Array.get(arr, i), c, pos);
            else if (comp == double.class) ((double[]) arr)[i] = c.storage().getDouble(pos[0]++);
            else if (comp == long.class) ((long[]) arr)[i] = c.storage().getLong(pos[0]++);
            else ((boolean[]) arr)[i] = c.storage().getLong(pos[0]++) != 0;
        }
    }

    /** {@code tolist()}: nested lists of Double/Long/Boolean that print as Python lists; a scalar for 0-d. */
    public static Object tolist(Tensor t) {
        Tensor c = onCpu(t);
        if (c.layout().dim() == 0) return element(c, c.layout().offset());
        return listOf(c, 0, c.layout().offset());
    }

    private static Object listOf(Tensor c, int dim, int offset) {
        Layout l = c.layout();
        PyList out = new PyList();
        for (int i = 0; i < l.size(dim); i++) {
            int pos = offset + i * l.stride(dim);
            out.add(dim == l.dim() - 1 ? element(c, pos) : listOf(c, dim + 1, pos));
        }
        return out;
    }

    private static Object element(Tensor c, int pos) {
        DType d = c.dtype();
        if (d == DType.BOOL) return c.storage().getLong(pos) != 0;
        if (d.isFloatingPoint()) return c.storage().getDouble(pos);
        return c.storage().getLong(pos);
    }

    /** A list that prints as Python prints lists ({@code [1.0, True]}). */
    public static final class PyList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() { return Python.repr(this); }
    }

    /** Python's {@code format(tensor, spec)} for one-element tensors: {@code .2f}, {@code .3e}, {@code d}... */
    public static String format(Tensor t, String spec) {
        // Tensor.__format__: a 0-d tensor formats its item(); any other tensor is str(t), and takes no spec
        if (t.layout().dim() != 0) {
            if (spec.isEmpty()) return t.toString();
            throw new torchtrek.errors.TypeError("unsupported format string passed to Tensor.__format__");
        }
        double v = item(t);
        if (spec.isEmpty()) {
            if (t.dtype() == DType.BOOL) return v != 0 ? "True" : "False";
            return t.dtype().isFloatingPoint() ? Python.floatRepr(v) : Long.toString(itemLong(t));
        }
        char kind = spec.charAt(spec.length() - 1);
        int precision = 6;
        int dot = spec.indexOf('.');
        if (dot >= 0) precision = Integer.parseInt(spec.substring(dot + 1, spec.length() - 1));
        switch (kind) {
            case 'f': return new BigDecimal(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
            case 'e': return torchtrek.format.PyFormat.scientific(v, precision);
            case 'd': return Long.toString(itemLong(t));
            default: throw new ValueError("Unknown format code '" + kind + "' for object of type 'float'");
        }
    }
}
