package torchtrek.golden;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import torchtrek.Python;
import torchtrek.errors.TorchException;
import torchtrek.errors.Warnings;

/**
 * What a golden case's Java twin printed, as the generator records it for Python: the warnings
 * raised (one {@code UserWarning: ...} line each), then Python's {@code repr} of the value or the
 * error's {@code RuntimeError: ...} line. JShell snippets call {@link #value} and {@link #run}
 * (the local execution engine shares this class with the test), the test reads {@link #take}.
 */
public final class GoldenProbe {
    private static final List<String> shown = new ArrayList<>();

    private GoldenProbe() {}

    /** A twin that yields a value. */
    public static void value(Callable<?> twin) {
        record(() -> Python.repr(twin.call()));
    }

    /**
     * A twin that is a void method call ({@code x.backward()}), whose Python call shows None: Java
     * picks this overload for a void expression or statement block and the other for a value.
     */
    public static void value(Statements twin) {
        record(() -> {
            twin.run();
            return "None";
        });
    }

    /** A twin of Python statements: only warnings and errors show. */
    public static void run(Statements twin) {
        record(() -> {
            twin.run();
            return null;
        });
    }

    /** The statements of a twin that has no value. */
    @FunctionalInterface
    public interface Statements {
        void run() throws Exception;
    }

    /** What the twins run since the last call produced, in order. */
    public static List<String> take() {
        List<String> all = List.copyOf(shown);
        shown.clear();
        return all;
    }

    private static void record(Callable<String> body) {
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Warnings.redirect(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        String result;
        try {
            result = body.call();
        } catch (TorchException e) {
            result = e.toString();
        } catch (Exception | Error e) {
            // anything else is a bug a student must never see: keep its Java name so the diff shows it
            result = "UNEXPECTED " + e;
        } finally {
            Warnings.redirect(null);
        }
        String w = warnings.toString(StandardCharsets.UTF_8);
        shown.add(result == null ? w.stripTrailing() : w + result);
    }
}
