package torchtrek.repl;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/** Errors from snippets, worded like Python's last traceback line or javac's caret. */
final class Errors {
    private static final String TORCH_ERRORS = "torchtrek.errors.";

    private Errors() {}

    /** {@code RuntimeError: message} for TorchTrek's errors, {@code ArithmeticException: / by zero} for Java's. */
    static String describe(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            return "error: " + u.getSnippet().source().strip() + " uses something not defined yet";
        }
        EvalException ev = (EvalException) e;
        String msg = ev.getMessage();
        String name = shortName(ev.getExceptionClassName());
        return msg == null || msg.isEmpty() ? name : name + ": " + msg;
    }

    /** The failure a student sees for an exception thrown by a snippet, with the stack kept for {@code /trace}. */
    static Outcome.Failure failure(JShell shell, JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            DeclarationSnippet s = u.getSnippet();
            String missing = shell.unresolvedDependencies(s).collect(Collectors.joining(", "));
            return new Outcome.Failure("error: " + Acknowledgements.title(s) + " cannot run until " + missing + " is declared",
                null, trace(e));
        }
        EvalException ev = (EvalException) e;
        String cls = ev.getExceptionClassName();
        String hint = switch (cls) {
            case "java.lang.OutOfMemoryError" -> "the snippet needed more memory than TorchTrek has ("
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB); your variables are kept";
            case "java.lang.StackOverflowError" -> "a method called itself too many times (a recursion that never stops?)";
            default -> cls.startsWith(TORCH_ERRORS) ? null : "/trace shows where it happened";
        };
        return new Outcome.Failure(describe(e), hint, trace(e));
    }

    /** A compile error with the offending line and a caret under the column. */
    static String compileError(String source, Diag d) {
        String message = message(d);
        long pos = d.getStartPosition();
        if (pos < 0 || pos > source.length()) return "error: " + message + "\n";
        int p = (int) pos;
        int lineStart = source.lastIndexOf('\n', Math.max(p - 1, 0)) + 1;
        if (p == 0) lineStart = 0;
        int lineEnd = source.indexOf('\n', p);
        if (lineEnd < 0) lineEnd = source.length();
        String line = source.substring(lineStart, lineEnd);
        return "error: " + message + "\n" + line + "\n" + " ".repeat(p - lineStart) + "^\n";
    }

    /** javac's message without its {@code location:} line, which names JShell's wrapper class rather than the student's code. */
    private static String message(Diag d) {
        List<String> lines = d.getMessage(Locale.ROOT).lines()
            .filter(l -> !l.strip().startsWith("location:")).toList();
        return String.join("\n", lines);
    }

    /** Java's printed stack, with snippet frames shown as {@code snippet #14, line 2}. */
    static String trace(JShellException e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        while (t instanceof JShellException j) {
            if (sb.length() > 0) sb.append("Caused by: ");
            sb.append(j instanceof EvalException ev ? fullName(ev) : describe(j)).append('\n');
            frames(j.getStackTrace(), sb);
            t = j.getCause();
        }
        return sb.toString();
    }

    /** The frames, a run of identical ones (a runaway recursion) folded into one line with its count. */
    private static void frames(StackTraceElement[] stack, StringBuilder sb) {
        for (int i = 0; i < stack.length; ) {
            int same = 1;
            while (i + same < stack.length && stack[i + same].equals(stack[i])) same++;
            sb.append("\tat ").append(frame(stack[i]));
            if (same > 1) sb.append("   (").append(same).append(" times)");
            sb.append('\n');
            i += same;
        }
    }

    private static String fullName(EvalException ev) {
        String msg = ev.getMessage();
        return msg == null || msg.isEmpty() ? ev.getExceptionClassName() : ev.getExceptionClassName() + ": " + msg;
    }

    private static String frame(StackTraceElement f) {
        String file = f.getFileName();
        if (file == null || !file.startsWith("#")) return f.toString();
        String where = "snippet " + file + ", line " + f.getLineNumber();
        return f.getMethodName().isEmpty() ? where : f.getMethodName() + " (" + where + ")";
    }

    /** {@code RuntimeError} for TorchTrek's errors, the simple name for {@code java.lang}'s, else the full name. */
    private static String shortName(String cls) {
        if (cls.startsWith(TORCH_ERRORS)) return cls.substring(TORCH_ERRORS.length());
        if (cls.startsWith("java.lang.") && cls.indexOf('.', "java.lang.".length()) < 0) return cls.substring("java.lang.".length());
        return cls;
    }
}
