package torchtrek.repl.terminal;

import java.util.List;
import java.util.function.Function;
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
    private final Function<String, String> ask;
    private boolean exitRequested;
    private boolean failed;

    /** {@code ask} shows a question and returns the line answered, or null when there is none (end of input, Ctrl-C). */
    Repl(Session session, Commands commands, Printer printer, Function<String, String> ask) {
        this.session = session;
        this.commands = commands;
        this.printer = printer;
        this.ask = ask;
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
    public boolean confirm(String question) {
        String answer = ask.apply(question);
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    @Override
    public void exit() {
        exitRequested = true;
    }
}
