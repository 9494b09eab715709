package torchtrek.backend.cuda;

import java.util.List;

/**
 * What probing found on this machine, and the one sentence that says why CUDA cannot be used
 * (or null when it can). Pure data, so every message can be checked without a GPU.
 *
 * @param driverError why the driver library (libcuda.so.1) could not be loaded, or null
 * @param initStatus  the CUresult of cuInit (0 when it succeeded)
 * @param initName    that result's name (CUDA_ERROR_NO_DEVICE...)
 * @param driverVersion the driver's CUDA version as cuDriverGetVersion gives it (12040 is 12.4), 0 if unknown
 * @param deviceNames one name per device
 * @param computeCapabilities per device, as 10 * major + minor (90 for an H100)
 * @param nvrtcProblem why no usable NVRTC was found, or null
 * @param cublasProblem why no usable cuBLAS was found, or null
 */
record CudaSetup(String driverError, int initStatus, String initName, int driverVersion, List<String> deviceNames,
                 List<Integer> computeCapabilities, String nvrtcProblem, String cublasProblem) {

    static final String DRIVER_URL = "http://www.nvidia.com/Download/index.aspx";
    /** The oldest driver API TorchTrek's jcuda natives and kernels are built for. */
    static final int MIN_DRIVER = 12000;
    /** Double-precision atomics (scatter with accumulate) need Pascal or newer. */
    static final int MIN_COMPUTE_CAPABILITY = 60;
    private static final int CUDA_ERROR_NO_DEVICE = 100;

    static CudaSetup driverMissing(String error) {
        return new CudaSetup(error, -1, null, 0, List.of(), List.of(), null, null);
    }

    /** "12.4" from 12040. */
    static String cudaVersion(int driverVersion) {
        return driverVersion / 1000 + "." + driverVersion % 1000 / 10;
    }

    /** Why CUDA cannot be used, or null when it can. */
    String problem() {
        if (driverError != null) return "Found no NVIDIA driver on your system (" + driverError + "). Please check that you "
            + "have an NVIDIA GPU and installed a driver from " + DRIVER_URL;
        if (initStatus == CUDA_ERROR_NO_DEVICE) return "No CUDA GPUs are available: the NVIDIA driver is installed but "
            + "reports no device (check that the GPU is visible to this machine or container, and CUDA_VISIBLE_DEVICES)";
        if (initStatus != 0) return "The NVIDIA driver could not start CUDA (cuInit returned " + initName + "). Check the "
            + "driver installation (nvidia-smi should list your GPU), or reinstall it from " + DRIVER_URL;
        if (driverVersion < MIN_DRIVER) return "The NVIDIA driver on your system is too old (found version " + driverVersion
            + ", CUDA " + cudaVersion(driverVersion) + "). TorchTrek needs a driver for CUDA 12.0 or newer (R525 or later): "
            + "update it from " + DRIVER_URL;
        if (deviceNames.isEmpty()) return "No CUDA GPUs are available: the NVIDIA driver (CUDA " + cudaVersion(driverVersion)
            + ") reports no device (check CUDA_VISIBLE_DEVICES)";
        int cc = computeCapabilities.get(0);
        if (cc < MIN_COMPUTE_CAPABILITY) return deviceNames.get(0) + " has compute capability " + cc / 10 + "." + cc % 10
            + "; TorchTrek's CUDA kernels need 6.0 (Pascal) or newer";
        if (nvrtcProblem != null) return nvrtcProblem;
        return cublasProblem;
    }
}
