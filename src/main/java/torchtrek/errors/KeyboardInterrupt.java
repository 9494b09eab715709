package torchtrek.errors;

/**
 * Python's KeyboardInterrupt: a long operation stopped because its thread was interrupted (the
 * REPL's Ctrl-C). Kernels check between chunks of work, clearing the interrupt as they throw.
 */
public class KeyboardInterrupt extends TorchException {
    public KeyboardInterrupt() {
        super("");
    }

    /** Python prints a bare {@code KeyboardInterrupt}. */
    @Override
    public String toString() {
        return pythonType();
    }
}
