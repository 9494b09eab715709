package torchtrek.grading.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import torchtrek.grading.ScriptedHandler;

/**
 * The workers' start-up cache: made once from a training worker, found again by the next run,
 * and a worker started with it answers like any other. Class data sharing takes jars only, so the
 * test packs the compiled classes into one.
 */
class StartupCacheTest {
    @TempDir
    Path root;

    @Test
    void aCacheIsMadeOnceAndWorkersStartWithIt() throws Exception {
        List<Path> classPath = new ArrayList<>();
        Path jar = root.resolve("worker.jar");
        List<Path> folders = new ArrayList<>();
        for (Path p : ClassPaths.workerWith(ScriptedHandler.class)) {
            if (Files.isDirectory(p)) folders.add(p);
            else classPath.add(p);
        }
        pack(folders, jar);
        classPath.add(0, jar);
        Path work = Files.createDirectories(root.resolve("work"));
        Path folder = Files.createDirectories(root.resolve("cache"));
        Sandbox plain = Sandbox.detect(classPath, Sandbox.Mode.AUTO).prepare(work);
        String handler = ScriptedHandler.class.getName();
        List<Path> older = new ArrayList<>();
        for (int i = 0; i < StartupCache.KEPT + 1; i++) {       // caches of earlier builds, oldest first
            older.add(Files.writeString(folder.resolve("worker-old-" + i + ".aot"), "old"));
            Files.setLastModifiedTime(older.get(i), FileTime.fromMillis(1_600_000_000_000L + i * 1000L));
        }

        Sandbox cached = StartupCache.use(plain, WorkerBehaviour.LIMITS, handler, work, folder);
        String option = Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        assertTrue(cached.jvmOptions().stream().anyMatch(o -> o.startsWith(option)), cached.jvmOptions().toString());
        assertEquals(1, cached.readable().size(), "the worker may read the cache, inside the sandbox too");
        Path cache = cached.readable().get(0);
        List<Path> kept = new ArrayList<>(older.subList(older.size() - StartupCache.KEPT + 1, older.size()));
        kept.add(cache);
        assertEquals(kept.stream().sorted().toList(), list(folder), "only the newest caches are kept");
        long made = Files.getLastModifiedTime(cache).toMillis();

        Sandbox again = StartupCache.use(plain, WorkerBehaviour.LIMITS, handler, work, folder);
        assertEquals(cached, again);
        assertEquals(made, Files.getLastModifiedTime(cache).toMillis(), "the second run finds the cache made by the first");

        try (Worker w = Worker.start(cached, 0, work.resolve("scratch"), WorkerBehaviour.LIMITS, handler)) {
            Reply r = w.call("print hello\nanswer total 42".getBytes(StandardCharsets.UTF_8));
            Reply.Answered a = assertInstanceOf(Reply.Answered.class, r);
            assertEquals("hello\n", a.report().output(), "nothing the JVM says about its cache reaches the job's output");
            assertTrue(new String(a.data(), StandardCharsets.UTF_8).contains("\"total\":\"42\""));
        }
    }

    @Test
    void classFoldersGetNoCache() {
        Sandbox plain = Sandbox.detect(ClassPaths.workerWith(ScriptedHandler.class), Sandbox.Mode.NONE);
        assertSame(plain, StartupCache.use(plain, WorkerBehaviour.LIMITS, ScriptedHandler.class.getName(), root, root));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static void pack(List<Path> folders, Path jar) throws Exception {
        Set<String> names = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path folder : folders) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        String name = folder.relativize(f).toString();
                        if (!names.add(name)) continue;
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
    }
}
