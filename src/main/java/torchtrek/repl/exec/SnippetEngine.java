package torchtrek.repl.exec;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.stream.Stream;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's local execution engine (snippets run in this JVM, on its class path, with no second
 * process to start or talk to), with what a REPL for students needs on top:
 * <ul>
 * <li>snippets cannot end the JVM ({@link ExitGuard});
 * <li>the REPL reads a variable as the object itself, not as JShell's string of it, so that it
 *     can show Python's repr and a tensor's shape;
 * <li>Ctrl-C stops the running snippet, or the next one when it comes while a snippet is still
 *     being compiled (JShell's own {@code stop()} ignores it then).
 * </ul>
 */
public final class SnippetEngine extends LocalExecutionControl {
    private final Object lock = new Object();
    private boolean inUserCode;
    private boolean stopPending;
    private volatile boolean stopped;
    private Object read;
    private Field readField;

    /** A provider handing this engine to {@code JShell.builder().executionEngine(provider, null)}. */
    public static final class Provider implements ExecutionControlProvider {
        private SnippetEngine engine;

        @Override
        public String name() {
            return "torchtrek";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            engine = new SnippetEngine();
            return engine;
        }

        /** The engine made for the shell this provider was given to. */
        public SnippetEngine engine() {
            if (engine == null) throw new IllegalStateException("the JShell has not started its engine yet");
            return engine;
        }
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Stream.of(classes)
            .map(c -> new ClassBytecodes(c.name(), ExitGuard.rewrite(c.bytecodes())))
            .toArray(ClassBytecodes[]::new));
    }

    @Override
    protected String invoke(Method snippet) throws Exception {
        synchronized (lock) {
            if (stopPending) {
                stopPending = false;
                stopped = true;
                throw new StoppedException();
            }
        }
        try {
            return super.invoke(snippet);
        } catch (StoppedException e) {
            stopped = true;
            throw e;
        }
    }

    @Override
    protected void clientCodeEnter() {
        super.clientCodeEnter();
        synchronized (lock) {
            inUserCode = true;
        }
    }

    @Override
    protected void clientCodeLeave() {
        synchronized (lock) {
            inUserCode = false;
        }
        super.clientCodeLeave();
    }

    /** Ctrl-C: stops the snippet now running, or else the next one about to run. */
    public void interrupt() {
        synchronized (lock) {
            if (!inUserCode) {
                stopPending = true;
                return;
            }
        }
        try {
            stop();
        } catch (EngineTerminationException | InternalException e) {
            // the snippet ended by itself in the meantime: nothing left to stop
        }
    }

    /** Starts an evaluation with no stop pending (a Ctrl-C at the prompt is not kept for later). */
    public void beginEvaluation() {
        synchronized (lock) {
            stopPending = false;
        }
        stopped = false;
    }

    /** Whether a snippet was stopped by {@link #interrupt()} since {@link #beginEvaluation()}. */
    public boolean wasStopped() {
        return stopped;
    }

    /**
     * JShell calls this from {@code JShell.varValue}: it keeps the variable's object (read with
     * {@link #takeRead()}) instead of turning it into JShell's display string.
     */
    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException, InternalException {
        try {
            Field field = findClass(className).getDeclaredField(varName);
            field.setAccessible(true);
            read = field.get(null);
            readField = field;
            return "";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new InternalException("cannot read " + varName + ": " + e);
        }
    }

    /** The object the last {@code varValue} read. */
    public Object takeRead() {
        Object v = read;
        read = null;
        return v;
    }

    /**
     * Lets go of the value the last {@code varValue} read, in its variable (for the temporary
     * variables JShell makes for each expression: Python keeps only the last result, not all of them).
     */
    public void clearRead() {
        Field f = readField;
        readField = null;
        if (f == null || f.getType().isPrimitive() || Modifier.isFinal(f.getModifiers())) return;
        try {
            f.set(null, null);
        } catch (IllegalAccessException e) {
            // made accessible in varValue; a field that refuses keeps its value, which costs memory only
        }
    }
}
