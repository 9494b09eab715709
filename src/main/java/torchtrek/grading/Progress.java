package torchtrek.grading;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Tells the person running a class how far grading is: on a terminal, one line redrawn in place
 * with a bar, the rate and the time left; in a log (CI, a job array), a plain line every tenth.
 */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private int lastTenth = -1;

    Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        if (terminal && total > 0) draw();
    }

    synchronized void step() {
        done++;
        if (terminal) {
            draw();
            if (done == total) out.println();
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(line());
            }
        }
    }

    private void draw() {
        out.print("\r" + line() + "\u001b[K");
        out.flush();
    }

    /** "[#######.......]  12/200 submissions  9.5/min  ETA 19m47s" */
    String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        double minutes = (System.nanoTime() - start) / 60e9;
        String rate = done == 0 || minutes <= 0 ? "" : String.format(Locale.ROOT, "  %.1f/min", done / minutes);
        String eta = done == 0 || done == total ? "" : "  ETA " + duration((long) ((total - done) * minutes * 60 / done));
        return String.format(Locale.ROOT, "[%s] %d/%d submissions%s%s", bar, done, total, rate, eta);
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
            : seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
            : seconds + "s";
    }
}
