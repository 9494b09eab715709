package torchtrek.repl.commands;

import java.util.Comparator;

import torchtrek.repl.Printer;

/** {@code /help}: how to use the REPL, and its commands. */
final class HelpCommand implements Command {
    private static final String KEYS = """
        Type Java and press Enter: an expression shows its value, as in Python's REPL.
        torch, np and the keyword options (dtype(...), dim(...), requires_grad(...)) are imported.
          Tab       completes names: torch.<Tab>, x.<Tab>, your variables; after ( it shows the signatures
          Ctrl-R    searches your history (kept between sessions); Up/Down walk through it
          Ctrl-C    stops a running snippet (your variables stay); Ctrl-D or /exit leaves
        A snippet that is not finished (an open brace or parenthesis) continues on the next line.""";

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String argument() {
        return "[COMMAND]";
    }

    @Override
    public String summary() {
        return "this help, or one command's";
    }

    @Override
    public void run(String argument, CommandContext context) {
        Printer p = context.printer();
        if (!argument.isEmpty()) {
            String name = argument.startsWith("/") ? argument.substring(1) : argument;
            context.commands().find(name).ifPresentOrElse(
                c -> p.line(usage(c) + "\n    " + c.summary()),
                () -> p.error("There is no command /" + name + " (/help lists them all)"));
            return;
        }
        p.line(KEYS);
        p.title("Commands:");
        int width = context.commands().all().stream().mapToInt(c -> usage(c).length()).max().orElse(0);
        context.commands().all().stream().sorted(Comparator.comparing(Command::name))
            .forEach(c -> p.line("  " + pad(usage(c), width) + "  " + c.summary()));
    }

    private static String usage(Command c) {
        return "/" + c.name() + (c.argument().isEmpty() ? "" : " " + c.argument());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
