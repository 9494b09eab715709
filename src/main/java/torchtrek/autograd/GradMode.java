package torchtrek.autograd;

/**
 * Whether operations are recorded for autograd ({@code torch.is_grad_enabled()}).
 *
 * <p>The switch is process-wide rather than per thread: a student's REPL snippets each run on a
 * fresh thread, and {@code torch.set_grad_enabled(false)} typed in one snippet must still hold
 * in the next, as it does in Python's single-threaded REPL.
 */
public final class GradMode {
    private static volatile boolean enabled = true;

    private GradMode() {}

    public static boolean isEnabled() { return enabled; }

    public static void setEnabled(boolean on) { enabled = on; }

    /** Sets grad mode for a {@code try}-with-resources block and restores the previous mode at its end. */
    public static Guard guard(boolean on) {
        return new Guard(on);
    }

    /** {@code with torch.no_grad():} as {@code try (var g = torch.no_grad()) { ... }}. */
    public static final class Guard implements AutoCloseable {
        private final boolean previous;
        private final boolean mode;

        private Guard(boolean on) {
            this.previous = enabled;
            this.mode = on;
            enabled = on;
        }

        @Override
        public void close() {
            enabled = previous;
        }

        @Override
        public String toString() {
            return mode ? "<torch.autograd.grad_mode.enable_grad object>" : "<torch.autograd.grad_mode.no_grad object>";
        }
    }
}
