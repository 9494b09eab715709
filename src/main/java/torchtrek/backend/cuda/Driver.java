package torchtrek.backend.cuda;

import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;
import torchtrek.errors.RuntimeError;

/** Checks CUDA driver API results and turns failures into PyTorch-style "CUDA error: ..." messages. */
final class Driver {
    private Driver() {}

    static final int CUDA_ERROR_OUT_OF_MEMORY = 2;
    static final int CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222;

    static void check(int status, String call) {
        if (status != 0) throw error(status, call);
    }

    static RuntimeError error(int status, String call) {
        if (status == CUDA_ERROR_UNSUPPORTED_PTX_VERSION) return new RuntimeError("CUDA error: the provided PTX was compiled "
            + "with an unsupported toolchain (" + call + "): NVRTC is newer than the NVIDIA driver. Update the driver, or install "
            + "an NVRTC no newer than the driver's CUDA version");
        return new RuntimeError("CUDA error: " + description(status) + " (" + name(status) + " from " + call + ")");
    }

    static String name(int status) {
        return CUresult.stringFor(status);
    }

    /** The driver's own description ("out of memory"), lower-case as PyTorch prints it. */
    static String description(int status) {
        String[] out = new String[1];
        if (JCudaDriver.cuGetErrorString(status, out) == 0 && out[0] != null) return out[0];
        return name(status);
    }
}
