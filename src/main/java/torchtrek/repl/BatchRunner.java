package torchtrek.repl;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * {@code torchtrek run FILE.jsh}: evaluates a script snippet by snippet, like a Python script:
 * only what the script prints is shown, and the first error stops it with exit status 1.
 */
public final class BatchRunner {
    private BatchRunner() {}

    public static int run(String source, PrintStream out, PrintStream err) {
        try (JShell shell = Shells.create(new ByteArrayInputStream(new byte[0]), out, err)) {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = source;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                String snippet;
                if (info.completeness() == Completeness.EMPTY) break;
                if (info.completeness().isComplete()) {
                    snippet = info.source();
                    remaining = info.remaining();
                } else {
                    snippet = remaining;
                    remaining = "";
                }
                for (SnippetEvent e : shell.eval(snippet)) {
                    String problem = describe(shell, e);
                    if (problem != null) {
                        out.flush();
                        err.println(problem);
                        return 1;
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** The error an evaluation produced, as a student should read it, or null. */
    static String describe(JShell shell, SnippetEvent e) {
        if (e.exception() != null) return Errors.describe(e.exception());
        if (e.status() == Snippet.Status.REJECTED) {
            List<Diag> diags = shell.diagnostics(e.snippet()).collect(Collectors.toList());
            StringBuilder sb = new StringBuilder();
            for (Diag d : diags) {
                if (!d.isError()) continue;
                sb.append(Errors.compileError(e.snippet().source(), d));
            }
            return sb.length() == 0 ? "error: the snippet was rejected: " + e.snippet().source().strip() : sb.toString().strip();
        }
        return null;
    }

    /** Exceptions thrown by snippets: EvalException carries the original class name. */
    static String describe(Throwable t) {
        return t instanceof EvalException ev ? Errors.describe(ev) : String.valueOf(t);
    }
}
