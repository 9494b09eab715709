package torchtrek.backend.cuda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.JCudaDriver;

/**
 * Compiled kernels of one device: each {@link KernelSource.Kernel} is compiled by NVRTC for the
 * device's architecture once, loaded as a module, and kept by name. The PTX is also kept on
 * disk (keyed by a hash of the source, NVRTC's version and the architecture), so later
 * sessions skip NVRTC; the driver caches its own PTX-to-machine-code step.
 */
final class KernelCache {
    private final Nvrtc nvrtc;
    private final int arch;
    private final Path diskDir;
    private final Map<String, CUfunction> loaded = new ConcurrentHashMap<>();

    KernelCache(Nvrtc nvrtc, int deviceArch, Path cacheRoot) {
        this.nvrtc = nvrtc;
        this.arch = nvrtc.archFor(deviceArch);
        this.diskDir = cacheRoot == null ? null : cacheRoot.resolve("nvrtc-" + nvrtc.version() + "-compute_" + arch);
    }

    /** The default folder: $XDG_CACHE_HOME/torchtrek/cuda-kernels or ~/.cache/torchtrek/cuda-kernels. */
    static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("torchtrek").resolve("cuda-kernels");
    }

    String[] options() {
        return new String[] {"--gpu-architecture=compute_" + arch, "--std=c++17", "-default-device"};
    }

    /** The loaded function; the caller's thread must have the device's context current. */
    CUfunction get(KernelSource.Kernel kernel) {
        CUfunction f = loaded.get(kernel.name());
        if (f != null) return f;
        synchronized (this) {
            f = loaded.get(kernel.name());
            if (f != null) return f;
            String ptx = ptxOf(kernel);
            CUmodule module = new CUmodule();
            byte[] image = (ptx + "\0").getBytes(StandardCharsets.US_ASCII);
            Driver.check(JCudaDriver.cuModuleLoadData(module, image), "cuModuleLoadData(" + kernel.name() + ")");
            f = new CUfunction();
            Driver.check(JCudaDriver.cuModuleGetFunction(f, module, kernel.name()), "cuModuleGetFunction(" + kernel.name() + ")");
            loaded.put(kernel.name(), f);
            return f;
        }
    }

    private String ptxOf(KernelSource.Kernel kernel) {
        Path file = diskDir == null ? null
            : diskDir.resolve(kernel.name() + "-" + hash(kernel.source() + String.join(" ", options())) + ".ptx");
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                // unreadable cache entry: compile again below
            }
        }
        String ptx = nvrtc.compile(kernel.source(), kernel.name() + ".cu", options());
        if (file != null) store(file, ptx);
        return ptx;
    }

    /** Writes atomically (temp file, then move); a cache that cannot be written is simply not used. */
    private static void store(Path file, String ptx) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "kernel", ".tmp");
            Files.writeString(tmp, ptx, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // read-only home or full disk: kernels still work, only recompiled next session
        }
    }

    static String hash(String source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
