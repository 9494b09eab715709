package torchtrek.backend.cuda;

/**
 * The process-wide CUDA state: the probe's findings (taken once, on first question) and the
 * devices, each set up on first use.
 */
final class CudaRuntime {
    private static volatile CudaRuntime instance;

    final CudaProbe probe;
    private final CudaDevice[] devices;
    private final CudaBackend[] backends;

    private CudaRuntime(CudaProbe probe) {
        this.probe = probe;
        int n = probe.setup.problem() == null ? probe.setup.deviceNames().size() : 0;
        this.devices = new CudaDevice[n];
        this.backends = new CudaBackend[n];
    }

    static CudaRuntime get() {
        CudaRuntime r = instance;
        if (r == null) {
            synchronized (CudaRuntime.class) {
                r = instance;
                if (r == null) instance = r = new CudaRuntime(CudaProbe.run());
            }
        }
        return r;
    }

    int deviceCount() { return devices.length; }

    synchronized CudaDevice device(int index) {
        if (devices[index] == null) {
            devices[index] = new CudaDevice(index, probe.setup.deviceNames().get(index),
                probe.setup.computeCapabilities().get(index), probe.nvrtc, probe.cublas);
        }
        return devices[index];
    }

    synchronized CudaBackend backend(int index) {
        if (backends[index] == null) backends[index] = new CudaBackend(index);
        return backends[index];
    }
}
