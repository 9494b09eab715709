package torchtrek.repl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import torchtrek.course.Run;

/**
 * Evaluates a script snippet by snippet, as a script runs: stops at the first error and says
 * on which line of the script it happened, and stops code that runs past the time limit.
 */
final class Snippets {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "torchtrek-time-limit");
        t.setDaemon(true);
        return t;
    });

    private final JShell shell;
    private final Duration limit;

    Snippets(JShell shell, Duration limit) {
        this.shell = shell;
        this.limit = limit;
    }

    /** Runs all of {@code source}; the failure that stopped it, or null when it ran to the end. */
    Run.Failure evalAll(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int consumed = 0;
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) break;
            String snippet;
            String rest;
            if (info.completeness().isComplete()) {
                snippet = info.source();
                rest = info.remaining();
            } else {
                snippet = remaining;
                rest = "";
            }
            int startLine = lineOf(source, consumed + leadingBlank(remaining));
            Run.Failure f = eval(snippet, startLine);
            if (f != null) return f;
            consumed += remaining.length() - rest.length();
            remaining = rest;
        }
        return null;
    }

    /** Evaluates one snippet that starts on {@code startLine} of the script. */
    Run.Failure eval(String snippet, int startLine) {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            shell.stop();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        List<SnippetEvent> events;
        try {
            events = shell.eval(snippet);
        } finally {
            alarm.cancel(false);
        }
        if (timedOut.get()) return new Run.Failure("timeout", seconds(limit), startLine);
        for (SnippetEvent e : events) {
            if (e.status() == Snippet.Status.REJECTED) {
                Diag d = shell.diagnostics(e.snippet()).filter(Diag::isError).findFirst().orElse(null);
                if (d == null) return new Run.Failure("compile", "this statement is not valid Java", startLine);
                int within = d.getStartPosition() < 0 ? 0 : lineOf(e.snippet().source(), (int) d.getStartPosition()) - 1;
                return new Run.Failure("compile", compilerMessage(d), startLine + within);
            }
            if (e.exception() != null) {
                return new Run.Failure("exception", Errors.describe(e.exception()), startLine + lineWithin(e));
            }
        }
        return null;
    }

    /** javac's message without its "location:" line (which names JShell's wrapper class, not the student's code). */
    private static String compilerMessage(Diag d) {
        return d.getMessage(Locale.ROOT).lines().filter(l -> !l.strip().startsWith("location:"))
            .map(l -> l.strip().replaceAll("\\s+", " ")).reduce((a, b) -> a + " (" + b + ")").orElse("");
    }

    /** The line inside the snippet where its exception was thrown (0 when unknown), from the snippet's stack frame. */
    private static int lineWithin(SnippetEvent e) {
        if (!(e.exception() instanceof EvalException ev)) return 0;
        String file = "#" + e.snippet().id();
        for (StackTraceElement frame : ev.getStackTrace()) {
            if (file.equals(frame.getFileName()) && frame.getLineNumber() > 0) return frame.getLineNumber() - 1;
        }
        return 0;
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** The 1-based line of character {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }
}
