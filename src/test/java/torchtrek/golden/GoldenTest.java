package torchtrek.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden file from real PyTorch ({@code src/test/resources/golden}, written by
 * {@code scripts/golden/generate}): each case's Java twin, evaluated in a JShell session with the
 * REPL's imports (one session per file, so state carries from case to case as it did in Python),
 * must show exactly what PyTorch showed.
 */
class GoldenTest {
    @TestFactory
    Stream<DynamicNode> everyGoldenFile() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".golden")).sorted().toList();
        }
        if (files.isEmpty()) fail("no golden files in " + dir);
        List<DynamicNode> suites = new ArrayList<>();
        for (Path file : files) suites.add(suite(GoldenFile.read(file)));
        return suites.stream();
    }

    /** Cases compiled together; a failed compile retries one by one, so this only trades speed. */
    private static final int BATCH = 40;

    private static DynamicContainer suite(GoldenFile file) {
        List<DynamicTest> tests = new ArrayList<>();
        try (TwinSession session = new TwinSession()) {
            List<GoldenFile.Entry> pending = new ArrayList<>();
            for (GoldenFile.Entry entry : file.entries()) {
                if (!entry.kind().equals("setup")) {
                    pending.add(entry);
                    if (pending.size() == BATCH) check(file, session, pending, tests);
                    continue;
                }
                check(file, session, pending, tests);
                String problem = session.setup(entry.java());
                if (problem != null) tests.add(DynamicTest.dynamicTest("setup " + entry.python(),
                    () -> fail(file.name() + ".golden:" + entry.line() + ": setup failed: " + entry.java() + "\n" + problem)));
            }
            check(file, session, pending, tests);
        }
        return DynamicContainer.dynamicContainer(file.name(), tests);
    }

    /** Evaluates the pending cases and adds a test comparing each with PyTorch's output. */
    private static void check(GoldenFile file, TwinSession session, List<GoldenFile.Entry> pending, List<DynamicTest> tests) {
        if (pending.isEmpty()) return;
        List<String> shown = session.evaluate(pending);
        for (int i = 0; i < pending.size(); i++) {
            GoldenFile.Entry entry = pending.get(i);
            String actual = shown.get(i);
            tests.add(DynamicTest.dynamicTest(entry.python(), () -> assertEquals(entry.expectedText(), actual,
                () -> file.name() + ".golden:" + entry.line() + "\n  python: " + entry.python() + "\n  java:   " + entry.java())));
        }
        pending.clear();
    }
}
