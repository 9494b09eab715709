package torchtrek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static torchtrek.Kwargs.device;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import torchtrek.errors.RuntimeError;

/**
 * A machine without a usable GPU (this project's own machines and CI): probing never crashes,
 * says why, and leaves everything else working. On a GPU machine {@code CudaDeviceTest} runs instead.
 */
class CudaUnavailableTest {
    @BeforeAll
    static void onlyWithoutAGpu() {
        assumeFalse(torch.cuda.is_available(), "a CUDA GPU is available here: CudaDeviceTest covers it");
    }

    @Test
    void probingAnswersAndSaysWhy() {
        assertFalse(torch.cuda.is_available());
        assertEquals(0, torch.cuda.device_count());
        String why = torch.cuda.unavailable_reason();
        assertNotNull(why);
        assertTrue(why.length() > 40 && (why.contains("NVIDIA") || why.contains("CUDA")), why);
    }

    @Test
    void noDriverLibraryIsNamed() {
        boolean driverInstalled = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libcuda.so.1"))
            || Files.exists(Path.of("/usr/lib64/libcuda.so.1")) || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libcuda.so.1"));
        assumeFalse(driverInstalled, "an NVIDIA driver library is installed here");
        assertEquals("Found no NVIDIA driver on your system (libcuda.so.1, the driver's library, could not be loaded). Please "
            + "check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx",
            torch.cuda.unavailable_reason());
    }

    @Test
    void movingToTheGpuFailsWithTheReason() {
        String why = torch.cuda.unavailable_reason();
        Tensor x = torch.ones(2, 3);
        assertEquals("RuntimeError: " + why, assertThrows(RuntimeError.class, () -> x.to("cuda")).toString());
        assertEquals("RuntimeError: " + why, assertThrows(RuntimeError.class, () -> x.cuda()).toString());
        assertEquals("RuntimeError: " + why, assertThrows(RuntimeError.class, () -> torch.zeros(2, device("cuda"))).toString());
        assertEquals("RuntimeError: " + why, assertThrows(RuntimeError.class, () -> torch.cuda.get_device_name()).toString());
        assertEquals("RuntimeError: " + why, assertThrows(RuntimeError.class, () -> torch.ones_like(x, device("cuda:0"))).toString());
    }

    @Test
    void theCpuIsUntouched() {
        torch.cuda.is_available();
        torch.cuda.synchronize();   // nothing to wait for
        Tensor x = torch.tensor(new double[] {1, 2, 3});
        assertEquals("tensor([2., 4., 6.])", x.mul(2).toString());
        assertEquals("cpu", x.to("cpu").device().toString());
        assertTrue(x.to("cpu") == x, "to('cpu') of a CPU tensor is the tensor itself");
        assertEquals("device(type='cuda', index=0)", torch.device("cuda:0").repr(), "devices still parse");
    }
}
