package torchtrek.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The REPL's colours, or none (off when output is not a terminal, when the terminal is dumb, and
 * when {@code NO_COLOR} is set: the command line decides).
 */
public final class Style {
    public static final AttributedStyle NOTE = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
    public static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
    public static final AttributedStyle HINT = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    public static final AttributedStyle TITLE = AttributedStyle.BOLD;
    public static final AttributedStyle PROMPT = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold();

    private final boolean colours;

    private Style(boolean colours) {
        this.colours = colours;
    }

    public static Style plain() {
        return new Style(false);
    }

    /** Colours when {@code colours} is true (the caller knows the terminal and the environment). */
    public static Style of(boolean colours) {
        return new Style(colours);
    }

    public boolean colours() {
        return colours;
    }

    /** {@code text} in {@code style}, as ANSI escapes, or as it is when colours are off. */
    public String paint(AttributedStyle style, String text) {
        return colours ? new AttributedString(text, style).toAnsi() : text;
    }
}
