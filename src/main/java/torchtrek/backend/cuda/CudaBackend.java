package torchtrek.backend.cuda;

import torchtrek.Backends;
import torchtrek.backend.Backend;
import torchtrek.backend.BinaryOp;
import torchtrek.backend.CompareOp;
import torchtrek.backend.HostTransfer;
import torchtrek.backend.ReduceOp;
import torchtrek.backend.Strided;
import torchtrek.backend.UnaryOp;
import torchtrek.backend.cpu.CpuBackend;
import torchtrek.tensor.ArrayStorage;
import torchtrek.tensor.DType;
import torchtrek.tensor.Device;
import torchtrek.tensor.Layout;
import torchtrek.tensor.Storage;

/**
 * The CUDA device behind {@link Backend}: found by {@link Backends} through
 * {@code META-INF/services}, it probes the machine on the first question and touches no GPU
 * library before then. One instance per device index; the one the service loader makes is
 * device 0.
 */
public final class CudaBackend implements Backends.Accelerator, HostTransfer {
    private final int index;
    private final Device device;
    private volatile Work work;

    /** The device's kernels, set up on first use. */
    private record Work(CudaDevice device, CudaKernels kernels, CudaMatmul matmul) {}

    public CudaBackend() {
        this(0);
    }

    CudaBackend(int index) {
        this.index = index;
        this.device = Device.of("cuda", index);
    }

    private Work work() {
        Work w = work;
        if (w == null) {
            synchronized (this) {
                w = work;
                if (w == null) {
                    CudaDevice d = CudaRuntime.get().device(index);
                    CudaKernels k = new CudaKernels(d);
                    work = w = new Work(d, k, new CudaMatmul(d, k));
                }
            }
        }
        return w;
    }

    private CudaKernels kernels() { return work().kernels(); }

    // ------------------------------------------------------------------ Accelerator

    @Override public boolean isAvailable() { return CudaRuntime.get().probe.setup.problem() == null; }

    @Override public int deviceCount() { return CudaRuntime.get().deviceCount(); }

    @Override public String deviceName(int i) { return CudaRuntime.get().probe.setup.deviceNames().get(i); }

    @Override public String unavailableReason() { return CudaRuntime.get().probe.setup.problem(); }

    @Override public Backend forIndex(int i) { return i == index ? this : CudaRuntime.get().backend(i); }

    @Override public void synchronize() { work().device().synchronize(); }

    // ------------------------------------------------------------------ Backend

    @Override public Device device() { return device; }

    @Override public Storage allocate(DType dtype, int numel) { return new CudaStorage(work().device(), dtype, numel); }

    @Override public void fill(Strided dst, double value) { kernels().fill(dst, value); }

    @Override public void fillLong(Strided dst, long value) { kernels().fillLong(dst, value); }

    @Override public void copy(Strided src, Strided dst) { kernels().copy(src, dst); }

    @Override public void unary(UnaryOp op, Strided src, Strided dst) { kernels().unary(op, src, dst); }

    @Override public void binary(BinaryOp op, Strided a, Strided b, Strided dst) { kernels().binary(op, a, b, dst); }

    @Override public void compare(CompareOp op, Strided a, Strided b, Strided dst) { kernels().compare(op, a, b, dst); }

    @Override public void where(Strided cond, Strided a, Strided b, Strided dst) { kernels().where(cond, a, b, dst); }

    @Override
    public void reduce(ReduceOp op, Strided src, int[] dims, Strided dst) {
        kernels().reduce(ReduceSource.Kind.of(op), src, dims, dst, null, 0);
    }

    @Override
    public void reduceWithIndex(boolean max, Strided src, int dim, Strided values, Strided indices) {
        kernels().reduceWithIndex(max, src, dim, values, indices);
    }

    @Override
    public void variance(Strided src, int[] dims, double correction, Strided dst) {
        kernels().variance(src, dims, correction, dst);
    }

    @Override public void matmul(Strided a, Strided b, Strided dst) { work().matmul().matmul(a, b, dst); }

    @Override public void gather(Strided src, int[] offsets, Strided dst) { kernels().gather(src, offsets, dst); }

    @Override
    public void scatter(Strided src, int[] offsets, Strided dst, boolean accumulate) {
        if (kernels().scatter(src, offsets, dst, accumulate)) return;
        // accumulating into a dtype without atomicAdd (float16, int8...): on the host, in order
        Strided host = new Strided(ArrayStorage.allocate(dst.dtype(), dst.storage().size()), Layout.contiguous(dst.storage().size()));
        Strided whole = new Strided(dst.storage(), Layout.contiguous(dst.storage().size()));
        transfer(whole, host);
        Strided srcHost = new Strided(ArrayStorage.allocate(src.dtype(), src.numel()), Layout.contiguous(src.shape()));
        transfer(src, srcHost);
        CpuBackend.INSTANCE.scatter(srcHost, offsets, host, true);
        transfer(host, whole);
    }

    // ------------------------------------------------------------------ host transfers

    @Override
    public void transfer(Strided src, Strided dst) {
        if (dst.numel() == 0) return;
        if (src.storage().device().isCpu()) upload(src, dst);
        else download(src, dst);
    }

    /** Host to device: a dense host run of src's dtype, through pinned memory, then converted on the device if needed. */
    private void upload(Strided src, Strided dst) {
        Strided host = denseOnHost(src);
        int from = host.layout().offset();
        CudaKernels k = kernels();
        if (dst.dtype() == src.dtype() && dst.layout().isContiguous()) {
            work().device().upload((ArrayStorage) host.storage(), from, dst.numel(), k.ptr(dst), dst.layout().offset());
            return;
        }
        Strided staged = k.temporary(src.dtype(), dst.shape());
        work().device().upload((ArrayStorage) host.storage(), from, dst.numel(), k.ptr(staged), 0);
        k.copy(staged, dst);
    }

    /** Device to host: a dense device run of src's dtype, through pinned memory, then converted on the host if needed. */
    private void download(Strided src, Strided dst) {
        CudaKernels k = kernels();
        Strided dense = src;
        if (!src.layout().isContiguous()) {
            dense = k.temporary(src.dtype(), src.shape());
            k.copy(src, dense);
        }
        if (dst.storage() instanceof ArrayStorage a && a.dtype() == src.dtype() && dst.layout().isContiguous()) {
            work().device().download(k.ptr(dense), dense.layout().offset(), dst.numel(), a, dst.layout().offset());
            return;
        }
        ArrayStorage staged = ArrayStorage.allocate(src.dtype(), src.numel());
        work().device().download(k.ptr(dense), dense.layout().offset(), src.numel(), staged, 0);
        CpuBackend.INSTANCE.copy(new Strided(staged, Layout.contiguous(src.shape())), dst);
    }

    private static Strided denseOnHost(Strided src) {
        if (src.storage() instanceof ArrayStorage && src.layout().isContiguous()) return src;
        Strided copy = new Strided(ArrayStorage.allocate(src.dtype(), src.numel()), Layout.contiguous(src.shape()));
        CpuBackend.INSTANCE.copy(src, copy);
        return copy;
    }
}
