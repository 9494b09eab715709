package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress survives crashes, kill -9 in the middle of a write, and several REPLs at once. */
class ProgressStoreTest {
    @TempDir
    Path dir;

    @Test
    void recordsAttemptsHintsAndTheFirstPass() {
        ProgressStore store = new ProgressStore(dir, w -> { });
        assertEquals(Progress.empty(), store.read());
        store.update(p -> p.attempted("fives", false, Instant.parse("2025-01-01T00:00:00Z")));
        store.update(p -> p.attempted("fives", true, Instant.parse("2025-01-02T00:00:00Z")));
        store.update(p -> p.attempted("fives", true, Instant.parse("2025-01-03T00:00:00Z")).hintShown("fives", 2).atLesson(3, 4));
        Progress p = store.read();
        assertEquals(3, p.of("fives").attempts());
        assertEquals("2025-01-02T00:00:00Z", p.of("fives").passedAt());
        assertEquals(2, p.of("fives").hintsUsed());
        assertEquals(3, p.lesson());
        assertEquals(4, p.cell());
    }

    @Test
    void concurrentUpdatesInOneProcessAreNotLost() throws Exception {
        ProgressStore store = new ProgressStore(dir, w -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) store.update(p -> p.attempted("x", false, Instant.EPOCH));
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        assertEquals(100, store.read().of("x").attempts());
    }

    @Test
    void twoProcessesAtOnceLoseNothing() throws Exception {
        Process a = writer("shared", 40);
        Process b = writer("shared", 40);
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue());
        assertEquals(0, b.exitValue());
        assertEquals(80, new ProgressStore(dir, w -> { }).read().of("shared").attempts());
    }

    @Test
    void killMinus9InTheMiddleOfWritingLeavesAReadableFile() throws Exception {
        ProgressStore store = new ProgressStore(dir, w -> fail(w));
        int before = 0;
        for (int round = 0; round < 3; round++) {
            Process p = writer("killed", 0);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()));
            assertEquals("started", out.readLine());
            Thread.sleep(150 + 100 * round);   // it is writing continuously by now
            p.destroyForcibly();               // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            int attempts = store.read().of("killed").attempts();
            assertTrue(attempts > before, "round " + round + ": " + attempts + " after " + before);
            before = attempts;
        }
        store.update(p -> p.attempted("killed", false, Instant.EPOCH));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "leftover temporary files are removed");
        }
        assertEquals(before + 1, store.read().of("killed").attempts());
    }

    @Test
    void aDamagedFileIsKeptAsideNotLost() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{ this is not json");
        List<String> warnings = new ArrayList<>();
        Progress p = new ProgressStore(dir, warnings::add).read();
        assertEquals(Progress.empty(), p);
        assertEquals(1, warnings.size());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.json.damaged-")));
        }
    }

    @Test
    void theDataFolderFollowsXdg() {
        assertEquals(Path.of("/data/tt"), DataDirs.data(Map.of("TORCHTREK_DATA", "/data/tt"), "/home/u"));
        assertEquals(Path.of("/x/share/torchtrek"), DataDirs.data(Map.of("XDG_DATA_HOME", "/x/share"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/torchtrek"), DataDirs.data(Map.of("XDG_DATA_HOME", "relative"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/torchtrek"), DataDirs.data(Map.of(), "/home/u"));
    }

    private Process writer(String id, int count) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ProgressWriter.class.getName(),
            dir.toString(), id, Integer.toString(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void fail(String warning) {
        throw new AssertionError("progress was damaged: " + warning);
    }
}
