package torchtrek.course;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Splits a lesson's Markdown into prose and cells, keeping every cell's lines for messages and rewrites. */
final class LessonParser {
    /** {@code 03-operations.md}: the lesson's number, then its id. */
    static final Pattern FILE = Pattern.compile("(\\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private LessonParser() {}

    /** The lesson in {@code text} (read from {@code file}); problems go to {@code problems}. */
    static Lesson parse(Path file, String text, List<Problem> problems) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        int number = 0;
        String id = file.getFileName().toString();
        if (m.matches()) {
            number = Integer.parseInt(m.group(1));
            id = m.group(2);
        } else {
            problems.add(new Problem(file, 0, "a lesson file is named NN-id.md (a number, a dash, lowercase words joined by dashes)"));
        }
        String[] lines = text.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        String title = null;
        for (Node n = MARKDOWN.parse(text).getFirstChild(); n != null; n = n.getNext()) {
            if (title == null && n instanceof Heading h && h.getLevel() == 1) title = headingText(h);
            if (n instanceof FencedCodeBlock f && !n.getSourceSpans().isEmpty()) blocks.add(Block.of(f));
        }
        if (title == null) problems.add(new Problem(file, 1, "a lesson starts with a title: a line `# ...`"));
        List<Lesson.Part> parts = new ArrayList<>();
        int proseFrom = 1;
        int index = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.language.equals("output") || b.language.equals("python")) {
                if (!b.attached) problems.add(new Problem(file, b.first, "this ```" + b.language
                    + " block follows no ```java cell (write it right after the cell it belongs to)"));
                continue;
            }
            if (!b.language.equals("java")) continue;
            Block output = next(blocks, i, b.last, lines, "output");
            Block python = next(blocks, output == null ? i : i + 1, output == null ? b.last : output.last, lines, "python");
            int last = python != null ? python.last : output != null ? output.last : b.last;
            addProse(parts, lines, proseFrom, b.first - 1);
            parts.add(new Lesson.Cell(index++, b.literal, output == null ? null : output.literal,
                python == null ? null : python.literal, b.first, b.last, output == null ? 0 : output.first,
                output == null ? 0 : output.last, b.flags.contains("cpu-output")));
            proseFrom = last + 1;
        }
        addProse(parts, lines, proseFrom, lines.length);
        return new Lesson(number, id, title == null ? id : title, file, parts);
    }

    /** The block after {@code blocks[i]} when it has {@code language} and only blank lines lie between; marks it attached. */
    private static Block next(List<Block> blocks, int i, int afterLine, String[] lines, String language) {
        if (i + 1 >= blocks.size()) return null;
        Block b = blocks.get(i + 1);
        if (!b.language.equals(language)) return null;
        for (int l = afterLine + 1; l < b.first; l++) if (!lines[l - 1].isBlank()) return null;
        b.attached = true;
        return b;
    }

    private static void addProse(List<Lesson.Part> parts, String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= to && l <= lines.length; l++) sb.append(lines[l - 1]).append('\n');
        if (!sb.toString().isBlank()) parts.add(new Lesson.Prose(sb.toString(), from));
    }

    private static String headingText(Heading h) {
        StringBuilder sb = new StringBuilder();
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) sb.append(t.getLiteral());
            else if (c instanceof org.commonmark.node.Code code) sb.append(code.getLiteral());
        }
        return sb.toString().strip();
    }

    /** A fenced block: its language (first word of the info string), text and 1-based lines. */
    private static final class Block {
        final String language;
        final List<String> flags;
        final String literal;
        final int first;
        final int last;
        boolean attached;

        private Block(String language, List<String> flags, String literal, int first, int last) {
            this.language = language;
            this.flags = flags;
            this.literal = literal;
            this.first = first;
            this.last = last;
        }

        static Block of(FencedCodeBlock f) {
            List<SourceSpan> spans = f.getSourceSpans();
            String info = f.getInfo() == null ? "" : f.getInfo().strip();
            List<String> words = info.isEmpty() ? List.of("") : List.of(info.split("\\s+"));
            return new Block(words.get(0), words.subList(1, words.size()), f.getLiteral(), spans.get(0).getLineIndex() + 1,
                spans.get(spans.size() - 1).getLineIndex() + 1);
        }
    }
}
