package torchtrek.repl;

import java.io.PrintWriter;

/** Writes what the REPL says: outcomes, notes and errors, in the session's {@link Style}. */
public final class Printer {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Style style;

    /** Values and notes go to {@code out}, errors to {@code err} (the same writer on a terminal). */
    public Printer(PrintWriter out, PrintWriter err, Style style) {
        this.out = out;
        this.err = err;
        this.style = style;
    }

    public Style style() {
        return style;
    }

    public void print(Outcome o) {
        switch (o) {
            case Outcome.Value v -> line(v.repr());
            case Outcome.Declared d -> note(d.note());
            case Outcome.Failure f -> {
                error(f.message());
                if (f.hint() != null) hint(f.hint());
            }
            case Outcome.Interrupted i -> error("KeyboardInterrupt");
            case Outcome.Exit x -> hint("System.exit(" + x.status() + ") was stopped: it would close TorchTrek."
                + " Type /exit or press Ctrl-D to leave.");
        }
    }

    /** Plain text, such as a value. */
    public void line(String text) {
        err.flush();
        out.println(text);
        out.flush();
    }

    /** A quiet remark (acknowledgements, listings' headers). */
    public void note(String text) {
        line(style.paint(Style.NOTE, text));
    }

    public void title(String text) {
        line(style.paint(Style.TITLE, text));
    }

    public void error(String text) {
        out.flush();
        err.println(style.paint(Style.ERROR, text));
        err.flush();
    }

    /** Advice that follows an error. */
    public void hint(String text) {
        out.flush();
        err.println(style.paint(Style.HINT, text));
        err.flush();
    }
}
