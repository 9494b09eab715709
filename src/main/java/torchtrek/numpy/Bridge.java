package torchtrek.numpy;

import torchtrek.Tensor;
import torchtrek.errors.RuntimeError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.errors.Warnings;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The tensor side of the NumPy bridge, with PyTorch's rules and messages: {@code torch.from_numpy}
 * and {@code t.numpy()} give a new object over the SAME {@link Storage}, so a write through one is
 * seen through the other; each side keeps its own version counter, as in PyTorch (NumPy's writes
 * are invisible to autograd's checks there too).
 */
public final class Bridge {
    private Bridge() {}

    /**
     * {@code torch.from_numpy(a)} for the array data {@code a}: a tensor over the same memory.
     * Non-native byte orders and negative strides are refused as PyTorch refuses them; a
     * read-only array gives PyTorch's one-time warning.
     */
    public static Tensor fromNumpy(Tensor array, boolean writeable) {
        checkConvertible(array);
        if (!writeable) Warnings.warnOnce("numpy-not-writable", "The given NumPy array is not writable, and PyTorch does not "
            + "support non-writable tensors. This means writing to this tensor will result in undefined behavior. You may want "
            + "to copy the array to protect its data or make it writable before converting it to a tensor. This type of "
            + "warning will be suppressed for the rest of this program.");
        return new Tensor(array.storage(), array.layout());
    }

    /** What PyTorch checks before sharing or copying an array's memory ({@code torch.tensor} and {@code as_tensor} too). */
    public static void checkConvertible(Tensor array) {
        if (!NumpyDType.of(array.storage()).isNative()) throw new ValueError("given numpy array has byte order different "
            + "from the native byte order. Conversion between byte orders is currently not supported.");
        for (int s : array.layout().strides()) {
            if (s < 0) throw new ValueError("At least one stride in the given numpy array is negative, and tensors with "
                + "negative strides are not currently supported. (You can probably work around this by making a copy of "
                + "your array  with array.copy().) ");
        }
    }

    /**
     * {@code t.numpy()}: the array data over the tensor's memory. Fails as PyTorch does for a
     * tensor that requires grad, one on another device, and bfloat16 (NumPy has no such type).
     */
    public static Tensor toNumpy(Tensor t) {
        if (t.requires_grad()) throw new RuntimeError(
            "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
        if (!t.device().isCpu()) throw new TypeError("can't convert " + t.device() + " device type tensor to numpy. Use "
            + "Tensor.cpu() to copy the tensor to host memory first.");
        if (t.dtype() == DType.BFLOAT16) throw new TypeError("Got unsupported ScalarType BFloat16");
        return new Tensor(t.storage(), t.layout());
    }

    /** {@code torch.from_array(data, shape...)}: a tensor over a Java array; no shape means one dim of its length. */
    public static Tensor fromJavaArray(Storage storage, long... shape) {
        int[] dims = shape.length == 0 ? new int[] {storage.size()} : Layout.inferShape(shape, storage.size());
        return new Tensor(storage, Layout.contiguous(dims));
    }
}
