package torchtrek.course;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-wraps text that may hold ANSI colour codes: widths count only what shows, and a style
 * that spans a line break is closed at the end of the line and reopened after the indent.
 */
final class Wrap {
    static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final String RESET = "\u001b[0m";

    private Wrap() {}

    /** The number of terminal columns {@code s} takes. */
    static int width(String s) {
        String plain = SGR.matcher(s).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }

    /**
     * {@code text} (one paragraph: its newlines count as spaces) wrapped to {@code width}
     * columns, the first line starting with {@code first} and the others with {@code rest}.
     */
    static String paragraph(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder(first);
        int col = width(first);
        String style = "";
        boolean lineHasWord = false;
        for (String word : text.replace('\n', ' ').split(" ")) {
            if (word.isEmpty()) continue;
            int w = width(word);
            if (lineHasWord && col + 1 + w > width) {
                if (!style.isEmpty()) out.append(RESET);
                out.append('\n').append(rest).append(style);
                col = width(rest);
                lineHasWord = false;
            }
            if (lineHasWord) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += w;
            lineHasWord = true;
            style = lastStyle(word, style);
        }
        return out.toString();
    }

    /** The style in force after {@code word}, given the one before it (styles are always written whole, after a reset). */
    private static String lastStyle(String word, String before) {
        Matcher m = SGR.matcher(word);
        String style = before;
        while (m.find()) style = m.group().equals(RESET) ? "" : m.group();
        return style;
    }
}
