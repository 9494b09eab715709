package torchtrek.course;

/**
 * Runs Java code for the course. The course itself never runs code: it hands scripts to a
 * Runner and compares the data that comes back, so where the code runs (this JVM, a child JVM,
 * a grading container) is the Runner's business.
 */
public interface Runner {
    /** Runs {@code script} in a fresh session and reads its probes. */
    Run run(Script script);

    /** A session that keeps its variables from one cell to the next, for lessons. */
    Notebook notebook();

    /** Cells evaluated one after another in one session. */
    interface Notebook extends AutoCloseable {
        /** Evaluates one cell; its output, and the error that stopped it or null. */
        CellResult run(String code);

        @Override
        void close();
    }

    /** What one lesson cell printed, the error that stopped it (null when none), and whether a GPU was usable. */
    record CellResult(String output, Run.Failure failure, boolean gpu) {}
}
