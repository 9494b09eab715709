package torchtrek.repl.terminal;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import torchtrek.repl.commands.Commands;

/** Colours the line being typed: keywords, literals, comments, and a {@code /command}. */
final class JavaHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final AttributedStyle LITERAL = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD;

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder sb = new AttributedStringBuilder(buffer.length());
        if (Commands.isCommand(buffer)) return sb.styled(COMMAND, buffer).toAttributedString();
        for (JavaTokens.Token t : JavaTokens.of(buffer)) {
            String text = buffer.substring(t.start(), t.end());
            switch (t.kind()) {
                case KEYWORD -> sb.styled(KEYWORD, text);
                case STRING -> sb.styled(LITERAL, text);
                case NUMBER -> sb.styled(NUMBER, text);
                case COMMENT -> sb.styled(COMMENT, text);
                default -> sb.append(text);
            }
        }
        return sb.toAttributedString();
    }
}
