package torchtrek.repl;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/** Errors from snippets, worded like Python's last traceback line or javac's caret. */
final class Errors {
    private Errors() {}

    /** {@code RuntimeError: message} for TorchTrek's errors, {@code java.lang.X: message} for others. */
    static String describe(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            return "error: " + u.getSnippet().source().strip() + " uses something not defined yet";
        }
        EvalException ev = (EvalException) e;
        String cls = ev.getExceptionClassName();
        String shown = cls.startsWith("torchtrek.errors.") ? cls.substring("torchtrek.errors.".length()) : cls;
        String msg = ev.getMessage();
        return msg == null ? shown : shown + ": " + msg;
    }

    /** A compile error with the offending line and a caret under the column. */
    static String compileError(String source, Diag d) {
        long pos = d.getStartPosition();
        String message = d.getMessage(java.util.Locale.ROOT);
        if (pos < 0 || pos > source.length()) return "error: " + message + "\n";
        int lineStart = source.lastIndexOf('\n', (int) Math.max(pos - 1, 0)) + 1;
        if (pos == 0) lineStart = 0;
        int lineEnd = source.indexOf('\n', (int) pos);
        if (lineEnd < 0) lineEnd = source.length();
        String line = source.substring(lineStart, lineEnd);
        int col = (int) pos - lineStart;
        return "error: " + message + "\n" + line + "\n" + " ".repeat(Math.max(col, 0)) + "^\n";
    }
}
