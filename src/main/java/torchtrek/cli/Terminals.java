package torchtrek.cli;

/** What the grading commands need to know about the terminal they print to. */
final class Terminals {
    private Terminals() {}

    /**
     * Whether stderr, where progress goes, is a terminal (then the bar is redrawn in place). Read
     * from /proc: Java 21 has no portable test for one stream, and a log file must get plain lines.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The terminal's width in columns ($COLUMNS), 100 when unknown. */
    static int width() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").strip());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
