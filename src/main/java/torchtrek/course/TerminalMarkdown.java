package torchtrek.course;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown for a terminal: headings, emphasis and code set off with ANSI styles (or,
 * without colour, with plain marks), paragraphs and lists wrapped to the width, code blocks kept
 * as written behind a gutter.
 */
public final class TerminalMarkdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final char NBSP = '\u00a0';   // keeps inline code on one line while wrapping
    private final int width;
    private final boolean color;

    public TerminalMarkdown(int width, boolean color) {
        this.width = Math.max(20, width);
        this.color = color;
    }

    public int width() { return width; }

    public boolean color() { return color; }

    public String render(String markdown) {
        StringBuilder out = new StringBuilder();
        for (Node n = PARSER.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (out.length() > 0) out.append('\n');
            block(n, "", "", out);
        }
        return out.toString().replace(NBSP, ' ');
    }

    /** A code block as lessons show it: a gutter, then the code as written; {@code label} (dim) above when given. */
    public String code(String code, String label, boolean dim) {
        StringBuilder out = new StringBuilder();
        if (label != null) out.append(style(label, "2")).append('\n');
        for (String line : code.stripTrailing().split("\n", -1)) {
            out.append(style("  │ ", "2")).append(dim ? style(line, "2") : line).append('\n');
        }
        return out.toString();
    }

    /** {@code text} in the given SGR style (e.g. "1" bold, "2" dim, "32" green), or plain without colour. */
    public String style(String text, String sgr) {
        return color && !text.isEmpty() ? "\u001b[0;" + sgr + "m" + text + "\u001b[0m" : text;
    }

    private void block(Node n, String first, String rest, StringBuilder out) {
        if (n instanceof Heading h) {
            String text = inline(h, new ArrayDeque<>());
            out.append(Wrap.paragraph(color ? style(text, h.getLevel() == 1 ? "1;4" : "1") : text, width, first, rest)).append('\n');
            if (!color && h.getLevel() <= 2) out.append(rest).append((h.getLevel() == 1 ? "=" : "-").repeat(Math.min(Wrap.width(text), width - rest.length()))).append('\n');
        } else if (n instanceof Paragraph p) {
            out.append(Wrap.paragraph(inline(p, new ArrayDeque<>()), width, first, rest)).append('\n');
        } else if (n instanceof FencedCodeBlock f) {
            String lang = f.getInfo() == null ? "" : f.getInfo().strip();
            String label = lang.startsWith("python") ? "In Python:" : null;
            out.append(indent(code(f.getLiteral(), label, lang.startsWith("python")), first, rest));
        } else if (n instanceof IndentedCodeBlock c) {
            out.append(indent(code(c.getLiteral(), null, false), first, rest));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                String marker = n instanceof BulletList ? "• " : (number++) + ". ";
                listItem((ListItem) item, first + marker, rest + " ".repeat(marker.length()), out);
                first = rest;
            }
        } else if (n instanceof BlockQuote) {
            String bar = style("│ ", "2");
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) block(c, first + bar, rest + bar, out);
        } else if (n instanceof TableBlock) {
            table(n, rest, out);
        } else if (n instanceof ThematicBreak) {
            out.append(rest).append(style("─".repeat(Math.max(1, width - rest.length())), "2")).append('\n');
        }
        // raw HTML is dropped: a terminal cannot show it
    }

    /** Columns padded to their widest cell, the head in bold; as "head: cell" lines when too wide for the terminal. */
    private void table(Node table, String indent, StringBuilder out) {
        List<List<String>> rows = new ArrayList<>();
        int headRows = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) cells.add(inline(cell, new ArrayDeque<>()));
                }
                rows.add(cells);
                if (section instanceof TableHead) headRows++;
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], Wrap.width(row.get(c)));
        int total = indent.length() + java.util.Arrays.stream(widths).sum() + 3 * Math.max(0, columns - 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (total > width) {
                if (r < headRows) continue;
                for (int c = 0; c < row.size(); c++) {
                    String head = headRows > 0 && c < rows.get(0).size() ? rows.get(0).get(c) + ": " : "";
                    out.append(Wrap.paragraph(head + row.get(c), width, indent + (c == 0 ? "• " : "  "), indent + "    ")).append('\n');
                }
                continue;
            }
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.size(); c++) {
                String cell = r < headRows ? style(row.get(c), "1") : row.get(c);
                line.append(cell).append(" ".repeat(widths[c] - Wrap.width(row.get(c)))).append(c + 1 < row.size() ? " │ " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == headRows - 1) {
                StringBuilder rule = new StringBuilder(indent);
                for (int c = 0; c < columns; c++) rule.append("─".repeat(widths[c])).append(c + 1 < columns ? "─┼─" : "");
                out.append(style(rule.toString(), "2")).append('\n');
            }
        }
    }

    private void listItem(ListItem item, String first, String rest, StringBuilder out) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            block(c, first, rest, out);
            first = rest;
        }
    }

    private String inline(Node parent, Deque<String> styles) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                String code = c.getLiteral().replace(' ', NBSP);
                sb.append(color ? styled(code, "36", styles) : "`" + code + "`");
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis) {
                Deque<String> inner = push(styles, n instanceof Emphasis ? "3" : "1");
                sb.append(current(inner)).append(inline(n, inner)).append(current(styles));
            } else if (n instanceof Link l) {
                String text = inline(l, styles);
                sb.append(text);
                if (!text.equals(l.getDestination())) sb.append(" (").append(l.getDestination()).append(')');
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append(' ');
            } else {
                sb.append(inline(n, styles));
            }
        }
        return sb.toString();
    }

    private String styled(String text, String sgr, Deque<String> styles) {
        return current(push(styles, sgr)) + text + current(styles);
    }

    private static Deque<String> push(Deque<String> styles, String sgr) {
        Deque<String> copy = new ArrayDeque<>(styles);
        copy.push(sgr);
        return copy;
    }

    /** The escape that sets exactly the styles on the stack (a reset when it is empty). */
    private String current(Deque<String> styles) {
        if (!color) return "";
        if (styles.isEmpty()) return "\u001b[0m";
        StringBuilder sb = new StringBuilder("\u001b[0");
        styles.descendingIterator().forEachRemaining(s -> sb.append(';').append(s));
        return sb.append('m').toString();
    }

    private static String indent(String text, String first, String rest) {
        StringBuilder out = new StringBuilder();
        boolean firstLine = true;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() && !firstLine) continue;
            out.append(firstLine ? first : rest).append(line).append('\n');
            firstLine = false;
        }
        return out.toString();
    }
}
