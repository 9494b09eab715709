package torchtrek.backend.cuda;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUevent;
import jcuda.driver.CUfunction;
import jcuda.driver.CUstream;
import jcuda.driver.JCudaDriver;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.ArrayStorage;

/**
 * One GPU: its primary context (made current on whichever thread uses it), device memory,
 * kernel launches, pinned staging buffers for host transfers and a cuBLAS handle. All work goes
 * to the legacy default stream, so kernels, copies, cuBLAS calls and stream-ordered frees run
 * in the order they are issued.
 */
final class CudaDevice {
    /** The legacy default stream (handle 0), shared with cuBLAS's default. */
    static final CUstream STREAM = new CUstream();
    /** Size of each of the two pinned staging buffers. */
    private static final int CHUNK = 16 << 20;
    private static final ThreadLocal<CudaDevice> CURRENT = new ThreadLocal<>();

    final int index;
    final String name;
    final int multiprocessors;
    private final CUcontext context = new CUcontext();
    private final boolean memoryPools;
    private final KernelCache kernels;
    private final Cublas cublas;
    private com.sun.jna.Pointer cublasHandle;
    private Pointer[] pinned;
    private ByteBuffer[] pinnedBuffers;
    private CUevent[] pinnedFree;

    CudaDevice(int index, String name, int computeCapability, Nvrtc nvrtc, Cublas cublas) {
        this.index = index;
        this.name = name;
        this.cublas = cublas;
        CUdevice dev = new CUdevice();
        Driver.check(JCudaDriver.cuDeviceGet(dev, index), "cuDeviceGet");
        Driver.check(JCudaDriver.cuDevicePrimaryCtxRetain(context, dev), "cuDevicePrimaryCtxRetain");
        activate();
        this.multiprocessors = CudaProbe.attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
        this.memoryPools = CudaProbe.attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MEMORY_POOLS_SUPPORTED) != 0;
        this.kernels = new KernelCache(nvrtc, computeCapability, KernelCache.defaultRoot());
    }

    /** Makes this device's context current on the calling thread (once per thread). */
    void activate() {
        if (CURRENT.get() == this) return;
        Driver.check(JCudaDriver.cuCtxSetCurrent(context), "cuCtxSetCurrent");
        CURRENT.set(this);
    }

    void synchronize() {
        activate();
        Driver.check(JCudaDriver.cuCtxSynchronize(), "cuCtxSynchronize");
    }

    // ------------------------------------------------------------------ memory

    /** Zero-filled device memory; under memory pressure, lets the garbage collector free dead tensors first. */
    DevicePointer allocate(long bytes) {
        activate();
        DevicePointer p = new DevicePointer();
        if (bytes == 0) return p;
        int status = tryAllocate(p, bytes);
        for (int attempt = 1; status == Driver.CUDA_ERROR_OUT_OF_MEMORY && attempt <= 3; attempt++) {
            System.gc();
            try {
                Thread.sleep(20L * attempt);   // the Cleaner thread frees what the collection found
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            JCudaDriver.cuCtxSynchronize();    // stream-ordered frees complete here
            status = tryAllocate(p, bytes);
        }
        if (status == Driver.CUDA_ERROR_OUT_OF_MEMORY) throw new RuntimeError(outOfMemory(bytes));
        Driver.check(status, "cuMemAlloc");
        Driver.check(JCudaDriver.cuMemsetD8Async(p, (byte) 0, bytes, STREAM), "cuMemsetD8Async");
        return p;
    }

    private int tryAllocate(DevicePointer p, long bytes) {
        return memoryPools ? JCudaDriver.cuMemAllocAsync(p, bytes, STREAM) : JCudaDriver.cuMemAlloc(p, bytes);
    }

    /** Frees stream-ordered (after all work issued so far); never throws, as the Cleaner thread calls it. */
    void free(DevicePointer p) {
        if (p.address() == 0) return;
        try {
            activate();
            if (memoryPools) JCudaDriver.cuMemFreeAsync(p, STREAM);
            else JCudaDriver.cuMemFree(p);
        } catch (Throwable ignored) {
            // the context is gone (process exit) or broken: nothing left to free
        }
    }

    private String outOfMemory(long bytes) {
        long[] free = new long[1], total = new long[1];
        JCudaDriver.cuMemGetInfo(free, total);
        return "CUDA out of memory. Tried to allocate " + size(bytes) + ". GPU " + index + " has a total capacity of "
            + size(total[0]) + " of which " + size(free[0]) + " is free.";
    }

    private static String size(long bytes) {
        double mib = bytes / 1048576.0;
        return mib >= 1024 ? String.format(Locale.ROOT, "%.2f GiB", mib / 1024) : String.format(Locale.ROOT, "%.2f MiB", mib);
    }

    // ------------------------------------------------------------------ kernels

    /** Launches a 1-D grid on the stream. Arguments: DevicePointer, Integer, Long, Double, or int[] (a struct by value). */
    void launch(KernelSource.Kernel kernel, long grid, int block, Object... args) {
        if (grid == 0) return;
        if (grid > Integer.MAX_VALUE) throw new RuntimeError("CUDA error: too many blocks (" + grid + ") for " + kernel.name());
        activate();
        CUfunction f = kernels.get(kernel);
        Pointer[] params = new Pointer[args.length];
        for (int i = 0; i < args.length; i++) params[i] = param(args[i]);
        Driver.check(JCudaDriver.cuLaunchKernel(f, (int) grid, 1, 1, block, 1, 1, 0, STREAM, Pointer.to(params), null),
            "cuLaunchKernel(" + kernel.name() + ")");
    }

    private static Pointer param(Object arg) {
        if (arg instanceof DevicePointer p) return Pointer.to(p);
        if (arg instanceof Integer i) return Pointer.to(new int[] {i});
        if (arg instanceof Long l) return Pointer.to(new long[] {l});
        if (arg instanceof Double d) return Pointer.to(new double[] {d});
        if (arg instanceof int[] struct) return Pointer.to(struct);
        throw new IllegalArgumentException("kernel argument of type " + arg.getClass());
    }

    /** The cuBLAS handle of this device (created on first use). */
    synchronized com.sun.jna.Pointer cublasHandle() {
        activate();
        if (cublasHandle == null) cublasHandle = cublas.create();
        return cublasHandle;
    }

    Cublas cublas() { return cublas; }

    // ------------------------------------------------------------------ host transfers through pinned memory

    private void ensurePinned() {
        if (pinned != null) return;
        pinned = new Pointer[2];
        pinnedBuffers = new ByteBuffer[2];
        pinnedFree = new CUevent[2];
        for (int k = 0; k < 2; k++) {
            pinned[k] = new Pointer();
            Driver.check(JCudaDriver.cuMemHostAlloc(pinned[k], CHUNK, 0), "cuMemHostAlloc");
            pinnedBuffers[k] = pinned[k].getByteBuffer(0, CHUNK).order(ByteOrder.nativeOrder());
            pinnedFree[k] = new CUevent();
            Driver.check(JCudaDriver.cuEventCreate(pinnedFree[k], 0), "cuEventCreate");
            Driver.check(JCudaDriver.cuEventRecord(pinnedFree[k], STREAM), "cuEventRecord");
        }
    }

    /**
     * Copies {@code n} elements of a host array (from index {@code from}) to device memory at
     * element {@code to}, through two pinned buffers: filling one while the other is in flight.
     */
    synchronized void upload(ArrayStorage src, int from, int n, DevicePointer dst, long to) {
        activate();
        ensurePinned();
        int item = src.dtype().itemSize();
        int per = CHUNK / item;
        for (int done = 0, k = 0; done < n; done += per, k ^= 1) {
            int count = Math.min(per, n - done);
            Driver.check(JCudaDriver.cuEventSynchronize(pinnedFree[k]), "cuEventSynchronize");
            HostStaging.put(src, from + done, count, pinnedBuffers[k]);
            Driver.check(JCudaDriver.cuMemcpyHtoDAsync(dst.withByteOffset((to + done) * item), pinned[k], (long) count * item,
                STREAM), "cuMemcpyHtoDAsync");
            Driver.check(JCudaDriver.cuEventRecord(pinnedFree[k], STREAM), "cuEventRecord");
        }
    }

    /** Copies {@code n} elements at element {@code from} of device memory into a host array at index {@code to}. */
    synchronized void download(DevicePointer src, long from, int n, ArrayStorage dst, int to) {
        activate();
        ensurePinned();
        int item = dst.dtype().itemSize();
        int per = CHUNK / item;
        int chunks = (int) ((n + (long) per - 1) / per);
        if (chunks > 0) issueDownload(src, from, 0, Math.min(per, n), 0, item);
        for (int c = 0; c < chunks; c++) {
            int k = c & 1;
            if (c + 1 < chunks) {
                int next = (c + 1) * per;
                issueDownload(src, from, next, Math.min(per, n - next), k ^ 1, item);
            }
            Driver.check(JCudaDriver.cuEventSynchronize(pinnedFree[k]), "cuEventSynchronize");
            HostStaging.get(pinnedBuffers[k], dst, to + c * per, Math.min(per, n - c * per));
        }
    }

    private void issueDownload(DevicePointer src, long from, int offset, int count, int k, int item) {
        Driver.check(JCudaDriver.cuMemcpyDtoHAsync(pinned[k], src.withByteOffset((from + offset) * item), (long) count * item,
            STREAM), "cuMemcpyDtoHAsync");
        Driver.check(JCudaDriver.cuEventRecord(pinnedFree[k], STREAM), "cuEventRecord");
    }

    /** Device-to-device copy of {@code bytes} (same dtype, both dense). */
    void copyDeviceToDevice(DevicePointer src, long srcByte, DevicePointer dst, long dstByte, long bytes) {
        if (bytes == 0) return;
        activate();
        Driver.check(JCudaDriver.cuMemcpyDtoDAsync(dst.withByteOffset(dstByte), src.withByteOffset(srcByte), bytes, STREAM),
            "cuMemcpyDtoDAsync");
    }
}
