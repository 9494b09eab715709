package torchtrek.repl.commands;

/**
 * One REPL command ({@code /vars}, {@code /lesson 2}): a small class of its own, as picocli
 * subcommands and jshell's commands are, registered in {@link Commands}. Lesson commands plug
 * in the same way.
 */
public interface Command {
    /** What the student types after the slash. */
    String name();

    /** The argument as {@code /help} shows it ({@code FILE}, {@code [N]}), or empty for none. */
    default String argument() {
        return "";
    }

    /** One line for {@code /help}. */
    String summary();

    /** Runs the command; {@code argument} is what followed its name, stripped (empty when nothing did). */
    void run(String argument, CommandContext context);
}
