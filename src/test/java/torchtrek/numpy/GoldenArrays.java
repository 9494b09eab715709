package torchtrek.numpy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import torchtrek.Tensor;
import torchtrek.golden.GoldenBlocks;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.BufferStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/** Rebuilds the exact array a golden case describes (fields dtype, shape, data and optional view). */
final class GoldenArrays {
    private GoldenArrays() {}

    static Tensor of(GoldenBlocks.Case c) {
        String descr = c.field("dtype");
        DType dtype = dtypeOf(descr.substring(1));
        String shapeText = c.field("shape").trim();
        int[] shape = shapeText.isEmpty() ? new int[0] : Arrays.stream(shapeText.split(" ")).mapToInt(Integer::parseInt).toArray();
        String dataText = c.field("data").trim();
        String[] items = dataText.isEmpty() ? new String[0] : dataText.split(" ");
        Storage s = descr.charAt(0) == '>'
            ? new BufferStorage(dtype, ByteBuffer.allocate(items.length * dtype.itemSize()).order(ByteOrder.BIG_ENDIAN))
            : ArrayStorage.allocate(dtype, items.length);
        for (int i = 0; i < items.length; i++) {
            switch (dtype) {
                case FLOAT64: s.setDouble(i, Double.longBitsToDouble(Long.parseUnsignedLong(items[i], 16))); break;
                case FLOAT32: s.setDouble(i, Float.intBitsToFloat(Integer.parseUnsignedInt(items[i], 16))); break;
                case FLOAT16: s.setDouble(i, Float.float16ToFloat((short) Integer.parseInt(items[i], 16))); break;
                default: s.setLong(i, Long.parseLong(items[i]));
            }
        }
        Tensor t = new Tensor(s, Layout.contiguous(shape));
        if ("T".equals(c.fields().get("view"))) t = Tensor.viewOf(t, t.layout().permute(reversed(shape.length)));
        return t;
    }

    private static long[] reversed(int n) {
        long[] dims = new long[n];
        for (int i = 0; i < n; i++) dims[i] = n - 1 - i;
        return dims;
    }

    static DType dtypeOf(String kindAndSize) {
        switch (kindAndSize) {
            case "f8": return DType.FLOAT64;
            case "f4": return DType.FLOAT32;
            case "f2": return DType.FLOAT16;
            case "i8": return DType.INT64;
            case "i4": return DType.INT32;
            case "i2": return DType.INT16;
            case "i1": return DType.INT8;
            case "u1": return DType.UINT8;
            case "b1": return DType.BOOL;
            default: throw new IllegalArgumentException("no TorchTrek dtype for " + kindAndSize);
        }
    }
}
