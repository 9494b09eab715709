package torchtrek.repl.commands;

/** {@code /trace}: the full stack of the last exception (the REPL shows only its message). */
final class TraceCommand implements Command {
    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String summary() {
        return "the full stack trace of the last error";
    }

    @Override
    public void run(String argument, CommandContext context) {
        context.session().lastFailure().ifPresentOrElse(f -> {
            if (f.trace() == null) context.printer().line(f.message() + "\n(a compile error: the code never ran, so there is no stack)");
            else context.printer().line(f.trace().stripTrailing());
        }, () -> context.printer().note("Nothing has failed yet."));
    }
}
