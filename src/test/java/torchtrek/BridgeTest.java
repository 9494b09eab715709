package torchtrek;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static torchtrek.Kwargs.dtype;
import static torchtrek.Kwargs.requires_grad;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import torchtrek.errors.RuntimeError;
import torchtrek.errors.TypeError;
import torchtrek.errors.ValueError;
import torchtrek.numpy.Fixtures;
import torchtrek.numpy.NumpyDType;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The bridge between tensors, NumPy arrays and Java arrays: {@code torch.from_numpy} and
 * {@code t.numpy()} share the same Storage for every dtype both have, {@code torch.tensor}
 * copies, {@code torch.as_tensor} shares when it can, and {@code torch.from_array} shares a
 * Java array while {@code toArray()} copies out. Expected texts come from
 * ../shared/reference/pytorch-facts.md section 9 (checked on real PyTorch and NumPy).
 */
class BridgeTest {
    @ParameterizedTest
    @ValueSource(strings = {"bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"})
    void fromNumpyAndNumpyShareTheSameStorageBothWays(String name) {
        DType type = DType.parse(name);
        np.ndarray a = np.zeros(3, dtype(NumpyDType.of(type)));
        Tensor t = torch.from_numpy(a);
        assertSame(a.tensorView().storage(), t.storage(), "the same Storage object");
        assertEquals(type, t.dtype());
        a.set("1", 1L);
        assertEquals(1, t.get(1).item(), 0, "the tensor sees the array's write");
        t.set("2", 1L);
        assertEquals(1L, ((Number) toNumber(a.get("2").item())).longValue(), "the array sees the tensor's write");
        np.ndarray back = t.numpy();
        assertSame(t.storage(), back.tensorView().storage());
        assertTrue(np.shares_memory(a, back));
        assertEquals(name, back.dtype().toString());
    }

    private static Object toNumber(Object o) {
        return o instanceof Boolean b ? (b ? 1L : 0L) : o;
    }

    @Test
    void theNotesSequenceFromPytorchFacts() {
        np.ndarray a = np.ones(3);
        Tensor t = torch.from_numpy(a);
        assertEquals("tensor([1., 1., 1.], dtype=torch.float64)", t.toString());
        a.set("0", 5.0);
        assertEquals("tensor([5., 1., 1.], dtype=torch.float64)", t.toString());
        t.set("1", 7.0);
        assertEquals("array([5., 7., 1.])", a.repr());
        np.ndarray n = t.numpy();
        n.set("2", 9.0);
        assertEquals("tensor([5., 7., 9.], dtype=torch.float64)", t.toString());
        assertEquals(List.of(false, true, false), List.of(torch.tensor(a).data_ptr() == t.data_ptr(),
            torch.as_tensor(a).data_ptr() == t.data_ptr(), torch.as_tensor(a, dtype(torch.float32)).data_ptr() == t.data_ptr()));
    }

    @Test
    void conversionsPrintAsInPytorchFacts() {
        assertEquals("tensor([1, 2])", torch.from_numpy(np.array(new long[] {1, 2})).toString());
        assertEquals("tensor([1., 2.])", torch.from_numpy(np.array(new double[] {1, 2}, dtype(np.float32))).toString());
        assertEquals("tensor([True])", torch.from_numpy(np.array(new boolean[] {true})).toString());
        assertEquals("array([[1., 1.],\n       [1., 1.]], dtype=float32)", torch.ones(2, 2).numpy().repr());
        assertEquals("array([[1, 2],\n       [3, 4]])", torch.tensor(new long[][] {{1, 2}, {3, 4}}).numpy().repr());
        assertEquals("array([ True])", torch.tensor(new boolean[] {true}).numpy().repr());
        assertEquals("array([1.5])", torch.tensor(new double[] {1.5}, dtype(torch.float64)).numpy().repr());
        assertEquals("array(2.5, dtype=float32)", torch.tensor(2.5).numpy().repr());
        assertEquals("float32", torch.arange(3.).numpy().dtype().toString());
        assertEquals("array([0.1], dtype=float32)", torch.tensor(new double[] {0.1}).numpy().repr());
        assertEquals("[[1. 1.]\n [1. 1.]]", torch.ones(2, 2).numpy().toString());
        assertEquals("array([1., 1.], dtype=float32)", torch.ones(2, requires_grad(true)).detach().numpy().repr());
        assertEquals("(3, 2)", torch.from_numpy(np.arange(6.).reshape(2, 3).get(":, ::2")).stride().toString());
        assertEquals("(1, 3)", torch.from_numpy(np.arange(6.).reshape(2, 3).T()).stride().toString());
    }

    @Test
    void negativeStridesAreRefusedAsPytorchRefusesThem() {
        assertEquals("ValueError: At least one stride in the given numpy array is negative, and tensors with negative strides "
            + "are not currently supported. (You can probably work around this by making a copy of your array  with "
            + "array.copy().) ", assertThrows(ValueError.class, () -> torch.from_numpy(np.arange(6.).get("::-1"))).toString());
        assertEquals("tensor([5., 4., 3., 2., 1., 0.], dtype=torch.float64)", torch.from_numpy(np.arange(6.).get("::-1").copy()).toString());
    }

    @Test
    void pytorchsRefusals() {
        assertEquals("RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
            assertThrows(RuntimeError.class, () -> torch.ones(2, requires_grad(true)).numpy()).toString());
        assertEquals("TypeError: Got unsupported ScalarType BFloat16",
            assertThrows(TypeError.class, () -> torch.ones(2).to(torch.bfloat16).numpy()).toString());
        Tensor onGpu = new Tensor(new DeviceMemory(), Layout.contiguous(2));
        assertEquals("TypeError: can't convert cuda:0 device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host "
            + "memory first.", assertThrows(TypeError.class, onGpu::numpy).toString());
    }

    /** Storage that says it lives on a GPU (enough to check numpy() refuses it without one). */
    private static final class DeviceMemory extends Storage {
        DeviceMemory() { super(DType.FLOAT32); }

        @Override public Device device() { return Device.of("cuda", 0); }

        @Override public int size() { return 2; }

        @Override public double getDouble(int i) { return 0; }

        @Override public long getLong(int i) { return 0; }

        @Override public void setDouble(int i, double v) { throw new UnsupportedOperationException(); }

        @Override public void setLong(int i, long v) { throw new UnsupportedOperationException(); }
    }

    @Test
    void copiesAreCopies() {
        np.ndarray a = np.arange(3.0);
        Tensor copied = torch.tensor(a);
        assertNotSame(a.tensorView().storage(), copied.storage());
        assertEquals(DType.FLOAT64, copied.dtype(), "torch.tensor keeps the array's dtype");
        a.set("0", 42.0);
        assertEquals("tensor([0., 1., 2.], dtype=torch.float64)", copied.toString());
        assertFalse(np.shares_memory(a, copied));
        np.ndarray c = np.array(torch.ones(2));
        assertFalse(np.shares_memory(c, torch.ones(2)));
        Tensor t = torch.ones(2);
        assertTrue(np.shares_memory(np.asarray(t), t), "np.asarray shares a tensor's memory, as NumPy does through __array__");
    }

    @Test
    void autogradDoesNotSeeNumpysWrites() {
        np.ndarray a = np.ones(2);
        Tensor t = torch.from_numpy(a);
        long before = t._version();
        a.set("0", 3.0);
        np.add(a, 1, Kwargs.out(a));
        assertEquals(before, t._version(), "as in PyTorch, NumPy's writes do not bump the tensor's version");
        t.add_(1);
        assertEquals(before + 1, t._version());
    }

    @Test
    void sharesMemoryIsExact() {
        np.ndarray a = np.arange(10.0);
        assertTrue(np.shares_memory(a.get("2:5"), a.get("4:8")));
        assertFalse(np.shares_memory(a.get("0:5"), a.get("5:")));
        assertFalse(np.shares_memory(a.get("::2"), a.get("1::2")), "interleaved, never the same element");
        assertTrue(np.may_share_memory(a.get("::2"), a.get("1::2")), "but their ranges overlap");
        assertFalse(np.shares_memory(np.ones(3), np.ones(3)));
    }

    // ------------------------------------------------------------------ Java arrays

    @Test
    void fromArraySharesAJavaDoubleArrayBothWays() {
        double[] data = {1, 2, 3, 4, 5, 6};
        Tensor t = torch.from_array(data, 2, 3);
        assertEquals("tensor([[1., 2., 3.],\n        [4., 5., 6.]], dtype=torch.float64)", t.toString());
        data[0] = 9;
        assertEquals(9.0, t.get(0, 0).item());
        t.mul_(2);
        assertArrayEquals(new double[] {18, 4, 6, 8, 10, 12}, data);
    }

    @Test
    void fromArraySharesFloatLongAndIntArrays() {
        float[] f = {1, 2};
        torch.from_array(f).add_(1);
        assertArrayEquals(new float[] {2, 3}, f);
        long[] l = {1, 2, 3, 4};
        Tensor tl = torch.from_array(l, 2, -1);
        assertEquals("tensor([[1, 2],\n        [3, 4]])", tl.toString());
        tl.set("1, 1", 40L);
        assertEquals(40, l[3]);
        int[] i = {5, 6};
        Tensor ti = torch.from_array(i);
        assertEquals(DType.INT32, ti.dtype());
        i[1] = 60;
        assertEquals("tensor([ 5, 60], dtype=torch.int32)", ti.toString());
    }

    @Test
    void fromArrayRefusesAShapeThatDoesNotFit() {
        assertEquals("RuntimeError: shape '[2, 4]' is invalid for input of size 6",
            assertThrows(RuntimeError.class, () -> torch.from_array(new double[6], 2, 4)).toString());
    }

    @Test
    void toArrayCopiesOutAtAnyRank() {
        Tensor t = torch.arange(6.).reshape(2, 3);
        double[][] m = (double[][]) t.toArray();
        assertArrayEquals(new double[] {3, 4, 5}, m[1]);
        m[1][0] = -1;
        assertEquals(3.0, t.get(1, 0).item(), "the copy is independent");
        long[][][] cube = (long[][][]) torch.arange(8).reshape(2, 2, 2).toArray();
        assertEquals(7, cube[1][1][1]);
        boolean[] flags = (boolean[]) torch.tensor(new boolean[] {true, false}).toArray();
        assertArrayEquals(new boolean[] {true, false}, flags);
        double[] fromTransposed = (double[]) torch.arange(6.).reshape(2, 3).t().reshape(-1).toArray();
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, fromTransposed);
    }

    @Test
    void bigEndianArraysAreRefusedByEveryConversion() {
        np.ndarray be = np.load(Fixtures.path("big-float64.npy").toString());
        String message = "ValueError: given numpy array has byte order different from the native byte order. Conversion "
            + "between byte orders is currently not supported.";
        assertEquals(message, assertThrows(ValueError.class, () -> torch.from_numpy(be)).toString());
        assertEquals(message, assertThrows(ValueError.class, () -> torch.as_tensor(be)).toString());
        assertEquals(message, assertThrows(ValueError.class, () -> torch.tensor(be)).toString());
        assertEquals("tensor([ 1.5000, -2.0000,     inf], dtype=torch.float64)", torch.from_numpy(be.astype(np.float64)).toString());
    }
}
