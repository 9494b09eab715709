package torchtrek.backend.cuda;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where CUDA's user-space libraries (NVRTC, cuBLAS) may be installed: the CUDA Toolkit, Debian's
 * and NVIDIA's packages, and the {@code nvidia-*} Python wheels that PyTorch installs. The list
 * only names folders; {@link #find} looks for one library's versioned file in them.
 */
final class LibrarySearch {
    /** Our own override: folders (colon-separated) searched first. */
    static final String OVERRIDE = "TORCHTREK_CUDA_LIBS";

    private final List<Path> folders;

    LibrarySearch(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The folders this machine's environment points at, most specific first. */
    static LibrarySearch fromEnvironment(Map<String, String> env, String home) {
        Set<Path> out = new LinkedHashSet<>();
        pathList(env.get(OVERRIDE), out);
        for (String var : new String[] {"CUDA_HOME", "CUDA_PATH", "CUDA_ROOT"}) {
            String root = env.get(var);
            if (root != null && !root.isBlank()) toolkit(Path.of(root), out);
        }
        pathList(env.get("LD_LIBRARY_PATH"), out);
        toolkit(Path.of("/usr/local/cuda"), out);
        for (Path p : newestFirst(children(Path.of("/usr/local"), "cuda-"))) toolkit(p, out);
        for (String arch : new String[] {"x86_64-linux-gnu", "aarch64-linux-gnu"}) out.add(Path.of("/usr/lib", arch));
        out.add(Path.of("/usr/lib64"));
        List<Path> sitePackages = new ArrayList<>();
        for (String prefix : new String[] {env.get("VIRTUAL_ENV"), env.get("CONDA_PREFIX"), home + "/.local", "/usr/local", "/usr"}) {
            if (prefix == null || prefix.isBlank()) continue;
            for (Path py : children(Path.of(prefix, "lib"), "python3")) {
                sitePackages.add(py.resolve("site-packages"));
                sitePackages.add(py.resolve("dist-packages"));
            }
        }
        for (Path site : sitePackages) {
            // wheels: nvidia/cu13/lib (CUDA 13), nvidia/cuda_nvrtc/lib and nvidia/cublas/lib (CUDA 12)
            for (Path pkg : children(site.resolve("nvidia"), "")) out.add(pkg.resolve("lib"));
        }
        if (env.get("CONDA_PREFIX") != null) out.add(Path.of(env.get("CONDA_PREFIX"), "lib"));
        return new LibrarySearch(new ArrayList<>(out));
    }

    List<Path> folders() { return folders; }

    /** The first {@code lib<name>.so.<major>} in the folders, or null. */
    Path find(String name, int major) {
        String file = "lib" + name + ".so." + major;
        for (Path dir : folders) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static void toolkit(Path root, Set<Path> out) {
        out.add(root.resolve("lib64"));
        out.add(root.resolve("lib"));
        out.add(root.resolve("targets/x86_64-linux/lib"));
        out.add(root.resolve("targets/sbsa-linux/lib"));
    }

    private static void pathList(String value, Set<Path> out) {
        if (value == null) return;
        for (String part : value.split(File.pathSeparator)) if (!part.isBlank()) out.add(Path.of(part));
    }

    private static List<Path> children(Path dir, String prefix) {
        File[] files = dir.toFile().listFiles(f -> f.isDirectory() && f.getName().startsWith(prefix));
        if (files == null) return List.of();
        List<Path> out = new ArrayList<>();
        for (File f : files) out.add(f.toPath());
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    /** cuda-13.0 before cuda-12.6 before cuda-12.4 (numeric, not alphabetical). */
    private static List<Path> newestFirst(List<Path> dirs) {
        List<Path> sorted = new ArrayList<>(dirs);
        sorted.sort(Comparator.comparing((Path p) -> versionKey(p.getFileName().toString())).reversed());
        return sorted;
    }

    private static String versionKey(String name) {
        String[] parts = name.replaceAll("[^0-9.]", "").split("\\.");
        StringBuilder key = new StringBuilder();
        for (String part : parts) key.append(String.format("%05d", part.isEmpty() ? 0 : Integer.parseInt(part)));
        return key.toString();
    }

    @Override
    public String toString() {
        return Arrays.toString(folders.toArray());
    }
}
