package torchtrek.backend.cuda;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The reason given for each way CUDA can be unusable: the cause first, then what to install. */
class CudaSetupTest {
    private static CudaSetup working(int driver, int cc) {
        return new CudaSetup(null, 0, null, driver, List.of("NVIDIA H100 80GB HBM3"), List.of(cc), null, null);
    }

    private static void says(String reason, String... parts) {
        for (String p : parts) assertTrue(reason.contains(p), "'" + p + "' in: " + reason);
    }

    @Test
    void noDriverLibrary() {
        says(CudaSetup.driverMissing("libcuda.so.1, the driver's library, could not be loaded").problem(),
            "Found no NVIDIA driver on your system", "libcuda.so.1", "http://www.nvidia.com/Download/index.aspx");
    }

    @Test
    void driverWithoutDevice() {
        says(new CudaSetup(null, 100, "CUDA_ERROR_NO_DEVICE", 0, List.of(), List.of(), null, null).problem(),
            "No CUDA GPUs are available", "CUDA_VISIBLE_DEVICES");
        says(new CudaSetup(null, 0, null, 13000, List.of(), List.of(), null, null).problem(), "No CUDA GPUs are available", "13.0");
    }

    @Test
    void otherInitFailuresNameTheError() {
        says(new CudaSetup(null, 999, "CUDA_ERROR_UNKNOWN", 0, List.of(), List.of(), null, null).problem(),
            "cuInit returned CUDA_ERROR_UNKNOWN", "nvidia-smi");
    }

    @Test
    void driverTooOld() {
        says(working(11080, 90).problem(), "too old", "11080", "CUDA 11.8", "CUDA 12.0 or newer");
    }

    @Test
    void gpuTooOld() {
        says(working(12040, 52).problem(), "compute capability 5.2", "6.0");
    }

    @Test
    void missingLibrariesComeLast() {
        CudaSetup noNvrtc = new CudaSetup(null, 0, null, 13000, List.of("GPU"), List.of(90), "NVRTC missing", "cuBLAS missing");
        says(noNvrtc.problem(), "NVRTC missing");
        CudaSetup noCublas = new CudaSetup(null, 0, null, 13000, List.of("GPU"), List.of(90), null, "cuBLAS missing");
        says(noCublas.problem(), "cuBLAS missing");
        assertNull(working(13000, 90).problem(), "a driver, a GPU and both libraries: available");
    }
}
