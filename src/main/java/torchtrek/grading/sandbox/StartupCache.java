package torchtrek.grading.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data cache for the worker JVMs: every student's JVM loads and links the same few
 * thousand classes (JShell, javac, the runtime), which a cache made once by a training worker
 * saves. JDK 25 and later get an AOT cache (JEP 483), older JDKs a dynamic CDS archive. The cache
 * is kept in the user's cache folder, named by a hash of everything it depends on (the JDK, the
 * worker's options and its jars with their sizes and times), so it is made once per build.
 * Whatever goes wrong, workers start without one: slower, never different.
 */
public final class StartupCache {
    /** The JVM's notes on its cache would land on the worker's stdout, the grader's frame channel. */
    private static final String QUIET_AOT = "-Xlog:aot=off,cds=off";
    private static final String QUIET_CDS = "-Xlog:cds=off";
    /** How many caches (builds, JDKs, memory limits) are kept. */
    static final int KEPT = 4;

    private StartupCache() {}

    /**
     * {@code sandbox} with the cache for workers running {@code handlerClass} under {@code limits},
     * made now if needed in {@code workDir}; {@code sandbox} itself where no cache can be had.
     */
    public static Sandbox use(Sandbox sandbox, Limits limits, String handlerClass, Path workDir) {
        try {
            return use(sandbox, limits, handlerClass, workDir, folder());
        } catch (IOException e) {
            return sandbox;
        }
    }

    /** {@link #use(Sandbox, Limits, String, Path)} with the caches kept in {@code folder}. */
    static Sandbox use(Sandbox sandbox, Limits limits, String handlerClass, Path workDir, Path folder) {
        // Class data sharing archives classes from jars only; a staged class path moves on every run.
        if (sandbox.classPath().stream().anyMatch(Files::isDirectory) || (sandbox.ownUsers() && !sandbox.isolated())) return sandbox;
        boolean aot = Runtime.version().feature() >= 25;
        try {
            Path cache = folder.resolve("worker-" + key(sandbox, limits, handlerClass) + (aot ? ".aot" : ".jsa"));
            if (!Files.isRegularFile(cache)) make(sandbox, limits, handlerClass, workDir, cache, aot);
            if (!Files.isRegularFile(cache)) return sandbox;
            // Where the cache does not fit after all, the JVM goes on without it; its warnings would land on the frame channel.
            return sandbox.with(List.of((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache, aot ? QUIET_AOT : QUIET_CDS),
                List.of(cache));
        } catch (IOException | RuntimeException e) {
            return sandbox;
        }
    }

    /**
     * Trains a worker JVM (start-up and warm-up: the classes every job needs) and turns what it
     * loaded into {@code cache}. Training runs only TorchTrek's own warm-up, never student code, so it
     * runs outside the sandbox: the dump reserves more address space than a worker may have.
     */
    private static void make(Sandbox sandbox, Limits limits, String handlerClass, Path workDir, Path cache, boolean aot)
        throws IOException {
        Path scratch = Files.createDirectories(workDir.resolve("startup-training"));
        Path recorded = scratch.resolve(aot ? "worker.aotconf" : "worker.jsa");
        try {
            List<String> train = new ArrayList<>(sandbox.java(limits));
            train.addAll(aot ? List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + recorded, QUIET_AOT)
                : List.of("-XX:ArchiveClassesAtExit=" + recorded, QUIET_CDS));
            // With its stdin empty, the worker warms up, finds no job and exits, which writes what it loaded.
            train.addAll(List.of("-Djava.io.tmpdir=" + scratch, "-Duser.home=" + scratch, WorkerMain.class.getName(), handlerClass));
            if (!run(train, scratch) || !Files.isRegularFile(recorded)) return;
            Path partial = Files.createTempFile(cache.getParent(), "partial-", aot ? ".aot" : ".jsa");
            boolean made = true;
            if (aot) {
                List<String> create = new ArrayList<>(sandbox.java(limits));
                create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recorded, "-XX:AOTCache=" + partial, QUIET_AOT));
                made = run(create, scratch);
            } else {
                Files.copy(recorded, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (made) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                prune(cache.getParent());
            }
            Files.deleteIfExists(partial);
        } finally {
            Scratch.delete(scratch);
        }
    }

    /** Each build makes a new cache of some 40 MB: only the newest few are kept (a worker that maps one keeps it open). */
    private static void prune(Path folder) throws IOException {
        List<Path> caches;
        try (Stream<Path> all = Files.list(folder)) {
            caches = all.filter(p -> p.getFileName().toString().startsWith("worker-"))
                .sorted(Comparator.comparing(StartupCache::modified).reversed()).toList();
        }
        for (Path old : caches.subList(Math.min(KEPT, caches.size()), caches.size())) Files.deleteIfExists(old);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean run(List<String> command, Path dir) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (p.waitFor(120, TimeUnit.SECONDS)) return p.exitValue() == 0;
            p.destroyForcibly();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
    }

    /** The user's cache folder for TorchTrek, readable by the workers (which may run as other users). */
    private static Path folder() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = Files.createDirectories(base.resolve("torchtrek"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** A hash of the JDK, the worker's command and its jars' sizes and times: a new build or JDK makes a new cache. */
    private static String key(Sandbox sandbox, Limits limits, String handlerClass) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((Runtime.version() + "\n" + String.join("\n", sandbox.java(limits)) + "\n" + handlerClass)
                .getBytes(StandardCharsets.UTF_8));
            for (Path jar : sandbox.classPath()) {
                md.update((jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
