package torchtrek.repl.commands;

import java.util.List;

import torchtrek.repl.Outcome;
import torchtrek.repl.Printer;
import torchtrek.repl.Session;

/** What a command may use: the student's session, the printer, the other commands, and the way out. */
public interface CommandContext {
    Session session();

    Printer printer();

    Commands commands();

    /** Runs Java source in the session as if the student had typed it, printing what it gives. */
    default List<Outcome> evaluate(String source) {
        List<Outcome> outcomes = session().run(source);
        outcomes.forEach(printer()::print);
        return outcomes;
    }

    /** Asks the student a yes/no question (the answer read as the next input line); true only for an answer starting with y. */
    boolean confirm(String question);

    /** Ends the REPL after this command. */
    void exit();
}
