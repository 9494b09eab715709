package torchtrek.repl.commands;

/** {@code /exit}: leaves the REPL (as Ctrl-D does). */
final class ExitCommand implements Command {
    @Override
    public String name() {
        return "exit";
    }

    @Override
    public String summary() {
        return "leave TorchTrek (Ctrl-D does too)";
    }

    @Override
    public void run(String argument, CommandContext context) {
        context.exit();
    }
}
