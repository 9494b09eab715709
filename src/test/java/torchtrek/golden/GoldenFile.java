package torchtrek.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden file written by {@code scripts/golden/generate}: setups and cases in order, each case
 * with its Python source, its Java twin and what PyTorch showed ({@code --- N lines}, then N lines).
 */
record GoldenFile(String name, List<Entry> entries) {
    /** A setup (no expected lines) or a case; {@code kind} is {@code setup}, {@code value} or {@code run}. */
    record Entry(String kind, int line, String python, String java, List<String> expected) {
        String expectedText() {
            return String.join("\n", expected);
        }
    }

    static GoldenFile read(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path);
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("=== ")) {
                i++;
                continue;
            }
            int start = i + 1;
            String kind = line.substring(4).strip();
            String python = field(lines, ++i, "python: ", path);
            if (lines.get(i + 1).startsWith("python-2x: ")) i++;
            String java = field(lines, ++i, "java: ", path);
            List<String> expected = List.of();
            if (!kind.equals("setup")) {
                String count = field(lines, ++i, "--- ", path);
                int n = Integer.parseInt(count.substring(0, count.indexOf(' ')));
                expected = List.copyOf(lines.subList(i + 1, i + 1 + n));
                i += n;
            }
            entries.add(new Entry(kind, start, python, java, expected));
            i++;
        }
        String file = path.getFileName().toString();
        return new GoldenFile(file.substring(0, file.length() - ".golden".length()), entries);
    }

    private static String field(List<String> lines, int i, String prefix, Path path) {
        String line = i < lines.size() ? lines.get(i) : "";
        if (!line.startsWith(prefix)) {
            throw new IllegalStateException(path + ":" + (i + 1) + ": expected '" + prefix.strip() + "', found: " + line);
        }
        return line.substring(prefix.length());
    }
}
