package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;

/** Host arrays to a native-order buffer (what pinned memory is) and back, bit for bit, for every dtype. */
class HostStagingTest {
    @Test
    void everyDtypeRoundTripsThroughAStagingBuffer() {
        ByteBuffer buf = ByteBuffer.allocateDirect(1024).order(ByteOrder.nativeOrder());
        for (DType d : DType.values()) {
            ArrayStorage src = ArrayStorage.allocate(d, 10);
            for (int i = 0; i < 10; i++) src.setDouble(i, d == DType.BOOL ? i % 2 : i * 1.5 - 4);
            HostStaging.put(src, 3, 6, buf);
            ArrayStorage dst = ArrayStorage.allocate(d, 10);
            HostStaging.get(buf, dst, 2, 6);
            for (int i = 0; i < 6; i++) assertEquals(src.getDouble(3 + i), dst.getDouble(2 + i), d + " element " + i);
            assertEquals(0, dst.getDouble(0), d + " untouched before the run");
            assertEquals(0, dst.getDouble(8), d + " untouched after the run");
        }
    }

    @Test
    void theBufferHoldsNativeOrderBits() {
        ByteBuffer buf = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
        HostStaging.put(new ArrayStorage.Floats(new float[] {1.5f, -2f}), 0, 2, buf);
        assertEquals(1.5f, buf.getFloat(0));
        assertEquals(-2f, buf.getFloat(4));
    }
}
