package torchtrek.repl.exec;

/**
 * What {@code System.exit(n)} in a snippet throws instead of ending the JVM (the REPL, the
 * student's variables and all), named after Python's {@code SystemExit}. An {@link Error}, so a
 * snippet's {@code catch (Exception e)} does not swallow it.
 */
public final class SystemExit extends Error {
    private static final long serialVersionUID = 1L;
    private final int status;

    public SystemExit(int status) {
        super(Integer.toString(status), null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
