package torchtrek.repl;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import torchtrek.repl.exec.SnippetEngine;

/**
 * Creates the JShell every TorchTrek front end uses: the local execution engine (the snippets
 * and the runtime share this JVM and its class path, so there is no second process to start),
 * guarded against {@code System.exit}, and the pre-imports students rely on.
 */
public final class Shells {
    /** What every session imports: jshell's own defaults, then TorchTrek. */
    public static final List<String> IMPORTS = List.of(
        "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
        "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
        "import java.util.regex.*;", "import java.util.stream.*;",
        "import torchtrek.*;", "import torchtrek.errors.*;", "import static torchtrek.Kwargs.*;",
        "import torchtrek.plot.Plot;");

    private Shells() {}

    /** A JShell and the engine that runs its snippets. */
    public record Local(JShell shell, SnippetEngine engine) {}

    /** A new shell reading from {@code in} and writing to {@code out}/{@code err}, with the imports done. */
    public static JShell create(InputStream in, PrintStream out, PrintStream err) {
        return open(in, out, err).shell();
    }

    /** As {@link #create}, keeping hold of the engine (to stop snippets and read variables as objects). */
    public static Local open(InputStream in, PrintStream out, PrintStream err) {
        SnippetEngine.Provider provider = new SnippetEngine.Provider();
        JShell shell = JShell.builder()
            .executionEngine(provider, null)
            .in(in)
            .out(out)
            .err(err)
            .build();
        for (String imp : IMPORTS) {
            for (SnippetEvent e : shell.eval(imp)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("TorchTrek's pre-import failed: " + imp
                        + " (is the TorchTrek jar on the class path?)");
                }
            }
        }
        return new Local(shell, provider.engine());
    }
}
