package torchtrek.course;

import java.nio.file.Path;
import java.util.List;

/**
 * One lesson ({@code lessons/NN-id.md}): Markdown prose with Java code cells. A cell is a
 * {@code ```java} block; the {@code ```output} block after it is what running it prints (a test
 * checks that it still does), and a {@code ```python} block after that is the PyTorch code it
 * mirrors.
 *
 * @param number the NN in the file's name: {@code /lesson N}
 * @param parts  prose and cells, in reading order
 */
public record Lesson(int number, String id, String title, Path file, List<Part> parts) {

    public Lesson {
        parts = List.copyOf(parts);
    }

    public List<Cell> cells() {
        return parts.stream().filter(p -> p instanceof Cell).map(p -> (Cell) p).toList();
    }

    /** Prose or a cell. */
    public sealed interface Part permits Prose, Cell {}

    /** Markdown between cells, starting at {@code line} (1-based). */
    public record Prose(String markdown, int line) implements Part {}

    /**
     * A Java cell. Lines are 1-based and inclusive, fences included; {@code outputFirst} is 0
     * when the lesson shows no output for the cell.
     *
     * @param index     0-based among the lesson's cells
     * @param output    the output the lesson shows, or null
     * @param python    the Python the cell mirrors, or null
     * @param cpuOutput the output shown is a machine's without a GPU ({@code ```java cpu-output}); where a GPU
     *                  is available the cell only has to run
     */
    public record Cell(int index, String code, String output, String python, int first, int last, int outputFirst,
                       int outputLast, boolean cpuOutput) implements Part {}
}
