package torchtrek;

import java.util.ServiceLoader;

import torchtrek.backend.Backend;
import torchtrek.backend.cpu.CpuBackend;
import torchtrek.errors.RuntimeError;
import torchtrek.tensor.Device;

/**
 * Finds the backend of a device. The CPU is built in; a CUDA backend is found through
 * {@link ServiceLoader} on first use, so a machine without CUDA never loads any of it.
 */
public final class Backends {
    /** What a GPU backend offers beyond {@link Backend}: availability and device facts. */
    public interface Accelerator extends Backend {
        boolean isAvailable();

        int deviceCount();

        String deviceName(int index);

        /** Why the device cannot be used (no driver, no device, a missing library), or null. */
        String unavailableReason();

        /** The backend for one device index. */
        Backend forIndex(int index);

        /** Waits until all work issued to the device has finished ({@code torch.cuda.synchronize()}). */
        void synchronize();
    }

    private static volatile Accelerator cuda;
    private static volatile boolean cudaSearched;

    private Backends() {}

    public static Backend of(Device device) {
        if (device.isCpu()) return CpuBackend.INSTANCE;
        Accelerator acc = cuda();
        if (acc == null || !acc.isAvailable()) {
            throw new RuntimeError(acc == null ? "Torch not compiled with CUDA enabled" : acc.unavailableReason());
        }
        int index = device.index() == null ? 0 : device.index();
        if (index >= acc.deviceCount()) throw new RuntimeError(
            "CUDA error: invalid device ordinal (device " + index + " requested, " + acc.deviceCount() + " available)");
        return acc.forIndex(index);
    }

    /** The CUDA backend, or null when none is on the class path. Never throws. */
    public static Accelerator cuda() {
        if (!cudaSearched) {
            synchronized (Backends.class) {
                if (!cudaSearched) {
                    try {
                        for (Accelerator a : ServiceLoader.load(Accelerator.class)) {
                            cuda = a;
                            break;
                        }
                    } catch (Throwable t) {
                        cuda = null;
                    }
                    cudaSearched = true;
                }
            }
        }
        return cuda;
    }
}
