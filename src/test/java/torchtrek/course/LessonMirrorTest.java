package torchtrek.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Each lesson cell that mirrors Python shows what real PyTorch prints for that Python: the
 * golden file comes from scripts/golden/lesson_mirrors.py run with PyTorch; the lesson's output
 * blocks are what TorchTrek prints (LessonDocTest proves that). Java prints booleans in lower
 * case, so a line that is only a boolean is compared without case.
 */
class LessonMirrorTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/lesson-mirrors.json");

    @TestFactory
    List<DynamicTest> everyMirroredCellPrintsWhatPyTorchPrints() throws IOException {
        Map<String, Map<String, String>> golden = new JsonMapper().readValue(Files.readString(GOLDEN), new TypeReference<>() {});
        Course.Loaded loaded = Course.load(Path.of("").toAbsolutePath());
        List<DynamicTest> tests = new ArrayList<>();
        for (Lesson lesson : loaded.course().lessons()) {
            Map<String, String> python = golden.get(lesson.file().getFileName().toString());
            assertNotNull(python, "no golden outputs for " + lesson.file() + ": run scripts/golden/lesson_mirrors.py");
            for (Lesson.Cell cell : lesson.cells()) {
                if (cell.python() == null || !python.containsKey(Integer.toString(cell.index()))) continue;
                String expected = python.get(Integer.toString(cell.index()));
                tests.add(DynamicTest.dynamicTest(lesson.file().getFileName() + " cell " + (cell.index() + 1), () -> {
                    assertNotNull(cell.output(), "the cell shows no output, but its Python prints:\n" + expected);
                    assertEquals(comparable(expected), comparable(cell.output()));
                }));
            }
        }
        assertFalse(tests.isEmpty(), "no mirrored cells found");
        assertTrue(tests.size() >= golden.values().stream().mapToInt(Map::size).sum(),
            "the golden file has cells the lessons no longer mirror: run scripts/golden/lesson_mirrors.py again");
        return tests;
    }

    private static String comparable(String output) {
        StringBuilder sb = new StringBuilder();
        for (String line : LessonCheck.normalize(output).split("\n", -1)) {
            String s = line.strip();
            sb.append(s.equals("true") || s.equals("false") ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : line).append('\n');
        }
        return sb.toString();
    }
}
