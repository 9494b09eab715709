package torchtrek.tensor;

import java.util.Arrays;

import torchtrek.errors.IndexError;
import torchtrek.errors.RuntimeError;

/**
 * Shape, strides (in elements) and storage offset of a tensor: pure index arithmetic, no data.
 * Every view operation (permute, expand, select, slice, view...) is a new Layout over the same
 * storage. Layouts are immutable; the arrays they return must not be modified.
 */
public final class Layout {
    private static final int[] EMPTY = new int[0];
    private static final Layout SCALAR = new Layout(EMPTY, EMPTY, 0);

    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final int numel;

    public Layout(int[] shape, int[] strides, int offset) {
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.numel = numelOf(shape);
    }

    /** A row-major (C-contiguous) layout of this shape at offset 0. */
    public static Layout contiguous(int... shape) {
        if (shape.length == 0) return SCALAR;
        return new Layout(shape, contiguousStrides(shape), 0);
    }

    /** The 0-dimensional layout of a scalar. */
    public static Layout scalar() {
        return SCALAR;
    }

    public static int[] contiguousStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = s;
            s *= Math.max(shape[d], 1);
        }
        return strides;
    }

    /** Number of elements of a shape; fails clearly past what one Java array can hold. */
    public static int numelOf(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
            if (n > Integer.MAX_VALUE) throw new RuntimeError(
                "tensor of shape " + Arrays.toString(shape) + " is too large: TorchTrek tensors hold at most "
                + Integer.MAX_VALUE + " elements");
        }
        return (int) n;
    }

    /** Converts a user's shape (longs, possibly negative) to ints, with PyTorch's error for negatives. */
    public static int[] checkedShape(long[] shape) {
        int[] out = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) throw new RuntimeError(
                "Trying to create tensor with negative dimension " + shape[i] + ": " + Arrays.toString(shape));
            if (shape[i] > Integer.MAX_VALUE) throw new RuntimeError(
                "dimension " + shape[i] + " is too large: TorchTrek tensors hold at most " + Integer.MAX_VALUE + " elements");
            out[i] = (int) shape[i];
        }
        numelOf(out);
        return out;
    }

    public int[] shape() { return shape; }

    public int[] strides() { return strides; }

    public int offset() { return offset; }

    public int numel() { return numel; }

    public int dim() { return shape.length; }

    public int size(int d) { return shape[d]; }

    public int stride(int d) { return strides[d]; }

    /** Row-major with no gaps; dims of size 1 may have any stride (as PyTorch defines it). */
    public boolean isContiguous() {
        if (numel == 0) return true;
        int expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) continue;
            if (strides[d] != expected) return false;
            expected *= shape[d];
        }
        return true;
    }

    /** Flat storage position of a multi-index. */
    public int position(int... index) {
        int p = offset;
        for (int d = 0; d < index.length; d++) p += index[d] * strides[d];
        return p;
    }

    public boolean sameShape(Layout other) {
        return Arrays.equals(shape, other.shape);
    }

    public Layout withOffset(int newOffset) {
        return new Layout(shape, strides, newOffset);
    }

    // ---- dims ----

    /** Wraps a possibly negative dim into [0, ndim), with PyTorch's IndexError otherwise. */
    public static int normalizeDim(long dim, int ndim) {
        int range = Math.max(ndim, 1);
        if (dim < -range || dim >= range) throw new IndexError(
            "Dimension out of range (expected to be in range of [" + (-range) + ", " + (range - 1)
            + "], but got " + dim + ")");
        return (int) (dim < 0 ? dim + range : dim);
    }

    // ---- views ----

    public Layout permute(long[] dims) {
        int n = shape.length;
        if (dims.length != n) throw new RuntimeError(
            "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the "
            + "desired ordering of dimensions i.e. input.dim() = " + n + " is not equal to len(dims) = " + dims.length);
        int[] newShape = new int[n];
        int[] newStrides = new int[n];
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int d = normalizeDim(dims[i], n);
            if (seen[d]) throw new RuntimeError("permute(): duplicate dims are not allowed.");
            seen[d] = true;
            newShape[i] = shape[d];
            newStrides[i] = strides[d];
        }
        return new Layout(newShape, newStrides, offset);
    }

    public Layout transpose(long dim0, long dim1) {
        int n = shape.length;
        int a = normalizeDim(dim0, n);
        int b = normalizeDim(dim1, n);
        if (n == 0) return this;
        int[] newShape = shape.clone();
        int[] newStrides = strides.clone();
        newShape[a] = shape[b];
        newShape[b] = shape[a];
        newStrides[a] = strides[b];
        newStrides[b] = strides[a];
        return new Layout(newShape, newStrides, offset);
    }

    /**
     * {@code expand}: size-1 (or missing leading) dims repeat with stride 0; -1 keeps a size.
     * {@code typeDescription} is the tensor's legacy type name for the error message.
     */
    public Layout expand(long[] sizes, String typeDescription) {
        int n = shape.length;
        if (sizes.length < n) throw new RuntimeError(
            "expand(" + typeDescription + "{" + Arrays.toString(shape) + "}, size=" + Arrays.toString(sizes)
            + "): the number of sizes provided (" + sizes.length + ") must be greater or equal to the number of "
            + "dimensions in the tensor (" + n + ")");
        int m = sizes.length;
        int[] newShape = new int[m];
        int[] newStrides = new int[m];
        for (int i = m - 1; i >= 0; i--) {
            int src = i - (m - n);
            long target = sizes[i];
            if (src < 0) {
                if (target < 0) throw new RuntimeError(
                    "The expanded size of the tensor (" + target + ") isn't allowed in a leading, non-existing dimension " + i);
                newShape[i] = (int) target;
                newStrides[i] = 0;
                continue;
            }
            int have = shape[src];
            if (target == -1) target = have;
            if (have == target) {
                newShape[i] = have;
                newStrides[i] = strides[src];
            } else if (have == 1) {
                if (target < 0) throw new RuntimeError(
                    "The expanded size of the tensor (" + target + ") isn't allowed in a leading, non-existing dimension " + i);
                newShape[i] = (int) target;
                newStrides[i] = 0;
            } else {
                throw new RuntimeError("The expanded size of the tensor (" + target + ") must match the existing size ("
                    + have + ") at non-singleton dimension " + i + ".  Target sizes: " + Arrays.toString(sizes)
                    + ".  Tensor sizes: " + Arrays.toString(shape));
            }
        }
        numelOf(newShape);
        return new Layout(newShape, newStrides, offset);
    }

    /** Expands to a broadcast shape already known to be compatible. */
    public Layout broadcastTo(int[] target) {
        if (Arrays.equals(target, shape)) return this;
        int m = target.length;
        int n = shape.length;
        int[] newStrides = new int[m];
        for (int i = m - 1; i >= 0; i--) {
            int src = i - (m - n);
            newStrides[i] = (src < 0 || shape[src] != target[i]) ? 0 : strides[src];
        }
        return new Layout(target, newStrides, offset);
    }

    public Layout select(long dim, long index) {
        int n = shape.length;
        if (n == 0) throw new IndexError(
            "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        int d = normalizeDim(dim, n);
        int size = shape[d];
        if (index < -size || index >= size) throw new IndexError(
            "index " + index + " is out of bounds for dimension " + d + " with size " + size);
        int i = (int) (index < 0 ? index + size : index);
        int[] newShape = new int[n - 1];
        int[] newStrides = new int[n - 1];
        for (int k = 0, j = 0; k < n; k++) {
            if (k == d) continue;
            newShape[j] = shape[k];
            newStrides[j++] = strides[k];
        }
        return new Layout(newShape, newStrides, offset + i * strides[d]);
    }

    /** Python slice semantics along one dim: bounds are clamped, step must be positive. */
    public Layout slice(long dim, long start, long end, long step) {
        int d = normalizeDim(dim, shape.length);
        if (step <= 0) throw new torchtrek.errors.ValueError(
            step == 0 ? "slice step cannot be zero" : "step must be greater than zero");
        int size = shape[d];
        long s = start < 0 ? Math.max(start + size, 0) : Math.min(start, size);
        long e = end < 0 ? Math.max(end + size, 0) : Math.min(end, size);
        long len = e > s ? (e - s + step - 1) / step : 0;
        int[] newShape = shape.clone();
        int[] newStrides = strides.clone();
        newShape[d] = (int) len;
        newStrides[d] = (int) (strides[d] * step);
        return new Layout(newShape, newStrides, offset + (int) (len > 0 ? s * strides[d] : 0));
    }

    /** {@code narrow(dim, start, length)}: a slice that must fit, with PyTorch's checks. */
    public Layout narrow(long dim, long start, long length) {
        int d = normalizeDim(dim, shape.length);
        int size = shape[d];
        if (start < -size || start > size) throw new IndexError(
            "start out of range (expected to be in range of [" + (-size) + ", " + size + "], but got " + start + ")");
        long s = start < 0 ? start + size : start;
        if (length < 0 || s + length > size) throw new RuntimeError(
            "start (" + s + ") + length (" + length + ") exceeds dimension size (" + size + ").");
        int[] newShape = shape.clone();
        newShape[d] = (int) length;
        return new Layout(newShape, strides, offset + (int) s * strides[d]);
    }

    public Layout unsqueeze(long dim) {
        int n = shape.length;
        int d = normalizeDim(dim, n + 1);
        int[] newShape = new int[n + 1];
        int[] newStrides = new int[n + 1];
        for (int k = 0, j = 0; k <= n; k++) {
            if (k == d) {
                newShape[k] = 1;
                newStrides[k] = d < n ? shape[d] * strides[d] : 1;
            } else {
                newShape[k] = shape[j];
                newStrides[k] = strides[j++];
            }
        }
        return new Layout(newShape, newStrides, offset);
    }

    /** Removes every size-1 dim. */
    public Layout squeeze() {
        int kept = 0;
        for (int s : shape) if (s != 1) kept++;
        int[] newShape = new int[kept];
        int[] newStrides = new int[kept];
        for (int k = 0, j = 0; k < shape.length; k++) {
            if (shape[k] == 1) continue;
            newShape[j] = shape[k];
            newStrides[j++] = strides[k];
        }
        return new Layout(newShape, newStrides, offset);
    }

    /** Removes {@code dim} if its size is 1; otherwise returns an equal layout. */
    public Layout squeeze(long dim) {
        int n = shape.length;
        int d = normalizeDim(dim, n);
        if (n == 0 || shape[d] != 1) return new Layout(shape, strides, offset);
        int[] newShape = new int[n - 1];
        int[] newStrides = new int[n - 1];
        for (int k = 0, j = 0; k < n; k++) {
            if (k == d) continue;
            newShape[j] = shape[k];
            newStrides[j++] = strides[k];
        }
        return new Layout(newShape, newStrides, offset);
    }

    public Layout diagonal(long diagOffset, long dim1, long dim2) {
        int n = shape.length;
        int a = normalizeDim(dim1, n);
        int b = normalizeDim(dim2, n);
        if (a == b) throw new RuntimeError("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        int newOffset = offset;
        int len;
        if (diagOffset >= 0) {
            len = (int) Math.max(Math.min(shape[a], shape[b] - diagOffset), 0);
            if (len > 0) newOffset += (int) diagOffset * strides[b];
        } else {
            len = (int) Math.max(Math.min(shape[a] + diagOffset, shape[b]), 0);
            if (len > 0) newOffset -= (int) diagOffset * strides[a];
        }
        int[] newShape = new int[n - 1];
        int[] newStrides = new int[n - 1];
        for (int k = 0, j = 0; k < n; k++) {
            if (k == a || k == b) continue;
            newShape[j] = shape[k];
            newStrides[j++] = strides[k];
        }
        newShape[n - 2] = len;
        newStrides[n - 2] = strides[a] + strides[b];
        return new Layout(newShape, newStrides, newOffset);
    }

    /**
     * Resolves a requested shape with at most one -1 against {@code numel}, with PyTorch's
     * messages ("shape '[5, -1]' is invalid for input of size 12").
     */
    public static int[] inferShape(long[] requested, int numel) {
        int infer = -1;
        long known = 1;
        for (int i = 0; i < requested.length; i++) {
            long s = requested[i];
            if (s == -1) {
                if (infer >= 0) throw new RuntimeError("only one dimension can be inferred");
                infer = i;
            } else if (s < 0) {
                throw new RuntimeError("invalid shape dimension " + s);
            } else {
                known *= s;
            }
        }
        if (numel != known && !(infer >= 0 && known > 0 && numel % known == 0)) {
            throw new RuntimeError("shape '" + Arrays.toString(requested) + "' is invalid for input of size " + numel);
        }
        if (infer >= 0 && known == 0) throw new RuntimeError("cannot reshape tensor of " + numel + " elements into shape "
            + Arrays.toString(requested) + " because the unspecified dimension size -1 can be any value and is ambiguous");
        int[] out = new int[requested.length];
        for (int i = 0; i < requested.length; i++) out[i] = i == infer ? (int) (numel / known) : (int) requested[i];
        return out;
    }

    /**
     * The strides a view of this layout with {@code newShape} would have, or null when the
     * memory cannot be described that way (PyTorch's {@code computeStride}).
     */
    public int[] viewStrides(int[] newShape) {
        if (numel == 0) return contiguousStrides(newShape);
        int[] newStrides = new int[newShape.length];
        int viewD = newShape.length - 1;
        long chunkBase = strides.length > 0 ? strides[strides.length - 1] : 1;
        long tensorNumel = 1;
        long viewNumel = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            tensorNumel *= shape[d];
            if (d == 0 || (shape[d - 1] != 1 && strides[d - 1] != tensorNumel * chunkBase)) {
                while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1)) {
                    newStrides[viewD] = (int) (viewNumel * chunkBase);
                    viewNumel *= newShape[viewD];
                    viewD--;
                }
                if (viewNumel != tensorNumel) return null;
                if (d > 0) {
                    chunkBase = strides[d - 1];
                    tensorNumel = 1;
                    viewNumel = 1;
                }
            }
        }
        if (viewD != -1) {
            // only leading size-1 dims can remain (e.g. viewing a 0-d tensor as [1, 1])
            for (; viewD >= 0; viewD--) {
                if (newShape[viewD] != 1) return null;
                newStrides[viewD] = (int) (viewNumel * chunkBase);
            }
        }
        return newStrides;
    }

    @Override
    public String toString() {
        return "Layout(shape=" + Arrays.toString(shape) + ", strides=" + Arrays.toString(strides) + ", offset=" + offset + ")";
    }
}
