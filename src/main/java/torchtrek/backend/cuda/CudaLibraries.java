package torchtrek.backend.cuda;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.sun.jna.NativeLibrary;

/**
 * Finds and loads NVRTC and cuBLAS of a CUDA major version the driver can run (13, else 12),
 * and says precisely what is missing when none loads: which file, in which folders, and the
 * packages that provide it.
 */
final class CudaLibraries {
    /** CUDA major versions whose NVRTC and cuBLAS C APIs TorchTrek's bindings are written against, newest first. */
    static final int[] MAJORS = {13, 12};

    private CudaLibraries() {}

    /** A loaded library, or why none could be. */
    record Loaded<T>(T library, String problem) {}

    static Loaded<Nvrtc> nvrtc(LibrarySearch search, int driverVersion) {
        return load("nvrtc", "libnvrtc-builtins", search, driverVersion, Nvrtc::new,
            "NVRTC, the CUDA compiler TorchTrek builds its kernels with",
            "apt install cuda-nvrtc-13-0 (from NVIDIA's CUDA repository), pip install nvidia-cuda-nvrtc-cu12");
    }

    static Loaded<Cublas> cublas(LibrarySearch search, int driverVersion) {
        return load("cublas", "libcublasLt", search, driverVersion, Cublas::new,
            "cuBLAS, the library TorchTrek multiplies matrices with",
            "apt install libcublas-13-0 (from NVIDIA's CUDA repository), pip install nvidia-cublas-cu12");
    }

    /**
     * Tries {@code lib<name>.so.<major>} for each supported major the driver can run, first in the
     * search folders, then through the system's loader (ld.so.cache, LD_LIBRARY_PATH).
     * {@code companion} is a library the main one needs from its own folder (loaded first, so the
     * main one finds it even where that folder is not on the loader's path).
     */
    static <T> Loaded<T> load(String name, String companion, LibrarySearch search, int driverVersion,
                                      Function<String, T> binder, String what, String packages) {
        int driverMajor = driverVersion / 1000;
        List<String> failures = new ArrayList<>();
        List<String> tooNew = new ArrayList<>();
        for (int major : MAJORS) {
            String soname = "lib" + name + ".so." + major;
            Path file = search.find(name, major);
            if (major > driverMajor) {
                if (file != null || loadable(soname)) tooNew.add(soname + (file != null ? " (" + file + ")" : ""));
                continue;
            }
            if (file != null) {
                preloadCompanion(file.getParent(), companion);
                try {
                    return new Loaded<>(binder.apply(file.toString()), null);
                } catch (Throwable t) {
                    failures.add(file + ": " + firstLine(t));
                }
            }
            try {
                return new Loaded<>(binder.apply(soname), null);
            } catch (Throwable t) {
                if (file == null && !isNotFound(t)) failures.add(soname + ": " + firstLine(t));
            }
        }
        StringBuilder why = new StringBuilder("CUDA driver " + CudaSetup.cudaVersion(driverVersion) + " found, but " + what);
        if (!failures.isEmpty()) {
            why.append(" could not be loaded: ").append(String.join("; ", failures));
        } else {
            why.append(" is missing: no ").append(sonames(name, driverMajor)).append(" on the library path or in ")
               .append(search.folders().size()).append(" known install folders");
        }
        if (!tooNew.isEmpty()) why.append(". Found ").append(String.join(", ", tooNew)).append(", which needs a newer NVIDIA driver "
            + "than this one (CUDA ").append(CudaSetup.cudaVersion(driverVersion)).append("): update the driver from ")
            .append(CudaSetup.DRIVER_URL).append(", or install the CUDA ").append(Math.min(driverMajor, MAJORS[0])).append(" version");
        why.append(". Install it with the CUDA Toolkit, or: ").append(packages)
           .append("; or point ").append(LibrarySearch.OVERRIDE).append(" at the folder that holds it");
        return new Loaded<>(null, why.toString());
    }

    private static String sonames(String name, int driverMajor) {
        List<String> names = new ArrayList<>();
        for (int major : MAJORS) if (major <= driverMajor) names.add("lib" + name + ".so." + major);
        return names.isEmpty() ? "lib" + name + ".so.12" : String.join(" or ", names);
    }

    private static boolean loadable(String soname) {
        try {
            NativeLibrary.getInstance(soname);
            return true;
        } catch (Throwable t) {
            return false;
        }
    }

    private static void preloadCompanion(Path folder, String prefix) {
        File[] files = folder.toFile().listFiles(f -> f.getName().startsWith(prefix + ".so."));
        if (files == null) return;
        for (File f : files) {
            try {
                NativeLibrary.getInstance(f.getPath());
                return;
            } catch (Throwable ignored) {
                // the main library will say what is missing when it loads
            }
        }
    }

    private static boolean isNotFound(Throwable t) {
        String m = String.valueOf(t.getMessage());
        return m.contains("cannot open shared object file") || m.contains("Unable to load library") || m.contains("not found");
    }

    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
