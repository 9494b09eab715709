package torchtrek.repl.terminal;

import java.util.List;
import java.util.regex.Pattern;

import torchtrek.repl.Outcome;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.commands.CommandContext;
import torchtrek.repl.commands.Commands;

/**
 * What the terminal and the piped front ends share: one piece of input in (a snippet or several,
 * or a {@code /command}), run, and its outcomes printed.
 */
final class Repl implements CommandContext {
    /** Python's way out, typed by habit: {@code exit()}, {@code quit}, ... */
    private static final Pattern PYTHON_EXIT = Pattern.compile("\\s*(exit|quit)\\s*(\\(\\s*\\))?\\s*;?\\s*");

    private final Session session;
    private final Commands commands;
    private final Printer printer;
    private boolean exitRequested;
    private boolean failed;

    Repl(Session session, Commands commands, Printer printer) {
        this.session = session;
        this.commands = commands;
        this.printer = printer;
    }

    /** Runs one piece of input. */
    void handle(String input) {
        if (input.isBlank()) return;
        if (Commands.isCommand(input)) {
            commands.run(input, this);
        } else if (PYTHON_EXIT.matcher(input).matches()) {
            exit();
        } else {
            evaluate(input);
        }
    }

    @Override
    public List<Outcome> evaluate(String source) {
        List<Outcome> outcomes = CommandContext.super.evaluate(source);
        failed |= outcomes.stream().anyMatch(o -> o instanceof Outcome.Failure || o instanceof Outcome.Interrupted);
        return outcomes;
    }

    boolean exitRequested() {
        return exitRequested;
    }

    /** Whether any snippet so far failed (for the exit status of piped input). */
    boolean anyFailed() {
        return failed;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public Printer printer() {
        return printer;
    }

    @Override
    public Commands commands() {
        return commands;
    }

    @Override
    public void exit() {
        exitRequested = true;
    }
}
