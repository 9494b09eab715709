package torchtrek.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads golden files written by the generator scripts under {@code scripts/golden/} (their
 * {@code golden_io.py}): blocks that start with {@code === name}, one-line {@code key value}
 * fields, and multi-line {@code --- section} texts that run to the next marker line.
 * Lines starting with {@code #} before the first block are a comment; a section line that
 * starts with a backslash has it removed (so text may start with a marker).
 */
public final class GoldenBlocks {
    private GoldenBlocks() {}

    /** One golden case: its name, fields and sections, in file order. */
    public record Case(String name, Map<String, String> fields, Map<String, String> sections) {
        public String field(String key) {
            String v = fields.get(key);
            if (v == null) throw new IllegalStateException("golden case " + name + " has no field '" + key + "'");
            return v;
        }

        public String section(String key) {
            String v = sections.get(key);
            if (v == null) throw new IllegalStateException("golden case " + name + " has no section '" + key + "'");
            return v;
        }

        @Override
        public String toString() { return name; }
    }

    /** The cases of a classpath resource such as {@code /golden/numpy/printing.txt}. */
    public static List<Case> load(String resource) {
        try (InputStream in = GoldenBlocks.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing golden file " + resource
                + " (regenerate it with the script under scripts/golden/)");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> parse(String text) {
        List<Case> cases = new ArrayList<>();
        String name = null;
        Map<String, String> fields = null, sections = null;
        String section = null;
        StringBuilder body = new StringBuilder();
        boolean firstLine = true;
        String[] lines = text.split("\n", -1);
        int end = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < end; i++) {
            String line = lines[i];
            boolean block = line.startsWith("=== "), part = line.startsWith("--- ");
            if ((block || part) && section != null) {
                sections.put(section, body.toString());
                section = null;
            }
            if (block) {
                if (name != null) cases.add(new Case(name, fields, sections));
                name = line.substring(4);
                fields = new LinkedHashMap<>();
                sections = new LinkedHashMap<>();
            } else if (part) {
                section = line.substring(4);
                body.setLength(0);
                firstLine = true;
            } else if (section != null) {
                if (!firstLine) body.append('\n');
                body.append(line.startsWith("\\") ? line.substring(1) : line);
                firstLine = false;
            } else if (name != null) {
                int space = line.indexOf(' ');
                fields.put(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1));
            }
        }
        if (section != null) sections.put(section, body.toString());
        if (name != null) cases.add(new Case(name, fields, sections));
        return cases;
    }
}
