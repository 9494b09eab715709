package torchtrek.errors;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python-style warnings: printed to standard error as {@code UserWarning: message}.
 * A warn-once warning (as PyTorch's {@code TORCH_WARN_ONCE}) is printed the first time only.
 */
public final class Warnings {
    private static final Set<String> shownOnce = ConcurrentHashMap.newKeySet();
    private static volatile PrintStream sink;

    private Warnings() {}

    /** Prints {@code UserWarning: message}. */
    public static void warn(String message) {
        PrintStream out = sink != null ? sink : System.err;
        out.println("UserWarning: " + message);
    }

    /** Prints the warning only the first time this process sees this key. */
    public static void warnOnce(String key, String message) {
        if (shownOnce.add(key)) warn(message);
    }

    /** Sends warnings somewhere other than {@code System.err} (the REPL and the grader use it); null restores it. */
    public static void redirect(PrintStream stream) {
        sink = stream;
    }

    /** Forgets which warn-once warnings were shown (a fresh REPL session, a test). */
    public static void resetOnce() {
        shownOnce.clear();
    }
}
