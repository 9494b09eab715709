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
        return new Guard(on, on ? "enable_grad" : "no_grad");
    }

    /** As {@link #guard(boolean)}, printing as the Python context manager {@code name} ({@code set_grad_enabled}...). */
    public static Guard guard(boolean on, String name) {
        return new Guard(on, name);
    }

    /** {@code with torch.no_grad():} as {@code try (var g = torch.no_grad()) { ... }}. */
    public static final class Guard implements AutoCloseable {
        private final boolean previous;
        private final String name;

        private Guard(boolean on, String name) {
            this.previous = enabled;
            this.name = name;
            enabled = on;
        }

        @Override
        public void close() {
            enabled = previous;
        }

        @Override
        public String toString() {
            return "<torch.autograd.grad_mode." + name + " object at 0x7f"
                + String.format("%08x", System.identityHashCode(this)) + ">";
        }
    }
}
