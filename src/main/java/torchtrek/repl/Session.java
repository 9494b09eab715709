package torchtrek.repl;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.Snippet.Status;
import jdk.jshell.Snippet.SubKind;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.VarSnippet;
import torchtrek.errors.KeyboardInterrupt;
import torchtrek.repl.exec.SnippetEngine;
import torchtrek.repl.exec.SystemExit;

/**
 * A student's JShell session with no terminal attached: source in, {@link Outcome}s out. It
 * splits input into snippets, shows values as Python's REPL would, keeps the last failure for
 * {@code /trace}, and survives what a snippet may do to it (Ctrl-C, System.exit, running out of
 * memory or stack). Front ends (the terminal REPL, piped input, tests) print the outcomes.
 */
public final class Session implements AutoCloseable {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private Shells.Local local;
    private Outcome.Failure lastFailure;
    private final List<String> transcript = new ArrayList<>();

    private Session(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.local = Shells.open(in, out, err);
    }

    /** A session whose snippets read {@code System.in} and print to {@code System.out}/{@code System.err}. */
    public static Session start() {
        return new Session(System.in, System.out, System.err);
    }

    public JShell shell() {
        return local.shell();
    }

    public SourceCodeAnalysis analysis() {
        return local.shell().sourceCodeAnalysis();
    }

    /** Whether {@code input} holds only whole snippets (so Enter should run it rather than continue the line). */
    public boolean isComplete(String input) {
        String remaining = input;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(remaining);
            Completeness c = info.completeness();
            if (c == Completeness.EMPTY) return true;
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) return false;
            remaining = info.remaining();
        }
        return true;
    }

    /** Runs the snippets in {@code input} in order; stops after the first that fails, as Python stops a cell. */
    public List<Outcome> run(String input) {
        List<Outcome> outcomes = new ArrayList<>();
        String remaining = input;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) break;
            boolean whole = info.completeness().isComplete();
            String source = whole ? info.source() : remaining;
            Step step = step(source);
            remaining = whole ? info.remaining() : "";
            if (step.succeeded()) transcript.add(source);
            if (step.outcome() == null) continue;
            outcomes.add(step.outcome());
            if (!step.succeeded()) break;
        }
        return outcomes;
    }

    /** Ctrl-C: stops the running snippet (callable from any thread). */
    public void interrupt() {
        local.engine().interrupt();
    }

    /** The failure {@code /trace} explains: the last snippet's that failed. */
    public Optional<Outcome.Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The student's variables, in the order they were declared. */
    public List<Variable> variables() {
        return shell().variables()
            .filter(v -> shell().status(v) == Status.VALID)
            .map(v -> new Variable(v.name(), v.typeName(), read(v)))
            .toList();
    }

    /** A variable: its name, declared type and current value. */
    public record Variable(String name, String type, Object value) {}

    /** The value of a Java expression as an object (for commands such as {@code /graph}), or the failure. */
    public Object evaluate(String expression) throws EvaluationFailed {
        SourceCodeAnalysis.CompletionInfo info = analysis().analyzeCompletion(expression);
        Step step = step(info.completeness().isComplete() && info.remaining().isBlank() ? info.source() : expression);
        if (step.outcome() instanceof Outcome.Value) return step.value();
        throw new EvaluationFailed(step.succeeded()
            ? new Outcome.Failure("error: " + expression.strip() + " is not an expression with a value", null, null)
            : step.outcome());
    }

    /** What stopped {@link #evaluate} from giving a value. */
    public static final class EvaluationFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        EvaluationFailed(Outcome outcome) {
            super(outcome.toString(), null, false, false);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /** The source of every snippet that ran without failing, in order (what {@code /save} writes). */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** Starts over: a new JShell, no variables, no methods, no classes. */
    public void reset() {
        local.shell().close();
        local = Shells.open(in, out, err);
        lastFailure = null;
        transcript.clear();
    }

    @Override
    public void close() {
        local.shell().close();
    }

    /** What one snippet gave: the outcome to show (null for none) and, for an expression, its value. */
    private record Step(Outcome outcome, Object value) {
        boolean succeeded() {
            return outcome == null || outcome instanceof Outcome.Value || outcome instanceof Outcome.Declared;
        }
    }

    private Step step(String source) {
        SnippetEngine engine = local.engine();
        engine.beginEvaluation();
        List<SnippetEvent> events;
        try {
            events = shell().eval(source);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return new Step(fail(new Outcome.Failure(e.getClass().getSimpleName() + " while compiling the snippet",
                "try a smaller snippet; your variables are kept", null)), null);
        }
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        Step step = main == null ? new Step(null, null) : outcome(main, engine.wasStopped());
        if (main != null && main.snippet().subKind() == SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            shell().drop(main.snippet());   // Python keeps no history of results: let the value go
        }
        return step;
    }

    private Step outcome(SnippetEvent e, boolean stopped) {
        // Ctrl-C stops snippet code where JShell checks for it, and TorchTrek's kernels by KeyboardInterrupt
        if (stopped || e.exception() instanceof EvalException ev && ev.getExceptionClassName().equals(KeyboardInterrupt.class.getName())) {
            return new Step(new Outcome.Interrupted(), null);
        }
        if (e.exception() instanceof EvalException ev && ev.getExceptionClassName().equals(SystemExit.class.getName())) {
            return new Step(new Outcome.Exit(Integer.parseInt(ev.getMessage())), null);
        }
        if (e.exception() != null) return new Step(fail(Errors.failure(shell(), e.exception())), null);
        if (e.status() == Status.REJECTED) return new Step(fail(rejected(e.snippet())), null);
        Snippet s = e.snippet();
        if (s instanceof VarSnippet v && s.subKind() == SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            Object value = read(v);
            local.engine().clearRead();
            return new Step(new Outcome.Value(Repr.of(value)), value);
        }
        if (s instanceof ExpressionSnippet x && s.subKind() == SubKind.VAR_VALUE_SUBKIND) {
            Optional<VarSnippet> v = shell().variables()
                .filter(d -> d.name().equals(x.name()) && shell().status(d) == Status.VALID).findFirst();
            Object value = v.map(this::read).orElse(null);
            return new Step(new Outcome.Value(Repr.of(value)), value);
        }
        if (s instanceof VarSnippet v) return new Step(new Outcome.Declared(Acknowledgements.of(shell(), e, read(v))), null);
        if (s instanceof DeclarationSnippet) return new Step(new Outcome.Declared(Acknowledgements.of(shell(), e, null)), null);
        return new Step(null, null);
    }

    private Object read(VarSnippet v) {
        if (shell().status(v) != Status.VALID) return null;
        shell().varValue(v);
        return local.engine().takeRead();
    }

    private Outcome.Failure rejected(Snippet s) {
        List<Diag> errors = shell().diagnostics(s).filter(Diag::isError).toList();
        if (errors.isEmpty()) return new Outcome.Failure("error: this is not valid Java: " + s.source().strip(), null, null);
        return new Outcome.Failure(errors.stream().map(d -> Errors.compileError(s.source(), d))
            .collect(Collectors.joining()).stripTrailing(), null, null);
    }

    private Outcome.Failure fail(Outcome.Failure f) {
        lastFailure = f;
        return f;
    }
}
