package torchtrek.backend.cuda;

import java.util.ArrayList;
import java.util.List;

import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.JCudaDriver;

/**
 * Looks at the machine once, without creating a context or changing anything: loads the
 * driver through jcuda, asks it for its version and devices, then looks for NVRTC and cuBLAS.
 * Never throws; a failure at any step becomes the reason in {@link CudaSetup}.
 */
final class CudaProbe {
    final CudaSetup setup;
    final Nvrtc nvrtc;
    final Cublas cublas;

    private CudaProbe(CudaSetup setup, Nvrtc nvrtc, Cublas cublas) {
        this.setup = setup;
        this.nvrtc = nvrtc;
        this.cublas = cublas;
    }

    static CudaProbe run() {
        try {
            return probe();
        } catch (Throwable t) {
            return new CudaProbe(CudaSetup.driverMissing(describeLoadFailure(t)), null, null);
        }
    }

    private static CudaProbe probe() {
        JCudaDriver.setExceptionsEnabled(false);   // loads the native library, which needs libcuda.so.1
        int init = JCudaDriver.cuInit(0);
        if (init != 0) return new CudaProbe(new CudaSetup(null, init, Driver.name(init), 0, List.of(), List.of(), null, null), null, null);
        int[] value = new int[1];
        Driver.check(JCudaDriver.cuDriverGetVersion(value), "cuDriverGetVersion");
        int version = value[0];
        List<String> names = new ArrayList<>();
        List<Integer> archs = new ArrayList<>();
        if (version >= CudaSetup.MIN_DRIVER) {
            Driver.check(JCudaDriver.cuDeviceGetCount(value), "cuDeviceGetCount");
            for (int i = 0; i < value[0]; i++) {
                CUdevice dev = new CUdevice();
                Driver.check(JCudaDriver.cuDeviceGet(dev, i), "cuDeviceGet");
                byte[] name = new byte[256];
                Driver.check(JCudaDriver.cuDeviceGetName(name, name.length, dev), "cuDeviceGetName");
                names.add(cString(name));
                archs.add(attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR) * 10
                    + attribute(dev, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR));
            }
        }
        CudaSetup base = new CudaSetup(null, 0, null, version, names, archs, null, null);
        if (base.problem() != null) return new CudaProbe(base, null, null);
        LibrarySearch search = LibrarySearch.fromEnvironment(System.getenv(), System.getProperty("user.home"));
        CudaLibraries.Loaded<Nvrtc> nvrtc = CudaLibraries.nvrtc(search, version);
        CudaLibraries.Loaded<Cublas> cublas = CudaLibraries.cublas(search, version);
        CudaSetup setup = new CudaSetup(null, 0, null, version, names, archs, nvrtc.problem(), cublas.problem());
        return new CudaProbe(setup, nvrtc.library(), cublas.library());
    }

    static int attribute(CUdevice dev, int attribute) {
        int[] v = new int[1];
        Driver.check(JCudaDriver.cuDeviceGetAttribute(v, attribute, dev), "cuDeviceGetAttribute");
        return v[0];
    }

    /** A NUL-terminated C string in a byte array. */
    static String cString(byte[] bytes) {
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) n++;
        return new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** jcuda reports a missing libcuda.so.1 as a failure to load its own library; say what is really missing. */
    static String describeLoadFailure(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) all.append(c.getMessage()).append('\n');
        String text = all.toString();
        if (text.contains("libcuda.so")) return "libcuda.so.1, the driver's library, could not be loaded";
        return "jcuda's driver binding could not be loaded: " + CudaLibraries.firstLine(t);
    }
}
