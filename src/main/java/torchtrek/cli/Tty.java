package torchtrek.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether this process talks to a person at a terminal (stdin and stdout both a TTY). */
final class Tty {
    private Tty() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        // JDK 22+ gives a Console even when redirected and says whether it is a terminal; up to 21 null meant not
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Colours on stdout: only at a terminal, and not when {@code NO_COLOR} is set (https://no-color.org) or TERM is dumb. */
    static boolean colours() {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return interactive() && (noColor == null || noColor.isEmpty()) && (term == null || !term.startsWith("dumb"));
    }
}
