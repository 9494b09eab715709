package torchtrek.grading.sandbox;

/** How a job sent to a worker ended, seen from the grader. */
public sealed interface Reply {
    /** The worker answered: its report and the handler's data. */
    record Answered(JobReport report, byte[] data) implements Reply {}

    /** The job ran past the limit; the worker was killed. {@code output} is what it had printed so far. */
    record TimedOut(long limitMillis, String output) implements Reply {}

    /**
     * The worker stopped without answering. {@code cause} says why in a student's words when it is
     * known (System.exit, out of memory, too much output, closed stdout), {@code exitCode} is -1 when it
     * was still alive and was killed, {@code stderr} is the tail of what it wrote there.
     */
    record Died(String cause, int exitCode, String stderr) implements Reply {}
}
