package torchtrek.repl.terminal;

import java.io.BufferedReader;
import java.io.IOException;

import torchtrek.repl.Printer;
import torchtrek.repl.Session;
import torchtrek.repl.commands.Commands;

/**
 * The REPL without a terminal (stdin is a pipe or a file): reads snippets and commands line by
 * line, prints results (errors on stderr) with no prompts, and ends at EOF, which makes it
 * scriptable: {@code echo 'torch.ones(2, 2)' | torchtrek}.
 */
public final class PipedInput {
    private final BufferedReader in;
    private final Repl repl;

    public PipedInput(BufferedReader in, Session session, Commands commands, Printer printer) {
        this.in = in;
        this.repl = new Repl(session, commands, printer, question -> nextLine());
    }

    /** A question's answer is the next input line, so a script can say {@code /solution} then {@code y}. */
    private String nextLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs everything to EOF (or {@code /exit}); 0 when every snippet ran, 1 when one failed. */
    public int run() throws IOException {
        StringBuilder pending = new StringBuilder();
        String line;
        while (!repl.exitRequested() && (line = in.readLine()) != null) {
            if (pending.isEmpty() && (line.isBlank() || Commands.isCommand(line))) {
                repl.handle(line);
                continue;
            }
            pending.append(line).append('\n');
            if (repl.session().isComplete(pending.toString())) {
                repl.handle(pending.toString());
                pending.setLength(0);
            }
        }
        if (!repl.exitRequested()) repl.handle(pending.toString());
        return repl.anyFailed() ? 1 : 0;
    }
}
