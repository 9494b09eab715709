package torchtrek.golden;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import torchtrek.errors.Warnings;
import torchtrek.repl.Shells;

/**
 * One JShell session (TorchTrek's own, from {@link Shells}) in which golden twins run. A case's
 * twin is wrapped in a {@link GoldenProbe} call, so the probe sees the value or the error. Runs of
 * cases go to JShell as one snippet (compiling is what takes the time); a run that does not compile
 * is retried case by case so that only the broken twin fails.
 */
final class TwinSession implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final JShell shell;

    TwinSession() {
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        shell = Shells.create(new ByteArrayInputStream(new byte[0]), out, out);
        Warnings.resetOnce();
    }

    /** Runs setup statements; returns what went wrong, or null. */
    String setup(String java) {
        return evalAll(java);
    }

    /** What each case's twin shows, in the golden file's terms, in order. */
    List<String> evaluate(List<GoldenFile.Entry> cases) {
        StringBuilder block = new StringBuilder("{\n");
        for (GoldenFile.Entry c : cases) block.append(probe(c)).append('\n');
        String problem = evalAll(block.append('}').toString());
        List<String> shown = GoldenProbe.take();
        if (problem == null && shown.size() == cases.size()) return shown.stream().map(TwinSession::normalize).toList();
        if (cases.size() == 1) return List.of("TWIN DID NOT RUN: " + problem);
        List<String> one = new ArrayList<>();
        for (GoldenFile.Entry c : cases) one.addAll(evaluate(List.of(c)));
        return one;
    }

    /** The probe call that runs a case's twin. */
    private static String probe(GoldenFile.Entry entry) {
        String java = entry.java();
        if (entry.kind().equals("run")) return "torchtrek.golden.GoldenProbe.run(() -> { " + java + " });";
        // statements only (a void call last): shown as Python shows that call's None
        if (java.endsWith(";")) return "torchtrek.golden.GoldenProbe.value(() -> { " + java + " });";
        int lastStatement = java.lastIndexOf(';');
        return lastStatement < 0
            ? "torchtrek.golden.GoldenProbe.value(() -> " + java + ");"
            : "torchtrek.golden.GoldenProbe.value(() -> { " + java.substring(0, lastStatement + 1)
                + " return " + java.substring(lastStatement + 1) + "; });";
    }

    /** Object addresses differ from run to run; the golden files write them as 0x.... */
    private static String normalize(String shown) {
        return ADDRESS.matcher(shown).replaceAll(" at 0x...");
    }

    private String evalAll(String source) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String snippet = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.exception() != null) return e.exception().toString();
                if (e.status() == Snippet.Status.REJECTED) return diagnostics(e.snippet());
            }
        }
        return null;
    }

    private String diagnostics(Snippet snippet) {
        List<String> messages = new ArrayList<>();
        shell.diagnostics(snippet).filter(Diag::isError).forEach(d -> messages.add(d.getMessage(null)));
        return "rejected: " + snippet.source().strip() + " " + messages;
    }

    @Override
    public void close() {
        shell.close();
    }
}
