package torchtrek.repl.terminal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

import torchtrek.repl.Session;
import torchtrek.repl.Style;
import torchtrek.repl.commands.Commands;

/**
 * A student at a keyboard, for tests: the real {@link Console} on a JLine terminal whose keys
 * come from the test and whose screen is a byte buffer (JLine's own line discipline turns ^C
 * into SIGINT, as a real terminal does).
 */
final class TerminalDriver implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int COLUMNS = 120;

    private final PipedOutputStream keys = new PipedOutputStream();
    private final Screen screen = new Screen();
    private final Terminal terminal;
    private final Session session;
    private final Thread console;
    private int seen;

    TerminalDriver(Session session, Path history) throws IOException {
        this.session = session;
        terminal = new ExternalTerminal("test", "xterm-256color", new PipedInputStream(keys, 1 << 16), screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(COLUMNS, 40));
        Console c = new Console(terminal, session, Commands.builtIn(), Style.plain(), history);
        console = new Thread(c::run, "console-under-test");
        console.start();
        await(Console.PROMPT);
    }

    /** Sends keystrokes as typed ({@code \r} is Enter, {@code \t} Tab, {@code \u0003} Ctrl-C, {@code \u0004} Ctrl-D). */
    TerminalDriver type(String keystrokes) throws IOException {
        keys.write(keystrokes.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Waits until the screen, from where the last wait left off, shows {@code text}; returns what it showed up to it. */
    String await(String text) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String s = screen.text();
            int at = s.indexOf(text, seen);
            if (at >= 0) {
                String shown = s.substring(seen, at + text.length());
                seen = at + text.length();
                return shown;
            }
            pause();
        }
        return fail("the screen never showed " + text + "; after the last wait it shows:\n" + screen.text().substring(seen));
    }

    /** Waits for the next prompt and returns what was printed before it. */
    String untilPrompt() {
        String shown = await("\n" + Console.PROMPT);
        return shown.substring(0, shown.length() - Console.PROMPT.length());
    }

    boolean finished(Duration within) throws InterruptedException {
        console.join(within.toMillis());
        return !console.isAlive();
    }

    Session session() {
        return session;
    }

    @Override
    public void close() throws IOException {
        if (console.isAlive()) type("\u0004");
        try {
            console.join(PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminal.close();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the terminal shows, as lines of text, read as xterm would: a carriage return goes back
     * to the line's start and what follows overwrites it, a full line wraps, the cursor moves
     * left and right ({@code ESC[nD}, {@code ESC[nC}) and erases to the end of the line
     * ({@code ESC[K}); other escape sequences (colours, modes) show nothing.
     */
    private static final class Screen extends ByteArrayOutputStream {
        private static final Pattern ESCAPE = Pattern.compile("\u001B(\\[([0-9;?]*)[ -/]*([@-~])|[()][0-9A-Za-z]|[=>78])");

        synchronized String text() {
            String raw = toString(StandardCharsets.UTF_8);
            StringBuilder done = new StringBuilder();
            StringBuilder line = new StringBuilder();
            int col = 0;
            Matcher m = ESCAPE.matcher(raw);
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\u001B' && m.find(i) && m.start() == i) {
                    String command = m.group(3);
                    int n = m.group(2) == null || m.group(2).isEmpty() || m.group(2).startsWith("?") ? 1 : Integer.parseInt(m.group(2));
                    if ("D".equals(command)) col = Math.max(0, col - n);
                    else if ("C".equals(command)) col = Math.min(COLUMNS, col + n);
                    else if ("K".equals(command) && col < line.length()) line.setLength(col);
                    i = m.end() - 1;
                } else if (c == '\n') {
                    done.append(line.toString().stripTrailing()).append('\n');
                    line.setLength(0);
                    col = 0;
                } else if (c == '\r') {
                    col = 0;
                } else if (c == '\b') {
                    col = Math.max(0, col - 1);
                } else if (c >= ' ' || c == '\t') {
                    if (col == COLUMNS) {
                        done.append(line).append('\n');
                        line.setLength(0);
                        col = 0;
                    }
                    while (line.length() < col) line.append(' ');
                    if (col < line.length()) line.setCharAt(col, c);
                    else line.append(c);
                    col++;
                }
            }
            return done.append(line).toString();
        }
    }
}
