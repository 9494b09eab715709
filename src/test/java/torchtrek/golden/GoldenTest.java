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

    private static DynamicContainer suite(GoldenFile file) {
        List<DynamicTest> tests = new ArrayList<>();
        try (TwinSession session = new TwinSession()) {
            for (GoldenFile.Entry entry : file.entries()) {
                String where = file.name() + ".golden:" + entry.line();
                if (entry.kind().equals("setup")) {
                    String problem = session.setup(entry.java());
                    if (problem != null) tests.add(DynamicTest.dynamicTest("setup " + entry.python(),
                        () -> fail(where + ": setup failed: " + entry.java() + "\n" + problem)));
                    continue;
                }
                String actual = session.evaluate(entry);
                tests.add(DynamicTest.dynamicTest(entry.python(), () -> assertEquals(entry.expectedText(), actual,
                    () -> where + "\n  python: " + entry.python() + "\n  java:   " + entry.java())));
            }
        }
        return DynamicContainer.dynamicContainer(file.name(), tests);
    }
}
