package torchtrek.grading.sandbox;

/**
 * What a worker JVM does with one job's bytes: runs the student's code they describe and returns
 * the student's values as data. It runs inside the sandbox, next to untrusted code, and never sees
 * a reference solution: comparing happens in the grader.
 */
public interface JobHandler {
    /** Called once before the first job, so that one-time set-up is not charged to a student. */
    default void warmUp() throws Exception {}

    /** Runs one job. Whatever the student's code prints goes to {@code System.out}, captured by the worker. */
    byte[] handle(byte[] request) throws Exception;

    /**
     * What the job's code is doing, told from its thread's stack shortly before its time is up
     * (a timeout's report shows it). By default, the innermost frames.
     */
    default String running(StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, stack.length); i++) sb.append(i == 0 ? "at " : "\n   called from ").append(stack[i]);
        return sb.toString();
    }
}
