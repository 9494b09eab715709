package torchtrek.repl;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * Creates the JShell every TorchTrek front end uses: the local execution engine (the snippets
 * and the runtime share this JVM and its class path, so there is no second process to start)
 * and the pre-imports students rely on.
 */
public final class Shells {
    /** What every session imports: jshell's own defaults, then TorchTrek. */
    public static final List<String> IMPORTS = List.of(
        "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
        "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
        "import java.util.regex.*;", "import java.util.stream.*;",
        "import torchtrek.*;", "import torchtrek.errors.*;", "import static torchtrek.Kwargs.*;");

    private Shells() {}

    /** A new shell reading from {@code in} and writing to {@code out}/{@code err}, with the imports done. */
    public static JShell create(InputStream in, PrintStream out, PrintStream err) {
        JShell shell = JShell.builder()
            .executionEngine("local")
            .in(in)
            .out(out)
            .err(err)
            .build();
        for (String imp : IMPORTS) {
            for (SnippetEvent e : shell.eval(imp)) {
                if (e.status() == jdk.jshell.Snippet.Status.REJECTED) {
                    throw new IllegalStateException("TorchTrek's pre-import failed: " + imp
                        + " (is the TorchTrek jar on the class path?)");
                }
            }
        }
        return shell;
    }
}
