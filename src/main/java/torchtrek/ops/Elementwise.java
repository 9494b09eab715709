package torchtrek.ops;

import java.util.Arrays;

import torchtrek.Backends;
import torchtrek.Tensor;
import torchtrek.backend.Backend;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.Warnings;
import torchtrek.tensor.Broadcast;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.OutputLayout;

/**
 * Elementwise computation on tensors without autograd: broadcasting, dtype conversion of the
 * operands, allocation of results, in-place and {@code out=} writes, and the device checks.
 * The differentiable ops in this package call these and add the tape.
 */
public final class Elementwise {
    private Elementwise() {}

    /** A new contiguous tensor of zeros. */
    public static Tensor empty(int[] shape, DType dtype, Device device) {
        return empty(Layout.contiguous(shape), dtype, device);
    }

    /** A new tensor of zeros with a dense {@code layout} (PyTorch's empty_strided). */
    public static Tensor empty(Layout layout, DType dtype, Device device) {
        Backend be = Backends.of(device);
        return new Tensor(be.allocate(dtype, layout.numel()), layout);
    }

    /** {@code empty_like(t)}: t's shape, and its strides when dense (preserve_format). */
    public static Tensor emptyLike(Tensor t, DType dtype, Device device) {
        return empty(OutputLayout.preserving(t.layout()), dtype, device);
    }

    /** {@code t} converted to {@code dtype} (itself when it already is). No autograd. */
    public static Tensor cast(Tensor t, DType dtype) {
        if (t.dtype() == dtype) return t;
        Tensor out = emptyLike(t, dtype, t.device());
        t.backend().copy(t.strided(), out.strided());
        return out;
    }

    /** The device all operands share; 0-d CPU tensors (Python numbers) may join any device. */
    public static Device commonDevice(Tensor a, Tensor b) {
        Device da = a.device(), db = b.device();
        if (da.equals(db)) return da;
        if (db.isCpu() && b.layout().dim() == 0) return da;
        if (da.isCpu() && a.layout().dim() == 0) return db;
        throw new RuntimeError("Expected all tensors to be on the same device, but found at least two devices, "
            + (da.isCuda() ? da + " and " + db : db + " and " + da) + "!");
    }

    /** Moves a 0-d CPU operand to {@code device} when needed. */
    private static Tensor onDevice(Tensor t, Device device) {
        return t.device().equals(device) ? t : Conversion.moveTo(t, device);
    }

    /** {@code op(a, b)} computed in {@code dtype}, broadcast, into a new tensor of that dtype. */
    public static Tensor binary(BinaryOp op, Tensor a, Tensor b, DType dtype) {
        Device device = commonDevice(a, b);
        int[] shape = Broadcast.shapes(a.layout().shape(), b.layout().shape());
        Tensor out = empty(OutputLayout.elementwise(shape, a.layout(), b.layout()), dtype, device);
        out.backend().binary(op, operand(a, dtype, device, shape), operand(b, dtype, device, shape), out.strided());
        return out;
    }

    /**
     * {@code t} converted to {@code dtype}, on {@code device}, broadcast to {@code shape}. A
     * Python number ({@code x * 3}) in another dtype becomes a bare one-element storage: no
     * tensor, no plan, since that conversion happens on almost every small op.
     */
    private static Strided operand(Tensor t, DType dtype, Device device, int[] shape) {
        if (t.dtype() != dtype && t.layout().dim() == 0 && t.device().isCpu() && device.isCpu()) {
            Backend be = t.backend();
            Strided one = new Strided(be.allocate(dtype, 1), Layout.scalar());
            be.copy(t.strided(), one);
            return new Strided(one.storage(), Layout.scalar().broadcastTo(shape));
        }
        return broadcastView(onDevice(cast(t, dtype), device), shape);
    }

    /**
     * {@code op(a, b)} written into {@code out} (in-place ops pass {@code out == a}): computed in
     * {@code dtype}, then converted to out's dtype, which must be a safe cast; out's shape must be
     * the broadcast shape (in-place) or is resized to it ({@code out=}).
     */
    public static void binaryInto(BinaryOp op, Tensor a, Tensor b, DType dtype, Tensor out, boolean inPlace) {
        Device device = commonDevice(a, b);
        int[] shape = Broadcast.shapes(a.layout().shape(), b.layout().shape());
        checkCast(dtype, out.dtype());
        prepareOutput(out, shape, inPlace);
        Strided sa = operand(a, dtype, device, shape), sb = operand(b, dtype, device, shape);
        if (out.dtype() == dtype) {
            out.backend().binary(op, sa, sb, out.strided());
        } else {
            Tensor tmp = empty(shape, dtype, device);
            tmp.backend().binary(op, sa, sb, tmp.strided());
            out.backend().copy(tmp.strided(), out.strided());
        }
    }

    public static void checkCast(DType result, DType out) {
        if (!Promotion.canCast(result, out)) throw new RuntimeError(
            "result type " + result.scalarTypeName() + " can't be cast to the desired output type " + out.scalarTypeName());
    }

    /**
     * In-place: the result must have out's shape. {@code out=}: out is resized to the result's shape
     * (with PyTorch's warning when it held elements).
     */
    public static void prepareOutput(Tensor out, int[] shape, boolean inPlace) {
        if (Arrays.equals(out.layout().shape(), shape)) return;
        if (inPlace) throw new RuntimeError("output with shape " + Arrays.toString(out.layout().shape())
            + " doesn't match the broadcast shape " + Arrays.toString(shape));
        if (out.numel() != 0) Warnings.warn("An output with one or more elements was resized since it had shape "
            + Arrays.toString(out.layout().shape()) + ", which does not match the required output shape "
            + Arrays.toString(shape) + ". This behavior is deprecated, and in a future PyTorch release outputs will not be "
            + "resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, "
            + "to zero elements with t.resize_(0).");
        Backend be = out.backend();
        out.setData(be.allocate(out.dtype(), Layout.numelOf(shape)), Layout.contiguous(shape));
    }

    /** A view of {@code t} broadcast to {@code shape} (stride 0 where it repeats). */
    public static Strided broadcastView(Tensor t, int[] shape) {
        return new Strided(t.storage(), t.layout().broadcastTo(shape));
    }

    /** {@code op(a)} in {@code dtype} into a new tensor. */
    public static Tensor unary(UnaryOp op, Tensor a, DType dtype) {
        Tensor ca = cast(a, dtype);
        Tensor out = empty(OutputLayout.elementwise(a.layout().shape(), a.layout()), dtype, a.device());
        out.backend().unary(op, ca.strided(), out.strided());
        return out;
    }

    /** {@code op(a)} written into {@code out}, converting as needed. */
    public static void unaryInto(UnaryOp op, Tensor a, DType dtype, Tensor out) {
        checkCast(dtype, out.dtype());
        Tensor ca = cast(a, dtype);
        if (out.dtype() == dtype) {
            out.backend().unary(op, ca.strided(), out.strided());
        } else {
            Tensor tmp = unary(op, ca, dtype);
            out.backend().copy(tmp.strided(), out.strided());
        }
    }

    /** Comparison in the promoted dtype of a and b; a new bool tensor. */
    public static Tensor compare(CompareOp op, Tensor a, Tensor b) {
        Device device = commonDevice(a, b);
        DType dtype = Promotion.resultType(a, b);
        int[] shape = Broadcast.shapes(a.layout().shape(), b.layout().shape());
        Tensor out = empty(OutputLayout.elementwise(shape, a.layout(), b.layout()), DType.BOOL, device);
        Tensor ca = onDevice(cast(a, dtype), device), cb = onDevice(cast(b, dtype), device);
        out.backend().compare(op, broadcastView(ca, shape), broadcastView(cb, shape), out.strided());
        return out;
    }

    /** {@code cond ? a : b} with broadcasting, in the promoted dtype of a and b. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        Device device = commonDevice(commonDeviceTensor(cond, a), b);
        DType dtype = Promotion.resultType(a, b);
        int[] shape = Broadcast.shapes(cond.layout().shape(), Broadcast.shapes(a.layout().shape(), b.layout().shape()));
        Tensor out = empty(OutputLayout.elementwise(shape, cond.layout(), a.layout(), b.layout()), dtype, device);
        Tensor cc = onDevice(cast(cond, DType.BOOL), device);
        Tensor ca = onDevice(cast(a, dtype), device), cb = onDevice(cast(b, dtype), device);
        out.backend().where(broadcastView(cc, shape), broadcastView(ca, shape), broadcastView(cb, shape), out.strided());
        return out;
    }

    private static Tensor commonDeviceTensor(Tensor a, Tensor b) {
        commonDevice(a, b);
        return a.layout().dim() == 0 && a.device().isCpu() ? b : a;
    }

    /** A contiguous copy of t (same dtype and device); t itself when already contiguous. */
    public static Tensor contiguous(Tensor t) {
        if (t.layout().isContiguous()) return t;
        Tensor out = empty(t.layout().shape(), t.dtype(), t.device());
        t.backend().copy(t.strided(), out.strided());
        return out;
    }
}
