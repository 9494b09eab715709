package torchtrek.backend.cuda;

import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.ReducePlan;
import torchtrek.backend.StridePlan;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.DType;
import torchtrek.tensor.Layout;

/**
 * Elementwise, reduction, gather and scatter work on one device: plans the walk, picks the
 * generated kernel for the dtypes at hand and launches it. Operands are {@link CudaStorage}
 * of this device.
 */
final class CudaKernels {
    static final int BLOCK = 256;

    private final CudaDevice device;

    CudaKernels(CudaDevice device) {
        this.device = device;
    }

    static long blocks(long n) {
        return (n + BLOCK - 1) / BLOCK;
    }

    CudaStorage storage(Strided s) {
        if (s.storage() instanceof CudaStorage c && c.cudaDevice() == device) return c;
        throw new RuntimeError("Expected all tensors to be on the same device, but found at least two devices, cuda:"
            + device.index + " and " + s.storage().device() + "!");
    }

    DevicePointer ptr(Strided s) {
        return storage(s).pointer();
    }

    // ------------------------------------------------------------------ elementwise

    void fill(Strided dst, double value) {
        StridePlan plan = StridePlan.of(dst.shape(), dst);
        device.launch(KernelSource.fill(dst.dtype(), false), blocks(plan.numel), BLOCK, ptr(dst), value, Geometry.geo(plan));
    }

    void fillLong(Strided dst, long value) {
        StridePlan plan = StridePlan.of(dst.shape(), dst);
        device.launch(KernelSource.fill(dst.dtype(), true), blocks(plan.numel), BLOCK, ptr(dst), value, Geometry.geo(plan));
    }

    void copy(Strided src, Strided dst) {
        StridePlan plan = StridePlan.of(dst.shape(), src, dst);
        if (src.dtype() == dst.dtype() && plan.singleDenseRow()) {
            int item = src.dtype().itemSize();
            device.copyDeviceToDevice(ptr(src), (long) plan.offsets[0] * item, ptr(dst), (long) plan.offsets[1] * item,
                (long) plan.numel * item);
            return;
        }
        device.launch(KernelSource.copy(src.dtype(), dst.dtype()), blocks(plan.numel), BLOCK, ptr(src), ptr(dst), Geometry.geo(plan));
    }

    void unary(UnaryOp op, Strided src, Strided dst) {
        StridePlan plan = StridePlan.of(dst.shape(), src, dst);
        device.launch(KernelSource.unary(op, src.dtype(), dst.dtype()), blocks(plan.numel), BLOCK, ptr(src), ptr(dst),
            Geometry.geo(plan));
    }

    void binary(BinaryOp op, Strided a, Strided b, Strided dst) {
        Strided bb = sameDtype(b, a.dtype());
        StridePlan plan = StridePlan.of(dst.shape(), a, bb, dst);
        if (a.dtype() == dst.dtype() && plan.singleDenseRow()) {
            device.launch(KernelSource.binaryDense(op, a.dtype()), blocks(plan.numel), BLOCK,
                ptr(a), plan.offsets[0], ptr(bb), plan.offsets[1], ptr(dst), plan.offsets[2], plan.numel);
            return;
        }
        device.launch(KernelSource.binary(op, a.dtype(), dst.dtype()), blocks(plan.numel), BLOCK, ptr(a), ptr(bb), ptr(dst),
            Geometry.geo(plan));
    }

    void compare(CompareOp op, Strided a, Strided b, Strided dst) {
        Strided bb = sameDtype(b, a.dtype());
        Strided out = dst.dtype() == DType.BOOL ? dst : temporary(DType.BOOL, dst.shape());
        StridePlan plan = StridePlan.of(dst.shape(), a, bb, out);
        device.launch(KernelSource.compare(op, a.dtype()), blocks(plan.numel), BLOCK, ptr(a), ptr(bb), ptr(out), Geometry.geo(plan));
        if (out != dst) copy(out, dst);
    }

    void where(Strided cond, Strided a, Strided b, Strided dst) {
        Strided c = sameDtype(cond, DType.BOOL);
        Strided aa = sameDtype(a, dst.dtype()), bb = sameDtype(b, dst.dtype());
        StridePlan plan = StridePlan.of(dst.shape(), c, aa, bb, dst);
        device.launch(KernelSource.where(dst.dtype()), blocks(plan.numel), BLOCK, ptr(c), ptr(aa), ptr(bb), ptr(dst),
            Geometry.geo(plan));
    }

    /** s itself when it has dtype d, else a contiguous converted copy (the Backend contract allows callers to differ). */
    private Strided sameDtype(Strided s, DType d) {
        if (s.dtype() == d) return s;
        Strided t = temporary(d, s.shape());
        copy(s, t);
        return t;
    }

    Strided temporary(DType dtype, int[] shape) {
        return new Strided(new CudaStorage(device, dtype, Layout.numelOf(shape)), Layout.contiguous(shape));
    }

    // ------------------------------------------------------------------ reductions

    /** Reduces src over {@code dims} into dst (src's rank, size 1 at each reduced dim). */
    void reduce(ReduceSource.Kind kind, Strided src, int[] dims, Strided dst, Strided mean, double correction) {
        ReducePlan plan = new ReducePlan(src.layout(), dims);
        StridePlan outputs = new StridePlan(dst.shape(), new Layout[] {plan.kept});
        int n = outputs.numel;
        if (n == 0) return;
        int block = Math.min(ReduceSource.MAX_BLOCK, Math.max(32, Integer.highestOneBit(Math.max(1, plan.count - 1)) << 1));
        int perBlock = Math.max(1, (plan.count + block - 1) / block);
        int splits = (int) Math.max(1, Math.min(perBlock, (4L * device.multiprocessors + n - 1) / n));
        String acc = ReduceSource.accumulator(kind, src.dtype());
        DType accType = acc.equals("double") ? DType.FLOAT64 : DType.INT64;
        Strided partial = temporary(accType, new int[] {n * splits});
        DevicePointer meanPtr = mean == null ? new DevicePointer() : ptr(mean);
        device.launch(ReduceSource.partial(kind, src.dtype()), (long) n * splits, block,
            ptr(src), ptr(partial), meanPtr, Geometry.geo(outputs), Geometry.sub(plan), splits);
        StridePlan out = StridePlan.of(dst.shape(), dst);
        device.launch(ReduceSource.finish(kind, src.dtype(), dst.dtype()), blocks(n), BLOCK,
            ptr(partial), ptr(dst), Geometry.geo(out), splits, plan.count, correction);
    }

    void variance(Strided src, int[] dims, double correction, Strided dst) {
        Strided mean = temporary(DType.FLOAT64, dst.shape());
        reduce(ReduceSource.Kind.MEAN, src, dims, mean, null, 0);
        reduce(ReduceSource.Kind.SQUARED_DEVIATION, src, dims, dst, mean, correction);
    }

    void reduceWithIndex(boolean max, Strided src, int dim, Strided values, Strided indices) {
        Layout sl = src.layout();
        Layout kept = new ReducePlan(sl, sl.dim() == 0 ? new int[0] : new int[] {dim}).kept;
        int size = sl.dim() == 0 ? 1 : sl.size(dim);
        int stride = sl.dim() == 0 ? 0 : sl.stride(dim);
        Strided vals = sameDtype(values, src.dtype());
        StridePlan plan = new StridePlan(values.shape(), new Layout[] {kept, vals.layout(), indices.layout()});
        device.launch(ReduceSource.withIndex(max, src.dtype()), blocks(plan.numel), BLOCK,
            ptr(src), ptr(vals), ptr(indices), Geometry.geo(plan), size, stride);
        if (vals != values) copy(vals, values);
    }

    // ------------------------------------------------------------------ gather / scatter

    private Strided offsetsOnDevice(int[] offsets) {
        Strided t = temporary(DType.INT32, new int[] {offsets.length});
        device.upload(new torchtrek.tensor.ArrayStorage.Ints(offsets), 0, offsets.length, ptr(t), 0);
        return t;
    }

    void gather(Strided src, int[] offsets, Strided dst) {
        if (offsets.length == 0) return;
        StridePlan plan = StridePlan.of(dst.shape(), dst);
        device.launch(KernelSource.gather(src.dtype(), dst.dtype()), blocks(plan.numel), BLOCK,
            ptr(src), ptr(dst), ptr(offsetsOnDevice(offsets)), Geometry.geo(plan));
    }

    /** Returns false when accumulating into a dtype without atomicAdd (the caller then scatters on the host). */
    boolean scatter(Strided src, int[] offsets, Strided dst, boolean accumulate) {
        if (accumulate && !KernelSource.hasAtomicAdd(dst.dtype())) return false;
        if (offsets.length == 0) return true;
        StridePlan plan = StridePlan.of(src.shape(), src);
        device.launch(KernelSource.scatter(src.dtype(), dst.dtype(), accumulate), blocks(plan.numel), BLOCK,
            ptr(src), ptr(dst), ptr(offsetsOnDevice(offsets)), Geometry.geo(plan));
        return true;
    }
}
