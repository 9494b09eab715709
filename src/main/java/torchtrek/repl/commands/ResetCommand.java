package torchtrek.repl.commands;

/** {@code /reset}: a fresh session, with no variables, methods or classes. */
final class ResetCommand implements Command {
    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String summary() {
        return "start afresh: forget every variable, method and class";
    }

    @Override
    public void run(String argument, CommandContext context) {
        context.session().reset();
        context.printer().note("Reset: no variables, methods or classes any more.");
    }
}
