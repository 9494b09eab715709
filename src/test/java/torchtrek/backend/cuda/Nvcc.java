package torchtrek.backend.cuda;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds NVIDIA's offline compiler (which needs no GPU) and runs it on generated CUDA C. */
final class Nvcc {
    private Nvcc() {}

    /** nvcc on PATH, under CUDA_HOME, or in /usr/local/cuda*; null when absent. */
    static Path find() {
        List<Path> candidates = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) candidates.add(Path.of(dir, "nvcc"));
        String home = System.getenv("CUDA_HOME");
        if (home != null) candidates.add(Path.of(home, "bin", "nvcc"));
        candidates.add(Path.of("/usr/local/cuda/bin/nvcc"));
        File[] versions = new File("/usr/local").listFiles(f -> f.getName().startsWith("cuda-"));
        if (versions != null) for (File v : versions) candidates.add(v.toPath().resolve("bin/nvcc"));
        for (Path p : candidates) if (Files.isExecutable(p)) return p;
        return null;
    }

    static final String MISSING = "nvcc not found (PATH, CUDA_HOME, /usr/local/cuda*/bin): the generated CUDA C is not compiled here";

    /** Runs a tool, returning its combined output; fails the test on a non-zero exit. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " timed out");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new AssertionError(String.join(" ", command) + " failed:\n" + text);
        return text;
    }
}
