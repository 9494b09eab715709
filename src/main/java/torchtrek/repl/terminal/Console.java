package torchtrek.repl.terminal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

import torchtrek.errors.Warnings;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.Style;
import torchtrek.repl.commands.Commands;

/**
 * The interactive REPL on a terminal (JLine): line editing, history kept in a file, Ctrl-R
 * search, multi-line snippets, Tab completion, signatures on F1 or Alt-H, syntax colours, and
 * Ctrl-C that stops a running snippet without losing the session.
 */
public final class Console {
    static final String PROMPT = ">>> ";
    static final String CONTINUATION = "... ";
    private static final String DOC_WIDGET = "torchtrek-doc";

    private final Terminal terminal;
    private final Session session;
    private final Commands commands;
    private final Style style;
    private final Path historyFile;

    /** {@code historyFile} null keeps no history between sessions. */
    public Console(Terminal terminal, Session session, Commands commands, Style style, Path historyFile) {
        this.terminal = terminal;
        this.session = session;
        this.commands = commands;
        this.style = style;
        this.historyFile = historyFile;
    }

    /** Reads and runs input until {@code /exit} or Ctrl-D. */
    public void run() {
        PrintWriter writer = terminal.writer();
        LineReader reader = reader();
        Repl repl = new Repl(session, commands, new Printer(writer, writer, style), question -> answer(reader, question));
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        // Snippets print with System.out: send it through the terminal, which may not be this process's stdout.
        PrintStream snippetOutput = new PrintStream(terminal.output(), true, terminal.encoding());
        System.setOut(snippetOutput);
        System.setErr(snippetOutput);
        Warnings.redirect(snippetOutput);
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> session.interrupt());
        try {
            while (!repl.exitRequested()) {
                String input;
                try {
                    input = reader.readLine(style.paint(Style.PROMPT, PROMPT));
                } catch (UserInterruptException e) {
                    repl.printer().error("KeyboardInterrupt");
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                repl.handle(input);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            Warnings.redirect(null);
            System.setOut(savedOut);
            System.setErr(savedErr);
            writer.flush();
        }
    }

    /** A yes/no answer typed at the question's own prompt; none after Ctrl-C or Ctrl-D. */
    private static String answer(LineReader reader, String question) {
        try {
            return reader.readLine(question);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    private LineReader reader() {
        JavaCompleter completer = new JavaCompleter(session, commands);
        LineReaderBuilder builder = LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("torchtrek")
            .parser(new JavaParser(session))
            .completer(completer)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, style.paint(Style.PROMPT, CONTINUATION))
            .variable(LineReader.INDENTATION, 4)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // or != and !done would be history expansions
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .option(LineReader.Option.INSERT_TAB, true);
        if (style.colours()) builder.highlighter(new JavaHighlighter());
        if (historyFile != null) builder.variable(LineReader.HISTORY_FILE, historyFile);
        LineReader reader = builder.build();
        reader.getWidgets().put(DOC_WIDGET, () -> {
            String buffer = reader.getBuffer().toString();
            String doc = completer.signatures(buffer, reader.getBuffer().cursor(), true);
            reader.printAbove(doc.isEmpty() ? "(no signature here: put the cursor inside a method call's parentheses)" : doc);
            return true;
        });
        KeyMap<org.jline.reader.Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        String f1 = KeyMap.key(terminal, Capability.key_f1);
        if (f1 != null && !f1.isEmpty()) keys.bind(new Reference(DOC_WIDGET), f1);
        keys.bind(new Reference(DOC_WIDGET), KeyMap.alt('h'));
        return reader;
    }
}
