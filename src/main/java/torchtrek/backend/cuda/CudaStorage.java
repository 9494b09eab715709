package torchtrek.backend.cuda;

import java.lang.ref.Cleaner;

import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Storage;

/**
 * Storage in one GPU's memory. The memory is freed when the storage becomes unreachable
 * (a {@link Cleaner} action holding only the pointer and its device), stream-ordered after
 * every kernel already issued. Single-element access copies that element across; bulk access
 * goes through {@link CudaBackend}'s transfers.
 */
public final class CudaStorage extends Storage {
    private static final Cleaner CLEANER = Cleaner.create();

    private final CudaDevice device;
    private final DevicePointer pointer;
    private final int size;
    private final Device where;

    CudaStorage(CudaDevice device, DType dtype, int size) {
        super(dtype);
        this.device = device;
        this.size = size;
        this.where = Device.of("cuda", device.index);
        this.pointer = device.allocate((long) size * dtype.itemSize());
        DevicePointer p = pointer;
        CLEANER.register(this, () -> device.free(p));
    }

    CudaDevice cudaDevice() { return device; }

    DevicePointer pointer() { return pointer; }

    @Override public Device device() { return where; }

    @Override public int size() { return size; }

    private ArrayStorage element(int i) {
        ArrayStorage one = ArrayStorage.allocate(dtype(), 1);
        device.download(pointer, i, 1, one, 0);
        return one;
    }

    private void put(int i, ArrayStorage one) {
        device.upload(one, 0, 1, pointer, i);
    }

    @Override public double getDouble(int i) { return element(i).getDouble(0); }

    @Override public long getLong(int i) { return element(i).getLong(0); }

    @Override
    public void setDouble(int i, double v) {
        ArrayStorage one = ArrayStorage.allocate(dtype(), 1);
        one.setDouble(0, v);
        put(i, one);
    }

    @Override
    public void setLong(int i, long v) {
        ArrayStorage one = ArrayStorage.allocate(dtype(), 1);
        one.setLong(0, v);
        put(i, one);
    }

    @Override
    public boolean sameMemory(Storage other) {
        return other instanceof CudaStorage c && c.pointer.address() == pointer.address() && c.device == device;
    }

    @Override
    public long address() { return pointer.address(); }
}
