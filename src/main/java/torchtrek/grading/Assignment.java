package torchtrek.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the grader needs from a course: its exercises, how a student's file becomes a job for a
 * sandboxed worker, and how the data that comes back is judged against the reference solution.
 * The judging runs in the grader's JVM; the worker only ever receives the student's code.
 */
public interface Assignment {
    /** The exercises, in the order reports list them. */
    List<Task> tasks();

    /** The {@link torchtrek.grading.sandbox.JobHandler} class the workers run jobs with. */
    String handlerClass();

    /** What a worker JVM loads: the runtime and the handler, never a solution or a check. */
    List<Path> workerClassPath();

    /** One exercise as the grader sees it. */
    interface Task {
        String id();

        String title();

        /** The file of a submission that answers this exercise, e.g. {@code 04-fives.jsh}. */
        String file();

        /** The checks, in order; their points add up to the exercise's. */
        List<CheckSpec> checks();

        /** Hash of what decides this exercise's grades (checks, solution, TorchTrek's version). */
        String version();

        /** The job that runs {@code source} (the student's file) in a worker, stopping it after {@code limit}. */
        byte[] request(String fileName, String source, Duration limit);

        /** Judges what the worker sent back for this exercise against the reference solution. */
        Verdict judge(byte[] data);

        default double points() {
            return checks().stream().mapToDouble(CheckSpec::points).sum();
        }
    }

    /** A check's name, visibility and points, known before any code runs. */
    record CheckSpec(String name, Visibility visibility, double points) {}

    /**
     * How a student's code did on one exercise. {@code outcome} is passed or failed when the checks
     * ran, not_gradable for a compile error, timeout when the code was stopped by its own time limit.
     *
     * @param output what the code printed, as the handler captured it
     */
    record Verdict(Outcome outcome, String message, List<CheckResult> checks, String output, long outputChars) {
        public Verdict {
            checks = List.copyOf(checks);
        }
    }
}
