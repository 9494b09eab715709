package torchtrek.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jshell.JShell;
import torchtrek.course.Run;
import torchtrek.course.Runner;
import torchtrek.course.Script;
import torchtrek.course.Value;

/**
 * Runs course code in JShell sessions inside this JVM: each script in a fresh session, seeded,
 * with a time limit, its output captured, then its probes read back as {@link Value}s. Runs
 * take turns (the runtime's defaults, the random generator and System.out are shared by the
 * whole JVM), which is also why graders run this in a child JVM per submission.
 */
public final class JShellRunner implements Runner {
    /** One run at a time in this JVM. */
    static final ReentrantLock TURN = new ReentrantLock();
    static final int OUTPUT_LIMIT = 1 << 20;
    private static final Pattern EXIT = Pattern.compile("System\\s*\\.\\s*exit\\s*\\(|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(exit|halt)\\s*\\(");
    private static final Pattern MISSING = Pattern.compile("symbol:\\s+variable\\s+(\\w+)");

    private final ShellPool pool = new ShellPool();

    @Override
    public Run run(Script script) {
        TURN.lock();
        boolean clean = false;
        try (OutputCapture out = new OutputCapture(OUTPUT_LIMIT)) {
            JShell shell = pool.acquire();
            RuntimeState.reset(script.seed());
            Run.Failure failure = refuse(script.source());
            if (failure == null) failure = new Snippets(shell, script.timeLimit()).evalAll(script.source());
            Map<String, Value> values = new LinkedHashMap<>();
            if (failure == null) values = probes(shell, script);
            clean = failure == null || !failure.kind().equals("timeout");
            return new Run(out.text(), failure, values, torchtrek.torch.cuda.is_available(), script.seed());
        } finally {
            pool.release(clean);
            TURN.unlock();
        }
    }

    @Override
    public Notebook notebook() {
        return new ShellNotebook();
    }

    /** Code that would take the whole JVM down is refused before it runs. */
    static Run.Failure refuse(String source) {
        Matcher m = EXIT.matcher(source);
        if (!m.find()) return null;
        int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        return new Run.Failure("refused", "System.exit would close TorchTrek itself, so code that calls it is not run here;"
            + " leave it out (a script ends on its own).", line);
    }

    private static Map<String, Value> probes(JShell shell, Script script) {
        Map<String, Value> values = new LinkedHashMap<>();
        Snapshots snapshots = new Snapshots();
        Run.Failure helpers = script.helpers().isBlank() ? null : new Snippets(shell, script.timeLimit()).evalAll(script.helpers());
        long channel = Capture.open();
        try {
            List<String> probes = script.probes();
            if (helpers == null && readAll(new Snippets(shell, script.timeLimit()), channel, probes)) {
                for (int i = 0; i < probes.size(); i++) values.put(probes.get(i), snapshot(snapshots, channel, i));
                return values;
            }
            for (int i = 0; i < probes.size(); i++) {
                String p = probes.get(i);
                if (helpers != null) {
                    values.put(p, new Value.Unreadable(false, "the exercise's checks.jsh failed: " + helpers.describe()));
                    continue;
                }
                values.put(p, read(new Snippets(shell, script.timeLimit()), snapshots, channel, i, p));
            }
        } finally {
            Capture.close(channel);
        }
        return values;
    }

    private static Value read(Snippets snippets, Snapshots snapshots, long channel, int slot, String probe) {
        Run.Failure f = snippets.eval(capture(channel, slot, probe), 0);
        if (f != null && f.kind().equals("compile")) {
            Matcher m = MISSING.matcher(f.message());
            return m.find() ? new Value.Unreadable(true, m.group(1))
                : new Value.Unreadable(false, "it does not compile with your code: " + f.message());
        }
        if (f != null) return new Value.Unreadable(false, f.kind().equals("timeout") ? "it ran out of time" : f.message());
        return snapshot(snapshots, channel, slot);
    }

    /** Reads every probe in one snippet (one compilation instead of one each); false when any of them fails. */
    private static boolean readAll(Snippets snippets, long channel, List<String> probes) {
        StringBuilder code = new StringBuilder("{ ");
        for (int i = 0; i < probes.size(); i++) code.append(capture(channel, i, probes.get(i))).append(' ');
        return snippets.eval(code.append('}').toString(), 0) == null;
    }

    private static String capture(long channel, int slot, String probe) {
        return "torchtrek.repl.Capture.put(" + channel + "L, " + slot + ", (Object) (" + probe + "));";
    }

    private static Value snapshot(Snapshots snapshots, long channel, int slot) {
        if (!Capture.has(channel, slot)) return new Value.Unreadable(false, "no value came back");
        try {
            return snapshots.of(Capture.get(channel, slot));
        } catch (RuntimeException ex) {
            return new Value.Unreadable(false, "its value cannot be read: " + ex);
        }
    }

    /** Lesson cells, one session, output captured cell by cell. */
    private static final class ShellNotebook implements Notebook {
        private final JShell shell;

        ShellNotebook() {
            TURN.lock();
            try {
                RuntimeState.reset(0);
                shell = ShellPool.newShell();
            } finally {
                TURN.unlock();
            }
        }

        @Override
        public CellResult run(String code) {
            TURN.lock();
            try (OutputCapture out = new OutputCapture(OUTPUT_LIMIT)) {
                Run.Failure failure = refuse(code);
                if (failure == null) failure = new Snippets(shell, Script.DEFAULT_TIME_LIMIT).evalAll(code);
                return new CellResult(out.text(), failure, torchtrek.torch.cuda.is_available());
            } finally {
                TURN.unlock();
            }
        }

        @Override
        public void close() {
            shell.close();
        }
    }
}
