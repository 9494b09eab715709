package torchtrek.repl;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * One JShell reused from run to run: starting a JShell (and its compiler) costs several times
 * what a short script does, so after each run the script's snippets are dropped and the session
 * is back to its imports. A session that may not be clean (stopped for time, an import of the
 * script's replacing one of ours) is thrown away, and every so often one is replaced anyway so
 * that the classes of old snippets do not pile up.
 */
final class ShellPool implements AutoCloseable {
    private static final int MAX_USES = 40;
    private JShell shell;
    private List<Snippet> base = List.of();
    private int uses;

    /** A session holding only the imports. */
    JShell acquire() {
        if (shell == null || uses >= MAX_USES) {
            close();
            shell = newShell();
            base = shell.snippets().toList();
            uses = 0;
        }
        uses++;
        return shell;
    }

    /** Gives the session back: {@code clean} false when it must not be reused. */
    void release(boolean clean) {
        if (shell == null) return;
        if (!clean) {
            close();
            return;
        }
        for (Snippet s : shell.snippets().toList()) {
            if (base.contains(s)) continue;
            try {
                shell.drop(s);
            } catch (IllegalArgumentException | IllegalStateException e) {
                close();
                return;
            }
        }
        for (Snippet s : base) {
            if (shell.status(s) != Snippet.Status.VALID) {
                close();
                return;
            }
        }
    }

    static JShell newShell() {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return Shells.create(new ByteArrayInputStream(new byte[0]), sink, sink);
    }

    @Override
    public void close() {
        if (shell != null) shell.close();
        shell = null;
    }
}
